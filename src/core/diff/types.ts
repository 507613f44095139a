// What changed between last year's report and this year's, as data: the CLI prints it, the pane can show it.
import type { MessageData, Place } from '../messages';

export type ChangeKind =
  | 'measureAdded'
  | 'measureRemoved'
  | 'projectAdded'
  | 'projectRemoved'
  | 'indicatorAdded'
  | 'indicatorRemoved'
  | 'indicatorName'
  | 'indicatorUnit'
  | 'plan'
  | 'evaluation'
  | 'field'
  | 'budget';

export interface Change {
  kind: ChangeKind;
  /** The sheet the change is about as the report titles it: 施策6-4 …, or the project's name. */
  subject: string;
  /** This year's cell when there is one; last year's sheet for what was removed. */
  at: Place;
  /** The values for the change's message (describe.ts); '' stands for an empty cell. */
  data: MessageData;
}

// What a waiting button shows, as one value: the work under way (its label) or how the last one ended.
export type Outcome = { kind: 'success' | 'error'; text: string } | undefined;

export interface BusyState {
  /** The label of the work under way. */
  busy?: string;
  /** How the last work ended, when it has something to say. */
  outcome?: Outcome;
}

export type BusyEvent = { type: 'started'; label: string } | { type: 'ended'; outcome: Outcome } | { type: 'cleared' };

export function busyReducer(state: BusyState, event: BusyEvent): BusyState {
  switch (event.type) {
    // A new start hides the last outcome: it would speak of other work.
    case 'started':
      return { busy: event.label };
    case 'ended':
      return { outcome: event.outcome };
    case 'cleared':
      return { ...state, outcome: undefined };
  }
}

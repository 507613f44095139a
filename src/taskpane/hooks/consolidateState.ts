// The 集約 tab's state as one value: the chosen files with their progress, the phase, the report (a policy's or
// the city's) and the policy chosen, and what to tell the user; the events that change it together.
import type { ScopedResult } from '../../core/jobs/consolidate';
import type { WorkbookRead } from '../../core/source';
import type { FileState } from '../parse/types';

export interface FileEntry {
  id: number;
  name: string;
  size: number;
  state: FileState;
  read?: WorkbookRead;
  /** The open workbook itself (Excel's このブックから集約): its findings' cells can be selected. */
  live?: true;
}

export type ConsolidatePhase = 'idle' | 'reading' | 'consolidating' | 'done';

export interface ConsolidateState {
  entries: FileEntry[];
  phase: ConsolidatePhase;
  consolidated?: ScopedResult;
  /** One policy asked for out of a city's workbooks (like `--policy 6`); absent: the city, or the one policy. */
  policy?: string;
  /** Files left out because they are not .xlsx. */
  skipped?: string[];
  /** Why reading or consolidating failed, in the words of the error. */
  failure?: string;
  /** The id the next added file gets. */
  nextId: number;
}

export type ConsolidateEvent =
  | { type: 'added'; files: Array<{ name: string; size: number; live?: true }>; skipped: string[] }
  | { type: 'progress'; id: number; state: FileState; read?: WorkbookRead }
  | { type: 'consolidating' }
  | { type: 'consolidated'; consolidated: ScopedResult }
  | { type: 'policyChosen'; policy: string | undefined }
  | { type: 'failed'; detail: string }
  | { type: 'cleared' };

export const initialConsolidateState: ConsolidateState = { entries: [], phase: 'idle', nextId: 1 };

export function consolidateReducer(state: ConsolidateState, event: ConsolidateEvent): ConsolidateState {
  switch (event.type) {
    case 'added':
      return added(state, event.files, event.skipped);
    case 'progress':
      return { ...state, entries: state.entries.map((e) => (e.id === event.id ? { ...e, state: event.state, read: event.read } : e)) };
    case 'consolidating':
      return { ...state, phase: 'consolidating' };
    case 'consolidated':
      return { ...state, phase: 'done', consolidated: event.consolidated };
    case 'policyChosen':
      return { ...state, policy: event.policy };
    case 'failed':
      return { ...state, phase: 'idle', failure: event.detail };
    case 'cleared':
      return { ...initialConsolidateState, nextId: state.nextId };
  }
}

/** New files wait to be read; a later file of the same name replaces the earlier one; the report is redone. */
function added(state: ConsolidateState, files: Array<{ name: string; size: number; live?: true }>, skipped: string[]): ConsolidateState {
  const notice = skipped.length ? skipped : undefined;
  if (!files.length) return { ...state, skipped: notice };
  const fresh: FileEntry[] = files.map((f, i) => ({ id: state.nextId + i, name: f.name, size: f.size, state: 'waiting', ...(f.live && { live: f.live }) }));
  const names = new Set(fresh.map((e) => e.name));
  return {
    entries: [...state.entries.filter((e) => !names.has(e.name)), ...fresh],
    phase: 'reading',
    policy: state.policy,
    skipped: notice,
    nextId: state.nextId + fresh.length,
  };
}

/** Every workbook read so far, in the order the files were added. */
export const readsOf = (state: ConsolidateState): WorkbookRead[] => state.entries.flatMap((e) => (e.read ? [e.read] : []));

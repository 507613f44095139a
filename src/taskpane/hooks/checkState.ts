// The チェック tab's state as one value and the events that change it, so what changes together changes at once.
import type { Change } from '../../core/diff/types';
import type { Finding } from '../../core/rules/types';
import type { CheckProblem } from '../../core/jobs/check';
import type { WorkbookRead } from '../../core/source';

export type CheckPhase = 'idle' | 'reading' | 'checking' | 'done' | 'error';

export interface CheckResult {
  workbook: WorkbookRead;
  findings: Finding[];
  at: Date;
  /** With last year's workbook: what changed since (and rule 11 ran on it). */
  changes?: Change[];
}

/** Why a check stopped, as data: the hook words it in the pane's language. */
export type CheckError = { code: 'readFailed'; detail: string } | CheckProblem;

export interface CheckState {
  phase: CheckPhase;
  /** Browser: the workbook the user chose. */
  file?: File;
  /** Last year's workbook, when chosen. */
  previousFile?: File;
  result?: CheckResult;
  error?: CheckError;
  /** A finding whose cell could not be selected (its sheet renamed or deleted since the check). */
  notFound?: string;
}

export type CheckEvent =
  | { type: 'fileChosen'; file: File }
  | { type: 'previousChosen'; file: File | undefined }
  | { type: 'reading' }
  | { type: 'checking' }
  | { type: 'checked'; result: CheckResult }
  | { type: 'failed'; error: CheckError }
  | { type: 'selected'; notFound: string | undefined };

export const initialCheckState: CheckState = { phase: 'idle' };

export function checkReducer(state: CheckState, event: CheckEvent): CheckState {
  switch (event.type) {
    // Another workbook, or another year to compare with: the findings shown no longer hold.
    case 'fileChosen':
      return { ...state, file: event.file, result: undefined };
    case 'previousChosen':
      return { ...state, previousFile: event.file, result: undefined };
    case 'reading':
      return { ...state, phase: 'reading', error: undefined, notFound: undefined };
    case 'checking':
      return { ...state, phase: 'checking' };
    case 'checked':
      return { ...state, phase: 'done', result: event.result };
    case 'failed':
      return { ...state, phase: 'error', error: event.error };
    case 'selected':
      return { ...state, notFound: event.notFound };
  }
}

export const isBusy = (state: CheckState): boolean => state.phase === 'reading' || state.phase === 'checking';

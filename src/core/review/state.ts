// A sheet's review state (作成中 → 課内確認済 → 課長確認済 → 提出済, back to 作成中 with a reason when returned),
// who set it and when, and which moves are allowed: plain data and pure functions, whatever records them.

export const REVIEW_STATES = ['作成中', '課内確認済', '課長確認済', '提出済'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What a sheet records of its review; `hash` is the input values' hash taken when it was marked 提出済. */
export interface ReviewRecord {
  state: ReviewState;
  by?: string;
  /** When, as entered (an ISO date or date-time); kept as text, never parsed. */
  at?: string;
  hash?: string;
  /** Why the sheet was returned to 作成中. */
  reason?: string;
}

/** A sheet without any record is being written. */
export const UNREVIEWED: ReviewRecord = { state: '作成中' };

export function isReviewState(text: string): text is ReviewState {
  return (REVIEW_STATES as readonly string[]).includes(text);
}

export type MoveRefusal = 'unknownMove' | 'hasErrors' | 'noReason';

export type Move = { ok: true } | { ok: false; refusal: MoveRefusal };

/**
 * Whether a sheet may go from one state to another: forward one step at a time, or back to 作成中 (returned)
 * with a reason. 提出済 is refused while the sheet has errors, given as the findings about it.
 */
export function checkMove(from: ReviewState, to: ReviewState, findings: ReadonlyArray<{ severity: string }>, reason?: string): Move {
  if (to === '作成中' && from !== '作成中') return reason?.trim() ? { ok: true } : { ok: false, refusal: 'noReason' };
  if (REVIEW_STATES.indexOf(to) !== REVIEW_STATES.indexOf(from) + 1) return { ok: false, refusal: 'unknownMove' };
  if (to === '提出済' && findings.some((f) => f.severity === 'error')) return { ok: false, refusal: 'hasErrors' };
  return { ok: true };
}

export const REFUSAL_TEXT: Record<MoveRefusal, { ja: string; en: string }> = {
  unknownMove: { ja: '状態は一段ずつ進めるか、理由を付けて作成中に戻します', en: 'a state moves one step forward, or back to 作成中 with a reason' },
  hasErrors: { ja: 'エラーのあるシートは提出済にできません', en: 'a sheet with errors cannot be marked 提出済' },
  noReason: { ja: '作成中に戻すには理由が必要です', en: 'returning a sheet to 作成中 needs a reason' },
};

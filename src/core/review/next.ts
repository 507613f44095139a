// The record a sheet gets when its review state is set: the move checked, the hash taken at 提出済, the reason
// kept only while returned.
import { inputHash } from './hash';
import type { ReadSheet } from '../source';
import { checkMove, UNREVIEWED, type MoveRefusal, type ReviewRecord, type ReviewState } from './state';

export interface ReviewEntry {
  by: string;
  at: string;
  reason?: string;
}

export type NextReview = { ok: true; record: ReviewRecord } | { ok: false; refusal: MoveRefusal; from: ReviewState };

/** `findings`: the sheet's own findings (提出済 is refused while one is an error). */
export function nextReview(read: ReadSheet, to: ReviewState, entry: ReviewEntry, findings: ReadonlyArray<{ severity: string }>): NextReview {
  const from = (read.review ?? UNREVIEWED).state;
  const move = checkMove(from, to, findings, entry.reason);
  if (!move.ok) return { ...move, from };
  const record: ReviewRecord = { state: to, by: entry.by, at: entry.at };
  if (to === '作成中' && entry.reason) record.reason = entry.reason;
  if (to === '提出済') record.hash = inputHash(read.sheet);
  return { ok: true, record };
}

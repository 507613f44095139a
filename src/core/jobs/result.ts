// What a job gives back: its data, or the one problem that stopped it (worded by the CLI and the pane, each in its own way).
export type JobResult<T, P> = { ok: true; value: T } | { ok: false; problem: P };

export const done = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const stopped = <P>(problem: P): { ok: false; problem: P } => ({ ok: false, problem });

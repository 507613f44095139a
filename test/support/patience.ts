// How long a test waits before it calls something hung. Tests wait on events (a heading appears, soffice exits,
// a download starts); this limit only stops a real hang, so it is far beyond any run on a busy 2-core machine.
export const PATIENCE_MS = 600_000;

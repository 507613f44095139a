// What the pane remembers between sessions, in the add-in's own storage (the browser's localStorage for the pane's
// origin): the reviewer's name entered last. Storage may be unavailable (private windows, policies): then nothing is kept.
const REVIEWER_KEY = 'seika.reviewer';

export function lastReviewer(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(REVIEWER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberReviewer(name: string): void {
  try {
    globalThis.localStorage?.setItem(REVIEWER_KEY, name);
  } catch {
    // Not kept: the user types the name again next time.
  }
}

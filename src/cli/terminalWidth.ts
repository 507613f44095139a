// Padding text for a terminal, where a kanji or kana takes two columns.

/** The columns a text takes in a terminal. */
export function shownWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
}

/** Right-aligns text to a width. */
export function padToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - shownWidth(text))) + text;
}

/** Left-aligns text to a width. */
export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - shownWidth(text)));
}

// Texts cut from a part that outlive it. V8 keeps a slice of a long string as a view of the whole, so one sheet
// name or shared string kept in the model held its workbook.xml or sharedStrings.xml (tens of kilobytes per
// workbook, 40 MB over a city's 400) until the model was dropped.

/**
 * V8 copies a slice shorter than this instead of viewing its parent (SlicedString::kMinLength): most defined names
 * and many of their references are that short, and copying them again was a tenth of reading workbook.xml.
 */
export const SHORTEST_VIEW = 13;

/** The same text in a string of its own (a concatenation is flattened into a new string before it is sliced). */
export function detached(text: string): string {
  return text.length < SHORTEST_VIEW ? text : ` ${text}`.slice(1);
}

// Excel holds at most 32,767 characters in a cell; a longer string makes it call the whole file damaged and offer
// to "repair" it. Text written into a workbook is cut to fit, saying so, rather than handing a clerk that dialog.
// (The text-length rule has already reported such a text against its much smaller printed-page limit.)

/** Excel's limit per cell, in UTF-16 code units as Excel counts them. */
export const EXCEL_CELL_CHARS = 32_767;

/** The text itself, or its beginning and a note of how much was left out. */
export function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  const note = (n: number) => `…（以下 ${n.toLocaleString('en-US')} 文字は Excel のセルに入らないため省略）`;
  let keep = EXCEL_CELL_CHARS - note(text.length).length;
  // Never cut a surrogate pair (𠮷) in half.
  if (/[\uD800-\uDBFF]/.test(text.charAt(keep - 1))) keep -= 1;
  return text.slice(0, keep) + note(text.length - keep);
}

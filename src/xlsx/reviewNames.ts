// Writes sheets' review records into an .xlsx as their sheet-scoped names, leaving every other part as it was.
import { reviewConstants } from '../core/review/names';
import type { ReviewRecord } from '../core/review/state';
import { readWorkbookNames, writeDefinedNamesBytes } from './definedNames';
import { loadJsZip } from './lazyLibraries';

export async function writeReviews(xlsx: Uint8Array, reviews: Array<{ sheetName: string; record: ReviewRecord }>): Promise<Uint8Array> {
  const { sheets } = await readWorkbookNames(await (await loadJsZip()).loadAsync(xlsx));
  const names = reviews.flatMap(({ sheetName, record }) => {
    const entry = sheets.find((s) => s.name === sheetName);
    if (!entry) throw new Error(`${sheetName}: no such sheet`);
    return reviewConstants(record).map((n) => ({ ...n, localSheetId: entry.index }));
  });
  return writeDefinedNamesBytes(xlsx, names);
}

// Writes sheets' review records into an .xlsx: their sheet-scoped names in xl/workbook.xml, and the cached text of
// each sheet's review cell (its formula reads those names), leaving every other part as it was.
import type JSZip from 'jszip';
import { REVIEW_NAMES, reviewConstants, reviewText } from '../core/review/names';
import type { ReviewRecord } from '../core/review/state';
import { addDefinedNames, escapeXmlText, parseWorkbookXml } from './definedNames';
import { loadJsZip } from './lazyLibraries';
import { workbookParts } from './workbookParts';

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

export async function writeReviews(xlsx: Uint8Array, reviews: Array<{ sheetName: string; record: ReviewRecord }>): Promise<Uint8Array> {
  const zip = await (await loadJsZip()).loadAsync(xlsx);
  const workbookXml = (await zip.file(WORKBOOK_PART)?.async('string')) ?? '';
  const { sheets } = parseWorkbookXml(workbookXml);
  const names = reviews.flatMap(({ sheetName, record }) => {
    const entry = sheets.find((s) => s.name === sheetName);
    if (!entry) throw new Error(`${sheetName}: no such sheet`);
    return reviewConstants(record).map((n) => ({ ...n, localSheetId: entry.index }));
  });
  zip.file(WORKBOOK_PART, addDefinedNames(workbookXml, names));
  await refreshReviewCells(zip, workbookXml, reviews);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Gives each sheet's review cell its new cached text, so that a reader that does not recalculate on opening
 * (a viewer, LibreOffice's default for .xlsx) shows the new state too. The cell is found by its formula, wherever
 * rows were inserted; a sheet drawn before the review cell existed has none and is left alone.
 */
async function refreshReviewCells(zip: JSZip, workbookXml: string, reviews: Array<{ sheetName: string; record: ReviewRecord }>): Promise<void> {
  const parts = workbookParts(workbookXml, (await zip.file(WORKBOOK_RELS)?.async('string')) ?? '');
  for (const { sheetName, record } of reviews) {
    const path = parts.sheets.find((s) => s.name === sheetName)?.path;
    const part = path ? zip.file(path) : null;
    if (!path || !part) continue;
    const xml = await part.async('string');
    const refreshed = withCachedReview(xml, reviewText(record));
    if (refreshed !== xml) zip.file(path, refreshed);
  }
}

/** The sheet XML with every formula cell that reads SeikaReviewState holding `text` as its cached string. */
export function withCachedReview(sheetXml: string, text: string): string {
  if (!sheetXml.includes(REVIEW_NAMES.state)) return sheetXml;
  const cell = /<((?:[\w.-]+:)?)c\b([^>/]*)>((?:(?!<\/\1c>)[\s\S])*?)<\/\1c>/g;
  return sheetXml.replace(cell, (whole, prefix: string, attributes: string, content: string) => {
    const formula = new RegExp(`<${prefix}f\\b[^>]*>[^<]*\\b${REVIEW_NAMES.state}\\b[^<]*</${prefix}f>`).exec(content);
    if (!formula) return whole;
    const typed = /\st="[^"]*"/.test(attributes) ? attributes.replace(/\st="[^"]*"/, ' t="str"') : `${attributes} t="str"`;
    return `<${prefix}c${typed}>${formula[0]}<${prefix}v>${escapeXmlText(text)}</${prefix}v></${prefix}c>`;
  });
}

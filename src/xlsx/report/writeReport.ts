// Writes the consolidated report as an .xlsx from the core's drawing of it (src/core/report): cover with contents,
// summary, each measure and its projects in order (values only, locked), budget-only tables, the list behind the
// totals, status, findings. Each sheet's XML goes into a streaming zip (fflate) as it is drawn and is then
// dropped, so a city's report of thousands of sheets never sits in memory whole; the same writer gives the pane its
// bytes and the CLI its file. Without ExcelJS: its per-cell styling was most of the time of a large report.
import { Zip } from 'fflate';
import { eachDrawingOf, type AnyReport } from '../../core/report/anyReport';
import type { Lang } from '../../core/rules/types';
import { deflatePart, type ZipPart } from './deflatePart';
import { packageParts, sheetPath, type SheetEntry } from './packageXml';
import { sheetXml } from './sheetXml';
import { ReportStyles } from './styleSheet';

/** Where the zip's bytes go, in order: memory (the pane) or a file (the CLI). */
export interface ByteSink {
  write(chunk: Uint8Array): void;
  /** Resolves once what was written so far has been taken (a file's backpressure): the next sheet waits for it. */
  drained(): Promise<void>;
}

/** Characters gathered before they are deflated: fewer, larger pushes deflate faster. */
const CHUNK_CHARS = 1024 * 1024;

/** Writes the report's zip into the sink, sheet by sheet, in tab order. */
export async function emitReport(report: AnyReport, lang: Lang, sink: ByteSink): Promise<void> {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => (error ? (failure = error) : sink.write(chunk)));
  const utf8 = new Utf8Chunks();
  const add = (path: string, texts: Iterable<string>) => {
    const part = deflatePart(path);
    zip.add(part);
    pushText(part, texts, utf8);
    if (failure) throw failure;
  };
  const styles = new ReportStyles();
  const sheets: SheetEntry[] = [];
  for (const d of eachDrawingOf(report, lang)) {
    add(sheetPath(sheets.length), sheetXml(d, styles));
    sheets.push({ title: d.title, page: d.kind === 'model' ? d.drawing.page : d.page });
    await sink.drained();
  }
  for (const [path, xml] of packageParts(sheets, styles.xml(), new Date())) add(path, [xml]);
  zip.end();
  await sink.drained();
}

function pushText(part: ZipPart, texts: Iterable<string>, utf8: Utf8Chunks): void {
  let pending = '';
  for (const text of texts) {
    pending += text;
    if (pending.length < CHUNK_CHARS) continue;
    part.push(utf8.bytes(pending));
    pending = '';
  }
  part.push(utf8.bytes(pending), true);
}

/**
 * A chunk's UTF-8 bytes in one buffer used again for every chunk of the report: both deflaters take a chunk's bytes
 * before push returns (Node's zlib deflates it there and then, fflate copies it into its window), and encoding into
 * it spares allocating a new buffer of up to 3 MB per chunk.
 */
class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(0);

  bytes(text: string): Uint8Array {
    // Three bytes per UTF-16 unit at most (a surrogate pair's two units make four).
    if (this.buffer.length < text.length * 3) this.buffer = new Uint8Array(text.length * 3);
    return this.buffer.subarray(0, this.encoder.encodeInto(text, this.buffer).written);
  }
}

/** The report as bytes (the pane's download, and tests). */
export async function writeReport(report: AnyReport, lang: Lang = 'ja'): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await emitReport(report, lang, { write: (chunk) => void chunks.push(chunk), drained: () => Promise.resolve() });
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

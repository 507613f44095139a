// The 確認状況 tab: each sheet's review state, read from the open workbook (Excel) or chosen workbooks (browser), and
// moved one step on or back to 作成中. 提出済 runs the check job on the sheet first and is refused while it has errors.
// Inside Excel the move is written into the workbook; in a browser a changed copy is downloaded (sources never change).
import { useReducer } from 'react';
import type { FindingGroup } from '../../core/findings/group';
import { checkJob } from '../../core/jobs/check';
import { nextReview } from '../../core/review/next';
import type { ReviewState } from '../../core/review/state';
import type { WorkbookRead } from '../../core/source';
import type { FileBytes, SeikaHost } from '../host/types';
import type { ParseFiles } from '../parse/types';
import { useStrings } from '../strings';
import { readBytes } from './readBytes';
import { initialReviewState, reviewReducer, sheetKey } from './reviewState';
import { useBusy } from './useBusy';

export function useReview(host: SeikaHost, parse: ParseFiles) {
  const t = useStrings();
  const { busy, outcome, run } = useBusy();
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => initialReviewState(host.lastReviewer() ?? ''));
  const excel = host.kind === 'excel' && !!host.readLive && !!host.writeReviews;

  const move = (index: number, sheet: string, to: ReviewState) =>
    run(
      t.review.working,
      async () => {
        const by = state.who.trim();
        if (!by) throw new Error(t.review.whoMissing);
        const book = state.books[index];
        // Inside Excel the workbook is read again: the sheet may have been edited or moved on since it was listed.
        const read = excel ? await host.readLive!() : book.read;
        const sheetRead = read.sheets.find((s) => s.source.sheetName === sheet);
        if (!sheetRead) throw new Error(t.review.sheetGone(sheet));
        const findings = to === '提出済' ? sheetFindings(read, sheet) : [];
        const next = nextReview(sheetRead, to, { by, at: nowText(new Date()), reason: state.reasons[sheetKey(index, sheet)] }, findings);
        if (!next.ok) {
          dispatch({ type: 'refused', refusal: { sheet, from: next.from, to, refusal: next.refusal, errors: findings.filter((f) => f.severity === 'error') } });
          return undefined;
        }
        host.rememberReviewer(by);
        const record = next.record;
        if (excel) {
          await host.writeReviews!([{ sheet, record }]);
          dispatch({ type: 'moved', index, sheet, record, read });
          return t.review.moved(sheet, to);
        }
        const source = await copySource(book.file!);
        const bytes = await host.reviewedCopy(source.bytes, [{ sheetName: sheet, record }]);
        const copy = copyName(book.file!.name);
        host.saveFile(copy, bytes);
        dispatch({ type: 'moved', index, sheet, record, file: { name: book.file!.name, bytes } });
        return t.review.copied(sheet, to, copy);
      },
      t.review.failed,
    );

  return {
    excel,
    busy,
    outcome,
    books: state.books,
    who: state.who,
    setWho: (who: string) => dispatch({ type: 'whoChanged', who }),
    reason: (index: number, sheet: string) => state.reasons[sheetKey(index, sheet)] ?? '',
    setReason: (index: number, sheet: string, reason: string) => dispatch({ type: 'reasonChanged', key: sheetKey(index, sheet), reason }),
    refusal: state.refusal,
    /** Excel: the open workbook's sheets. */
    load: () => run(t.review.reading, async () => void dispatch({ type: 'loaded', books: [{ read: await host.readLive!() }] }), t.review.failed),
    /** Browser: the chosen workbooks. */
    choose: (files: File[]) =>
      run(
        t.review.reading,
        async () => {
          const reads = await parse(files.map((f) => ({ name: f.name, data: f })), () => undefined);
          dispatch({ type: 'loaded', books: reads.map((read, i) => ({ read, file: files[i] })) });
          return undefined;
        },
        t.review.failed,
      ),
    move,
    /** Excel: an error's cells selected, from the list shown when 提出済 was refused. */
    select: (g: FindingGroup) => (excel && host.selectCell && g.sheet && g.range ? host.selectCell(g.sheet, g.range).then(() => undefined) : Promise.resolve()),
  };
}

/** The bytes a copy is made from: the chosen file's, read now, or the last copy's. (Not `'bytes' in file`: a
 * browser's File has a bytes() method.) */
async function copySource(file: File | FileBytes): Promise<FileBytes> {
  return file instanceof Blob ? readBytes(file) : file;
}

/** The sheet's findings from the check job over its workbook (the rules that look across sheets included). */
function sheetFindings(read: WorkbookRead, sheet: string) {
  const checked = checkJob({ workbooks: [read] });
  return checked.ok ? checked.value.findings.filter((f) => f.sheet === sheet) : [];
}

/** When, as a person reads it: 2026-06-01 09:30 (local time). */
export function nowText(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/** 市民課.xlsx → 市民課（確認状況）.xlsx: the copy never takes the source's name. */
export function copyName(file: string): string {
  return `${file.replace(/\.xlsx$/i, '')}（確認状況）.xlsx`;
}


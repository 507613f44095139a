// The チェック tab: reads the live workbook (Excel) or a chosen file (browser) and last year's when given,
// runs the core check job, and keeps its state in one reducer (checkState.ts).
import type { BuiltFormat } from '../../core/format/buildLayout';
import { useReducer } from 'react';
import { checkJob } from '../../core/jobs/check';
import type { FindingGroup } from '../../core/findings/group';
import { placeText } from '../../core/findings/text';
import type { WorkbookRead } from '../../core/source';
import type { SeikaHost } from '../host/types';
import { blobBytes } from '../parse/blobBytes';
import type { ParseFiles } from '../parse/types';
import { useStrings, type Strings } from '../strings';
import { checkReducer, initialCheckState, isBusy, type CheckError } from './checkState';
import { otherFormatWords } from './formatWords';
import { errorText } from './useBusy';

export type { CheckPhase, CheckResult } from './checkState';

/** Checks in `format` (the pane's format picker): its rules, and the open workbook read in its layouts. */
export function useCheck(host: SeikaHost, parse: ParseFiles, format?: BuiltFormat) {
  const t = useStrings();
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);

  const check = async (read: () => Promise<WorkbookRead>, lastYear: File | undefined = state.previousFile) => {
    dispatch({ type: 'reading' });
    try {
      const workbook = await read();
      const previous = lastYear ? [await readFile(lastYear)] : undefined;
      dispatch({ type: 'checking' });
      // Let the progress text paint before the rules run on this thread.
      await new Promise((r) => setTimeout(r, 0));
      const checked = checkJob({ workbooks: [workbook], previous, format: format?.definition });
      if (!checked.ok) return dispatch({ type: 'failed', error: checked.problem });
      dispatch({ type: 'checked', result: { workbook, ...checked.value, at: new Date() } });
    } catch (e) {
      dispatch({ type: 'failed', error: { code: 'readFailed', detail: errorText(e) } });
    }
  };

  const readFile = async (chosen: File): Promise<WorkbookRead> => {
    // The bytes are taken now, so that a file changed or removed since it was chosen says so in its own words.
    let data: Blob;
    try {
      data = new Blob([await blobBytes(chosen)]);
    } catch {
      throw new Error(t.check.rereadFailed);
    }
    const [read] = await parse([{ name: chosen.name, data }], () => undefined);
    return read;
  };

  const { file, previousFile, result } = state;
  return {
    phase: state.phase,
    busy: isBusy(state),
    file,
    result,
    error: state.error && errorWords(t, state.error),
    /** Excel: the open workbook. */
    checkLive: () => (host.readLive ? check(() => host.readLive!(format)) : Promise.resolve()),
    /** Browser: a workbook the user chose. */
    checkFile: (chosen: File) => {
      dispatch({ type: 'fileChosen', file: chosen });
      return check(() => readFile(chosen));
    },
    /** Last year's workbook (optional): the check then compares with it. */
    previousFile,
    setPrevious: (chosen: File | undefined) => dispatch({ type: 'previousChosen', file: chosen }),
    /** Excel: where a finding points: its sheet activated and its cells selected (the first one active). */
    selection: state.notFound && t.findings.notFound(state.notFound),
    select: async (g: FindingGroup) => {
      if (!host.selectCell || !g.sheet || !g.range) return;
      const ok = await host.selectCell(g.sheet, g.range);
      dispatch({ type: 'selected', notFound: ok ? undefined : placeText({ sheet: g.sheet, cell: g.range }) });
    },
    /** Again: the live workbook, or the chosen file read afresh (the user may have saved changes). */
    recheck: () => (host.kind === 'excel' ? check(() => host.readLive!(format)) : file ? check(() => readFile(file)) : Promise.resolve()),
  };
}

function errorWords(t: Strings, error: CheckError): string {
  if (error.code === 'readFailed') return t.check.readFailed(error.detail);
  if (error.code === 'otherFormat') return otherFormatWords(t, error);
  return t.check.previousUnreadable(error.file, error.problems.map((p) => t.problems[p.code]).join('、'));
}

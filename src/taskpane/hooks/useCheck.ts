// The チェック tab's state: read the live workbook (Excel) or a chosen file (browser), run every rule, keep the findings.
import { useState } from 'react';
import { compareWorkbooks } from '../../core/diff/compare';
import type { Change } from '../../core/diff/types';
import { checkWorkbooks } from '../../core/rules/engine';
import type { Finding } from '../../core/rules/types';
import type { WorkbookRead } from '../../core/source';
import type { SeikaHost } from '../host/types';
import type { ParseFiles } from '../parse/types';
import { useStrings } from '../strings';
import { readBytes } from './readBytes';
import { errorText } from './useBusy';

export type CheckPhase = 'idle' | 'reading' | 'checking' | 'done' | 'error';

export interface CheckResult {
  workbook: WorkbookRead;
  findings: Finding[];
  at: Date;
  /** With last year's workbook: what changed since (and rule 11 ran on it). */
  changes?: Change[];
}

export function useCheck(host: SeikaHost, parse: ParseFiles) {
  const t = useStrings();
  const [phase, setPhase] = useState<CheckPhase>('idle');
  const [file, setFile] = useState<File | undefined>(undefined);
  const [result, setResult] = useState<CheckResult | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [selection, setSelection] = useState<string | undefined>(undefined);
  const [previousFile, setPreviousFile] = useState<File | undefined>(undefined);

  const check = async (read: () => Promise<WorkbookRead>, lastYear: File | undefined = previousFile) => {
    setPhase('reading');
    setError(undefined);
    setSelection(undefined);
    try {
      const workbook = await read();
      const previous = lastYear ? [await readFile(lastYear)] : undefined;
      setPhase('checking');
      // Let the progress text paint before the rules run on this thread.
      await new Promise((r) => setTimeout(r, 0));
      const findings = checkWorkbooks([workbook], { reportYear: workbook.meta.reportYear, previous });
      const changes = previous ? compareWorkbooks(previous, [workbook]) : undefined;
      setResult({ workbook, findings, at: new Date(), changes });
      setPhase('done');
    } catch (e) {
      setError(t.check.readFailed(errorText(e)));
      setPhase('error');
    }
  };

  const readFile = async (chosen: File): Promise<WorkbookRead> => {
    let bytes;
    try {
      bytes = await readBytes(chosen);
    } catch {
      throw new Error(t.check.rereadFailed);
    }
    const [read] = await parse([bytes], () => undefined);
    return read;
  };

  return {
    phase,
    busy: phase === 'reading' || phase === 'checking',
    file,
    result,
    error,
    /** Excel: the open workbook. */
    checkLive: () => (host.readLive ? check(host.readLive) : Promise.resolve()),
    /** Browser: a workbook the user chose. */
    checkFile: (chosen: File) => {
      setFile(chosen);
      setResult(undefined);
      return check(() => readFile(chosen));
    },
    /** Last year's workbook (optional): the check then compares with it. */
    previousFile,
    setPrevious: (chosen: File | undefined) => {
      setPreviousFile(chosen);
      setResult(undefined);
    },
    /** Excel: where a finding points: its sheet activated and its cell selected. */
    selection,
    select: async (f: Finding) => {
      if (!host.selectCell || !f.sheet || !f.cell) return;
      const ok = await host.selectCell(f.sheet, f.cell);
      setSelection(ok ? undefined : t.findings.notFound(`${f.sheet}!${f.cell}`));
    },
    /** Again: the live workbook, or the chosen file read afresh (the user may have saved changes). */
    recheck: () => (host.kind === 'excel' ? check(host.readLive!) : file ? check(() => readFile(file)) : Promise.resolve()),
  };
}

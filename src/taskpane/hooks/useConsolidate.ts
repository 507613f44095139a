// The 集約 tab's state: the chosen workbooks with their progress, parsed off the pane's thread, then the
// policy report consolidated from every one that was read, and the report's downloads and writes.
import { useCallback, useRef, useState } from 'react';
import { consolidate } from '../../core/consolidate/consolidate';
import type { PolicyReport } from '../../core/consolidate/types';
import type { Sheet } from '../../core/model';
import type { Lang } from '../../core/rules/types';
import type { WorkbookRead } from '../../core/source';
import { fiscalYearLabel } from '../../core/era';
import { planSheets } from '../../core/report/plan';
import type { SeikaHost } from '../host/types';
import type { FileState, ParseFiles } from '../parse/types';
import { useStrings } from '../strings';
import { readBytes } from './readBytes';
import { errorText, useBusy } from './useBusy';

export interface FileEntry {
  id: number;
  name: string;
  size: number;
  state: FileState;
  read?: WorkbookRead;
}

export function useConsolidate(host: SeikaHost, parse: ParseFiles, lang: Lang) {
  const t = useStrings();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [report, setReport] = useState<PolicyReport | undefined>(undefined);
  const [phase, setPhase] = useState<'idle' | 'reading' | 'consolidating' | 'done'>('idle');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const nextId = useRef(1);
  const all = useRef<FileEntry[]>([]);
  const { busy, outcome, run } = useBusy();

  const update = (list: FileEntry[]) => {
    all.current = list;
    setEntries(list);
  };

  /** Adds files (a later file of the same name replaces the earlier one), reads the new ones, consolidates all. */
  const addFiles = useCallback(
    async (files: File[]) => {
      const xlsx = files.filter((f) => /\.xlsx$/i.test(f.name));
      const others = files.filter((f) => !/\.xlsx$/i.test(f.name)).map((f) => f.name);
      setNotice(others.length ? t.consolidate.onlyXlsx(others) : undefined);
      if (!xlsx.length) return;
      setError(undefined);
      const added: FileEntry[] = xlsx.map((f) => ({ id: nextId.current++, name: f.name, size: f.size, state: 'waiting' }));
      const names = new Set(added.map((e) => e.name));
      update([...all.current.filter((e) => !names.has(e.name)), ...added]);
      setPhase('reading');
      setReport(undefined);
      const patch = (id: number, change: Partial<FileEntry>) => update(all.current.map((e) => (e.id === id ? { ...e, ...change } : e)));
      try {
        const bytes = await Promise.all(xlsx.map(readBytes));
        await parse(bytes, (p) => patch(added[p.index].id, { state: p.state, read: p.read }));
        setPhase('consolidating');
        // Let the progress bars paint their last state before consolidating on this thread.
        await new Promise((r) => setTimeout(r, 0));
        const reads = all.current.map((e) => e.read).filter((r): r is WorkbookRead => !!r);
        setReport(consolidate(reads));
        setPhase('done');
      } catch (e) {
        setError(t.consolidate.failed(errorText(e)));
        setPhase('idle');
      }
    },
    [parse, t],
  );

  const clear = () => {
    update([]);
    setReport(undefined);
    setNotice(undefined);
    setError(undefined);
    setPhase('idle');
  };

  const reportName = report ? `成果説明書_政策${report.policy?.sheet.policy.number ?? ''}_${fiscalYearLabel(report.reportYear)}.xlsx` : '';
  const modelSheets: Sheet[] = report ? planSheets(report).flatMap((p) => (p.kind === 'model' ? [p.sourced.sheet] : [])) : [];

  const download = () =>
    run(
      t.consolidate.downloading,
      async () => {
        if (!report) return undefined;
        host.saveFile(reportName, await host.reportBytes(report, lang));
        return t.consolidate.downloaded(reportName);
      },
      t.consolidate.failed,
    );

  const writeHere = () =>
    run(
      t.consolidate.writing,
      async () => {
        if (!report || !host.insertSheets) return undefined;
        const result = await host.insertSheets(modelSheets, { mode: 'report' });
        return t.consolidate.written(result.sheetNames.length);
      },
      t.consolidate.failed,
    );

  return { entries, report, phase, notice, error, busy, outcome, modelSheets, addFiles, clear, download, writeHere };
}

// 年度更新: last year's workbook read through the host, rolled over to its year + 1, then inserted (Excel) or downloaded.
import { useState } from 'react';
import { fiscalYearLabel } from '../../core/era';
import { rollOverSheets } from '../../core/rollover';
import type { WorkbookRead } from '../../core/source';
import type { SeikaHost } from '../host/types';
import { useStrings } from '../strings';
import { readBytes } from './readBytes';
import { useBusy } from './useBusy';

export interface RolloverSource {
  read: WorkbookRead;
  from: number;
  to: number;
}

export function useRollover(host: SeikaHost) {
  const t = useStrings();
  const { busy, outcome, setOutcome, run } = useBusy();
  const [source, setSource] = useState<RolloverSource | undefined>(undefined);

  const choose = (file: File) =>
    run(
      t.yearly.rolloverReading,
      async () => {
        setSource(undefined);
        const [read] = await host.readFiles([await readBytes(file)]);
        if (!read || !read.sheets.length) throw new Error(t.yearly.rolloverNoSheets(file.name));
        if (read.sheets.some((s) => !s.sheet.reportYear)) throw new Error(t.yearly.rolloverNoYear(file.name));
        const from = Math.max(...read.sheets.map((s) => s.sheet.reportYear));
        setSource({ read, from, to: from + 1 });
        return undefined;
      },
      t.yearly.rolloverFailed,
    );

  const sheets = (s: RolloverSource) => rollOverSheets(s.read.sheets.map((r) => r.sheet), s.to);
  const meta = (s: RolloverSource) => ({ reportYear: s.to, department: s.read.meta.department ?? undefined });

  const insert = () =>
    run(
      t.yearly.rolloverWorking,
      async () => {
        if (!source || !host.insertSheets) return undefined;
        const result = await host.insertSheets(sheets(source), { mode: 'template', meta: meta(source) });
        return t.yearly.rolloverInserted(result.sheetNames);
      },
      t.yearly.rolloverFailed,
    );

  const download = () =>
    run(
      t.yearly.rolloverWorking,
      async () => {
        if (!source) return undefined;
        const bytes = await host.workbookBytes(sheets(source), meta(source));
        const name = rolloverFileName(source.read.file, source.to);
        host.saveFile(name, bytes);
        return t.yearly.rolloverDownloaded(name);
      },
      t.yearly.rolloverFailed,
    );

  return {
    busy,
    outcome,
    source,
    fromLabel: source ? fiscalYearLabel(source.from) : undefined,
    toLabel: source ? fiscalYearLabel(source.to) : undefined,
    choose: (file: File) => {
      setOutcome(undefined);
      return choose(file);
    },
    insert,
    download,
  };
}

/** 企画課.xlsx → 企画課_令和2年度.xlsx. */
export function rolloverFileName(file: string, year: number): string {
  const base = file.replace(/\.xlsx$/i, '').replace(/_?(平成|令和)(元|\d+)年度$/, '');
  return `${base}_${fiscalYearLabel(year)}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
}

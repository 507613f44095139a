// 年度更新: last year's workbook read through the host and rolled over by the core job (to its year + 1),
// then inserted (Excel) or downloaded; the hook only reads, calls and words what happened.
import { useState } from 'react';
import { fiscalYearLabel } from '../../core/era';
import { otherFormatWords } from './formatWords';
import { rollOverWorkbook, type RolledOver, type RolloverProblem } from '../../core/jobs/rollover';
import type { SeikaHost } from '../host/types';
import { useStrings, type Strings } from '../strings';
import { readBytes } from './readBytes';
import { useBusy } from './useBusy';

export interface RolloverSource {
  /** The workbook rolled from, as the user named it. */
  file: string;
  rolled: RolledOver;
}

export function useRollover(host: SeikaHost) {
  const t = useStrings();
  const { busy, outcome, clearOutcome, run } = useBusy();
  const [source, setSource] = useState<RolloverSource | undefined>(undefined);

  const choose = (file: File) =>
    run(
      t.yearly.rolloverReading,
      async () => {
        setSource(undefined);
        const [read] = await host.readFiles([await readBytes(file)]);
        const rolled = rollOverWorkbook(read);
        if (!rolled.ok) throw new Error(problemText(t, rolled.problem, file.name));
        setSource({ file: read.file, rolled: rolled.value });
        return undefined;
      },
      t.yearly.rolloverFailed,
    );

  const insert = () =>
    run(
      t.yearly.rolloverWorking,
      async () => {
        if (!source || !host.insertSheets) return undefined;
        const { sheets, meta } = source.rolled;
        const result = await host.insertSheets(sheets, { mode: 'template', meta });
        return t.yearly.rolloverInserted(result.sheetNames);
      },
      t.yearly.rolloverFailed,
    );

  const download = () =>
    run(
      t.yearly.rolloverWorking,
      async () => {
        if (!source) return undefined;
        const { sheets, meta, to } = source.rolled;
        const bytes = await host.workbookBytes(sheets, meta);
        const name = rolloverFileName(source.file, to);
        host.saveFile(name, bytes);
        return t.yearly.rolloverDownloaded(name);
      },
      t.yearly.rolloverFailed,
    );

  /** Excel: next year's workbook in a new window of its own (Excel.createWorkbook). */
  const openNew = () =>
    run(
      t.yearly.rolloverWorking,
      async () => {
        if (!source || !host.openWorkbook) return undefined;
        await host.openWorkbook(await host.workbookBytes(source.rolled.sheets, source.rolled.meta));
        return t.yearly.rolloverOpened;
      },
      t.yearly.rolloverFailed,
    );

  return {
    busy,
    outcome,
    source,
    fromLabel: source ? fiscalYearLabel(source.rolled.from) : undefined,
    toLabel: source ? fiscalYearLabel(source.rolled.to) : undefined,
    choose: (file: File) => {
      clearOutcome();
      return choose(file);
    },
    insert,
    download,
    openNew: host.openWorkbook ? openNew : undefined,
  };
}

function problemText(t: Strings, problem: RolloverProblem, file: string): string {
  switch (problem.code) {
    case 'noSheets':
      return t.yearly.rolloverNoSheets(file);
    case 'noYear':
      return t.yearly.rolloverNoYear(file);
    case 'notLater':
      return t.yearly.rolloverNotLater(file, fiscalYearLabel(problem.from));
    case 'otherFormat':
      return otherFormatWords(t, problem);
  }
}

/** 企画課.xlsx → 企画課_令和2年度.xlsx. */
export function rolloverFileName(file: string, year: number): string {
  const base = file.replace(/\.xlsx$/i, '').replace(/_?(平成|令和)(元|\d+)年度$/, '');
  return `${base}_${fiscalYearLabel(year)}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
}

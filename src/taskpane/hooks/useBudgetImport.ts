// 予算の取り込み: the budget CSV, its column mapping (JSON) and a department workbook, chosen by the user; the
// core job fills 投入指標 (never overwriting), the filled workbook is downloaded, and what happened is kept.
// In Excel the open workbook is filled instead, cell by cell, and can be put back (元に戻す).
import { useRef, useState } from 'react';
import { cellEdits, type CellEdit } from '../../core/cellEdits';
import { otherFormatWords } from './formatWords';
import type { BudgetImported, BudgetProblem } from '../../core/jobs/importBudget';
import type { SeikaHost } from '../host/types';
import { useStrings, type Strings } from '../strings';
import { readBytes } from './readBytes';
import { useBusy } from './useBusy';

export type BudgetInput = 'csv' | 'map' | 'workbook';

export function useBudgetImport(host: SeikaHost) {
  const t = useStrings();
  const { busy, outcome, clearOutcome, run } = useBusy();
  const [files, setFiles] = useState<Partial<Record<BudgetInput, File>>>({});
  const [result, setResult] = useState<BudgetImported | undefined>(undefined);
  const ready = !!(files.csv && files.map && files.workbook);

  const importBudget = () =>
    run(
      t.yearly.budgetWorking,
      async () => {
        const { csv, map, workbook } = files;
        if (!csv || !map || !workbook) return undefined;
        setResult(undefined);
        // Loaded on first use: the CSV parser stays out of the pane's first bundle.
        const job = await import('../../core/jobs/importBudget');
        const [read] = await host.readFiles([await readBytes(workbook)]);
        const imported = job.importBudget({ csv: (await readBytes(csv)).bytes, map: (await readBytes(map)).bytes, workbook: read });
        if (!imported.ok) throw new Error(problemText(t, imported.problem, workbook.name));
        const bytes = await host.workbookBytes(imported.value.sheets, imported.value.meta);
        const name = workbook.name.replace(/\.xlsx$/i, '') + '_予算入力.xlsx';
        host.saveFile(name, bytes);
        setResult(imported.value);
        return t.yearly.budgetDone(name);
      },
      t.yearly.budgetFailed,
    );

  /** Excel: the open workbook's own sheets are filled where the job changed a value; `undo` puts the old values back. */
  const [edits, setEdits] = useState<CellEdit[] | undefined>(undefined);
  const undoLast = useRef<(() => Promise<void>) | undefined>(undefined);
  const importHere = () =>
    run(
      t.yearly.budgetWorking,
      async () => {
        const { csv, map } = files;
        if (!csv || !map || !host.readLive || !host.writeCells) return undefined;
        setResult(undefined);
        setEdits(undefined);
        const job = await import('../../core/jobs/importBudget');
        const read = await host.readLive();
        const imported = job.importBudget({ csv: (await readBytes(csv)).bytes, map: (await readBytes(map)).bytes, workbook: read });
        if (!imported.ok) throw new Error(problemText(t, imported.problem, read.file));
        const changes = cellEdits(read.sheets, imported.value.sheets);
        undoLast.current = changes.length ? (await host.writeCells(changes.map((e) => ({ sheet: e.sheet, address: e.address, value: e.after })))).undo : undefined;
        setResult(imported.value);
        setEdits(changes);
        return t.yearly.budgetWrittenHere(changes.length);
      },
      t.yearly.budgetFailed,
    );
  const undo = () =>
    run(
      t.yearly.budgetUndoing,
      async () => {
        const n = edits?.length ?? 0;
        await undoLast.current?.();
        undoLast.current = undefined;
        setEdits(undefined);
        setResult(undefined);
        return t.yearly.budgetUndone(n);
      },
      t.yearly.budgetFailed,
    );

  return {
    /** Excel: no workbook to choose, the open one is filled. */
    here: host.kind === 'excel' && !!host.readLive && !!host.writeCells,
    readyHere: !!(files.csv && files.map),
    edits,
    importHere,
    undo,
    busy,
    outcome,
    files,
    ready,
    result,
    choose: (input: BudgetInput, file: File) => {
      setFiles((f) => ({ ...f, [input]: file }));
      setResult(undefined);
      clearOutcome();
    },
    importBudget,
  };
}

function problemText(t: Strings, problem: BudgetProblem, workbook: string): string {
  switch (problem.code) {
    case 'mapInvalid':
      return t.yearly.budgetMapInvalid(problem.detail);
    case 'csvInvalid':
      return problem.detail;
    case 'noSheets':
      return t.yearly.budgetNoSheets(workbook);
    case 'otherFormat':
      return otherFormatWords(t, problem);
  }
}

// 予算の取り込み: the budget CSV, its column mapping (JSON) and a department workbook, chosen by the user; the
// core job fills 投入指標 (never overwriting), the filled workbook is downloaded, and what happened is kept.
import { useState } from 'react';
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

  return {
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
  }
}

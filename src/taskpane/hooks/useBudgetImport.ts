// 予算の取り込み: the budget CSV, its column mapping (JSON) and a department workbook, chosen by the user;
// applyBudget fills 投入指標 (never overwriting), the filled workbook is downloaded, and what happened is kept.
import { useState } from 'react';
import { applyBudget, type BudgetImport } from '../../core/budget/applyBudget';
import { BudgetMapping } from '../../core/budget/mapping';
import type { SeikaHost } from '../host/types';
import { useStrings } from '../strings';
import { readBytes } from './readBytes';
import { useBusy } from './useBusy';

export type BudgetInput = 'csv' | 'map' | 'workbook';

export function useBudgetImport(host: SeikaHost) {
  const t = useStrings();
  const { busy, outcome, setOutcome, run } = useBusy();
  const [files, setFiles] = useState<Partial<Record<BudgetInput, File>>>({});
  const [result, setResult] = useState<BudgetImport | undefined>(undefined);
  const ready = !!(files.csv && files.map && files.workbook);

  const importBudget = () =>
    run(
      t.yearly.budgetWorking,
      async () => {
        const { csv, map, workbook } = files;
        if (!csv || !map || !workbook) return undefined;
        setResult(undefined);
        // Loaded on first use: the CSV parser stays out of the pane's first bundle.
        const { decodeText, readBudgetRows } = await import('../../core/budget/readCsv');
        const mapping = parseMapping(decodeText((await readBytes(map)).bytes, 'utf-8'), t.yearly.budgetMapInvalid);
        const rows = readBudgetRows(decodeText((await readBytes(csv)).bytes, mapping.encoding), mapping);
        const [read] = await host.readFiles([await readBytes(workbook)]);
        if (!read || !read.sheets.length) throw new Error(t.yearly.budgetNoSheets(workbook.name));
        const imported = applyBudget(read.sheets.map((s) => s.sheet), rows);
        const bytes = await host.workbookBytes(imported.sheets, read.meta);
        const name = workbook.name.replace(/\.xlsx$/i, '') + '_予算入力.xlsx';
        host.saveFile(name, bytes);
        setResult(imported);
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
      setOutcome(undefined);
    },
    importBudget,
  };
}

function parseMapping(text: string, invalid: (detail: string) => string): BudgetMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(invalid((e as Error).message));
  }
  const parsed = BudgetMapping.safeParse(json);
  if (!parsed.success) throw new Error(invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')));
  return parsed.data;
}

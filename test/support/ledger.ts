// The accounting system's budget export for the seed's 財政課, and that department's sheets with their budget
// emptied: what a department imports before filling anything else.
import type { Sheet } from '../../src/core/model';
import { departmentSubmissions } from '../../src/sample/departments';
import { loadSeedSheets } from '../../src/sample/seed';

export const zaisei = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;
export type Project = Extract<Sheet, { kind: 'project' | 'budget-only' }>;
export const projects = zaisei.sheets.filter((s): s is Project => s.kind === 'project' || s.kind === 'budget-only');
const YEARS: Array<[string, string]> = [['2017', '平成29年度'], ['2018', '平成30年度'], ['2019', '令和元年度']];

/** The ledger's figures: consistent by construction (一般財源 is what the specific sources leave). */
export function ledgerCsv(): string {
  const header = '会計,款,項,目,事業名,年度,事業費,国県支出金,地方債,その他特定財源,一般財源';
  const money = (n: number) => `"${n.toLocaleString('en-US')}"`;
  const rows = projects.flatMap((p) =>
    YEARS.map(([year, label]) => {
      const b = p.budget[year];
      const [total, subsidies, bonds, other] = [b.total, b.subsidies, b.bonds, b.other].map(Number);
      return [...(p.account ?? '').split('・'), p.name, label, money(total), money(subsidies), money(bonds), money(other), money(total - subsidies - bonds - other)].join(',');
    }),
  );
  return [header, ...rows, '一般会計,2総務費,1総務管理費,2財政管理費,存在しない事業,令和元年度,100,0,0,0,100'].join('\r\n');
}

export function blanked(sheets: Sheet[]): Sheet[] {
  return sheets.map((s) => (s.kind === 'project' || s.kind === 'budget-only' ? { ...s, budget: Object.fromEntries(YEARS.map(([y]) => [y, { total: null, subsidies: null, bonds: null, other: null, general: null }])) } : s));
}

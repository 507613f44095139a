// Fills 投入指標 from budget rows: matches rows to projects, fills empty cells, and says what it would
// overwrite (and only overwrites when asked), which rows match nothing and which projects got no row.
import type { Sheet, Value } from '../model';
import { textKey } from '../keys';
import type { AmountLine } from './mapping';
import type { BudgetRow } from './readCsv';

type Project = Extract<Sheet, { kind: 'project' | 'budget-only' }>;

export interface BudgetChange {
  project: string;
  year: number;
  line: AmountLine;
  before: Value;
  after: number;
  /** The cell held another value: replaced only with `overwrite`. */
  conflict: boolean;
}

export interface BudgetImport {
  sheets: Sheet[];
  changes: BudgetChange[];
  /** Rows that name no project of the workbook, or a year its sheets do not show, or amounts that are not numbers. */
  unmatchedRows: Array<{ row: BudgetRow; reason: 'noProject' | 'otherYear' | 'unreadable' }>;
  projectsWithoutRows: string[];
}

export function applyBudget(sheets: Sheet[], rows: BudgetRow[], opts: { overwrite?: boolean } = {}): BudgetImport {
  const result: BudgetImport = { sheets: structuredClone(sheets), changes: [], unmatchedRows: [], projectsWithoutRows: [] };
  const projects = result.sheets.filter((s): s is Project => s.kind === 'project' || s.kind === 'budget-only');
  const matched = new Set<Project>();
  for (const row of rows) {
    const project = findProject(projects, row);
    if (!project) result.unmatchedRows.push({ row, reason: 'noProject' });
    else if (row.year === undefined || !project.budget[String(row.year)]) result.unmatchedRows.push({ row, reason: 'otherYear' });
    else {
      matched.add(project);
      if (Object.keys(row.unreadable).length) result.unmatchedRows.push({ row, reason: 'unreadable' });
      result.changes.push(...fill(project, row.year, row.amounts, opts.overwrite ?? false));
    }
  }
  result.projectsWithoutRows = projects.filter((p) => !matched.has(p)).map((p) => p.name ?? '');
  return result;
}

/** By name and account; by name alone when the file has no account column. */
function findProject(projects: Project[], row: BudgetRow): Project | undefined {
  const name = textKey(row.project);
  const account = row.account === undefined ? undefined : textKey(row.account);
  return projects.find((p) => textKey(p.name) === name && (account === undefined || textKey(p.account) === account));
}

function fill(project: Project, year: number, amounts: BudgetRow['amounts'], overwrite: boolean): BudgetChange[] {
  const line = project.budget[String(year)];
  // A line the format does not draw (a city whose sheet has no 地方債 row) is not filled.
  return (Object.entries(amounts) as Array<[AmountLine, number]>).flatMap(([key, after]) => {
    if (!(key in line)) return [];
    const before = line[key];
    if (before === after) return [];
    const conflict = before !== null && before !== '';
    if (!conflict || overwrite) line[key] = after;
    return [{ project: project.name ?? '', year, line: key, before, after, conflict }];
  });
}

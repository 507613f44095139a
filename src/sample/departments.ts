// Splits the seed into the workbooks its departments would submit: each sheet goes to its 所管課,
// the policy header to the planning division.
import { departmentOf, type Sheet, type Submission } from '../core/model';

export const PLANNING_DIVISION = '企画課';

export function departmentSubmissions(sheets: Sheet[]): Submission[] {
  const byDepartment = new Map<string, Sheet[]>();
  for (const sheet of sheets) {
    const department = sheet.kind === 'policy' ? PLANNING_DIVISION : departmentOf(sheet) ?? '所管課不明';
    byDepartment.set(department, [...(byDepartment.get(department) ?? []), sheet]);
  }
  return [...byDepartment].map(([department, own]) => ({ reportYear: own[0].reportYear, department, sheets: own }));
}

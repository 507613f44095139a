// Which department a workbook speaks for: what it says of itself, else the one most of its sheets name.
import { departmentOf } from './model';
import type { WorkbookRead } from './source';

export function workbookDepartment(wb: WorkbookRead): string | null {
  return wb.meta.department ?? mostNamed(wb);
}

function mostNamed(wb: WorkbookRead): string | null {
  const counts = new Map<string, number>();
  for (const r of wb.sheets) {
    const department = departmentOf(r.sheet);
    if (department) counts.set(department, (counts.get(department) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

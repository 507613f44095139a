// Every sheet once, in the order received, with who sent what: a repeat of a sheet already taken (same
// identity) is set aside as a duplicate, never merged. Shared by the seed's report and the form report.
import { workbookDepartment } from '../department';
import { UNREVIEWED } from '../review/state';
import type { ReadSheet, WorkbookRead } from '../source';
import type { FileStatus, Origin, Sourced } from './types';

/** What the report takes of a sheet it reads: the sheet, what identifies it (none: never a duplicate), its title and kind. */
export interface Taking<S> {
  sheet: S;
  key?: string;
  title: string;
  kind: string;
}

export function takeInOrder<S>(workbooks: WorkbookRead[], take: (read: ReadSheet) => Taking<S> | undefined): { taken: Sourced<S>[]; files: FileStatus[] } {
  const taken: Sourced<S>[] = [];
  const files: FileStatus[] = [];
  const firstByKey = new Map<string, Origin>();
  for (const wb of workbooks) {
    const status: FileStatus = { file: wb.file, department: workbookDepartment(wb), sheets: [], duplicates: [], problems: wb.problems };
    for (const read of wb.sheets) {
      const t = take(read);
      if (!t) continue;
      const origin: Origin = { file: wb.file, sheet: read.source.sheetName, department: status.department };
      const first = t.key === undefined ? undefined : firstByKey.get(t.key);
      if (first) {
        status.duplicates.push({ sheet: origin.sheet, title: t.title, firstFile: first.file, firstSheet: first.sheet });
        continue;
      }
      if (t.key !== undefined) firstByKey.set(t.key, origin);
      status.sheets.push({ sheet: origin.sheet, kind: t.kind, title: t.title, review: read.review ?? UNREVIEWED });
      taken.push({ sheet: t.sheet, origin });
    }
    files.push(status);
  }
  return { taken, files };
}

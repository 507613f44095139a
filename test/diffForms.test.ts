// seika diff on the full-cost format's forms: each sheet found by the consolidation's key (事務事業コード and name),
// then compared field by field, so a department's corrected workbook lists what it corrected.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sheetFromFields } from '../src/core/layout/sheetData';
import type { FormSheet } from '../src/core/model';
import { FULLCOST_LAYOUT, fullcostSheets } from '../src/sample/fullcost';
import { fullcostWorkbooks, type SampleWorkbook } from '../src/sample/fullcostWorkbooks';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-diff-forms-'));

/** The sheets with one input of one project changed, its 事業費 and トータルコスト computed again. */
function withOneChange(sheets: FormSheet[], project: string, name: string, value: number): FormSheet[] {
  return sheets.map((s) => {
    if (s.values.ProjectName !== project) return s;
    const values = { ...s.values, [name]: value };
    return sheetFromFields(FULLCOST_LAYOUT, s.reportYear, (f) => values[f.name] ?? null) as FormSheet;
  });
}

beforeAll(async () => {
  const sheets = fullcostSheets();
  const department = sheets.find((s) => s.values.ProjectName === '市民活動支援事業')!.values.Department;
  const ofDepartment = (books: SampleWorkbook[]) => books.find((b) => b.department === department)!.bytes;
  fs.writeFileSync(path.join(dir, 'before.xlsx'), ofDepartment(await fullcostWorkbooks(sheets, [])));
  fs.writeFileSync(path.join(dir, 'after.xlsx'), ofDepartment(await fullcostWorkbooks(withOneChange(sheets, '市民活動支援事業', 'General_2', 7_000_000), [])));
});

it('lists the one 一般財源 that differs, with the 事業費 and トータルコスト it moves, at their cells', async () => {
  const r = await seika(['diff', 'before.xlsx', 'after.xlsx', '--json'], dir);
  expect(r.code).toBe(0);
  const changes = JSON.parse(r.stdout) as Array<{ kind: string; subject: string; at: { cell: string }; message: string }>;
  expect(changes.map((c) => [c.subject, c.at.cell, c.message])).toEqual([
    ['市民活動支援事業', 'D14', '一般財源（令和元年度）: 6,834,000 → 7,000,000'],
    ['市民活動支援事業', 'D15', '事業費（令和元年度）: 7,164,000 → 7,330,000'],
    ['市民活動支援事業', 'D18', 'トータルコスト（令和元年度）: 12,624,000 → 12,790,000'],
  ]);
});

it('says there is no change between a workbook and itself', async () => {
  const r = await seika(['diff', 'before.xlsx', 'before.xlsx'], dir);
  expect(r.stdout).toContain('前年度の報告から変わったところはありません。');
});

// seika rollover on the seed's FY2019 department workbooks: FY2020 templates the checker accepts as not yet filled.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { LAYOUTS } from '../src/core/layout';
import { pathKey } from '../src/core/layout/sheetData';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbookNames } from '../src/xlsx/definedNames';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-rollover-'));
const submissions = departmentSubmissions(loadSeedSheets());

interface JsonFinding {
  ruleId: string;
  messageId: string;
  file: string;
  sheet?: string;
  field?: string;
}

const FIELDS = new Map(Object.values(LAYOUTS).flatMap((l) => l.fields.map((f) => [f.name, f] as const)));

/** A finding by what it is about, independent of the year's columns: 成果指標1 計画 for 2020 is the same in both years. */
function about(f: JsonFinding, reportYear: number): string {
  const field = f.field === undefined ? undefined : FIELDS.get(f.field);
  return [path.basename(f.file), f.sheet, f.ruleId, f.messageId, field ? pathKey(field, reportYear) ?? f.field : ''].join(' | ');
}

async function check(folder: string, year: number): Promise<JsonFinding[]> {
  const r = await seika(['check', folder, '--year', String(year), '--json'], dir);
  return JSON.parse(r.stdout) as JsonFinding[];
}

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, '2019'));
  for (const s of submissions) fs.writeFileSync(path.join(dir, '2019', `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: 2019, department: s.department }));
  for (const s of submissions) {
    const r = await seika(['rollover', `2019/${s.department}.xlsx`, '--to', '2020', '-o', `2020/${s.department}.xlsx`], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
});

it('gives FY2020 sheets whose only new findings say what is not yet filled', async () => {
  const lastYear = new Set((await check('2019', 2019)).map((f) => about(f, 2019)));
  const findings = await check('2020', 2020);
  // Last year's own mistakes (a funding sum that does not add up, an empty past actual) come along with the values.
  const fresh = findings.filter((f) => !lastYear.has(about(f, 2020)));
  expect(new Set(fresh.map((f) => `${f.ruleId}/${f.messageId}`))).toEqual(new Set(['required-fields/empty', 'indicator-complete/missingPlan', 'indicator-complete/missingActual']));
  // …and only in what roll-over leaves empty: 実績, 評価, the new year's budget, actuals and plans, a measure's new Y+1 plan.
  const EMPTIED = /^(result|evaluation|budget\.2020\.\w+|activities\.\d\.(plan|actual)\.2020|outcomes\.\d\.(actual\.2020|plan\.2021))$/;
  const where = fresh.map((f) => pathKey(FIELDS.get(f.field ?? '')!, 2020) ?? '');
  expect(where.filter((p) => !EMPTIED.test(p))).toEqual([]);
  expect(fresh.length).toBeGreaterThan(300);
  expect(findings.filter((f) => f.ruleId === 'year-labels')).toEqual([]);
});

it('labels the columns and sections 令和2年度', async () => {
  const read = await readWorkbook(fs.readFileSync(path.join(dir, '2020/税務課.xlsx')), '税務課.xlsx');
  expect(read.meta.reportYear).toBe(2020);
  const [measure, project] = ['measure', 'project'].map((kind) => read.sheets.find((s) => s.sheet.kind === kind)!);
  const label = (r: typeof measure, name: string) => r.source.cells.get(name)!.raw.value;
  expect(label(measure, 'ReportYear')).toBe('令和2年度');
  expect([1, 2, 3, 4].map((i) => label(measure, `Outcome1Year_${i}`))).toEqual(['平成30年度', '令和元年度', '令和2年度', '令和3年度']);
  expect([1, 2, 3].map((i) => label(project, `BudgetYear_${i}`))).toEqual(['平成30年度', '令和元年度', '令和2年度']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, '2020/税務課.xlsx')) as unknown as ArrayBuffer);
  expect(wb.getWorksheet(project.source.sheetName)!.getCell('A23').value).toBe('令和2年度 実績');
  expect(wb.getWorksheet(measure.source.sheetName)!.getCell('A16').value).toBe('令和2年度 実績');
});

it('writes names and protection as a fresh template does', async () => {
  const r = await seika(['template', '--kind', 'measure', '--year', '2020', '-o', 'template.xlsx'], dir);
  expect(r.code).toBe(0);
  const partsOf = async (file: string, sheet: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, file)));
    const { sheets, names } = await readWorkbookNames(zip);
    const entry = sheets.find((s) => s.name === sheet)!;
    const xml = await zip.file(`xl/worksheets/sheet${entry.index + 1}.xml`)!.async('string');
    return { names: names.filter((n) => n.localSheetId === entry.index).map((n) => n.name).sort(), protection: /<sheetProtection[^>]*>/.exec(xml)?.[0] };
  };
  const rolled = await partsOf('2020/税務課.xlsx', '施策6-4');
  const fresh = await partsOf('template.xlsx', (await readWorkbook(fs.readFileSync(path.join(dir, 'template.xlsx')), 't')).sheets[0].source.sheetName);
  expect(rolled.names).toEqual(fresh.names);
  expect(rolled.protection).toBeDefined();
  expect(rolled.protection).toBe(fresh.protection);
});

it('carries every plan faithfully: seika diff finds nothing changed', async () => {
  const r = await seika(['diff', '2019', '2020'], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('前年度の報告から変わったところはありません。\n');
});

it('refuses to go back a year or to overwrite its source', async () => {
  expect((await seika(['rollover', '2019/税務課.xlsx', '--to', '2019', '-o', 'x.xlsx'], dir)).stderr).toContain('令和元年度より後の年度');
  expect((await seika(['rollover', '2019/税務課.xlsx', '--to', '2020', '-o', '2019/税務課.xlsx'], dir)).code).toBe(2);
});

// The second built-in format, the full-cost 事務事業評価シート, as a user runs it: its template with its own drop-downs
// and live formulas, its field list, filling it, and a check that finds exactly the sample's planted mistakes.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { departmentSubmissions } from '../src/sample/departments';
import { fullcostSheets, PLANTED_MISTAKES, withPlantedMistakes } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-fullcost-'));

async function writeSample(folder: string, mistakes = PLANTED_MISTAKES): Promise<void> {
  fs.mkdirSync(path.join(dir, folder), { recursive: true });
  for (const b of await fullcostWorkbooks(fullcostSheets(), mistakes)) fs.writeFileSync(path.join(dir, folder, `${b.department}.xlsx`), b.bytes);
}

describe('seika template --format fullcost', () => {
  it('writes one 事務事業評価シート (the format has one kind) that reads back as a blank form of fullcost/1', async () => {
    const r = await seika(['template', '--format', 'fullcost', '--year', '令和元年度', '--department', '企画課', '-o', '評価.xlsx'], dir);
    expect(r.code).toBe(0);
    const read = await readWorkbook(fs.readFileSync(path.join(dir, '評価.xlsx')), '評価.xlsx');
    expect(read.meta.format).toEqual({ id: 'fullcost', version: 1 });
    expect(read.sheets.map((s) => [s.source.sheetName, s.sheet.kind === 'form' && s.sheet.form, s.sheet.reportYear])).toEqual([['事務事業', 'evaluation', 2019]]);
    const values = read.sheets[0].sheet.kind === 'form' ? read.sheets[0].sheet.values : {};
    expect(values).toMatchObject({ Department: '企画課', ProjectCode: null, Total_1: 0, StaffCost_3: 0, FullCost_2: 0 });
  });

  it('has its own lists as drop-downs and 事業費, 人件費 and トータルコスト as live formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '評価.xlsx'));
    const ws = wb.worksheets[0];
    const list = (address: string) => ws.getCell(address).dataValidation.formulae?.[0];
    expect([list('F4'), list('H4'), list('B38'), list('B41'), list('E21')]).toEqual([
      '"直営,一部委託,全部委託,補助,指定管理"',
      '"義務,努力義務,任意"',
      '"A,B,C"',
      '"拡充,継続,改善,縮小,統合,休止・廃止,完了"',
      '"大きいほど良い,小さいほど良い"',
    ]);
    const formula = (address: string) => (ws.getCell(address).value as { formula?: string }).formula;
    expect([formula('C15'), formula('D17'), formula('E18')]).toEqual(['SUM(N(C10),N(C11),N(C12),N(C13),N(C14))', 'N(D16)*N(H8)', 'SUM(N(E10),N(E11),N(E12),N(E13),N(E14))+(N(E16)*N(H8))']);
    expect(formula('G23')).toBe('IF(E21="小さいほど良い",IF(N(G22)=0,0,N(G21)/N(G22)),IF(N(G21)=0,0,N(G22)/N(G21)))*100');
  });

  it('refuses a kind the format does not have, naming the ones it has', async () => {
    const r = await seika(['template', '--format', 'fullcost', '--kind', 'project', '--year', '2019', '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('様式 fullcost に project のシートはありません（evaluation）');
  });
});

it('seika fields --format fullcost lists every input with its cell, the lists’ values and the formulas', async () => {
  const r = await seika(['fields', '--format', 'fullcost', '--json'], dir);
  const rows = JSON.parse(r.stdout) as Array<{ kind: string; name: string; label: string; cell: string; input: boolean; list?: string[] }>;
  const row = (name: string) => rows.find((f) => f.name === name);
  expect(row('ProjectCode')).toMatchObject({ kind: 'evaluation', label: '事務事業コード', cell: 'B2', input: true });
  expect(row('Staff_2')).toMatchObject({ label: '従事職員数 (Y)', cell: 'D16', input: true });
  expect(row('StaffCost_3')).toMatchObject({ label: '人件費', cell: 'E17', input: false });
  expect(row('Obligation')?.list).toEqual(['義務', '努力義務', '任意']);
  const markdown = (await seika(['fields', '--format', 'fullcost'], dir)).stdout;
  expect(markdown).toContain('## 事務事業評価シート (`--kind evaluation`)');
  expect(markdown).toContain('| `Mode` | 実施形態 | 一覧: 直営・一部委託・全部委託・補助・指定管理 | F4 |');
});

describe('seika check on the full-cost sample', () => {
  it('finds nothing in the sample as it should be', async () => {
    await writeSample('clean', []);
    const r = await seika(['check', 'clean'], dir);
    expect(r.stdout).toContain('5 ファイル: エラー 0 件、警告 0 件、情報 0 件');
    expect(r.code).toBe(0);
  });

  it('finds exactly the planted mistakes, in Japanese, by the format each workbook records', async () => {
    await writeSample('planted');
    const r = await seika(['check', 'planted', '--json'], dir);
    const found = (JSON.parse(r.stdout) as Array<{ ruleId: string; sheet: string; field: string; message: string }>).map((f) => ({ ruleId: f.ruleId, sheet: f.sheet, field: f.field, message: f.message }));
    const expected = PLANTED_MISTAKES.map((m) => ({ ruleId: m.finding.ruleId, sheet: m.project, field: m.finding.field, message: expect.stringContaining(m.finding.message) as unknown as string }));
    expect(found).toHaveLength(expected.length);
    expect(found).toEqual(expect.arrayContaining(expected));
    const text = await seika(['check', '--format', 'fullcost', 'planted'], dir);
    expect(text.stdout).toContain('5 ファイル: エラー 9 件、警告 0 件、情報 0 件');
    expect(text.stdout).toContain('文書費!D17  error    staff-cost  人件費（令和元年度）の式が 5,000,000 円で上書きされています。');
  });

  it('seika fill writes a department’s forms from its JSON in the format that has them', async () => {
    const submission = departmentSubmissions(withPlantedMistakes(fullcostSheets())).find((s) => s.department === '財政課')!;
    fs.writeFileSync(path.join(dir, 'zaisei.json'), JSON.stringify(submission));
    expect((await seika(['fill', 'zaisei.json', '-o', 'filled/財政課.xlsx'], dir)).code).toBe(0);
    const r = await seika(['check', 'filled', '--json'], dir);
    expect((JSON.parse(r.stdout) as Array<{ ruleId: string }>).map((f) => f.ruleId).sort()).toEqual(['closing-comment', 'ended-direction', 'necessity-reason', 'project-period']);
  });
});

it('export(fill(x)) = x for the full-cost forms, derived values included', async () => {
  const submission = departmentSubmissions(fullcostSheets()).find((s) => s.department === '企画課')!;
  fs.writeFileSync(path.join(dir, 'kikaku.json'), JSON.stringify(submission));
  expect((await seika(['fill', 'kikaku.json', '-o', 'kikaku.xlsx'], dir)).code).toBe(0);
  const r = await seika(['export', 'kikaku.xlsx', '--json'], dir);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ format: 'fullcost/1', ...submission });
});

it('reads a form whose names were lost by its labels, and says so', async () => {
  const [book] = await fullcostWorkbooks(fullcostSheets(), []);
  const zip = await JSZip.loadAsync(book.bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  // Values pasted into a plain copy keep no sheet-scoped name (SeikaLayout and every field's).
  zip.file('xl/workbook.xml', xml.replace(/<definedName name="[^"]*" localSheetId="\d+"[^>]*>[^<]*<\/definedName>/g, ''));
  fs.mkdirSync(path.join(dir, 'lost'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lost', `${book.department}.xlsx`), await zip.generateAsync({ type: 'uint8array' }));
  const r = await seika(['check', 'lost', '--json'], dir);
  const findings = JSON.parse(r.stdout) as Array<{ ruleId: string; sheet: string }>;
  // One label-fallback per sheet (企画課: 表彰事業, 各種団体連携事業 and one more) and nothing else: every value found.
  expect(findings.map((f) => f.ruleId)).toEqual(['label-fallback', 'label-fallback', 'label-fallback']);
});

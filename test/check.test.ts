// seika check as a department would use it before submitting, and as the planning division runs it on the seed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ProjectSheet } from '../src/core/model';
import { validProject } from '../src/core/rules/testing/fixtures';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { encryptedXlsxBytes, plainWorkbookBytes, xlsBytes } from './support/brokenFiles';
import { seika } from './support/cli';
import { putErrorValueLikeExcel } from './support/excelEdits';

const EXPECTED = path.join(__dirname, 'fixtures/seed-findings.txt');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-check-'));

function write(name: string, bytes: Uint8Array): string {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
  return name;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  sheet?: string;
  cell?: string;
  message: string;
}

it('finds exactly what the seed deserves (test/fixtures/seed-findings.txt)', async () => {
  for (const s of departmentSubmissions(loadSeedSheets())) write(`seed/${s.department}.xlsx`, await writeWorkbook(s.sheets, { reportYear: 2019, department: s.department }));
  const r = await seika(['check', 'seed', '--year', '2019'], dir);
  if (process.env.SEIKA_UPDATE_EXPECTED) fs.writeFileSync(EXPECTED, r.stdout);
  expect(r.stdout).toBe(fs.readFileSync(EXPECTED, 'utf8'));
  expect(r.code).toBe(1);
});

describe('a department workbook with the typical mistakes', () => {
  const second: ProjectSheet = { ...validProject, name: 'ボランティア育成事業' };
  let findings: JsonFinding[];

  beforeAll(async () => {
    const mistaken: ProjectSheet = structuredClone(validProject);
    mistaken.budget['2018'].total = 7148; // a wrong total: 7,048 was meant
    mistaken.budget['2017'].other = '３４２'; // full-width digits
    mistaken.evaluation = '継続'; // typed by hand in 評価
    mistaken.activities[1].unit = null; // a missing unit
    const clean = await writeWorkbook([mistaken, second], { reportYear: 2019, department: '市民課' }); // the rank 2 used twice
    const broken = await putErrorValueLikeExcel(Buffer.from(clean), '市民活動支援事業', 'H14', '#REF!');
    write('市民課.xlsx', broken);
    const r = await seika(['check', '市民課.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    findings = JSON.parse(r.stdout) as JsonFinding[];
  });

  it('gives one finding for each mistake, at its cell, and nothing else', () => {
    expect(findings.map((f) => [f.sheet, f.cell, f.ruleId, f.severity])).toEqual([
      ['市民活動支援事業', 'G10', 'funding-sum', 'error'],
      ['市民活動支援事業', 'F13', 'money-normalised', 'warning'],
      ['市民活動支援事業', 'H14', 'no-error-values', 'error'],
      ['市民活動支援事業', 'D19', 'indicator-complete', 'error'],
      ['市民活動支援事業', 'G23', 'enum-values', 'error'],
      ['ボランティア育成事業', 'G5', 'rank-unique', 'error'],
    ]);
  });

  it('says what is wrong in Japanese a clerk understands', () => {
    const say = (ruleId: string) => findings.find((f) => f.ruleId === ruleId)!.message;
    expect(say('funding-sum')).toContain('7,148 千円が、財源の合計 7,048 千円');
    expect(say('money-normalised')).toContain('「３４２」');
    expect(say('no-error-values')).toContain('#REF!');
    expect(say('indicator-complete')).toContain('単位');
    expect(say('enum-values')).toContain('継続');
    expect(say('rank-unique')).toContain('市民活動支援事業');
  });

  it('prints compiler-style lines grouped by file, then the counts, and English on request', async () => {
    const r = await seika(['check', '市民課.xlsx', '--lang', 'en'], dir);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('市民課.xlsx');
    expect(lines[1]).toMatch(/^ {2}市民課\.xlsx › 市民活動支援事業!G10 {2}error +funding-sum {2}.*differs/);
    expect(lines[lines.length - 1]).toBe('1 file(s): 5 error(s), 1 warning(s), 0 info');
  });
});

describe('files that are not seika workbooks', () => {
  it('gives one clear finding for each broken file and still checks the good one', async () => {
    const good = await writeWorkbook([validProject], { reportYear: 2019, department: '市民課' });
    write('broken/a-good.xlsx', good);
    write('broken/b-corrupt.xlsx', good.subarray(0, Math.floor(good.length / 2)));
    write('broken/c-empty.xlsx', new Uint8Array());
    write('broken/d-renamed-csv.xlsx', Buffer.from('事業,金額\n庁舎管理費,104880\n'));
    write('broken/e-old.xlsx', xlsBytes(good));
    write('broken/f-encrypted.xlsx', encryptedXlsxBytes());
    write('broken/g-plain.xlsx', await plainWorkbookBytes());
    const r = await seika(['check', 'broken', '--json'], dir);
    const findings = JSON.parse(r.stdout) as Array<JsonFinding & { file: string; messageId: string }>;
    expect(findings.map((f) => [path.basename(f.file), f.ruleId, f.messageId])).toEqual([
      ['b-corrupt.xlsx', 'file-unreadable', 'unreadable'],
      ['c-empty.xlsx', 'file-unreadable', 'empty'],
      ['d-renamed-csv.xlsx', 'file-unreadable', 'notXlsx'],
      ['e-old.xlsx', 'file-unreadable', 'xls'],
      ['f-encrypted.xlsx', 'file-unreadable', 'encrypted'],
      ['g-plain.xlsx', 'file-unreadable', 'noSeikaSheets'],
    ]);
    expect(r.stderr).toBe('');
    const text = await seika(['check', 'broken'], dir);
    expect(text.stdout).toContain('Excel 97-2003');
    expect(text.stdout).toContain('パスワード');
    expect(text.stdout).toContain('7 ファイル: エラー 6 件');
  });

  it('exits 2 with a one-line message for a file that does not exist', async () => {
    const r = await seika(['check', 'nowhere.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.xlsx');
  });
});

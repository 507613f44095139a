// A sheet's review state as a workbook records it (sheet-scoped SeikaReview* names): read back, flagged by check
// when the sheet was edited after 提出済, and listed by seika status.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { PolicyReport } from '../src/core/consolidate/types';
import type { ProjectSheet } from '../src/core/model';
import { inputHash } from '../src/core/review/hash';
import { reviewConstants } from '../src/core/review/names';
import type { ReviewRecord } from '../src/core/review/state';
import { validProject } from '../src/core/rules/testing/fixtures';
import { writeDefinedNamesBytes } from '../src/xlsx/definedNames';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-review-'));
const second: ProjectSheet = { ...validProject, name: 'ボランティア育成事業', rank: 2 };

/** A department workbook whose sheets record the given reviews, in sheet order. */
async function workbookWith(sheets: ProjectSheet[], reviews: ReviewRecord[]): Promise<Uint8Array> {
  const bytes = await writeWorkbook(sheets, { reportYear: 2019, department: '市民課' });
  const names = reviews.flatMap((review, localSheetId) => reviewConstants(review).map((n) => ({ ...n, localSheetId })));
  return writeDefinedNamesBytes(bytes, names);
}

async function submittedHash(sheet: ProjectSheet): Promise<string> {
  const read = await readWorkbook(await writeWorkbook([sheet], { reportYear: 2019, department: '市民課' }), 'x.xlsx');
  return inputHash(read.sheets[0].sheet);
}

describe('review state in a workbook', () => {
  let submitted: ReviewRecord;

  beforeAll(async () => {
    submitted = { state: '提出済', by: '山田', at: '2020-05-29', hash: await submittedHash(validProject) };
    const inReview: ReviewRecord = { state: '課内確認済', by: '佐藤', at: '2020-05-20' };
    fs.writeFileSync(path.join(dir, '市民課.xlsx'), await workbookWith([validProject, second], [submitted, inReview]));
    const edited = { ...validProject, summary: '提出後に書き換えた概要' };
    fs.mkdirSync(path.join(dir, 'edited'));
    fs.writeFileSync(path.join(dir, 'edited', '市民課.xlsx'), await workbookWith([edited], [submitted]));
  });

  it('is read back with each sheet', async () => {
    const read = await readWorkbook(fs.readFileSync(path.join(dir, '市民課.xlsx')), '市民課.xlsx');
    expect(read.sheets.map((s) => [s.source.sheetName, s.review])).toEqual([
      ['市民活動支援事業', submitted],
      ['ボランティア育成事業', { state: '課内確認済', by: '佐藤', at: '2020-05-20' }],
    ]);
  });

  it('check says nothing of a sheet unchanged since 提出済, and warns of one edited after', async () => {
    const unchanged = await seika(['check', '市民課.xlsx', '--json'], dir);
    expect(JSON.parse(unchanged.stdout).filter((f: { ruleId: string }) => f.ruleId === 'edited-after-submit')).toEqual([]);
    const r = await seika(['check', 'edited/市民課.xlsx'], dir);
    expect(r.stdout).toMatch(/市民活動支援事業 +warning +edited-after-submit +提出済（山田 2020-05-29）のシートの入力値が提出後に変わっています/);
  });
});

describe('seika status', () => {
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'folder'));
    const returned: ReviewRecord = { state: '作成中', by: '課長 田中', at: '2020-05-25', reason: '指標の単位が違う' };
    fs.writeFileSync(path.join(dir, 'folder', '市民課.xlsx'), await workbookWith([validProject, second], [{ state: '課長確認済', by: '田中', at: '2020-05-22' }, returned]));
    fs.writeFileSync(path.join(dir, 'folder', '財政課.xlsx'), await writeWorkbook([{ ...validProject, name: '財政管理費', department: '財政課' }], { reportYear: 2019, department: '財政課' }));
  });

  it('prints each department and sheet with its state, who and when, and counts the states', async () => {
    const r = await seika(['status', 'folder'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '市民課',
      '  市民活動支援事業      課長確認済  田中  2020-05-22',
      '  ボランティア育成事業  作成中      課長 田中  2020-05-25  差戻し: 指標の単位が違う',
      '',
      '財政課',
      '  財政管理費            作成中',
      '',
      '3 シート: 作成中 2、課内確認済 0、課長確認済 1、提出済 0',
      '',
    ]);
  });

  it('gives the same rows as JSON', async () => {
    const rows = JSON.parse((await seika(['status', 'folder', '--json'], dir)).stdout);
    expect(rows[0]).toEqual({ department: '市民課', file: path.join(dir, 'folder', '市民課.xlsx'), sheet: '市民活動支援事業', title: '市民活動支援事業', state: '課長確認済', by: '田中', at: '2020-05-22' });
    expect(rows.map((r: { state: string }) => r.state)).toEqual(['課長確認済', '作成中', '作成中']);
  });
});

describe('consolidation', () => {
  it('counts the sheets per state in its summary and lists each sheet’s state on 提出状況', async () => {
    const r = await seika(['consolidate', 'folder', '-o', 'report.xlsx'], dir);
    expect(r.stdout).toContain('確認状況: 作成中 2、課内確認済 0、課長確認済 1、提出済 0');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    const sheet = wb.getWorksheet('提出状況')!;
    const cells = Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? Array.from(row.slice(1), (v) => v ?? null) : []));
    expect(cells[3]).toEqual(['ファイル', '所管課', 'シート数', '集約したシートと確認状況', '重複（集約せず）', '読めなかった理由']);
    expect(cells.slice(4, 6).map((row) => row.slice(0, 4))).toEqual([
      ['市民課.xlsx', '市民課', 2, '市民活動支援事業: 課長確認済（田中 2020-05-22）、ボランティア育成事業: 作成中（課長 田中 2020-05-25） 差戻し: 指標の単位が違う'],
      ['財政課.xlsx', '財政課', 1, '財政管理費: 作成中'],
    ]);
    expect(cells.flat()).toContain('シートの確認状況: 作成中 2、課内確認済 0、課長確認済 1、提出済 0');
    expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
  });

  it('carries each sheet’s review in the report model', async () => {
    const model = JSON.parse((await seika(['consolidate', 'folder', '--json'], dir)).stdout) as PolicyReport;
    expect(model.status.reviewCounts).toEqual({ 作成中: 2, 課内確認済: 0, 課長確認済: 1, 提出済: 0 });
    expect(model.status.files.flatMap((f) => f.sheets.map((s) => s.review.state))).toEqual(['課長確認済', '作成中', '作成中']);
  });
});

describe('seika status --set', () => {
  const file = (name: string) => path.join(dir, 'set', name);
  const states = async (name: string) => (await readWorkbook(fs.readFileSync(file(name)), name)).sheets.map((s) => s.review);

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'set'));
    fs.writeFileSync(file('市民課.xlsx'), await writeWorkbook([validProject], { reportYear: 2019, department: '市民課' }));
    fs.writeFileSync(file('誤り.xlsx'), await writeWorkbook([{ ...validProject, evaluation: '継続' }], { reportYear: 2019, department: '市民課' }));
  });

  it('moves a sheet one step at a time up to 提出済, writing who and when, and check then finds it unchanged', async () => {
    for (const state of ['課内確認済', '課長確認済', '提出済']) {
      expect((await seika(['status', 'set/市民課.xlsx', '--set', state, '--by', '山田', '--at', '2020-05-29'], dir)).code).toBe(0);
    }
    expect(await states('市民課.xlsx')).toEqual([{ state: '提出済', by: '山田', at: '2020-05-29', hash: expect.stringMatching(/^[0-9a-f]{8}$/) }]);
    const checked = JSON.parse((await seika(['check', 'set/市民課.xlsx', '--json'], dir)).stdout);
    expect(checked.filter((f: { ruleId: string }) => f.ruleId === 'edited-after-submit')).toEqual([]);
  });

  it('returns a sheet to 作成中 only with a reason', async () => {
    const refused = await seika(['status', 'set/市民課.xlsx', '--set', '作成中', '--by', '田中', '--at', '2020-06-01'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('提出済 → 作成中 はできません。作成中に戻すには理由が必要です');
    const r = await seika(['status', 'set/市民課.xlsx', '--set', '作成中', '--by', '田中', '--at', '2020-06-01', '--reason', '単位の誤り'], dir);
    expect(r.stdout).toContain('市民活動支援事業  作成中      田中  2020-06-01  差戻し: 単位の誤り');
    expect(await states('市民課.xlsx')).toEqual([{ state: '作成中', by: '田中', at: '2020-06-01', reason: '単位の誤り' }]);
  });

  it('refuses 提出済 while the sheet has errors, and a skipped step, leaving the file as it was', async () => {
    await seika(['status', 'set/誤り.xlsx', '--set', '課内確認済', '--by', '山田', '--at', '2020-05-20'], dir);
    await seika(['status', 'set/誤り.xlsx', '--set', '課長確認済', '--by', '山田', '--at', '2020-05-21'], dir);
    const before = fs.readFileSync(file('誤り.xlsx'));
    const r = await seika(['status', 'set/誤り.xlsx', '--set', '提出済', '--by', '山田', '--at', '2020-05-22'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('課長確認済 → 提出済 はできません。エラーのあるシートは提出済にできません');
    expect(fs.readFileSync(file('誤り.xlsx'))).toEqual(before);
    const skipped = await seika(['status', 'set/市民課.xlsx', '--set', '課長確認済', '--by', '山田'], dir);
    expect(skipped.stderr).toContain('作成中 → 課長確認済 はできません');
  });

  it('needs --by', async () => {
    const r = await seika(['status', 'set/市民課.xlsx', '--set', '課内確認済'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by');
  });
});

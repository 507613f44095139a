// The seika command as a user runs it (in-process): usage mistakes, templates, field lists, fill and export. Help, through the installed command: install.test.ts.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { fieldRows } from '../src/core/layout/fieldList';
import { builtFormat } from '../src/core/format/buildLayout';
import { checkDefinition } from '../src/core/format/checkDefinition';
import type { ProjectSheet } from '../src/core/model';
import { validProject } from '../src/core/rules/testing/fixtures';
import { blankSheet } from '../src/core/template';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-cli-'));

describe('seika called wrongly', () => {
  it('gives exit code 2 and a hint for a usage mistake', async () => {
    const r = await seika(['template', '--kind', 'nonsense', '--year', '2019', '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nonsense');
  });

  it('refuses a year it cannot read', async () => {
    const r = await seika(['template', '--kind', 'project', '--year', 'someday', '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('年度');
  });
});

describe('seika template', () => {
  it.each(['project', 'budget-only', 'measure', 'policy'])('writes a %s template whose fields match seika fields', async (kind) => {
    const r = await seika(['template', '--kind', kind, '--year', '令和元年度', '--measure', '6-1', '--department', '企画課', '-o', `${kind}.xlsx`], dir);
    expect(r.code).toBe(0);
    const read = await readWorkbook(fs.readFileSync(path.join(dir, `${kind}.xlsx`)), `${kind}.xlsx`);
    expect(read.sheets).toHaveLength(1);
    const { source, sheet } = read.sheets[0];
    expect(sheet).toMatchObject({ kind, reportYear: 2019 });
    const listed = JSON.parse((await seika(['fields', '--kind', kind, '--json'])).stdout) as Array<{ name: string; cell: string }>;
    const found = listed.filter((f) => source.cells.has(f.name)).map((f) => ({ name: f.name, cell: source.cells.get(f.name)?.address }));
    expect(found).toEqual(fieldRows(kind as never).filter((f) => source.cells.has(f.name)).map((f) => ({ name: f.name, cell: f.cell })));
  });
});

describe('seika fill and export', () => {
  const submission = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '財政課')!;

  it('export(fill(x)) = x through files', async () => {
    fs.writeFileSync(path.join(dir, 'zaisei.json'), JSON.stringify(submission));
    expect((await seika(['fill', 'zaisei.json', '-o', 'zaisei.xlsx'], dir)).code).toBe(0);
    const r = await seika(['export', 'zaisei.xlsx', '--json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ format: 'komoro/1', ...submission });
  });

  it('names the path of each mistake in the JSON', async () => {
    const broken = structuredClone(submission) as unknown as { sheets: Array<Record<string, unknown>> };
    broken.sheets[1].budget = { '2019': { total: true } };
    fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(broken));
    const r = await seika(['fill', 'broken.json', '-o', 'broken.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sheets[1].budget.2019');
    expect(fs.existsSync(path.join(dir, 'broken.xlsx'))).toBe(false);
  });

  it('says which file it cannot read and still exports the others', async () => {
    fs.writeFileSync(path.join(dir, 'notes.xlsx'), 'a,b,c\n1,2,3\n');
    const r = await seika(['export', 'zaisei.xlsx', 'notes.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('notes.xlsx');
    expect(JSON.parse(r.stdout)).toEqual({ format: 'komoro/1', ...submission });
  });
});

describe('seika formats', () => {
  it('lists the built-in format, and a city’s definitions given with --format', async () => {
    const r = await seika(['formats', '--format', path.join(__dirname, 'fixtures/formats')], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('komoro/1  成果説明書（政策・施策・事務事業） / Results report (policy, measure, project)  (組み込み / built-in)');
    expect(r.stdout).toContain('third-city/2  事業評価表（第三の市・試験用）');
    expect(r.stdout).toContain('年度 / years: 1 年度前から対象年度まで / 1 past years  金額 / money: 円  ルール / rules: 4');
  });

  it('says what is wrong with a definition, in Japanese and English, with exit code 1', async () => {
    const file = path.join(dir, 'broken-format.json');
    fs.writeFileSync(file, JSON.stringify({ id: 'Broken City', version: 1 }));
    const r = await seika(['formats', '--format', file], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: 様式の定義として使えません / not a usable format definition`);
    expect(r.stdout).toContain('エラー / error  id: id は小文字英数字と - / lower-case letters, digits and -');
    expect(r.stdout).toContain('エラー / error  moneyUnit: 無効な選択: "千円"、"円"のいずれかである必要があります / Invalid option: expected one of "千円"|"円"');
  });

  it('seika format check lists a definition’s mistakes as the sheet checker lists findings, and passes a good one', async () => {
    const komoro = JSON.parse(fs.readFileSync(path.join(__dirname, '../src/formats/komoro.json'), 'utf8')) as { id: string; sheets: Array<{ lastRow: number }>; rules: unknown[] };
    komoro.id = 'our-city';
    komoro.sheets[2].lastRow = 20;
    komoro.rules.push({ type: 'builtin', id: 'budget-balance' });
    fs.writeFileSync(path.join(dir, 'our-city.json'), JSON.stringify(komoro));
    const r = await seika(['format', 'check', 'our-city.json', path.join(__dirname, 'fixtures/formats/third-city.json')], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  our-city.json › sheets[2] (project)  error    format-definition  「目標の実現に向けた今後の取り組み」 の A27:H27 が lastRow (20 行) より下にあります / 「目標の実現に向けた今後の取り組み」 at A27:H27 is below lastRow 20');
    expect(lines).toContain(`  our-city.json › rules[${komoro.rules.length - 1}]  error    format-definition  組み込みルール budget-balance はありません / no built-in rule budget-balance`);
    expect(r.stdout).toMatch(/third-city\.json {2}third-city\/2: 誤りはありません \/ no mistakes/);
    expect(lines.at(-2)).toMatch(/^2 ファイル: エラー \d+ 件、警告 0 件、情報 0 件 \/ 2 file\(s\): \d+ error\(s\), 0 warning\(s\), 0 info$/);
    const good = await seika(['format', 'check', path.join(__dirname, '../src/formats')], dir);
    expect(good.code).toBe(0);
  });

  const thirdCity = path.join(__dirname, 'fixtures/formats/third-city.json');

  it('lists and writes the sheets of a city’s own definition: no code of its own, and the workbook says its format', async () => {
    const fields = JSON.parse((await seika(['fields', '--format', thirdCity, '--kind', 'project', '--json'], dir)).stdout) as Array<{ name: string; label: string; cell: string }>;
    expect(fields.filter((f) => /^(ProjectName|StartYear|Total_2)$/.test(f.name))).toEqual([
      expect.objectContaining({ name: 'ProjectName', label: '事業名', cell: 'B3' }),
      expect.objectContaining({ name: 'StartYear', label: '開始年度', cell: 'C4' }),
      expect.objectContaining({ name: 'Total_2', label: '事業費 (Y)', cell: 'C6' }),
    ]);
    const r = await seika(['template', '--format', thirdCity, '--kind', 'project', '--year', '2019', '-o', 'third-city.xlsx'], dir);
    expect(r.code).toBe(0);
    const read = await readWorkbook(fs.readFileSync(path.join(dir, 'third-city.xlsx')), 'third-city.xlsx');
    expect(read.meta.format).toEqual({ id: 'third-city', version: 2 });
    // seika checks with the built-in format only, so it says the workbook is of another format instead of guessing.
    const checked = await seika(['check', 'third-city.xlsx'], dir);
    expect(checked.stdout).toContain('このブックは様式「third-city/2」のテンプレートで作られていますが、確かめた様式は「komoro/1」');
  });

  it('refuses a sheet kind the format does not have', async () => {
    const r = await seika(['template', '--format', thirdCity, '--kind', 'policy', '--year', '2019', '-o', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`様式 ${thirdCity} に policy のシートはありません`);
  });

  /** A project of the third city, filled with a wrong 区分, no 今後の方向性 and 一般財源 above 事業費 in 2018. */
  async function writeThirdCityProject(file: string): Promise<void> {
    const definition = checkDefinition(JSON.parse(fs.readFileSync(thirdCity, 'utf8')));
    if (!definition.ok) throw new Error(definition.problems.join('\n'));
    const format = builtFormat(definition.definition);
    const sheet = blankSheet({ kind: 'project', reportYear: 2019 }, format.layouts.project) as ProjectSheet;
    Object.assign(sheet, { name: '地域交流事業', status: '継続中', measure: { number: '0102' } });
    Object.assign(sheet.budget, { 2018: { total: 1000, general: 2000, staff: 500 }, 2019: { total: 1200, general: 1200, staff: 500 } });
    fs.writeFileSync(path.join(dir, file), await writeWorkbook([sheet], { reportYear: 2019 }, format));
  }

  it('checks a workbook of a city’s own format with that format’s layouts, lists and rules', async () => {
    await writeThirdCityProject('third-city-filled.xlsx');
    const r = await seika(['check', '--format', thirdCity, 'third-city-filled.xlsx'], dir);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().replace(/\s+/g, ' '))).toEqual([
      'third-city-filled.xlsx › 地域交流事業!B4 error enum-values 区分の「継続中」は選択肢にありません。新規・継続・再開 のいずれかを選んでください。',
      'third-city-filled.xlsx › 地域交流事業!D4 error required-fields 今後の方向性が未記入です。記入してください。',
      'third-city-filled.xlsx › 地域交流事業!B7 error general-within-total 一般財源が事業費を超えています。',
    ]);
  });

  it('checks each workbook in the format it records, given the definitions: the seed’s and the third city’s side by side', async () => {
    await writeThirdCityProject('mixed-third.xlsx');
    fs.writeFileSync(path.join(dir, 'mixed-seed.xlsx'), await writeWorkbook([{ ...validProject, name: null }], { reportYear: 2019 }));
    const r = await seika(['check', '--format', path.join(__dirname, 'fixtures/formats'), 'mixed-seed.xlsx', 'mixed-third.xlsx'], dir);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toContain('mixed-seed.xlsx › 事務事業!A5 error required-fields 事務事業名が未記入です。記入してください。');
    expect(lines).toContain('mixed-third.xlsx › 地域交流事業!B7 error general-within-total 一般財源が事業費を超えています。');
    expect(lines.filter((l) => l.includes('format-known'))).toEqual([]);
  });
});

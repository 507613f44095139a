// The seika command as a user runs it (in-process): usage mistakes, templates, field lists, fill and export. Help, through the installed command: install.test.ts.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { fieldRows } from '../src/core/layout/fieldList';
import { readWorkbook } from '../src/xlsx/readWorkbook';
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
    expect(JSON.parse(r.stdout)).toEqual(submission);
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
    expect(JSON.parse(r.stdout)).toEqual(submission);
  });
});

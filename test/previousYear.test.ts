// Rule 11 through the command line on real .xlsx files: seika check --previous and seika diff with the seed's measure 6-4.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { MeasureSheet, Sheet } from '../src/core/model';
import { rollOverSheet } from '../src/core/rollover';
import { lastYearOf64 } from '../src/core/rules/testing/previousYear';
import { loadSeedSheets } from '../src/sample/seed';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';
import { renameSheetLikeExcel } from './support/excelEdits';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-previous-'));
const seed64 = loadSeedSheets().find((s): s is MeasureSheet => s.kind === 'measure' && s.measure.number === '6-4')!;

interface JsonFinding {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

async function write(file: string, sheets: Sheet[]): Promise<void> {
  fs.writeFileSync(path.join(dir, file), await writeWorkbook(sheets, { reportYear: sheets[0].reportYear, department: '税務課' }));
}

/** A copy of the seed's 6-4 with its outcome plan for one year set, and 特記事項 as given. */
function changed64(year: string, plan: number, notes: string | null): MeasureSheet {
  const copy = structuredClone(seed64);
  copy.outcomes[0].plan[year] = plan;
  copy.notes = notes;
  return copy;
}

async function ruleFindings(args: string[]): Promise<JsonFinding[]> {
  const r = await seika(['check', ...args, '--json'], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as Array<JsonFinding & { ruleId: string }>).filter((f) => f.ruleId === 'plan-change-reason');
}

beforeAll(async () => {
  // Last year's report, with its tab renamed by staff: 6-4 is still found by its number.
  await write('last-raw.xlsx', [lastYearOf64(seed64)]);
  fs.writeFileSync(path.join(dir, 'last.xlsx'), await renameSheetLikeExcel(fs.readFileSync(path.join(dir, 'last-raw.xlsx')), '施策6-4', '税務課 施策（H30）'));
  await write('seed.xlsx', [seed64]);
  await write('changed.xlsx', [changed64('2019', 99.08, null)]);
  await write('explained.xlsx', [changed64('2019', 99.08, '実績との差が大きいため、令和元年度の目標値を平成30年度と同じ99.08%に変更した。')]);
});

it("the seed's 6-4 as it is: the years both reports plan agree, nothing to explain", async () => {
  expect(await ruleFindings(['seed.xlsx', '--previous', 'last.xlsx'])).toEqual([]);
});

it('a plan changed in a copy of 6-4 without a reason in 特記事項 gives one finding, at its cell', async () => {
  const findings = await ruleFindings(['changed.xlsx', '--previous', 'last.xlsx']);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ severity: 'error', sheet: '施策6-4', cell: 'F23' });
  expect(findings[0].message).toBe(
    '成果指標1 計画（令和元年度）（指標「市税現年度収納率」）が前年度の報告の 99.13 から 99.08 に変わっていますが、特記事項に理由がありません。計画を変えた理由を特記事項に記入してください（変えないのであれば 99.13 に戻してください）。',
  );
  expect((await seika(['check', 'changed.xlsx', '--previous', 'last.xlsx'], dir)).code).toBe(1);
});

it('the same change with a reason in 特記事項 gives none', async () => {
  expect(await ruleFindings(['explained.xlsx', '--previous', 'last.xlsx'])).toEqual([]);
});

it('without --previous, check does not compare', async () => {
  expect(await ruleFindings(['changed.xlsx'])).toEqual([]);
});

it("one year on: the seed's 令和2年度 plan (99.08), already in the FY2019 report, changed in FY2020 without a reason", async () => {
  const r = await seika(['rollover', 'seed.xlsx', '--to', '2020', '-o', 'next.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(await ruleFindings(['next.xlsx', '--previous', 'seed.xlsx', '--year', '2020'])).toEqual([]);
  const next = rollOverSheet(seed64, 2020) as MeasureSheet;
  next.outcomes[0].plan['2020'] = 99.18; // back to 毎年0.05%向上, without a word in 特記事項
  await write('next-changed.xlsx', [next]);
  const findings = await ruleFindings(['next-changed.xlsx', '--previous', 'seed.xlsx', '--year', '2020']);
  expect(findings.map((f) => f.cell)).toEqual(['F23']);
  expect(findings[0].message).toContain('成果指標1 計画（令和2年度）（指標「市税現年度収納率」）が前年度の報告の 99.08 から 99.18 に変わっています');
});

describe('seika diff', () => {
  it('lists the changed plan with its cell, in Japanese', async () => {
    const r = await seika(['diff', 'last.xlsx', 'changed.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '施策6-4 市税収入をはじめとする自主財源の安定的な確保を図ります  (changed.xlsx › 施策6-4)',
        '  F23    成果指標1 計画（令和元年度）（市税現年度収納率）: 99.13 → 99.08',
        '',
        '前年度の報告からの変更: 1 件',
        '',
      ].join('\n'),
    );
  });

  it('in English, and as JSON', async () => {
    expect((await seika(['diff', 'last.xlsx', 'changed.xlsx', '--lang', 'en'], dir)).stdout).toContain("成果指標1 計画（令和元年度） (市税現年度収納率): 99.13 → 99.08\n\n1 change(s) since last year's report");
    const json = JSON.parse((await seika(['diff', 'last.xlsx', 'changed.xlsx', '--json'], dir)).stdout) as unknown[];
    expect(json).toEqual([
      expect.objectContaining({ kind: 'plan', subject: '施策6-4 市税収入をはじめとする自主財源の安定的な確保を図ります', at: expect.objectContaining({ sheet: '施策6-4', cell: 'F23', field: 'Outcome1Plan_3' }), data: expect.objectContaining({ before: '99.13', after: '99.08' }) }),
    ]);
  });

  it('lists projects added and removed, renamed indicators and units, evaluations and budgets beyond the threshold', async () => {
    const seed = loadSeedSheets().filter((s) => s.kind !== 'policy' && s.department === '税務課');
    const lastYear = seed.map((s): Sheet => (s.kind === 'measure' ? lastYearOf64(s) : { ...s, reportYear: 2018 }));
    await write('dept-last.xlsx', [...lastYear, { ...(lastYear[1] as Extract<Sheet, { kind: 'project' }>), name: '廃止した事業' }]);
    const thisYear = structuredClone(seed) as Sheet[];
    const project = thisYear.find((s): s is Extract<Sheet, { kind: 'project' }> => s.kind === 'project')!;
    project.activities[0].name = '市税収納率（現年度課税分・全税目）'; // renamed in the same row
    project.activities[0].unit = '％ポイント';
    project.evaluation = '拡充';
    project.budget['2018'].total = 99370 + 20000; // +20% of 99,370 is 19,874: listed
    project.budget['2019'].total = 141244 + 900; // under 1,000 千円: not listed
    await write('dept-this.xlsx', [...thisYear, { ...project, name: '新しい事業' }]);
    const r = await seika(['diff', 'dept-last.xlsx', 'dept-this.xlsx'], dir);
    const lines = r.stdout.split('\n').map((l) => l.trim());
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^G10 +年度別事業費（平成30年度）: 99,370 → 119,370 千円（\+20,000 千円）$/),
        expect.stringMatching(/^B17 +活動指標1 指標名: 「市税収納率\(現年度課税分\)」→「市税収納率（現年度課税分・全税目）」$/),
        expect.stringMatching(/^D17 +活動指標1 単位（市税収納率（現年度課税分・全税目））: 「%」→「％ポイント」$/),
        expect.stringMatching(/^G23 +評価: 縮小 → 拡充$/),
        '事務事業「新しい事業」は前年度の報告にありません（新しい事業、または事業名か会計・款・項・目の変更）。',
        '事務事業「廃止した事業」は前年度の報告にありましたが、今年度はありません。',
      ]),
    );
    expect(r.stdout).not.toContain('令和元年度）: 141,244');
  });

  it('warns when last year\'s workbook is not the earlier one (arguments swapped)', async () => {
    const r = await seika(['diff', 'changed.xlsx', 'last.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('引数の順序');
  });
});

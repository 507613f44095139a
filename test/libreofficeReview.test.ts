// The review cell on each sheet shows the state seika status --set recorded: LibreOffice, recalculating, reads it
// from the sheet's names, and the cached text written with them is the same (a viewer that never recalculates agrees).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ProjectSheet } from '../src/core/model';
import { validProject } from '../src/core/rules/testing/fixtures';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { seika } from './support/cli';
import { formulaMismatches, recalculatedSheets } from './support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-lo-review-'));
const second: ProjectSheet = { ...validProject, name: 'ボランティア育成事業', rank: 2 };

/** Row 30 of a project sheet: 確認状況 and the state, as LibreOffice shows them. */
const reviewRow = (rows: string[][]) => [rows[29][0], rows[29][2]];

it('shows each sheet’s state after seika status --set, and 作成中 with the reason when returned', async () => {
  const file = path.join(dir, '市民課.xlsx');
  fs.writeFileSync(file, await writeWorkbook([validProject, second], { reportYear: 2019, department: '市民課' }));
  for (const [state, at] of [['課内確認済', '2020-05-20'], ['課長確認済', '2020-05-21']]) {
    expect((await seika(['status', file, '--set', state, '--by', '山田', '--at', at, '--sheet', '市民活動支援事業'])).code).toBe(0);
  }
  const moved = path.join(dir, 'moved.xlsx');
  fs.copyFileSync(file, moved);
  expect((await seika(['status', file, '--set', '作成中', '--by', '田中 課長', '--at', '2020-05-22', '--reason', '単位の誤り', '--sheet', '市民活動支援事業'])).code).toBe(0);

  const [before, after] = await Promise.all([recalculatedSheets(moved), recalculatedSheets(file)]);
  expect(reviewRow(before.get('市民活動支援事業')!)).toEqual(['確認状況', '課長確認済（山田 2020-05-21）']);
  expect(reviewRow(before.get('ボランティア育成事業')!)).toEqual(['確認状況', '作成中']);
  expect(reviewRow(after.get('市民活動支援事業')!)).toEqual(['確認状況', '作成中（田中 課長 2020-05-22） 差戻し: 単位の誤り']);
  expect(await Promise.all([formulaMismatches(moved), formulaMismatches(file)])).toEqual([[], []]);
});

// 予算の取り込み in the チェック tab: a budget CSV, its mapping and a department workbook give a filled workbook to download.
import * as fs from 'fs';
import * as path from 'path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Sheet } from '../../core/model';
import type { WorkbookRead } from '../../core/source';
import { fakeHost, seedWorkbook, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

type Project = Extract<Sheet, { kind: 'project' | 'budget-only' }>;
// jsdom has no structuredClone (every browser the pane runs in has it).
if (typeof globalThis.structuredClone === 'undefined') Object.assign(globalThis, { structuredClone: deepCopy });

/** structuredClone for the fake host's plain data (its seed fixtures carry label functions, kept by reference). */
function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepCopy(x)]));
  return v;
}

const MAP = fs.readFileSync(path.resolve(__dirname, '../../../examples/budget/map.json'), 'utf8');
const section = () => screen.getByRole('region', { name: '予算の取り込み' });

/** 財政課.xlsx with 利子's FY2019 budget still empty. */
function zaiseiWithEmptyInterest(): WorkbookRead {
  const wb = deepCopy(seedWorkbook('財政課.xlsx')) as WorkbookRead;
  const interest = wb.sheets.map((s) => s.sheet).find((s): s is Project => s.kind === 'budget-only' && s.name === '利子')!;
  interest.budget['2019'] = { total: null, subsidies: null, bonds: null, other: null, general: null };
  return wb;
}

function csv(): string {
  const projects = seedWorkbook('財政課.xlsx').sheets.map((s) => s.sheet).filter((s): s is Project => s.kind === 'project' || s.kind === 'budget-only');
  const row = (p: Project, total: number) => {
    const b = p.budget['2019'];
    const [subsidies, bonds, other] = [b.subsidies, b.bonds, b.other].map(Number);
    return [...(p.account ?? '').split('・'), p.name, '令和元年度', total, subsidies, bonds, other, total - subsidies - bonds - other].join(',');
  };
  const interest = projects.find((p) => p.name === '利子')!;
  const other = projects.find((p) => p.name !== '利子')!;
  return [
    '会計,款,項,目,事業名,年度,事業費,国県支出金,地方債,その他特定財源,一般財源',
    row(interest, Number(interest.budget['2019'].total)),
    `${other.account?.split('・').join(',')},${other.name},令和元年度,${Number(other.budget['2019'].total) + 100},${Number(other.budget['2019'].subsidies)},${Number(other.budget['2019'].bonds)},${Number(other.budget['2019'].other)},${Number(other.budget['2019'].general)}`,
    '一般会計,2総務費,1総務管理費,2財政管理費,存在しない事業,令和元年度,100,0,0,0,100',
  ].join('\r\n');
}

const textFile = (name: string, text: string, type: string) => new File([text], name, { type });

it('fills the budget from a CSV, downloads the workbook, and lists filled, kept and unmatched rows', async () => {
  const host = fakeHost('browser');
  host.readFiles.mockImplementation(async (files) => files.map(() => zaiseiWithEmptyInterest()));
  renderPane(host, 'check');
  const run = within(section()).getByRole('button', { name: '取り込んでダウンロード' });
  expect(run).toBeDisabled();
  fireEvent.change(within(section()).getByLabelText('予算データ（CSV）を選ぶ…'), { target: { files: [textFile('budget.csv', csv(), 'text/csv')] } });
  fireEvent.change(within(section()).getByLabelText('列の対応（JSON）を選ぶ…'), { target: { files: [textFile('map.json', MAP, 'application/json')] } });
  fireEvent.change(within(section()).getByLabelText('所管課のブック（.xlsx）を選ぶ…'), { target: { files: [xlsxFile('財政課.xlsx')] } });
  expect(within(section()).getByText('所管課のブック: 財政課.xlsx')).toBeInTheDocument();
  expect(run).toBeEnabled();
  fireEvent.click(run);

  expect(await within(section()).findByText('財政課_予算入力.xlsx をダウンロードしました。')).toBeInTheDocument();
  expect(host.saveFile).toHaveBeenCalledWith('財政課_予算入力.xlsx', expect.any(Uint8Array));
  const [sheets] = host.workbookBytes.mock.calls[0] as [Sheet[]];
  const interest = sheets.find((s): s is Project => s.kind === 'budget-only' && s.name === '利子')!;
  expect(interest.budget['2019'].total).toBe(85100);
  expect(within(section()).getByText('入力した金額: 5 件')).toBeInTheDocument();
  const kept = within(section()).getByRole('list', { name: '入力済みのため置き換えなかった金額: 1 件' });
  expect(within(kept).getByText(/令和元年度 年度別事業費: .*（予算データでは/)).toBeInTheDocument();
  const unmatched = within(section()).getByRole('list', { name: '取り込めなかった行: 1 件' });
  expect(within(unmatched).getByText('4行目「存在しない事業」: 該当する事務事業がありません')).toBeInTheDocument();
});

it('names what is wrong with the mapping', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'check');
  fireEvent.change(within(section()).getByLabelText('予算データ（CSV）を選ぶ…'), { target: { files: [textFile('budget.csv', csv(), 'text/csv')] } });
  fireEvent.change(within(section()).getByLabelText('列の対応（JSON）を選ぶ…'), { target: { files: [textFile('map.json', '{"columns":{"project":"事業名"}}', 'application/json')] } });
  fireEvent.change(within(section()).getByLabelText('所管課のブック（.xlsx）を選ぶ…'), { target: { files: [xlsxFile('財政課.xlsx')] } });
  fireEvent.click(within(section()).getByRole('button', { name: '取り込んでダウンロード' }));
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/予算を取り込めませんでした。列の対応（JSON）の内容が正しくありません: .*columns\.year/));
  expect(host.saveFile).not.toHaveBeenCalled();
});

it('in Excel fills the open workbook, lists each cell old → new, and 元に戻す puts the old values back', async () => {
  // The open workbook: the same where each field sits (the copy above does not keep the readers' maps).
  const sources = seedWorkbook('財政課.xlsx').sheets.map((s) => s.source);
  const open = zaiseiWithEmptyInterest();
  const host = fakeHost('excel', { ...open, sheets: open.sheets.map((s, i) => ({ sheet: s.sheet, source: sources[i] })) });
  renderPane(host, 'check');
  expect(within(section()).queryByLabelText('所管課のブック（.xlsx）を選ぶ…')).not.toBeInTheDocument();
  fireEvent.change(within(section()).getByLabelText('予算データ（CSV）を選ぶ…'), { target: { files: [textFile('budget.csv', csv(), 'text/csv')] } });
  fireEvent.change(within(section()).getByLabelText('列の対応（JSON）を選ぶ…'), { target: { files: [textFile('map.json', MAP, 'application/json')] } });
  fireEvent.click(within(section()).getByRole('button', { name: 'このブックに取り込む' }));

  expect(await within(section()).findByText('このブックに 5 件の金額を入力しました。')).toBeInTheDocument();
  const [cells] = host.writeCells.mock.calls[0];
  expect(cells).toContainEqual({ sheet: '利子', address: expect.stringMatching(/^[A-H]\d+$/), value: 85100 });
  const list = within(section()).getByRole('list', { name: '変更したセル: 5 件' });
  expect(within(list).getByText(/^利子![A-H]\d+ 年度別事業費（令和元年度）: （空欄） → 85100$/)).toBeInTheDocument();
  expect(host.saveFile).not.toHaveBeenCalled();

  fireEvent.click(within(section()).getByRole('button', { name: '元に戻す' }));
  expect(await within(section()).findByText('5 件のセルを元の値に戻しました。')).toBeInTheDocument();
  expect(host.undo).toHaveBeenCalledTimes(1);
});

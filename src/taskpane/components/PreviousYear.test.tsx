// 前年度との比較 in the チェック tab: with last year's workbook, changed plans need a reason and the changes are listed.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ProjectSheet } from '../../core/model';
import { readSheetOf, validProject, workbookOf } from '../../core/rules/testing/fixtures';
import type { WorkbookRead } from '../../core/source';
import { fakeHost, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

// 市民活動支援事業 as last year's report showed it: its plan for 平成30年度 was 280, this year's sheet says 290.
const lastYearProject: ProjectSheet = {
  ...validProject,
  reportYear: 2018,
  activities: validProject.activities.map((a, i) => (i === 0 ? { ...a, plan: { '2016': 290, '2017': 290, '2018': 280 }, actual: { '2016': 300, '2017': 344, '2018': 448 } } : a)),
};
const BOOKS: Record<string, WorkbookRead> = {
  '今年度.xlsx': workbookOf('今年度.xlsx', [readSheetOf(validProject)]),
  '前年度.xlsx': workbookOf('前年度.xlsx', [readSheetOf(lastYearProject)]),
};

function host() {
  const h = fakeHost('browser');
  h.readFiles.mockImplementation(async (files) => files.map((f) => BOOKS[f.name]));
  return h;
}

it('without last year’s workbook, shows no comparison', async () => {
  const h = host();
  renderPane(h, 'check');
  fireEvent.change(screen.getByLabelText('ブックを選ぶ…'), { target: { files: [xlsxFile('今年度.xlsx')] } });
  await screen.findByText(/今年度\.xlsx（.* にチェック）/);
  expect(screen.queryByRole('region', { name: '前年度からの変更' })).not.toBeInTheDocument();
  expect(screen.queryByText(/280 → 290/)).not.toBeInTheDocument();
  expect(screen.queryByText(/特記事項に理由がありません/)).not.toBeInTheDocument();
});

it('with last year’s workbook, runs the plan-change rule and lists the changes beside the findings, in ja and en', async () => {
  const h = host();
  renderPane(h, 'check');
  fireEvent.change(screen.getByLabelText('前年度のブック'), { target: { files: [xlsxFile('前年度.xlsx')] } });
  expect(screen.getByText('前年度のブック: 前年度.xlsx（計画の変更に理由があるかも確かめます）')).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText('ブックを選ぶ…'), { target: { files: [xlsxFile('今年度.xlsx')] } });

  const changes = await screen.findByRole('region', { name: '前年度からの変更' });
  expect(h.readFiles).toHaveBeenCalledWith([expect.objectContaining({ name: '前年度.xlsx' })]);
  expect(within(changes).getByText(/前年度からの変更 \d+ 件/)).toBeInTheDocument();
  expect(within(changes).getByText(/平成30年度.*280 → 290/)).toBeInTheDocument();
  // Rule 11: the plan changed for a year already planned, and 特記事項 gives no reason.
  expect(screen.getByText(/前年度の報告の 280 から 290 に変わっていますが、特記事項に理由がありません。/)).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('region', { name: 'Changes since last year' })).toBeInTheDocument();
  expect(screen.getByText(/changed from 280 in last year's report to 290/)).toBeInTheDocument();

  // Removing last year's workbook drops the comparison until the next check.
  fireEvent.click(screen.getByRole('button', { name: 'Remove last year\'s workbook' }));
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Changes since last year' })).not.toBeInTheDocument());
});

it('says so when nothing changed', async () => {
  const h = host();
  h.readFiles.mockImplementation(async (files) => files.map(() => BOOKS['今年度.xlsx']));
  renderPane(h, 'check');
  fireEvent.change(screen.getByLabelText('前年度のブック'), { target: { files: [xlsxFile('前年度.xlsx')] } });
  fireEvent.change(screen.getByLabelText('ブックを選ぶ…'), { target: { files: [xlsxFile('今年度.xlsx')] } });
  expect(await screen.findByText('前年度から変わったところはありません。')).toBeInTheDocument();
});

it('says last year’s workbook cannot be read rather than compare with nothing', async () => {
  const h = host();
  h.readFiles.mockImplementation(async (files) => files.map((f) => BOOKS[f.name] ?? { file: f.name, meta: {}, sheets: [], problems: [{ code: 'encrypted' }] }));
  renderPane(h, 'check');
  fireEvent.change(screen.getByLabelText('前年度のブック'), { target: { files: [xlsxFile('鍵付き.xlsx')] } });
  fireEvent.change(screen.getByLabelText('ブックを選ぶ…'), { target: { files: [xlsxFile('今年度.xlsx')] } });
  expect(await screen.findByText('前年度のブック 鍵付き.xlsx を読み込めないため、比べられません（パスワードで保護されています）。')).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: '前年度からの変更' })).not.toBeInTheDocument();
});

// 集約 over a whole city's department workbooks (three policies drawn from the seed's sheets): the pane consolidates
// them as `seika consolidate` does, shows 市全体's summary, lists a file that could not be read once, lets one
// policy be chosen, and downloads or writes the city's report.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { citySubmissions } from '../../../scripts/bench/citySample';
import type { CityReport } from '../../core/consolidate/city';
import { book } from '../../core/rules/testing/setFixtures';
import { directParser } from '../parse/direct';
import { fakeHost, readByName, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

// 12 departments of 2 projects: policies 1 and 2 with five measures each, policy 3 with two.
const submissions = citySubmissions({ departments: 12, projectsPerDepartment: 2 });
const books = submissions.map((s) => book(s.department ?? '', s.sheets));
const parse = directParser(async (files) => files.map((f) => books.find((b) => b.file === f.name) ?? readByName(f)));
const files = () => [...books.map((b) => xlsxFile(b.file)), xlsxFile('壊れた.xlsx')];
const total = (policy?: string) => submissions.flatMap((s) => s.sheets).reduce((n, s) => n + (s.kind === 'project' && (!policy || s.policy.number === policy) ? Number(s.budget['2019'].total) : 0), 0);
const yen = (n: number) => n.toLocaleString('en-US');

function chooseFiles() {
  fireEvent.change(screen.getByLabelText('集約するブック（複数選択できます）'), { target: { files: files() } });
}

const rowCells = (table: HTMLElement, label: string) => within(within(table).getByRole('row', { name: new RegExp(`^${label} `) })).getAllByRole('cell').map((c) => c.textContent);

it('consolidates a city\'s workbooks into the city\'s summary: totals, evaluations, status and review states per policy', async () => {
  renderPane(fakeHost('browser'), 'consolidate', parse);
  chooseFiles();

  expect(await screen.findByRole('heading', { name: '令和元年度 市全体の集約' })).toBeInTheDocument();
  expect(screen.getByText('13 ブック、政策 3、施策 12、事務事業 24')).toBeInTheDocument();

  const totals = screen.getByRole('table', { name: '政策別・年度別の事業費（千円）' });
  expect(within(within(totals).getAllByRole('row')[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['政策', '平成29年度', '平成30年度', '令和元年度']);
  expect(rowCells(totals, '政策1')[3]).toBe(yen(total('1')));
  expect(rowCells(totals, '政策3')[3]).toBe(yen(total('3')));
  expect(rowCells(totals, '市計')[3]).toBe(yen(total()));

  const evaluations = screen.getByRole('table', { name: '政策別の事務事業の評価（令和元年度）' });
  const counted = rowCells(evaluations, '政策2').slice(1).reduce((n, c) => n + Number(c), 0);
  expect(counted).toBe(10);

  const status = screen.getByRole('table', { name: '政策別の提出ブック、施策シートの未提出とシートの確認状況' });
  expect(within(within(status).getAllByRole('row')[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['政策', '提出ブック', '施策シートの未提出', '作成中', '課内確認済', '課長確認済', '提出済']);
  expect(rowCells(status, '政策3')).toEqual(['政策3', '2', 'なし', '6', '0', '0', '0']);

  // The file that could not be read belongs to no policy: listed once, and one finding.
  expect(screen.getByText('読み込めなかったファイル（1 件、どの政策にも含めていません）')).toBeInTheDocument();
  expect(screen.getAllByText('壊れた.xlsx: 壊れているか、Excel のファイルではありません')).toHaveLength(1);
  const findings = screen.getByRole('region', { name: '指摘事項' });
  expect(within(findings).getAllByText(/ファイルを読み込めませんでした/)).toHaveLength(1);
  // The public website is one policy's.
  expect(screen.queryByRole('button', { name: '公開用サイト（.zip）をダウンロード' })).not.toBeInTheDocument();
});

it('consolidates one policy chosen out of the city, as --policy does, and the whole city again', async () => {
  renderPane(fakeHost('browser'), 'consolidate', parse);
  chooseFiles();
  await screen.findByRole('heading', { name: '令和元年度 市全体の集約' });
  const scope = screen.getByRole('combobox', { name: '集約する範囲' });
  expect(within(scope).getAllByRole('option').map((o) => o.textContent)).toEqual(['市全体（3 政策）', '政策1', '政策2', '政策3']);

  fireEvent.change(scope, { target: { value: '2' } });
  expect(await screen.findByRole('heading', { name: '令和元年度 政策2 の集約' })).toBeInTheDocument();
  expect(screen.getByRole('row', { name: /^政策計 / })).toHaveTextContent(yen(total('2')));
  expect(screen.getByRole('button', { name: '公開用サイト（.zip）をダウンロード' })).toBeInTheDocument();

  fireEvent.change(scope, { target: { value: '' } });
  expect(await screen.findByRole('heading', { name: '令和元年度 市全体の集約' })).toBeInTheDocument();
});

it('downloads the city\'s report, and writes 市全体 and every policy\'s sheets into the open workbook', async () => {
  const browser = fakeHost('browser');
  const { unmount } = renderPane(browser, 'consolidate', parse);
  chooseFiles();
  fireEvent.click(await screen.findByRole('button', { name: '報告書をダウンロード' }));
  await screen.findByText('成果説明書_市全体_令和元年度.xlsx をダウンロードしました。');
  const [report] = browser.reportBytes.mock.calls[0] as [CityReport];
  expect(report.policies.map((p) => p.number)).toEqual(['1', '2', '3']);
  expect(browser.saveFile).toHaveBeenCalledWith('成果説明書_市全体_令和元年度.xlsx', expect.any(Uint8Array));
  unmount();

  const excel = fakeHost('excel');
  renderPane(excel, 'consolidate', parse);
  chooseFiles();
  fireEvent.click(await screen.findByRole('button', { name: 'このブックに書き込む' }));
  await waitFor(() => expect(excel.writeReport).toHaveBeenCalledTimes(1));
  expect((excel.writeReport.mock.calls[0][0] as CityReport).policies).toHaveLength(3);
  // 市全体, then each policy's 表紙, 集計, its sheets, 事業費一覧, 提出状況 and 指摘事項.
  const count = screen.getByText(/（全 (\d+) 枚、保護付き）/).textContent!.match(/全 (\d+) 枚/)![1];
  expect(await screen.findByText(`${count} 枚のシートを書き込みました。`)).toBeInTheDocument();
  expect(Number(count)).toBe(1 + 3 * 5 + 12 * 3);
});

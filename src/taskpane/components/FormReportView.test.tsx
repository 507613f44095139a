// 集約 in a form format (the full-cost 事務事業評価シート): the pane shows the report's summary as the consolidation
// job (what `seika consolidate --format fullcost` runs) gives it for the sample's departments' workbooks, read as
// the CLI reads them: each total by 施策 and year and by 財源, the counts, the achievement, the list, who sent what and
// the findings. In a browser the report is downloaded; inside Excel it is written into the open workbook, asking
// before it replaces an earlier run's sheets, and a finding selects its cells. Its citizens' site is a .zip, as a policy's.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import type { FormReport } from '../../core/consolidate/form/types';
import { fiscalYearLabel } from '../../core/era';
import { FULLCOST } from '../../core/format/builtin';
import { consolidateScoped } from '../../core/jobs/consolidate';
import { formSheetCount } from '../../core/report/formDrawing';
import type { WorkbookRead } from '../../core/source';
import { fullcostSheets } from '../../sample/fullcost';
import { fullcostWorkbooks } from '../../sample/fullcostWorkbooks';
import { readWorkbook } from '../../xlsx/readWorkbook';
import { fakeHost, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

/** The sample's departments' workbooks with its planted mistakes, read as `seika consolidate` reads a folder (by name). */
let reads: WorkbookRead[] = [];
beforeAll(async () => {
  const books = await fullcostWorkbooks(fullcostSheets());
  reads = (await Promise.all(books.map((b) => readWorkbook(b.bytes, `${b.department}.xlsx`)))).sort((a, b) => (a.file < b.file ? -1 : 1));
});

/** The report the consolidation job makes of these workbooks in the full-cost format. */
function expected(workbooks: WorkbookRead[]): FormReport {
  const result = consolidateScoped({ workbooks, format: FULLCOST });
  if (result.scope !== 'form') throw new Error(`a form report was expected, not ${result.scope}`);
  return result.report;
}

const yen = (n: number) => n.toLocaleString('en-US');

/** A table's body rows as the user reads them, cell by cell. */
function rowsOf(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

/** What the summary must show: the job's figures, worded as the pane words them. */
function expectSummary(report: FormReport) {
  const year = fiscalYearLabel(report.reportYear);
  expect(screen.getByRole('heading', { name: `${year} 事務事業評価シート（フルコスト） の集約` })).toBeInTheDocument();
  expect(screen.getByText(`${report.status.files.length} ブック、施策 ${report.groups.length}、シート ${report.whole.sheets} 枚`)).toBeInTheDocument();

  const cost = report.whole.totals[0];
  expect(rowsOf('施策別・年度別のトータルコスト（円）')).toEqual([
    ...report.groups.map((g) => [g.key, ...g.figures.totals[0].rows.map((r) => yen(r.amounts[0]))]),
    ['計', ...cost.rows.map((r) => yen(r.amounts[0]))],
  ]);
  // The whole's トータルコスト by source, year by year: 事業費, 国庫支出金 … 人件費.
  expect(rowsOf(`${cost.label}の内訳（全体、年度別、円）`)).toEqual(cost.fields.map((f, j) => [f.label, ...cost.rows.map((r) => yen(r.amounts[j]))]));
  // 従事職員数 in 人工, one decimal as the report shows it.
  const staff = report.whole.totals[1];
  expect(rowsOf('施策別・年度別の従事職員数（人工）').at(-1)).toEqual(['計', ...staff.rows.map((r) => r.amounts[0].toFixed(1))]);

  // 今後の方向性 and A/B/C per axis: each value written, with how many sheets hold it.
  for (const counts of report.whole.counts)
    for (const row of counts.rows) {
      const chips = within(screen.getByRole('list', { name: `${counts.label} ${row.label}` })).getAllByRole('listitem').map((li) => li.textContent);
      expect(chips).toEqual(counts.values.flatMap((v, i) => (row.counts[i] > 0 ? [`${v}${row.counts[i]}`] : [])));
    }
  const achievement = report.whole.achievement!;
  expect(rowsOf('施策別の成果指標の達成度（達成率 80% 以上 順調、60% 以上 やや遅れ、60% 未満 遅れ、目標か実績がなければ未入力）').at(-1)).toEqual([
    '計',
    ...(['順調', 'やや遅れ', '遅れ', '未入力'] as const).map((s) => String(achievement.counts[s])),
  ]);
  const ending = report.whole.lists[0];
  expect(screen.getByRole('heading', { name: `${ending.label}（${ending.rows.length} 件）` })).toBeInTheDocument();
  // The sample ends no project in the report year (test/fullcostReport.test.ts makes one end there).
  expect(ending.rows).toEqual([]);
  expect(screen.getByText('該当するシートはありません。')).toBeInTheDocument();

  // 提出状況: each workbook with its department and sheets.
  for (const f of report.status.files) expect(screen.getByText(`${f.department}・シート ${f.sheets.length} 枚`)).toBeInTheDocument();
  const findings = screen.getByRole('region', { name: '指摘事項' });
  expect(within(findings).getByRole('status')).toHaveAccessibleName(expect.stringMatching(/^エラー \d+ 件/));
  expect(report.findings.length).toBeGreaterThan(0);
}

/** In a browser, the sample's workbooks chosen in the full-cost format, until the summary shows. */
async function consolidatedInBrowser() {
  const host = fakeHost('browser');
  host.readFiles.mockImplementation(async (files) => files.map((f) => reads.find((r) => r.file === f.name)!));
  renderPane(host, 'consolidate');
  fireEvent.change(screen.getByRole('combobox', { name: '様式' }), { target: { value: 'fullcost' } });
  fireEvent.change(screen.getByLabelText('集約するブック（複数選択できます）'), { target: { files: reads.map((r) => xlsxFile(r.file)) } });
  await screen.findByRole('heading', { name: /事務事業評価シート（フルコスト） の集約$/ });
  return host;
}

it('in a browser: the full-cost sample’s summary as the job gives it, and the report downloaded', async () => {
  const host = await consolidatedInBrowser();

  const report = expected(reads);
  expectSummary(report);
  expect(report.status.files).toHaveLength(reads.length);
  expect(screen.queryByRole('button', { name: 'このブックに書き込む' })).not.toBeInTheDocument();
  // Not selectable: the findings are in the departments' files.
  expect(within(screen.getByRole('region', { name: '指摘事項' })).queryAllByRole('button', { name: /エラー/ })).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: '報告書をダウンロード' }));
  await waitFor(() => expect(host.saveFile).toHaveBeenCalled());
  expect(host.saveFile.mock.calls[0][0]).toBe('事務事業評価シート（フルコスト）_集計_令和元年度.xlsx');
  expect(host.reportBytes.mock.calls[0][0]).toMatchObject({ kind: 'form', definition: { id: 'fullcost' } });
});

it('in a browser: the full-cost sample’s citizens’ site downloaded as a .zip, the pages and open data of `seika publish`', async () => {
  const host = await consolidatedInBrowser();
  expect(screen.getByText(/展開して index\.html を開くか、そのまま Web サーバーに置いてください/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '公開用サイト（.zip）をダウンロード' }));

  const folder = '公開用サイト_事務事業評価シート（フルコスト）_令和元年度';
  await screen.findByText(`${folder}.zip をダウンロードしました。展開して index.html を開いてください。`);
  const [name, bytes] = host.saveFile.mock.calls[0] as [string, Uint8Array];
  expect(name).toBe(`${folder}.zip`);
  const zip = await JSZip.loadAsync(bytes);
  const index = await zip.file(`${folder}/index.html`)?.async('string');
  expect(index).toContain('<h1>令和元年度 事務事業評価シート（フルコスト）</h1>');
  const whole = expected(reads).whole.totals[0].rows.find((r) => r.year === 2019)!;
  expect(index).toContain(whole.amounts.map((n) => `<td class="num">${yen(n)}</td>`).join(''));
  expect(zip.file(`${folder}/groups/06-01.html`)).not.toBeNull();
  expect(zip.file(`${folder}/data/sheets.csv`)).not.toBeNull();
});

it('inside Excel: the open workbook’s summary, its report written into it (asking before replacing), a finding selecting its cells', async () => {
  const live = reads.find((r) => r.file === '財政課.xlsx')!;
  const host = fakeHost('excel', live);
  renderPane(host, 'consolidate');
  await waitFor(() => expect(screen.getByRole('combobox', { name: '様式' })).toHaveValue('fullcost'));
  fireEvent.click(screen.getByRole('button', { name: 'このブックから集約' }));
  await screen.findByRole('heading', { name: /事務事業評価シート（フルコスト） の集約$/ });
  const report = expected([live]);
  expectSummary(report);

  const sheets = formSheetCount(report);
  expect(screen.getByText(new RegExp(`全 ${sheets} 枚、保護付き`))).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'このブックに書き込む' }));
  expect(await screen.findByText(`${sheets} 枚のシートを書き込みました。`)).toBeInTheDocument();
  expect(host.writeReport.mock.calls[0][0]).toEqual(report);

  fireEvent.click(screen.getByRole('button', { name: 'このブックに書き込む' }));
  expect(await screen.findByText(new RegExp(`前回書き込んだ同じ名前のシート ${sheets} 枚を置き換えます（集計、`))).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '置き換えて書き込む' }));
  expect(await screen.findByText(`${sheets} 枚のシートを書き込みました（前回のシート ${sheets} 枚を置き換え）。`)).toBeInTheDocument();
  expect(host.writeReport.mock.calls[2][2]).toMatchObject({ replace: true });

  // Made from this workbook: a finding is a button that selects its cells here.
  const findings = screen.getByRole('region', { name: '指摘事項' });
  expect(within(findings).getByText('指摘をクリックすると、そのセルを選択します。')).toBeInTheDocument();
  const first = within(findings).getAllByRole('button', { name: /^エラー/ })[0];
  fireEvent.click(first);
  await waitFor(() => expect(host.selectCell).toHaveBeenCalled());
  const [sheet, range] = host.selectCell.mock.calls[0];
  expect(first).toHaveTextContent(`${sheet}!${range}`);
});

// 集約: the departments' workbooks read with a progress bar each, then the totals, the achievement chart,
// evaluations, submission status and findings, and the report downloaded or written into Excel.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import type { PolicyReport } from '../../core/consolidate/types';
import type { WorkbookRead } from '../../core/source';
import type { ParseFiles } from '../parse/types';
import { fakeHost, readByName, seedWorkbooks, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

const seedFiles = () => seedWorkbooks().map((wb) => xlsxFile(wb.file));

function chooseFiles(files: File[]) {
  fireEvent.change(screen.getByLabelText('集約するブック（複数選択できます）'), { target: { files } });
}

it('reads each workbook with its own progress bar, off the pane’s thread through the parse it is given', async () => {
  const gates: Array<() => void> = [];
  // A parse that stops at each file until the test lets it go, as the worker reports file by file.
  const parse: ParseFiles = async (files, onProgress) => {
    const reads: WorkbookRead[] = [];
    for (const [index, f] of files.entries()) {
      onProgress({ index, state: 'reading' });
      await new Promise<void>((go) => gates.push(go));
      const read = readByName(f);
      reads.push(read);
      onProgress({ index, state: read.sheets.length ? 'done' : 'failed', read });
    }
    return reads;
  };
  renderPane(fakeHost('browser'), 'consolidate', parse);
  chooseFiles([xlsxFile('企画課.xlsx'), xlsxFile('財政課.xlsx')]);

  expect(await screen.findByText('読み込み中…')).toBeInTheDocument();
  expect(screen.getAllByRole('progressbar')).toHaveLength(2);
  expect(screen.getByRole('progressbar', { name: '企画課.xlsx' })).not.toHaveAttribute('aria-valuenow');
  expect(screen.getByRole('progressbar', { name: '財政課.xlsx' })).toHaveAttribute('aria-valuenow', '0');
  expect(screen.getByText('待機中')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'ブックを選ぶ…' })).toBeDisabled();

  await act(async () => gates.shift()!());
  await waitFor(() => expect(screen.getByRole('progressbar', { name: '企画課.xlsx' })).toHaveAttribute('aria-valuenow', '1'));
  expect(screen.getByText('読み込み完了（シート 13 枚）')).toBeInTheDocument();
  expect(screen.getByText('2 ブック中 1 ブックを読み込みました')).toBeInTheDocument();

  await act(async () => gates.shift()!());
  expect(await screen.findByRole('heading', { name: '令和元年度 政策6 の集約' })).toBeInTheDocument();
  expect(screen.getByText('2 ブック中 2 ブックを読み込みました')).toBeInTheDocument();
});

it('consolidates the seed’s 11 workbooks: totals per measure and year, the chart, evaluations, status and findings', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'consolidate');
  chooseFiles(seedFiles());

  expect(await screen.findByRole('heading', { name: '令和元年度 政策6 の集約' })).toBeInTheDocument();
  expect(screen.getByText('11 ブック、施策 5、事務事業 47')).toBeInTheDocument();
  expect(host.readFiles).toHaveBeenCalledTimes(11);

  const table = screen.getByRole('table', { name: '施策別・年度別の事業費（千円）' });
  const header = within(table).getAllByRole('row')[0];
  expect(within(header).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['施策', '平成29年度', '平成30年度', '令和元年度']);
  const cells = (label: string) => within(within(table).getByRole('row', { name: new RegExp(`^${label} `) })).getAllByRole('cell').map((c) => c.textContent);
  expect(cells('政策計')).toEqual(['政策計', '3,411,750', '3,443,748', '3,488,466']);
  expect(cells('6-1')).toEqual(['6-1', '77,518', '75,685', '74,336']);
  expect(cells('6-3')).toEqual(['6-3', '1,725,215', '1,696,531', '1,698,673']);

  expect(screen.getByRole('heading', { name: '成果指標の達成度（令和元年度）' })).toBeInTheDocument();
  const chart = screen.getByRole('img', { name: /^成果指標 \d+ 件の達成度: 順調 \d+/ });
  expect(chart.querySelectorAll('rect').length).toBeGreaterThan(5);
  expect(within(chart).getByText('6-3 実質公債費比率')).toBeInTheDocument();
  expect(within(chart).getByText('146% 順調')).toBeInTheDocument();
  expect(within(chart).getAllByText(/% やや遅れ$/).length).toBeGreaterThan(0);

  const evaluations = screen.getByRole('region', { name: '事務事業の評価' });
  expect(within(evaluations).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['拡充1', '維持19', '縮小5', '未記入3']);

  const status = screen.getByRole('region', { name: '提出状況' });
  expect(within(status).getByText('施策シート: すべて提出済み')).toBeInTheDocument();
  expect(within(status).getByText('財政課・シート 10 枚')).toBeInTheDocument();

  const findings = screen.getByRole('region', { name: '指摘事項' });
  expect(within(findings).getByRole('status', { name: 'エラー 33 件、警告 0 件、情報 3 件（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 50 件）' })).toBeInTheDocument();
  expect(within(findings).getByRole('region', { name: '財政課.xlsx › 財産管理費運営費' })).toBeInTheDocument();
  expect(within(findings).getByText(/15,602 千円が、財源の合計 15,593 千円/)).toBeInTheDocument();

  // The bars are folded away once everything is read; the toggle shows them again.
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'ブックごとの状況を表示（11）' }));
  expect(screen.getAllByRole('progressbar')).toHaveLength(11);
});

it('downloads the report as .xlsx through the host', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'consolidate');
  chooseFiles(seedFiles());
  fireEvent.click(await screen.findByRole('button', { name: '報告書をダウンロード' }));

  await screen.findByText('成果説明書_政策6_令和元年度.xlsx をダウンロードしました。');
  const [report, lang] = host.reportBytes.mock.calls[0] as [PolicyReport, string];
  expect(report.totals['2019'].total).toBe(3488466);
  expect(lang).toBe('ja');
  expect(host.saveFile).toHaveBeenCalledWith('成果説明書_政策6_令和元年度.xlsx', expect.any(Uint8Array));
  expect(screen.queryByRole('button', { name: 'このブックに書き込む' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'このブックから集約' })).not.toBeInTheDocument();
});

it('downloads the public website as a .zip: the pages and the open data of `seika publish`', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'consolidate');
  chooseFiles(seedFiles());
  expect(await screen.findByText(/展開して index\.html を開くか、そのまま Web サーバーに置いてください/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '公開用サイト（.zip）をダウンロード' }));

  await screen.findByText('公開用サイト_政策6_令和元年度.zip をダウンロードしました。展開して index.html を開いてください。');
  const [name, bytes] = host.saveFile.mock.calls[0] as [string, Uint8Array];
  expect(name).toBe('公開用サイト_政策6_令和元年度.zip');
  const zip = await JSZip.loadAsync(bytes);
  const folder = '公開用サイト_政策6_令和元年度';
  expect(await zip.file(`${folder}/index.html`)?.async('string')).toContain('<h1>政策6 全ての主体が参加し、協働するまちづくり</h1>');
  const csv = await zip.file(`${folder}/data/projects.csv`)?.async('string');
  expect(csv?.split('\r\n')[0]).toMatch(/^\uFEFF?全国地方公共団体コード,/);
  expect(zip.file(`${folder}/measures/6-1.html`)).not.toBeNull();
});

it('writes the whole report into the open workbook, and asks before replacing an earlier run\'s sheets', async () => {
  const host = fakeHost('excel');
  renderPane(host, 'consolidate');
  chooseFiles(seedFiles());
  fireEvent.click(await screen.findByRole('button', { name: 'このブックに書き込む' }));

  await waitFor(() => expect(host.writeReport).toHaveBeenCalledTimes(1));
  const [report, lang, opts] = host.writeReport.mock.calls[0];
  expect((report as PolicyReport).totals['2019'].total).toBe(3488466);
  expect(lang).toBe('ja');
  expect(opts).toMatchObject({ replace: false });
  const count = screen.getByText(/表紙・集計・政策と施策と事務事業のシート.*（全 (\d+) 枚、保護付き）/).textContent!.match(/全 (\d+) 枚/)![1];
  expect(await screen.findByText(`${count} 枚のシートを書き込みました。`)).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'このブックに書き込む' }));
  expect(await screen.findByText(new RegExp(`前回書き込んだ同じ名前のシート ${count} 枚を置き換えます（表紙、集計、政策6、施策6-1、`))).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'やめる' }));
  expect(screen.queryByRole('button', { name: '置き換えて書き込む' })).not.toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'このブックに書き込む' }));
  fireEvent.click(await screen.findByRole('button', { name: '置き換えて書き込む' }));
  expect(await screen.findByText(`${count} 枚のシートを書き込みました（前回のシート ${count} 枚を置き換え）。`)).toBeInTheDocument();
  expect(host.writeReport.mock.calls[3][2]).toMatchObject({ replace: true });
});

it('consolidates the open workbook itself in Excel', async () => {
  const host = fakeHost('excel', seedWorkbooks().find((wb) => wb.file === '企画課.xlsx'));
  renderPane(host, 'consolidate');
  fireEvent.click(screen.getByRole('button', { name: 'このブックから集約' }));
  expect(await screen.findByRole('heading', { name: '令和元年度 政策6 の集約' })).toBeInTheDocument();
  expect(host.readLive).toHaveBeenCalledTimes(1);
  expect(screen.getByText('施策シート未提出: 6-3、6-4、6-5')).toBeInTheDocument();
});

it('takes workbooks dropped on the drop zone, leaves out what is not .xlsx, and reports an unreadable file', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'consolidate');
  const zone = screen.getByRole('group', { name: 'ブックのドロップ先' });
  fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
  fireEvent.drop(zone, { dataTransfer: { files: [xlsxFile('企画課.xlsx'), xlsxFile('壊れた.xlsx'), new File(['x'], 'メモ.txt')] } });

  expect(await screen.findByText('.xlsx ではないため除きました: メモ.txt')).toBeInTheDocument();
  expect(await screen.findByRole('heading', { name: '令和元年度 政策6 の集約' })).toBeInTheDocument();
  // The unreadable file stays in view with its bar in error, and is a finding and a line of the status.
  expect(screen.getByRole('progressbar', { name: '壊れた.xlsx' })).toBeInTheDocument();
  expect(screen.getByText('読み込めません（指摘事項を参照）')).toBeInTheDocument();
  expect(screen.getByText('壊れた.xlsx: 壊れているか、Excel のファイルではありません')).toBeInTheDocument();
  expect(screen.getByText(/ファイルを読み込めませんでした（壊れているか、Excel のファイルではありません）/)).toBeInTheDocument();
  expect(screen.getByText('施策シート未提出: 6-3、6-4、6-5')).toBeInTheDocument();

  // A reader that throws is an unreadable file too.
  host.readFiles.mockRejectedValueOnce(new Error('boom'));
  fireEvent.drop(zone, { dataTransfer: { files: [xlsxFile('財政課.xlsx')] } });
  expect(await screen.findByText('財政課.xlsx: 壊れているか、Excel のファイルではありません')).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: '財政課.xlsx' })).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: '選んだブックをクリア' }));
  expect(screen.queryByRole('heading', { name: '令和元年度 政策6 の集約' })).not.toBeInTheDocument();
});

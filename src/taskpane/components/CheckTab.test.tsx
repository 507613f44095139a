// チェック: the workbook's findings grouped by sheet with severities and counts; inside Excel a finding selects its cell.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeHost, seedWorkbook, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

const FUNDING_G10 = /年度別事業費（平成30年度） 15,602 千円が、財源の合計 15,593 千円/;

it('checks the open workbook, groups the findings by sheet with counts, and selects a finding’s cell', async () => {
  const host = fakeHost('excel', seedWorkbook('財政課.xlsx'));
  renderPane(host, 'check');
  fireEvent.click(screen.getByRole('button', { name: 'チェック' }));

  expect(await screen.findByRole('status', { name: 'エラー 11 件、警告 0 件、情報 0 件（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 15 件）' })).toBeInTheDocument();
  expect(host.readLive).toHaveBeenCalledTimes(1);
  expect(screen.getByText('エラー 11 件')).toBeInTheDocument();
  const group = screen.getByRole('region', { name: '財産管理費運営費' });
  expect(within(group).getByRole('heading', { level: 4 })).toHaveTextContent('財産管理費運営費');
  expect(screen.getByRole('region', { name: '普通財産管理費' })).toBeInTheDocument();
  expect(screen.getByText('指摘をクリックすると、そのセルを選択します。')).toBeInTheDocument();

  const finding = within(group).getByRole('button', { name: FUNDING_G10 });
  expect(finding).toHaveTextContent('エラー');
  expect(finding).toHaveTextContent('財産管理費運営費!G10');
  fireEvent.click(finding);
  await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith('財産管理費運営費', 'G10'));

  // The sheet was renamed since the check: say so rather than fail silently.
  host.selectCell.mockResolvedValueOnce(false);
  fireEvent.click(finding);
  expect(await screen.findByText('財産管理費運営費!G10 が見つかりません。シート名が変わったか、削除された可能性があります。再チェックしてください。')).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: '再チェック' }));
  await waitFor(() => expect(host.readLive).toHaveBeenCalledTimes(2));
  await screen.findByRole('status', { name: 'エラー 11 件、警告 0 件、情報 0 件（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 15 件）' });
});

it('lists an indicator row empty for three years once, opens it to its cells, and selects the whole range', async () => {
  const host = fakeHost('excel', seedWorkbook('財政課.xlsx'));
  renderPane(host, 'check');
  fireEvent.click(screen.getByRole('button', { name: 'チェック' }));
  const sheet = await screen.findByRole('region', { name: '財政管理費運営費' });

  const grouped = within(sheet).getAllByRole('button', { name: /活動指標1 実績（平成29〜令和元年度）が空欄です。/ });
  expect(grouped).toHaveLength(1);
  expect(grouped[0]).toHaveTextContent('財政管理費運営費!F18:H18');
  expect(within(sheet).queryByText(/活動指標1 実績（平成30年度）が空欄です。/)).not.toBeInTheDocument();

  const toggle = within(sheet).getByRole('button', { name: 'セル 3 か所の指摘を表示' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const cell of ['F18', 'G18', 'H18']) expect(within(sheet).getByText(`財政管理費運営費!${cell}`)).toBeInTheDocument();
  expect(within(sheet).getByText(/活動指標1 実績（平成30年度）が空欄です。/)).toBeInTheDocument();

  fireEvent.click(grouped[0]);
  await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith('財政管理費運営費', 'F18:H18'));
});

it('checks a chosen workbook in a browser, shows sheet!cell, and switches the messages to English', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'check');
  expect(screen.queryByRole('button', { name: 'チェック' })).not.toBeInTheDocument();
  fireEvent.change(screen.getByLabelText('ブックを選ぶ…'), { target: { files: [xlsxFile('財政課.xlsx')] } });

  expect(await screen.findByRole('status', { name: 'エラー 11 件、警告 0 件、情報 0 件（同じ行で隣り合うセルの指摘は 1 件に。セルごとでは 15 件）' })).toBeInTheDocument();
  expect(host.readFiles).toHaveBeenCalledWith([expect.objectContaining({ name: '財政課.xlsx' })]);
  expect(screen.getByText('選んだブック: 財政課.xlsx')).toBeInTheDocument();
  expect(screen.getByText('財産管理費運営費!G10')).toBeInTheDocument();
  expect(screen.getByText(FUNDING_G10)).toBeInTheDocument();
  // Nothing to select outside Excel: the findings are not buttons.
  expect(screen.queryByRole('button', { name: FUNDING_G10 })).not.toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByText(/the total 15,602 \(thousand yen\) differs from the sum of its funding sources 15,593 by 9\./)).toBeInTheDocument();
  expect(screen.queryByText(FUNDING_G10)).not.toBeInTheDocument();
  expect(screen.getByRole('status', { name: '11 error(s), 0 warning(s), 0 info (neighbouring cells of a row counted once; 15 by cell)' })).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
  await waitFor(() => expect(host.readFiles).toHaveBeenCalledTimes(2));
});

it('says a clean workbook is clean', async () => {
  const host = fakeHost('excel', seedWorkbook('会計課.xlsx'));
  renderPane(host, 'check');
  fireEvent.click(screen.getByRole('button', { name: 'チェック' }));
  expect(await screen.findByText('問題は見つかりませんでした。')).toBeInTheDocument();
});

it('turns an unreadable file into a finding, not a crash', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'check');
  fireEvent.change(screen.getByLabelText('ブックを選ぶ…'), { target: { files: [xlsxFile('壊れた.xlsx')] } });
  expect(await screen.findByText(/ファイルを読み込めませんでした（壊れているか、Excel のファイルではありません）/)).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'ブック全体' })).toBeInTheDocument();
});

it('shows a failed read of the live workbook in plain Japanese', async () => {
  const host = fakeHost('excel');
  host.readLive.mockRejectedValueOnce(new Error('Excel が応答しません。'));
  renderPane(host, 'check');
  fireEvent.click(screen.getByRole('button', { name: 'チェック' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('ブックを読み込めませんでした。Excel が応答しません。');
});

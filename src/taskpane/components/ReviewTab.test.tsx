// 確認状況: each sheet's state, who and when; a step on or back to 作成中 with a reason; 提出済 refused with the sheet's
// errors listed. Inside Excel the open workbook is written; in a browser a changed copy is downloaded.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { book } from '../../core/rules/testing/setFixtures';
import { validProject } from '../../core/rules/testing/fixtures';
import { fakeHost, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

const NOW = /^\d{4}-\d\d-\d\d \d\d:\d\d$/;
const FUNDING_G10 = /年度別事業費（平成30年度） 15,602 千円が、財源の合計 15,593 千円/;

async function listed(file: string) {
  return screen.findByRole('list', { name: `${file} のシート` });
}

const row = (list: HTMLElement, sheet: string) => within(list).getByRole('listitem', { name: sheet });

it('lists the open workbook’s sheets, moves one a step on, refuses 提出済 with its errors, and returns it with a reason', async () => {
  const host = fakeHost('excel');
  host.lastReviewer.mockReturnValue('佐藤');
  renderPane(host, 'review');
  expect(screen.getByRole('textbox', { name: /確認した人/ })).toHaveValue('佐藤');
  fireEvent.click(screen.getByRole('button', { name: '確認状況を読む' }));
  const list = await listed('財政課.xlsx');
  const sheet = () => row(list, '財産管理費運営費');
  expect(within(sheet()).getByText('作成中')).toBeInTheDocument();

  fireEvent.change(screen.getByRole('textbox', { name: /確認した人/ }), { target: { value: '' } });
  fireEvent.click(within(sheet()).getByRole('button', { name: '財産管理費運営費 を課内確認済にする' }));
  expect(await screen.findByText('確認状況を記録できませんでした: 確認した人の名前を入力してください。')).toBeInTheDocument();

  fireEvent.change(screen.getByRole('textbox', { name: /確認した人/ }), { target: { value: '山田' } });
  fireEvent.click(within(sheet()).getByRole('button', { name: '財産管理費運営費 を課内確認済にする' }));
  expect(await screen.findByText('財産管理費運営費 を課内確認済にしました。')).toBeInTheDocument();
  expect(host.writeReviews).toHaveBeenLastCalledWith([{ sheet: '財産管理費運営費', record: { state: '課内確認済', by: '山田', at: expect.stringMatching(NOW) } }]);
  expect(host.rememberReviewer).toHaveBeenLastCalledWith('山田');
  expect(within(sheet()).getByText('課内確認済')).toBeInTheDocument();
  expect(within(sheet()).getByText(/^山田 \d{4}-/)).toBeInTheDocument();

  fireEvent.click(within(sheet()).getByRole('button', { name: '財産管理費運営費 を課長確認済にする' }));
  await screen.findByText('財産管理費運営費 を課長確認済にしました。');
  fireEvent.click(within(sheet()).getByRole('button', { name: '財産管理費運営費 を提出済にする' }));
  expect(await screen.findByText('財産管理費運営費: 課長確認済 → 提出済 はできません。エラーのあるシートは提出済にできません')).toBeInTheDocument();
  const errors = screen.getByRole('region', { name: 'エラー 2 件（直してから提出済にしてください）' });
  fireEvent.click(within(errors).getByRole('button', { name: FUNDING_G10 }));
  await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith('財産管理費運営費', 'G10'));
  expect(host.writeReviews).toHaveBeenCalledTimes(2);
  expect(within(sheet()).getByText('課長確認済')).toBeInTheDocument();

  fireEvent.click(within(sheet()).getByRole('button', { name: '財産管理費運営費 を作成中に戻す' }));
  expect(await screen.findByText('財産管理費運営費: 課長確認済 → 作成中 はできません。作成中に戻すには理由が必要です')).toBeInTheDocument();
  fireEvent.change(within(sheet()).getByRole('textbox', { name: '財産管理費運営費 を戻す理由' }), { target: { value: '財源の内訳を直す' } });
  fireEvent.click(within(sheet()).getByRole('button', { name: '財産管理費運営費 を作成中に戻す' }));
  await screen.findByText('財産管理費運営費 を作成中にしました。');
  expect(host.writeReviews).toHaveBeenLastCalledWith([{ sheet: '財産管理費運営費', record: { state: '作成中', by: '山田', at: expect.stringMatching(NOW), reason: '財源の内訳を直す' } }]);
  expect(within(sheet()).getByText('差戻し: 財源の内訳を直す')).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /^エラー/ })).not.toBeInTheDocument();
});

it('marks a sheet without errors 提出済 with the hash of its values, and then offers only the return', async () => {
  const host = fakeHost('excel', book('市民課', [validProject]));
  renderPane(host, 'review');
  fireEvent.change(screen.getByRole('textbox', { name: /確認した人/ }), { target: { value: '山田' } });
  fireEvent.click(screen.getByRole('button', { name: '確認状況を読む' }));
  const list = await listed('市民課.xlsx');
  const name = validProject.name ?? '';
  for (const state of ['課内確認済', '課長確認済', '提出済']) {
    fireEvent.click(within(row(list, name)).getByRole('button', { name: `${name} を${state}にする` }));
    await screen.findByText(`${name} を${state}にしました。`);
  }
  expect(host.writeReviews).toHaveBeenLastCalledWith([{ sheet: name, record: { state: '提出済', by: '山田', at: expect.stringMatching(NOW), hash: expect.stringMatching(/^[0-9a-f]{8}$/) } }]);
  expect(within(row(list, name)).queryByRole('button', { name: /にする$/ })).not.toBeInTheDocument();
  expect(within(row(list, name)).getByRole('button', { name: `${name} を作成中に戻す` })).toBeInTheDocument();
});

it('in a browser, shows the chosen workbooks’ states and downloads a changed copy, each change building on the last', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'review');
  expect(screen.getByText(/変えた写しをダウンロードします（選んだファイルは変わりません）/)).toBeInTheDocument();
  fireEvent.change(screen.getByRole('textbox', { name: /確認した人/ }), { target: { value: '田中' } });
  fireEvent.change(screen.getByLabelText('確認状況を見るブック（複数可）'), { target: { files: [xlsxFile('財政課.xlsx'), xlsxFile('企画課.xlsx')] } });
  const list = await listed('財政課.xlsx');
  expect(await listed('企画課.xlsx')).toBeInTheDocument();

  fireEvent.click(within(row(list, '普通財産管理費')).getByRole('button', { name: '普通財産管理費 を課内確認済にする' }));
  expect(await screen.findByText('普通財産管理費 を課内確認済にした写し「財政課（確認状況）.xlsx」を保存しました。選んだファイルは変わりません。')).toBeInTheDocument();
  const [source, first] = host.reviewedCopy.mock.calls[0];
  expect(first).toEqual([{ sheetName: '普通財産管理費', record: { state: '課内確認済', by: '田中', at: expect.stringMatching(NOW) } }]);
  expect(host.saveFile).toHaveBeenLastCalledWith('財政課（確認状況）.xlsx', expect.any(Uint8Array));
  expect(within(row(list, '普通財産管理費')).getByText('課内確認済')).toBeInTheDocument();

  fireEvent.click(within(row(list, '財産管理費運営費')).getByRole('button', { name: '財産管理費運営費 を課内確認済にする' }));
  await screen.findByText(/財産管理費運営費 を課内確認済にした写し/);
  // The second copy is made from the first, so it keeps both changes.
  expect(host.reviewedCopy.mock.calls[1][0]).toEqual(host.saveFile.mock.calls[0][1]);
  expect(host.reviewedCopy.mock.calls[1][0]).not.toEqual(source);
  expect(host.writeReviews).toBeUndefined();
});

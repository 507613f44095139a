// テンプレート: the chosen kind, year, policy, measure and department reach the host as the right blank sheets.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { departmentOf, type Sheet } from '../../core/model';
import { fakeHost, seedWorkbook } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

function fillNumber(label: string, value: string) {
  fireEvent.change(screen.getByRole('spinbutton', { name: label }), { target: { value } });
}

it('downloads a 施策シート for 令和元年度 in a browser', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'template');
  expect(screen.queryByRole('button', { name: '挿入' })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('radio', { name: /^施策/ }));
  fillNumber('対象年度（西暦）', '2019');
  expect(screen.getByText('令和元年度の成果説明書')).toBeInTheDocument();
  fill('政策番号', '６');
  fill('施策番号', '6-1');
  fill('所管課', '企画課');
  expect(screen.queryByRole('spinbutton', { name: '枚数' })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'ダウンロード' }));

  await screen.findByText('企画課_施策_6-1_令和元年度.xlsx をダウンロードしました。Excel で開いて入力してください。');
  const [sheets, meta] = host.workbookBytes.mock.calls[0] as [Sheet[], unknown];
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toMatchObject({ kind: 'measure', reportYear: 2019, policy: { number: '6' }, measure: { number: '6-1' }, department: '企画課' });
  expect(meta).toEqual({ reportYear: 2019, department: '企画課' });
  expect(host.saveFile).toHaveBeenCalledWith('企画課_施策_6-1_令和元年度.xlsx', expect.any(Uint8Array));
});

it('inserts project sheets into the open workbook and adds one more on request', async () => {
  const host = fakeHost('excel');
  renderPane(host, 'template');
  expect(screen.getByRole('radio', { name: /^事務事業/ })).toBeChecked();
  fillNumber('対象年度（西暦）', '2020');
  expect(screen.getByText('令和2年度の成果説明書')).toBeInTheDocument();
  fill('政策番号', '6');
  fill('施策番号', '6-2');
  fill('所管課', '財政課');
  fillNumber('枚数', '2');
  fireEvent.click(screen.getByRole('button', { name: '挿入' }));

  await screen.findByText('シートを挿入しました: 事務事業、事務事業(2)');
  const [sheets, opts] = host.insertSheets.mock.calls[0];
  expect(sheets.map((s) => [s.kind, s.reportYear, departmentOf(s), 'measure' in s ? s.measure.number : null])).toEqual([
    ['project', 2020, '財政課', '6-2'],
    ['project', 2020, '財政課', '6-2'],
  ]);
  expect(opts).toEqual({ mode: 'template', meta: { reportYear: 2020, department: '財政課' }, format: expect.objectContaining({ stamp: { id: 'komoro', version: 1 } }) });

  fireEvent.click(screen.getByRole('button', { name: '事務事業シートを追加' }));
  await waitFor(() => expect(host.insertSheets).toHaveBeenCalledTimes(2));
  expect(host.insertSheets.mock.calls[1][0]).toHaveLength(1);
  expect(host.insertSheets.mock.calls[1][0][0]).toMatchObject({ kind: 'project', measure: { number: '6-2' } });
  expect(screen.getByText(/シートの削除と並べ替えは下の「このブックのシート」でできます/)).toBeInTheDocument();
});

it('says what is wrong with the input and does not insert until it is fixed', () => {
  const host = fakeHost('excel');
  renderPane(host, 'template');
  fillNumber('対象年度（西暦）', '19');
  fill('政策番号', '6');
  fill('施策番号', '7-1');
  expect(screen.getByText('年度は 2019 のように西暦 4 桁で入力してください。')).toBeInTheDocument();
  expect(screen.getByText('施策番号が政策 6 のものではありません。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '挿入' })).toBeDisabled();
  fillNumber('対象年度（西暦）', '2019');
  fill('施策番号', '6-1');
  expect(screen.getByRole('button', { name: '挿入' })).toBeEnabled();
});

it('shows a failed insert in plain Japanese', async () => {
  const host = fakeHost('excel');
  host.insertSheets.mockRejectedValueOnce(new Error('ブックが編集中のためシートを追加できません。'));
  renderPane(host, 'template');
  fillNumber('対象年度（西暦）', '2019');
  fireEvent.click(screen.getByRole('button', { name: '挿入' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('シートを作れませんでした。ブックが編集中のためシートを追加できません。');
});

it('lists the open workbook\'s sheets in Excel to move one or remove one', async () => {
  const host = fakeHost('excel');
  renderPane(host, 'template');
  const section = () => screen.getByRole('region', { name: 'このブックのシート' });
  fireEvent.click(within(section()).getByRole('button', { name: 'シートの一覧を読み込む' }));
  const list = await within(section()).findByRole('list', { name: 'このブックのシート' });
  expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/[↑↓✕]/g, ''))).toEqual(seedWorkbook('財政課.xlsx').sheets.map((s) => s.source.sheetName));

  fireEvent.click(within(section()).getByRole('button', { name: '「施策6-3」を後ろへ' }));
  await waitFor(() => expect(host.reorderSheets).toHaveBeenCalledWith(expect.arrayContaining(['財政管理費運営費', '施策6-3'])));
  expect(host.reorderSheets.mock.calls[0][0].slice(0, 2)).toEqual(['財政管理費運営費', '施策6-3']);

  fireEvent.click(await within(section()).findByRole('button', { name: '「予備費」を削除' }));
  expect(await within(section()).findByText('予備費 を削除しました。')).toBeInTheDocument();
  expect(host.removeSheets).toHaveBeenCalledWith(['予備費']);
  expect(within(section()).queryByText('予備費')).not.toBeInTheDocument();
});

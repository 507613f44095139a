// 年度更新 in the テンプレート tab: last year's workbook becomes next year's sheets, inserted or downloaded.
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeHost, seedWorkbook, xlsxFile } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

const section = () => screen.getByRole('region', { name: '前年度のブックから翌年度のシートを作る' });

it('downloads next year’s workbook in a browser and says what is left to fill', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'template');
  fireEvent.change(within(section()).getByLabelText('前年度のブック（.xlsx）を選ぶ…'), { target: { files: [xlsxFile('財政課.xlsx')] } });
  expect(await within(section()).findByText('財政課.xlsx（令和元年度）から令和2年度のシートを作ります。')).toBeInTheDocument();
  expect(within(section()).getByText(/記入する欄: 令和2年度の実績・評価・特記事項/)).toBeInTheDocument();

  fireEvent.click(within(section()).getByRole('button', { name: '翌年度のブックをダウンロード' }));
  expect(await within(section()).findByText('財政課_令和2年度.xlsx をダウンロードしました。')).toBeInTheDocument();
  const [sheets, meta] = host.workbookBytes.mock.calls[0];
  expect(meta).toEqual(expect.objectContaining({ reportYear: 2020 }));
  expect(sheets).toHaveLength(seedWorkbook('財政課.xlsx').sheets.length);
  expect(sheets.every((s: { reportYear: number }) => s.reportYear === 2020)).toBe(true);
  expect(host.saveFile).toHaveBeenCalledWith('財政課_令和2年度.xlsx', expect.any(Uint8Array));
});

it('inserts next year’s sheets into the open workbook in Excel', async () => {
  const host = fakeHost('excel');
  renderPane(host, 'template');
  fireEvent.change(within(section()).getByLabelText('前年度のブック（.xlsx）を選ぶ…'), { target: { files: [xlsxFile('企画課.xlsx')] } });
  fireEvent.click(await within(section()).findByRole('button', { name: '翌年度のシートを挿入' }));
  expect(await within(section()).findByText(/枚のシートを挿入しました/)).toBeInTheDocument();
  const [sheets, opts] = host.insertSheets.mock.calls[0];
  expect(sheets.every((s) => s.reportYear === 2020)).toBe(true);
  expect(opts).toEqual({ mode: 'template', meta: expect.objectContaining({ reportYear: 2020 }) });
  expect(host.saveFile).not.toHaveBeenCalled();

  fireEvent.click(within(section()).getByRole('button', { name: '新しいブックで開く' }));
  expect(await within(section()).findByText('翌年度のシートを新しいブックで開きました。')).toBeInTheDocument();
  expect(host.openWorkbook).toHaveBeenCalledWith(expect.any(Uint8Array));
  expect(host.workbookBytes.mock.calls[0][1]).toEqual(expect.objectContaining({ reportYear: 2020 }));
});

it('says so when the chosen file has no seika sheets', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'template');
  fireEvent.change(within(section()).getByLabelText('前年度のブック（.xlsx）を選ぶ…'), { target: { files: [xlsxFile('壊れた.xlsx')] } });
  expect(await screen.findByRole('alert')).toHaveTextContent('翌年度のシートを作れませんでした。壊れた.xlsx に seika のシートがありません。');
  expect(within(section()).queryByRole('button', { name: '翌年度のブックをダウンロード' })).not.toBeInTheDocument();
});

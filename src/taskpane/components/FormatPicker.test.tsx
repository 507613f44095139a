// 様式: the pane's format picker. Inside Excel it starts at the open workbook's SeikaFormat, and the template, check
// and consolidate tabs then work in that format (the full-cost sheet inserted, checked by its rules, consolidated by
// its definition); in a browser a city's definition file can be chosen, and a broken one is refused with its mistakes.
import * as fs from 'fs';
import * as path from 'path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { FormReport } from '../../core/consolidate/form/types';
import type { FormSheet, Sheet } from '../../core/model';
import { book } from '../../core/rules/testing/setFixtures';
import type { WorkbookRead } from '../../core/source';
import { departmentSubmissions } from '../../sample/departments';
import { fullcostSheets, withPlantedMistakes } from '../../sample/fullcost';
import { fakeHost } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';


const FULLCOST_STAMP = { format: { id: 'fullcost', version: 1 }, reportYear: 2019, department: '財政課' };

/** 財政課's full-cost workbook as the reader gives it, with the sample's planted mistakes. */
function fullcostBook(): WorkbookRead {
  const submission = departmentSubmissions(withPlantedMistakes(fullcostSheets())).find((s) => s.department === '財政課')!;
  return { ...book('財政課', submission.sheets), meta: FULLCOST_STAMP };
}

const picker = () => screen.getByRole('combobox', { name: '様式' });

it('starts at the open workbook’s format and inserts that format’s sheet (the full-cost 事務事業評価シート)', async () => {
  const host = fakeHost('excel', fullcostBook());
  renderPane(host, 'template');
  await waitFor(() => expect(picker()).toHaveValue('fullcost'));
  expect(screen.getByText(/開いているブックの様式（/)).toBeInTheDocument();
  const kind = screen.getByRole('radio', { name: /^事務事業評価シート/ });
  expect(kind).toBeChecked();
  expect(screen.queryByRole('textbox', { name: '施策番号' })).not.toBeInTheDocument();
  fireEvent.change(screen.getByRole('textbox', { name: '所管課' }), { target: { value: '財政課' } });
  fireEvent.click(screen.getByRole('button', { name: '挿入' }));
  await screen.findByText(/シートを挿入しました/);
  const [sheets, opts] = host.insertSheets.mock.calls[0];
  expect(sheets.map((s: Sheet) => [s.kind, (s as FormSheet).form, (s as FormSheet).values.Department])).toEqual([['form', 'evaluation', '財政課']]);
  expect(opts?.format?.stamp).toEqual({ id: 'fullcost', version: 1 });
});

it('checks the open full-cost workbook by that format’s own rules', async () => {
  const host = fakeHost('excel', fullcostBook());
  renderPane(host, 'check');
  await waitFor(() => expect(picker()).toHaveValue('fullcost'));
  fireEvent.click(screen.getByRole('button', { name: 'チェック' }));
  // project-period: a rule only the full-cost format declares.
  await screen.findByText(/終了年度（平成29年度）が開始年度（平成30年度）より前です/);
  expect(host.readLive.mock.calls[0][0]?.stamp).toEqual({ id: 'fullcost', version: 1 });
  expect(screen.queryByText(/このブックは様式「fullcost\/1」/)).not.toBeInTheDocument();
});

it('consolidates the open full-cost workbook by its definition’s groups and downloads that report', async () => {
  const host = fakeHost('excel', fullcostBook());
  renderPane(host, 'consolidate');
  await waitFor(() => expect(picker()).toHaveValue('fullcost'));
  fireEvent.click(screen.getByRole('button', { name: 'このブックから集約' }));
  await screen.findByText(/^1 ブック、施策 \d+、シート \d+ 枚$/);
  fireEvent.click(screen.getByRole('button', { name: '報告書をダウンロード' }));
  await waitFor(() => expect(host.saveFile).toHaveBeenCalled());
  const [report] = host.reportBytes.mock.calls[0] as [FormReport];
  expect(report).toMatchObject({ kind: 'form', definition: { id: 'fullcost' } });
});

it('takes a city’s definition file in a browser, draws its template, and refuses a broken one with its mistakes', async () => {
  const host = fakeHost('browser');
  renderPane(host, 'template');
  const thirdCity = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/formats/third-city.json'));
  fireEvent.change(screen.getByLabelText('様式の定義ファイル（.json）'), { target: { files: [new File([thirdCity], 'third-city.json')] } });
  await waitFor(() => expect(picker()).toHaveValue('third-city'));
  expect(screen.queryByRole('radio', { name: /^政策/ })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'ダウンロード' }));
  await waitFor(() => expect(host.workbookBytes).toHaveBeenCalled());
  expect(host.workbookBytes.mock.calls[0][2]).toMatchObject({ stamp: { id: 'third-city', version: 2 } });

  fireEvent.change(screen.getByLabelText('様式の定義ファイル（.json）'), { target: { files: [new File(['{"id": "x"}'], 'broken.json')] } });
  expect(await screen.findByText(/broken\.json は様式の定義として使えません。/)).toBeInTheDocument();
  expect(picker()).toHaveValue('third-city');
});

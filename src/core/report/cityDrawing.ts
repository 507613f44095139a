// A city's report: 市全体 (each policy's totals by year and source, evaluation counts, sheets missing, with a
// link to its cover), then each policy's sheets as its own report draws them, its tabs prefixed `政策6 `.
import { REVIEW_STATES } from '../review/state';
import type { CityReport } from '../consolidate/city';
import { policyTitle } from '../consolidate/reportTitle';
import { fiscalYearLabel } from '../era';
import { EVALUATION_VALUES } from '../model';
import type { Lang } from '../rules/types';
import { titleAllocator } from '../sheetTitle';
import { eachReportDrawing, type ReportSheetDrawing } from './drawing';
import { groupFindings, groupMessage } from '../findings/group';
import { problemsText } from './otherSheets';
import { fixedTitles } from './plan';
import { LINES } from './summarySheet';
import { TableSheet, type TableCell } from './table';

export const CITY_TITLE = '市全体';

export function* eachCityDrawing(city: CityReport, lang: Lang = 'ja'): Generator<ReportSheetDrawing> {
  const prefixes = city.policies.map((p) => `政策${p.number} `);
  const title = titleAllocator([CITY_TITLE, ...prefixes.flatMap((p) => Object.values(fixedTitles(p)))]);
  yield citySummary(city, prefixes, lang);
  for (const [i, { report }] of city.policies.entries()) yield* eachReportDrawing(report, lang, { prefix: prefixes[i], title });
}

function citySummary(city: CityReport, prefixes: string[], lang: Lang): ReportSheetDrawing {
  const ws = new TableSheet(CITY_TITLE);
  ws.heading(1, `${fiscalYearLabel(city.reportYear)} 成果説明書 市全体`, 'title');
  ws.heading(3, '政策ごとの事業費と財源（単位：千円）');
  const name = (i: number): TableCell => ({ link: { sheet: fixedTitles(prefixes[i]).cover, cell: 'A1' }, text: policyTitle(city.policies[i].report) ?? prefixes[i].trim() });
  const years = [city.reportYear - 2, city.reportYear - 1, city.reportYear];
  const budgetRows = city.policies.flatMap(({ report: r }, i) => years.map((y) => [name(i), fiscalYearLabel(y), ...LINES.map(([key]) => r.totals[String(y)]?.[key] ?? 0)]));
  const cityTotal = years.map((y) => ['市計', fiscalYearLabel(y), ...LINES.map(([key]) => city.policies.reduce((n, { report: r }) => n + (r.totals[String(y)]?.[key] ?? 0), 0))]);
  const row = ws.table(4, [{ header: '政策', width: 40 }, { header: '年度', width: 11 }, ...LINES.map(([, label]) => ({ header: label, width: 13, numFmt: '#,##0' }))], [...budgetRows, ...cityTotal]);
  ws.heading(row + 1, `評価の集計（事務事業数、${fiscalYearLabel(city.reportYear)}）、未提出とシートの確認状況`);
  const values = [...EVALUATION_VALUES];
  const rows = city.policies.map(({ report: r }, i) => [name(i), ...values.map((v) => r.evaluations[v] ?? 0), r.status.files.length, r.status.missingMeasures.join('、') || null, ...REVIEW_STATES.map((s) => r.status.reviewCounts[s])]);
  const next = ws.table(row + 2, [{ header: '政策', width: 40 }, ...values.map((v) => ({ header: v, width: 8 })), { header: '提出ブック', width: 10 }, { header: '施策シートの未提出', width: 24, wrap: true }, ...REVIEW_STATES.map((s) => ({ header: s, width: 8 }))], rows);
  drawUnreadable(ws, next + 1, city, lang);
  return ws.finish('landscape', `${fiscalYearLabel(city.reportYear)} 成果説明書 市全体`);
}

/** The files that gave no sheet, once for the whole city (they belong to no policy), with what their finding says. */
function drawUnreadable(ws: TableSheet, top: number, city: CityReport, lang: Lang): void {
  if (!city.unreadable.length) return;
  ws.heading(top, `読み込めなかったファイル（${city.unreadable.length} 件、どの政策にも含めていません）`);
  const said = (file: string) => groupFindings(city.findings.filter((f) => f.file === file)).map((g) => groupMessage(g, lang)).join('\n') || null;
  const rows = city.unreadable.map((u) => [u.file.split(/[\\/]/).pop() ?? u.file, problemsText(u.problems), said(u.file)]);
  ws.table(top + 1, [{ header: 'ファイル', width: 40, wrap: true }, { header: '読めなかった理由', width: 30, wrap: true }, { header: '内容', width: 60, wrap: true }], rows);
}

// The report's remaining sheets: cover with contents, budget-only table per measure, submission status, findings.
import { reviewText } from '../review/names';
import { reviewCountsText } from '../review/status';
import type { MeasureSection, PolicyReport, SubmissionStatus } from '../consolidate/types';
import { policyTitle } from '../consolidate/reportTitle';
import { fiscalYearLabel } from '../era';
import { layoutFor, type Layouts } from '../layout';
import { groupFindings, groupMessage, type FindingGroup } from '../findings/group';
import { cellsNote, countBySeverity, placeText, SEVERITY_WORD } from '../findings/text';
import { numberOf } from '../numbers';
import type { Finding, Lang, Rule } from '../rules/types';
import type { FileProblem } from '../source';
import type { PlannedSheet } from './plan';
import { titleOfSource } from './plan';
import type { TableCell, TableSheet } from './table';

const KIND_WORD: Record<PlannedSheet['kind'], string> = {
  cover: '表紙',
  summary: '集計（事業費・評価・成果指標）',
  model: '',
  budgetOnly: '投入指標のみの事務事業',
  list: '事業費一覧（集計のもと）',
  status: '提出状況',
  findings: '指摘事項',
};

const SHEET_WORD = { policy: '政策シート', measure: '施策シート', project: '事務事業シート', 'budget-only': '事務事業（予算のみ）', form: '様式のシート' } as const;

export function drawCover(ws: TableSheet, report: PolicyReport, plan: PlannedSheet[]): void {
  ws.heading(1, `${fiscalYearLabel(report.reportYear)} 成果説明書`, 'title');
  ws.heading(2, policyTitle(report) ?? '政策（政策シートなし）');
  const errors = countBySeverity(report.findings).error;
  ws.text(3, `提出ブック ${report.status.files.length} 件、指摘 ${report.findings.length} 件（うちエラー ${errors} 件）。seika で集約。`);
  const rows: TableCell[][] = plan.slice(1).map((p, i) => [i + 1, { link: { sheet: p.title, cell: 'A1' }, text: p.title }, p.kind === 'model' ? SHEET_WORD[p.sourced.sheet.kind] : KIND_WORD[p.kind], p.kind === 'model' ? p.sourced.origin.department : null]);
  ws.table(5, [{ header: 'No.', width: 5 }, { header: 'シート', width: 34 }, { header: '内容', width: 30 }, { header: '所管課', width: 16 }], rows);
}

export function drawBudgetOnly(ws: TableSheet, measure: MeasureSection, reportYear: number): void {
  ws.heading(1, `施策${measure.number} ${measure.name ?? ''} 投入指標のみの事務事業（単位：千円）`);
  const years = [reportYear - 2, reportYear - 1, reportYear];
  const rows: TableCell[][] = measure.budgetOnly.flatMap((p) =>
    years.map((y) => {
      const line = p.sheet.budget[String(y)];
      const amounts = (['total', 'subsidies', 'bonds', 'other', 'general'] as const).map((k) => numberOf(line?.[k]) ?? null);
      return [p.sheet.name, p.sheet.status === null ? null : String(p.sheet.status), p.sheet.account, p.sheet.department, fiscalYearLabel(y), ...amounts];
    }),
  );
  const money = (header: string) => ({ header, width: 11, numFmt: '#,##0' });
  ws.table(3, [{ header: '事務事業名', width: 22, wrap: true }, { header: '新規・継続', width: 6 }, { header: '会計・款・項・目', width: 26, wrap: true }, { header: '所管課', width: 12 }, { header: '年度', width: 11 }, money('事業費'), money('国・県支出金'), money('地方債'), money('その他'), money('一般財源')], rows);
}

/** Who sent what; `measuresListed` when a policy sheet lists the measures whose sheets may be missing. */
export function drawStatus(ws: TableSheet, status: SubmissionStatus, measuresListed = true): void {
  ws.heading(1, '提出状況');
  const rows: TableCell[][] = status.files.map((f) => [
    f.file.split(/[\\/]/).pop() ?? f.file,
    f.department,
    f.sheets.length,
    f.sheets.map((s) => `${s.title}: ${reviewText(s.review)}`).join('、'),
    f.duplicates.map((d) => `${d.title}（${d.firstFile.split(/[\\/]/).pop()} の ${d.firstSheet} と重複）`).join('、') || null,
    problemsText(f.problems),
  ]);
  const next = ws.table(3, [{ header: 'ファイル', width: 22, wrap: true }, { header: '所管課', width: 14 }, { header: 'シート数', width: 8 }, { header: '集約したシートと確認状況', width: 50, wrap: true }, { header: '重複（集約せず）', width: 30, wrap: true }, { header: '読めなかった理由', width: 24, wrap: true }], rows);
  if (!measuresListed) return void ws.heading(next + 1, `シートの確認状況: ${reviewCountsText(status.reviewCounts)}`);
  ws.heading(next + 1, status.missingMeasures.length ? `施策シートの未提出: ${status.missingMeasures.join('、')}` : '政策の全施策の施策シートが提出されています。');
  ws.heading(next + 2, `シートの確認状況: ${reviewCountsText(status.reviewCounts)}`);
}

/** Why a file (or one of its sheets) could not be read, as 提出状況 and 市全体 word it; null when nothing went wrong. */
export function problemsText(problems: FileProblem[]): string | null {
  return problems.map((p) => (p.sheet !== undefined ? `${p.sheet}: ` : '') + p.code + (p.detail ? `: ${p.detail}` : '')).join('、') || null;
}

/** One row per finding as people act on it: a row's neighbouring cells once, with their range and a link to the first. */
/** `rules` word a format's own checks; `layouts` place a form's fields on the report's copy of its sheet. */
export function drawFindings(ws: TableSheet, findings: Finding[], plan: PlannedSheet[], lang: Lang, rules?: ReadonlyMap<string, Rule>, layouts?: Layouts): void {
  const groups = groupFindings(findings);
  ws.heading(1, `指摘事項（${groups.length} 件）${cellsNote(groups.length, findings.length, 'ja')}`);
  const rows: TableCell[][] = groups.map((g) => [SEVERITY_WORD.ja[g.severity], g.file.split(/[\\/]/).pop() ?? g.file, g.sheet ?? null, g.range ?? null, g.ruleId, groupMessage(g, lang, rules), reportLink(plan, g, layouts)]);
  ws.table(3, [{ header: '重要度', width: 7 }, { header: 'ファイル', width: 16, wrap: true }, { header: 'シート', width: 16, wrap: true }, { header: 'セル', width: 9 }, { header: 'ルール', width: 16 }, { header: '内容', width: 60, wrap: true }, { header: '報告書の該当箇所', width: 22 }], rows);
}

/** The group's place on the report's copy of its sheet: a link to the first cell, named with the whole range. */
function reportLink(plan: PlannedSheet[], g: FindingGroup, layouts?: Layouts): TableCell {
  const target = g.sheet ? titleOfSource(plan, g.file, g.sheet) : undefined;
  if (!target) return null;
  const first = layoutCell(plan, target, g.findings[0].field, layouts);
  const last = layoutCell(plan, target, g.findings[g.findings.length - 1].field, layouts);
  const range = first && last && last !== first ? `${first}:${last}` : first;
  return { link: { sheet: target, cell: first ?? 'A1' }, text: placeText({ sheet: target, cell: range }) };
}

/** Where a field sits on the report's copy of the sheet (the report redraws each sheet in its layout). */
function layoutCell(plan: PlannedSheet[], title: string, field: string | undefined, layouts?: Layouts): string | undefined {
  const planned = plan.find((p) => p.title === title);
  if (!field || planned?.kind !== 'model') return undefined;
  const layout = layoutFor(planned.sourced.sheet, layouts);
  return layout.fields.find((f) => f.name === field)?.range.split(':')[0] ?? layout.formulas.find((f) => f.name === field)?.range;
}

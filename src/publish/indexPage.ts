// index.html: the policy, its measures with totals by year and funding source, evaluation counts, open data.
import { policyTitle } from '../core/consolidate/reportTitle';
import { fiscalYearLabel } from '../core/era';
import { EVALUATION_VALUES } from '../core/model';
import { BUDGET_LINES, budgetBlock, reportYears, type SiteContext } from './blocks';
import { amount, escapeHtml, textBlock, valueText, yearLabel } from './format';
import { facts, Ids, openDataSection, pageHtml, section, table } from './html';
import { DATA_FILES, measurePath } from './paths';

export function indexPage(ctx: SiteContext): string {
  const { report } = ctx;
  const ids = new Ids();
  const policy = report.policy?.sheet;
  const years = reportYears(report);
  const intro = `<p>${escapeHtml(`${ctx.publisher}の${yearLabel(report.reportYear)}の成果説明書です。施策ごとの成果指標と事務事業は、下の施策の一覧からご覧ください。`)}</p>`;
  const policyParts = policy
    ? [
        facts([
          ['所管', valueText(policy.department)],
          ['関連', policy.related.join('、') || '－'],
        ]),
        section('ミッション', list(policy.mission)),
        section('方針', list(policy.directions)),
        section('目標の実現に向けた今後の取り組み', textBlock(policy.nextSteps)),
      ]
    : [];
  const measures = table(
    {
      caption: '施策の一覧',
      columns: [{ label: '施策' }, { label: '施策名' }, { label: '所管' }, { label: '事務事業数', numeric: true }, { label: `事業費 ${fiscalYearLabel(report.reportYear)}（千円）`, numeric: true }, { label: '施策の評価' }],
      rows: report.measures.map((m) => [
        { text: `施策${m.number}`, href: measurePath(m) },
        valueText(m.name),
        valueText(m.sheet?.sheet.department ?? null),
        String(m.projects.length + m.budgetOnly.length),
        amount(m.totals[String(report.reportYear)]?.total),
        valueText(m.sheet?.sheet.evaluation ?? null),
      ]),
    },
    ids,
  );
  const byMeasure = table(
    {
      caption: '施策別・年度別の事業費と財源（単位：千円）',
      columns: [{ label: '施策' }, { label: '年度' }, ...BUDGET_LINES.map(([, label]) => ({ label, numeric: true }))],
      rows: [...report.measures.map((m) => ({ label: `施策${m.number}`, totals: m.totals })), { label: '政策計', totals: report.totals }].flatMap(({ label, totals }) =>
        years.map((y) => [label, yearLabel(y), ...BUDGET_LINES.map(([key]) => amount(totals[String(y)]?.[key]))]),
      ),
      rowHeaders: 2,
    },
    ids,
  );
  const body = [
    intro,
    ...policyParts,
    section('施策の一覧', measures),
    section('事業費と財源', budgetBlock('政策全体の事業費', years, (y, key) => report.totals[String(y)]?.[key], ids) + byMeasure),
    section('事務事業の評価', evaluationTable(ctx, ids)),
    openData(),
  ].join('\n');
  return pageHtml({ title: policyTitle(report) ?? ctx.siteTitle, siteTitle: ctx.siteTitle, root: '', crumbs: [{ text: 'トップ' }], body, publisher: ctx.publisher });
}

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '<p>－</p>';
}

/** Counts of each evaluation per measure; only the evaluations given (拡充, 維持, …, then 未記入 and others). */
function evaluationTable(ctx: SiteContext, ids: Ids): string {
  const { report } = ctx;
  const keys = [...EVALUATION_VALUES, ...Object.keys(report.evaluations).filter((k) => !(EVALUATION_VALUES as readonly string[]).includes(k))].filter((k) => (report.evaluations[k] ?? 0) > 0);
  if (!keys.length) return '<p>評価が記入された事務事業はありません。</p>';
  const row = (label: string, counts: Record<string, number>) => [label, ...keys.map((k) => String(counts[k] ?? 0))];
  return table(
    {
      caption: `${yearLabel(report.reportYear)}の評価ごとの事務事業数`,
      columns: [{ label: '施策' }, ...keys.map((k) => ({ label: k, numeric: true }))],
      rows: [...report.measures.map((m) => row(`施策${m.number}`, m.evaluations)), row('政策計', report.evaluations)],
    },
    ids,
  );
}

function openData(): string {
  return openDataSection([
    [DATA_FILES.projects, '事務事業（事務事業・年度ごとに1行、事業費と財源は千円）'],
    [DATA_FILES.indicators, '指標（成果指標・活動指標の年度ごとに1行、計画・実績・達成率）'],
    [DATA_FILES.measures, '施策（施策・年度ごとに1行、事業費の合計と評価の件数）'],
    [DATA_FILES.report, '全体（JSON）'],
  ]);
}

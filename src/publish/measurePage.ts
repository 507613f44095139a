// A measure's page: its sheet (issues, aims, result and evaluation), outcome indicators with achievement,
// cost by year and funding source, and its projects in the report's order.
import type { MeasureSection } from '../core/consolidate/types';
import { fiscalYearLabel } from '../core/era';
import { budgetBlock, indicatorBlock, reportYears, type SiteContext } from './blocks';
import { amount, textBlock, valueText, yearLabel } from './format';
import { facts, Ids, pageHtml, section, table } from './html';
import { projectPath } from './paths';

export function measurePage(ctx: SiteContext, m: MeasureSection): string {
  const { report } = ctx;
  const ids = new Ids();
  const sheet = m.sheet?.sheet;
  const years = reportYears(report);
  const title = `施策${m.number} ${m.name ?? ''}`.trim();
  const parts = [
    facts([
      ['政策', valueText(report.policy ? `${report.policy.sheet.policy.number ?? ''} ${report.policy.sheet.policy.name ?? ''}`.trim() : null)],
      ['所管', valueText(sheet?.department ?? null)],
      ['関連', sheet?.related.join('、') || '－'],
    ]),
    ...(sheet
      ? [
          section('現状と課題', textBlock(sheet.issues)),
          section('方針（目的）', textBlock(sheet.purpose)),
          section(`${fiscalYearLabel(report.reportYear)}の重点方針と目標`, textBlock(sheet.priorities)),
          section('目標', `<h3>計画</h3>${textBlock(sheet.goalPlan)}<h3>設定理由</h3>${textBlock(sheet.goalReason)}`),
          section(`${fiscalYearLabel(report.reportYear)}の実績と評価`, `${textBlock(sheet.result)}${facts([['評価', valueText(sheet.evaluation)]])}`),
        ]
      : ['<p>この施策の施策シートは提出されていません。</p>']),
    section('成果指標', outcomes(ctx, m, ids)),
    section('事業費と財源', budgetBlock(`施策${m.number}の事業費`, years, (y, key) => m.totals[String(y)]?.[key], ids)),
    section('事務事業', projects(ctx, m, ids)),
    ...(sheet
      ? [section('今後の取り組み', textBlock(sheet.nextSteps)), section('個別計画', textBlock(sheet.plans)), section('特記事項', textBlock(sheet.notes))]
      : []),
  ];
  return pageHtml({ title, siteTitle: ctx.siteTitle, root: '../', crumbs: [{ text: 'トップ', href: '../index.html' }, { text: `施策${m.number}` }], body: parts.join('\n'), publisher: ctx.publisher });
}

function outcomes(ctx: SiteContext, m: MeasureSection, ids: Ids): string {
  const indicators = (m.sheet?.sheet.outcomes ?? []).filter((o) => o.name);
  if (!indicators.length) return '<p>成果指標はありません。</p>';
  const year = ctx.report.reportYear;
  const years = [year - 2, year - 1, year, year + 1];
  const note = '<p class="note">達成率は実績を計画で割ったもの（計画が「以下」の指標は計画を実績で割ったもの）です。80%以上を「順調」、60%以上を「やや遅れ」、60%未満を「遅れ」としています。</p>';
  return (
    note +
    indicators
      .map((o) =>
        section(
          o.name ?? '',
          facts([
            ['設定理由', valueText(o.reason)],
            ['算式', valueText(o.formula)],
            ['単位', valueText(o.unit)],
            ['計画策定時', valueText(o.baseline)],
          ]) + indicatorBlock(o, years, year, ids),
          3,
        ),
      )
      .join('')
  );
}

function projects(ctx: SiteContext, m: MeasureSection, ids: Ids): string {
  const years = reportYears(ctx.report);
  const money = years.map((y) => ({ label: `${fiscalYearLabel(y)}事業費（千円）`, numeric: true }));
  const ranked = m.projects.length
    ? table(
        {
          caption: `施策${m.number}の事務事業（施策内順位の順）`,
          columns: [{ label: '事務事業名' }, { label: '施策内順位' }, { label: '所管課' }, { label: '新規・継続' }, { label: '評価' }, ...money],
          rows: m.projects.map((p, i) => [
            { text: p.sheet.name ?? '（事務事業名なし）', href: `../${projectPath(m, i)}` },
            valueText(p.sheet.rank),
            valueText(p.sheet.department),
            valueText(p.sheet.status),
            valueText(p.sheet.evaluation),
            ...years.map((y) => amount(p.sheet.budget[String(y)]?.total)),
          ]),
        },
        ids,
      )
    : '<p>事務事業シートはありません。</p>';
  const budgetOnly = m.budgetOnly.length
    ? table(
        {
          caption: `施策${m.number}の投入指標のみの事務事業（給与費・繰出金・公債費など）`,
          columns: [{ label: '事務事業名' }, { label: '会計・款・項・目' }, { label: '所管課' }, ...money],
          rows: m.budgetOnly.map((p, i) => [{ text: p.sheet.name ?? '（事務事業名なし）', href: `../${projectPath(m, m.projects.length + i)}` }, valueText(p.sheet.account), valueText(p.sheet.department), ...years.map((y) => amount(p.sheet.budget[String(y)]?.total))]),
        },
        ids,
      )
    : '';
  return `<p>${yearLabel(ctx.report.reportYear)}の成果説明書に載せた順です。</p>${ranked}${budgetOnly}`;
}

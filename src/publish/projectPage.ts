// A project's page: everything on its sheet — header, summary, budget by year and source, activity
// indicators with plan, actual and achievement, the year's result, evaluation, notes and next steps. A
// budget-only project (給与費, 繰出金, 公債費 …) has only its header and budget, as its sheet does.
import type { MeasureSection } from '../core/consolidate/types';
import { fiscalYearLabel } from '../core/era';
import type { BudgetOnlyProject, ProjectSheet } from '../core/model';
import { budgetBlock, indicatorBlock, reportYears, type SiteContext } from './blocks';
import { textBlock, valueText } from './format';
import { facts, Ids, pageHtml, section, type CellContent } from './html';
import { measurePath } from './paths';

export function projectPage(ctx: SiteContext, m: MeasureSection, p: ProjectSheet | BudgetOnlyProject): string {
  const ids = new Ids();
  const title = p.name ?? '（事務事業名なし）';
  const parts = [
    facts(header(m, p)),
    ...(p.kind === 'project' ? [section('事業概要', textBlock(p.summary))] : []),
    section('投入指標', budgetBlock('年度別事業費', reportYears(ctx.report), (y, key) => p.budget[String(y)]?.[key], ids)),
    ...(p.kind === 'project' ? projectSections(ctx, p, ids) : []),
  ];
  return pageHtml({
    title,
    siteTitle: ctx.siteTitle,
    root: '../',
    crumbs: [{ text: 'トップ', href: '../index.html' }, { text: `施策${m.number}`, href: `../${measurePath(m)}` }, { text: title }],
    body: parts.join('\n'),
    publisher: ctx.publisher,
  });
}

function header(m: MeasureSection, p: ProjectSheet | BudgetOnlyProject): Array<[string, CellContent]> {
  const own: Array<[string, CellContent]> = p.kind === 'project' ? [['施策内順位', valueText(p.rank)]] : [['区分', '投入指標のみの事務事業']];
  return [
    ['政策', valueText(`${p.policy.number ?? ''} ${p.policy.name ?? ''}`.trim() || null)],
    ['施策', { text: `${m.number} ${m.name ?? ''}`.trim(), href: `../${measurePath(m)}` }],
    ['新規・継続', valueText(p.status)],
    ...own,
    ['会計・款・項・目', valueText(p.account)],
    ['所管課', valueText(p.department)],
    ...(p.kind === 'project' ? [['市長公約事項', valueText(p.pledge)] as [string, CellContent]] : []),
  ];
}

function projectSections(ctx: SiteContext, p: ProjectSheet, ids: Ids): string[] {
  const year = ctx.report.reportYear;
  const activities = p.activities.filter((a) => a.name);
  return [
    section('活動指標', activities.length ? activities.map((a) => section(`${a.name}`, indicatorBlock(a, reportYears(ctx.report), year, ids), 3)).join('') : '<p>活動指標はありません。</p>'),
    section(`${fiscalYearLabel(year)}の実績`, textBlock(p.result)),
    section('評価', facts([['評価', valueText(p.evaluation)]])),
    section('特記事項', textBlock(p.notes)),
    section('目標の実現に向けた今後の取り組み', textBlock(p.nextSteps)),
  ];
}

// A project's page: everything on its sheet — header, summary, budget by year and source, activity
// indicators with plan, actual and achievement, the year's result, evaluation, notes and next steps.
import type { MeasureSection, Sourced } from '../core/consolidate/types';
import { fiscalYearLabel } from '../core/era';
import type { ProjectSheet } from '../core/model';
import { budgetBlock, indicatorBlock, reportYears, type SiteContext } from './blocks';
import { textBlock, valueText } from './format';
import { facts, Ids, pageHtml, section } from './html';
import { measurePath } from './paths';

export function projectPage(ctx: SiteContext, m: MeasureSection, project: Sourced<ProjectSheet>): string {
  const p = project.sheet;
  const ids = new Ids();
  const years = reportYears(ctx.report);
  const year = ctx.report.reportYear;
  const title = p.name ?? '（事務事業名なし）';
  const activities = p.activities.filter((a) => a.name);
  const parts = [
    facts([
      ['政策', valueText(`${p.policy.number ?? ''} ${p.policy.name ?? ''}`.trim() || null)],
      ['施策', { text: `${m.number} ${m.name ?? ''}`.trim(), href: `../${measurePath(m)}` }],
      ['新規・継続', valueText(p.status)],
      ['施策内順位', valueText(p.rank)],
      ['会計・款・項・目', valueText(p.account)],
      ['所管課', valueText(p.department)],
      ['市長公約事項', valueText(p.pledge)],
    ]),
    section('事業概要', textBlock(p.summary)),
    section('投入指標', budgetBlock('年度別事業費', years, (y, key) => p.budget[String(y)]?.[key], ids)),
    section('活動指標', activities.length ? activities.map((a) => section(`${a.name}`, indicatorBlock(a, years, year, ids), 3)).join('') : '<p>活動指標はありません。</p>'),
    section(`${fiscalYearLabel(year)}の実績`, textBlock(p.result)),
    section('評価', facts([['評価', valueText(p.evaluation)]])),
    section('特記事項', textBlock(p.notes)),
    section('目標の実現に向けた今後の取り組み', textBlock(p.nextSteps)),
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

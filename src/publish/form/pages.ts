// A form format's index page (the whole: its groups, each total by year, the counts, the indicators' achievement,
// the lists, the open data) and a page per group (the same figures for it, and its sheets linked to their pages).
import type { FormGroup, FormReport } from '../../core/consolidate/form/types';
import { reportYearValue, valueFor } from '../../core/consolidate/form/values';
import { fiscalYearLabel } from '../../core/era';
import { namedFields } from '../../core/format/fieldSpecs';
import { FORM_NAMES } from '../../core/model';
import { formReportTitle } from '../../core/report/formDrawing';
import { titleOf } from '../../core/sheetTitle';
import type { SiteContext } from '../blocks';
import { escapeHtml, valueText, yearLabel } from '../format';
import { facts, Ids, openDataSection, pageHtml, section, table, type CellContent } from '../html';
import { DATA_FILES, groupPath, sheetPath } from '../paths';
import { achievementTables, countTable, fieldAmount, listingTable, totalsTables, wholeSections, type FigureSection } from './figures';

/** The figures' sections, each under its own heading: totals, counts, achievement (each indicator with `detail`), lists. */
function figureSections(report: FormReport, sections: FigureSection[], lists: FigureSection['figures'], detail: boolean, ids: Ids): string[] {
  return [
    totalsTables(report, sections, ids),
    ...report.whole.counts.map((c, i) => section(c.label, countTable(report, sections, i, ids))),
    ...(report.whole.achievement ? [section('成果指標の達成状況', achievementTables(report, sections, detail, ids))] : []),
    ...lists.lists.map((l, i) => section(l.label, listingTable(report, lists, i, ids))),
  ];
}

export function formIndexPage(ctx: SiteContext<FormReport>): string {
  const { report } = ctx;
  const ids = new Ids();
  const name = report.definition.name.ja;
  const intro = `<p>${escapeHtml(`${ctx.publisher}の${yearLabel(report.reportYear)}の${name}の集計です。${report.groupLabel}ごとの事務事業は、下の${report.groupLabel}の一覧からご覧ください。`)}</p>`;
  const first = report.whole.totals[0];
  const groups = table(
    {
      caption: `${report.groupLabel}の一覧`,
      columns: [
        { label: report.groupLabel },
        { label: '名称' },
        { label: '事務事業数', numeric: true },
        ...(first ? [{ label: `${first.fields[0].label} ${fiscalYearLabel(report.reportYear)}（${first.unit}）`, numeric: true }] : []),
      ],
      rows: report.groups.map((g) => {
        const row = first && g.figures.totals[0].rows.find((r) => r.year === report.reportYear);
        return [{ text: `${report.groupLabel}${g.key}`, href: groupPath(g.key) }, valueText(g.name), String(g.figures.sheets), ...(first ? [fieldAmount(first.fields[0], row?.amounts[0])] : [])];
      }),
    },
    ids,
  );
  const body = [
    intro,
    facts([
      [report.groupLabel, `${report.groups.length}`],
      ['事務事業', `${report.whole.sheets} 件`],
    ]),
    section(`${report.groupLabel}の一覧`, groups),
    ...figureSections(report, wholeSections(report, groupPath), report.whole, false, ids),
    openDataSection([
      [DATA_FILES.sheets, `事務事業（事務事業・年度ごとに1行、集計する金額は${report.moneyUnit}、評価などは対象年度の行）`],
      [DATA_FILES.report, '全体（JSON）'],
    ]),
  ].join('\n');
  return pageHtml({ title: formReportTitle(report), siteTitle: ctx.siteTitle, root: '', crumbs: [{ text: 'トップ' }], body, publisher: ctx.publisher });
}

export function formGroupPage(ctx: SiteContext<FormReport>, g: FormGroup): string {
  const { report } = ctx;
  const ids = new Ids();
  const label = `${report.groupLabel}${g.key}`;
  const sections: FigureSection[] = [{ label, name: g.name, figures: g.figures }];
  const body = [
    facts([['事務事業', `${g.figures.sheets} 件`]]),
    section('事務事業', sheetsTable(report, g, ids)),
    ...figureSections(report, sections, g.figures, true, ids),
  ].join('\n');
  return pageHtml({ title: `${label} ${g.name ?? ''}`.trim(), siteTitle: ctx.siteTitle, root: '../', crumbs: [{ text: 'トップ', href: '../index.html' }, { text: label }], body, publisher: ctx.publisher });
}

/** A group's sheets: the fields that identify them (the name linked), 所管課, each total's first field and the counted fields, in the report year. */
function sheetsTable(report: FormReport, g: FormGroup, ids: Ids): string {
  const def = report.definition;
  const fields = namedFields(def);
  const ctx = { def, reportYear: report.reportYear };
  const keys = def.consolidation.key?.includes(FORM_NAMES.title) ? def.consolidation.key : [...(def.consolidation.key ?? []), FORM_NAMES.title];
  const labelOf = (name: string) => fields.get(name)?.label ?? name;
  const totals = def.consolidation.totals.map((t, i) => ({ spec: t, column: report.whole.totals[i].fields[0], unit: report.whole.totals[i].unit }));
  const counted = report.whole.counts.flatMap((c) => c.rows.map((r) => r.field));
  const year = fiscalYearLabel(report.reportYear);
  return table(
    {
      caption: `${report.groupLabel}${g.key}の事務事業`,
      columns: [
        ...keys.map((k) => ({ label: labelOf(k) })),
        { label: '所管課' },
        ...totals.map((t) => ({ label: `${t.column.label} ${year}（${t.unit}）`, numeric: true })),
        ...counted.map((f) => ({ label: labelOf(f) })),
      ],
      rows: g.sheets.map(({ sheet, origin }, i) => [
        ...keys.map((k): CellContent => (k === FORM_NAMES.title ? { text: titleOf(sheet), href: `../${sheetPath(g.key, i)}` } : valueText(reportYearValue(ctx, sheet, k)))),
        valueText(origin.department),
        ...totals.map((t) => fieldAmount(t.column, numberOrNull(valueFor(ctx, sheet, t.column.name, t.spec.eachYear, report.reportYear)))),
        ...counted.map((f) => valueText(reportYearValue(ctx, sheet, f))),
      ]),
      rowHeaders: keys.length,
    },
    ids,
  );
}

const numberOrNull = (v: unknown) => (typeof v === 'number' ? v : null);

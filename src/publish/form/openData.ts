// A form format's open data: sheets.csv (a row per sheet and fiscal year with the fields the report sums and counts,
// its 集計のもと) and report.json (every group's and the whole's figures and each sheet's values). As for the
// policy report's, where a sheet came from (file paths) and the findings stay inside the city.
import type { FormFigures, FormReport } from '../../core/consolidate/form/types';
import { formReportTitle } from '../../core/report/formDrawing';
import { csv } from '../csv';
import { cell, who, WHO, YEAR, yearColumns } from '../openData';
import type { PublishSettings } from '../settings';

export function sheetsCsv(report: FormReport, settings: PublishSettings): string {
  const t = report.table;
  const unitOf = (name: string) => report.whole.totals.find((total) => total.fields.some((f) => f.name === name))?.unit;
  const names = new Map(report.groups.map((g) => [g.key, g.name]));
  const header = [...WHO, report.groupLabel, `${report.groupLabel}名`, '事務事業名', '所管課', ...YEAR, ...t.summed.map((f) => (unitOf(f.name) ? `${f.label}（${unitOf(f.name)}）` : f.label)), ...t.counted.map((f) => f.label)];
  const rows = t.rows.map((r) => [...who(settings, report), r.group, names.get(r.group) ?? null, r.title, r.origin.department, ...yearColumns(r.year), ...r.amounts, ...r.counts.map((c) => cell(c))]);
  return csv(header, rows);
}

/** Figures without the files the sheets came from: the department stays. */
function publicFigures(f: FormFigures) {
  return {
    ...f,
    lists: f.lists.map((l) => ({ ...l, rows: l.rows.map(({ origin, ...r }) => ({ ...r, department: origin.department })) })),
    ...(f.achievement ? { achievement: { ...f.achievement, rows: f.achievement.rows.map(({ origin, ...r }) => ({ ...r, department: origin.department })) } } : {}),
  };
}

export function formReportJson(report: FormReport, settings: PublishSettings): string {
  const { id, version, name } = report.definition;
  const published = {
    ...settings,
    title: formReportTitle(report),
    reportYear: report.reportYear,
    format: { id, version, name: name.ja },
    moneyUnit: report.moneyUnit,
    groupLabel: report.groupLabel,
    groups: report.groups.map((g) => ({ key: g.key, name: g.name, figures: publicFigures(g.figures), sheets: g.sheets.map((s) => ({ department: s.origin.department, values: s.sheet.values })) })),
    whole: publicFigures(report.whole),
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

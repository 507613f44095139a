// A form format's consolidated report on screen (the full-cost sheet's): each total by group and year with the
// whole's breakdown by field (財源), the counts of each list's values (今後の方向性, A/B/C per axis), the indicators'
// achievement, the listings, who sent what and every finding; with the report's download and (in Excel) its
// sheets written here. Everything it shows is in the form consolidation's result, worded by its definition.
import { Caption1, Text } from '@fluentui/react-components';
import { FORM_ACHIEVEMENT_STATUSES, type FormFigures, type FormListing, type FormReport, type FormTotals } from '../../core/consolidate/form/types';
import { fiscalYearLabel } from '../../core/era';
import { REVIEW_STATES } from '../../core/review/state';
import { useLang, useStrings } from '../strings';
import { Section, useCommonStyles } from './common';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { CountChips, ReportActionsBar, ReportFindings, StatusList, type ReportActions } from './ReportView';

/** A row per group then the whole's, each with the cells `cellsOf` takes from its figures. */
function useGroupRows(report: FormReport, cellsOf: (f: FormFigures) => Array<string | number>, decimals?: number): FiguresRow[] {
  const t = useStrings();
  return [
    ...report.groups.map((g) => ({ key: g.key, label: g.key, title: g.name ?? undefined, cells: cellsOf(g.figures), decimals })),
    { key: '\u0000whole', label: t.formReport.whole, cells: cellsOf(report.whole), decimals, total: true },
  ];
}

/** One total: its first field (トータルコスト) per group and year, then every field of it for the whole. */
function TotalsSection({ report, index }: { report: FormReport; index: number }) {
  const t = useStrings();
  const common = useCommonStyles();
  const total: FormTotals = report.whole.totals[index];
  const years = total.rows.map((r) => fiscalYearLabel(r.year));
  const first = total.fields[0];
  const caption = t.formReport.totalsCaption(report.groupLabel, first.label, total.unit);
  const breakdown = t.formReport.breakdownCaption(total.label, total.unit);
  const groupRows = useGroupRows(report, (f) => f.totals[index].rows.map((r) => r.amounts[0]), first.decimal ? 1 : 0);
  return (
    <Section title={total.label}>
      <Caption1 className={common.note}>{caption}</Caption1>
      <FiguresTable caption={caption} head={report.groupLabel} columns={years} rows={groupRows} />
      {total.fields.length > 1 && (
        <>
          <Caption1 className={common.note}>{breakdown}</Caption1>
          <FiguresTable
            caption={breakdown}
            head={t.formReport.itemColumn}
            columns={years}
            rows={total.fields.map((f, j) => ({ key: f.name, label: f.label, cells: total.rows.map((r) => r.amounts[j]), decimals: f.decimal ? 1 : 0 }))}
          />
        </>
      )}
    </Section>
  );
}

function AchievementSection({ report }: { report: FormReport }) {
  const t = useStrings();
  const common = useCommonStyles();
  const caption = t.formReport.achievementCaption(report.groupLabel);
  const rows = useGroupRows(report, (f) => FORM_ACHIEVEMENT_STATUSES.map((s) => f.achievement?.counts[s] ?? 0));
  return (
    <Section title={t.consolidate.chartHeading(fiscalYearLabel(report.reportYear))}>
      <Caption1 className={common.note}>{caption}</Caption1>
      <FiguresTable caption={caption} head={report.groupLabel} columns={FORM_ACHIEVEMENT_STATUSES.map((s) => t.achievement[s])} rows={rows} />
    </Section>
  );
}

function ListingSection({ report, listing }: { report: FormReport; listing: FormListing }) {
  const t = useStrings();
  const title = t.formReport.listCaption(listing.label, listing.rows.length);
  return (
    <Section title={title}>
      {listing.rows.length ? (
        <FiguresTable
          caption={title}
          head={report.groupLabel}
          columns={[t.formReport.departmentColumn, ...listing.columns.map((c) => c.label)]}
          // As written on the sheet (a year 2019 is not an amount), as the report's list shows it.
          rows={listing.rows.map((r, i) => ({ key: String(i), label: r.group, cells: [r.origin.department, ...r.cells].map((v) => (v === null ? '' : String(v))) }))}
        />
      ) : (
        <Text>{t.formReport.listEmpty}</Text>
      )}
    </Section>
  );
}

export function FormReportView({ report, actions }: { report: FormReport; actions: ReportActions }) {
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  const year = fiscalYearLabel(report.reportYear);
  const notes = { write: t.formReport.writeNote(report.groupLabel, actions.sheetCount) };
  return (
    <div className={common.stack}>
      <Section level={2} title={t.formReport.heading(year, report.definition.name[lang])}>
        <Text>{t.formReport.counts(report.status.files.length, report.groupLabel, report.groups.length, report.whole.sheets)}</Text>
        <ReportActionsBar actions={{ ...actions, notes }} />
      </Section>
      {report.whole.totals.map((_, i) => (
        <TotalsSection key={i} report={report} index={i} />
      ))}
      {report.whole.counts.map((c, k) => (
        <Section key={k} title={t.formReport.countsCaption(c.label, year)}>
          {c.rows.map((r) => (
            <div key={r.field} className={common.tight}>
              {c.rows.length > 1 && <Text weight="semibold">{r.label}</Text>}
              <CountChips label={`${c.label} ${r.label}`} counts={c.values.map((v, i) => [v, r.counts[i]])} />
            </div>
          ))}
        </Section>
      ))}
      {report.whole.achievement && <AchievementSection report={report} />}
      {report.whole.lists.map((l, i) => (
        <ListingSection key={i} report={report} listing={l} />
      ))}
      <Section title={t.consolidate.statusHeading}>
        <StatusList status={report.status} measures={false} />
        <Caption1 className={common.note}>{t.formReport.reviewCaption}</Caption1>
        <CountChips label={t.formReport.reviewCaption} empty={t.consolidate.noneMissing} counts={REVIEW_STATES.map((s) => [s, report.status.reviewCounts[s]])} />
      </Section>
      <ReportFindings findings={report.findings} select={actions.select} />
    </div>
  );
}

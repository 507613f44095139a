// The city's report on screen, as its 市全体 sheet has it: each policy's 事業費 by year with the city's sum,
// evaluation counts, workbooks and measure sheets missing, sheets per review state, the files that could not be
// read (once, for the whole city), and every finding; with the report's download and (in Excel) its sheets written here.
import { Caption1, Text } from '@fluentui/react-components';
import type { CityReport } from '../../core/consolidate/city';
import { policyTitle } from '../../core/consolidate/reportTitle';
import { fiscalYearLabel } from '../../core/era';
import { EVALUATION_VALUES } from '../../core/model';
import { REVIEW_STATES } from '../../core/review/state';
import { useStrings } from '../strings';
import { Section, useCommonStyles } from './common';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { ReportActionsBar, ReportFindings, type ReportActions } from './ReportView';
import { useReportStyles } from './reportStyles';

type Policy = CityReport['policies'][number];

/** A table of one row per policy (and the city's sum when given), its cells as the caller says. */
function PolicyTable({ caption, city, columns, cells, sum }: { caption: string; city: CityReport; columns: string[]; cells: (p: Policy) => Array<string | number>; sum?: Array<string | number> }) {
  const t = useStrings();
  const rows: FiguresRow[] = city.policies.map((p) => ({ key: p.number, label: t.consolidate.policyName(p.number), title: policyTitle(p.report) ?? undefined, cells: cells(p) }));
  if (sum) rows.push({ key: 'sum', label: t.consolidate.cityTotal, cells: sum, total: true });
  return <FiguresTable caption={caption} head={t.consolidate.policyColumn} columns={columns} rows={rows} />;
}

export function CityView({ city, actions }: { city: CityReport; actions: ReportActions }) {
  const common = useCommonStyles();
  const styles = useReportStyles();
  const t = useStrings();
  const year = fiscalYearLabel(city.reportYear);
  const reports = city.policies.map((p) => p.report);
  const files = reports.reduce((n, r) => n + r.status.files.length, 0) + city.unreadable.length;
  const measures = reports.reduce((n, r) => n + r.measures.length, 0);
  const projects = reports.reduce((n, r) => n + r.measures.reduce((k, m) => k + m.projects.length + m.budgetOnly.length, 0), 0);
  const years = [city.reportYear - 2, city.reportYear - 1, city.reportYear].map(String);
  const total = (p: Policy, y: string) => p.report.totals[y]?.total ?? 0;
  // The list's values, then anything else written (未記入 among them), as the policy view counts them.
  const evaluations = [...new Set([...EVALUATION_VALUES, ...reports.flatMap((r) => Object.keys(r.evaluations).filter((k) => r.evaluations[k] > 0))])];
  const findings = [...reports.flatMap((r) => r.findings), ...city.findings];
  return (
    <div className={common.stack}>
      <Section level={2} title={t.consolidate.cityHeading(year)}>
        <Text>{t.consolidate.cityCounts(files, city.policies.length, measures, projects)}</Text>
        <ReportActionsBar actions={actions} />
      </Section>
      <Section title={t.consolidate.totalsHeading}>
        <Caption1 className={common.note}>{t.consolidate.cityTotalsCaption}</Caption1>
        <PolicyTable
          caption={t.consolidate.cityTotalsCaption}
          city={city}
          columns={years.map((y) => fiscalYearLabel(Number(y)))}
          cells={(p) => years.map((y) => total(p, y))}
          sum={years.map((y) => city.policies.reduce((n, p) => n + total(p, y), 0))}
        />
      </Section>
      <Section title={t.consolidate.evaluationsHeading}>
        <PolicyTable caption={t.consolidate.cityEvaluationsCaption(year)} city={city} columns={evaluations} cells={(p) => evaluations.map((v) => p.report.evaluations[v] ?? 0)} />
      </Section>
      <Section title={t.consolidate.statusHeading}>
        <PolicyTable
          caption={t.consolidate.cityStatusCaption}
          city={city}
          columns={[t.consolidate.booksColumn, t.consolidate.missingColumn, ...REVIEW_STATES]}
          cells={(p) => [p.report.status.files.length, p.report.status.missingMeasures.join('、') || t.consolidate.noneMissing, ...REVIEW_STATES.map((s) => p.report.status.reviewCounts[s])]}
        />
        {city.unreadable.length > 0 && (
          <div className={common.tight}>
            <Text weight="semibold" className={styles.problem}>
              {t.consolidate.cityUnreadable(city.unreadable.length)}
            </Text>
            <ul className={common.plainList}>
              {city.unreadable.map((u) => (
                <li key={u.file}>
                  <Text size={200} className={styles.problem}>
                    {t.consolidate.unreadable(u.file, u.problems.map((p) => t.problems[p.code]).join('、'))}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>
      <ReportFindings findings={findings} select={actions.select} />
    </div>
  );
}

// The consolidated policy report on screen: totals per measure and year, the achievement chart, evaluation
// counts, who sent what, and every finding; with the report's download and (in Excel) its sheets written here.
import type { ReactNode } from 'react';
import { Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BudgetTotals, PolicyReport } from '../../core/consolidate/types';
import { fiscalYearLabel } from '../../core/era';
import type { Outcome } from '../hooks/useBusy';
import { useStrings } from '../strings';
import { AchievementChart } from './AchievementChart';
import { OperationState, Section, useCommonStyles } from './common';
import { FindingsView } from './FindingsView';

/** The report tables' looks, shared with the city's view. */
export const useReportStyles = makeStyles({
  tableWrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  headNum: { justifyContent: 'flex-end', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  chip: {
    display: 'inline-flex',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  measureName: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
});

export const amount = (n: number) => n.toLocaleString('en-US');

export function TotalsTable({ report }: { report: PolicyReport }) {
  const styles = useReportStyles();
  const t = useStrings();
  const years = Object.keys(report.totals);
  const cells = (totals: BudgetTotals) =>
    years.map((y) => (
      <TableCell key={y} className={styles.num}>
        {amount(totals[y]?.total ?? 0)}
      </TableCell>
    ));
  return (
    <div className={styles.tableWrap}>
      <Table size="extra-small" aria-label={t.consolidate.totalsCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.consolidate.measureColumn}</TableHeaderCell>
            {years.map((y) => (
              <TableHeaderCell key={y} button={{ className: styles.headNum }}>
                {fiscalYearLabel(Number(y))}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.measures.map((m) => (
            <TableRow key={m.number}>
              <TableCell title={m.name ?? undefined}>{m.number}</TableCell>
              {cells(m.totals)}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell>{t.consolidate.policyTotal}</TableCell>
            {cells(report.totals)}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

export function EvaluationList({ report }: { report: PolicyReport }) {
  const styles = useReportStyles();
  const t = useStrings();
  const counts = Object.entries(report.evaluations).filter(([, n]) => n > 0);
  if (!counts.length) return <Text>{t.consolidate.evaluationsNone}</Text>;
  return (
    <ul className={styles.chips}>
      {counts.map(([label, n]) => (
        <li key={label} className={styles.chip}>
          <span>{label}</span>
          <strong>{n}</strong>
        </li>
      ))}
    </ul>
  );
}

export function StatusList({ report }: { report: PolicyReport }) {
  const styles = useReportStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const missing = report.status.missingMeasures;
  return (
    <div className={common.tight}>
      <Text className={missing.length ? styles.problem : undefined}>{missing.length ? t.consolidate.missingMeasures(missing.join('、')) : t.consolidate.allMeasures}</Text>
      <ul className={common.plainList}>
        {report.status.files.map((f) => (
          <li key={f.file}>
            <Text size={200} weight="semibold">
              {f.file}
            </Text>{' '}
            <Text size={200}>{t.consolidate.fileLine(f.department ?? '—', f.sheets.length)}</Text>
            {f.problems.map((p, i) => (
              <Text key={i} size={200} block className={styles.problem}>
                {t.consolidate.unreadable(f.file, t.problems[p.code])}
              </Text>
            ))}
            {f.duplicates.map((d, i) => (
              <Text key={`d${i}`} size={200} block className={styles.problem}>
                {t.consolidate.duplicate(d.sheet, d.firstFile, d.firstSheet)}
              </Text>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface ReportActions {
  busy?: string;
  outcome?: Outcome;
  download: () => void;
  /** The public website as a .zip (one policy's: absent for the city's report). */
  downloadSite?: () => void;
  /** Excel only: write the report's sheets into this workbook, `live` showing how it goes. */
  writeHere?: () => void;
  live?: ReactNode;
  writing?: boolean;
  sheetCount: number;
}

/** The report's buttons (download, site, write here), what they will do, and how the last one went. */
export function ReportActionsBar({ actions }: { actions: ReportActions }) {
  const common = useCommonStyles();
  const t = useStrings();
  return (
    <>
      <div className={common.actions}>
        <Button appearance="primary" disabled={!!actions.busy} onClick={actions.download}>
          {t.consolidate.download}
        </Button>
        {actions.downloadSite && (
          <Button disabled={!!actions.busy} onClick={actions.downloadSite}>
            {t.consolidate.downloadSite}
          </Button>
        )}
        {actions.writeHere && (
          <Button disabled={!!actions.busy || actions.writing} onClick={actions.writeHere}>
            {t.consolidate.writeHere}
          </Button>
        )}
      </div>
      <Caption1 className={common.note}>{actions.downloadSite ? t.consolidate.siteNote : t.consolidate.siteByPolicy}</Caption1>
      {actions.writeHere && <Caption1 className={common.note}>{t.consolidate.writeNote(actions.sheetCount)}</Caption1>}
      <OperationState busy={actions.busy} outcome={actions.outcome} />
      {actions.live}
    </>
  );
}

/** `policy`: the number chosen out of a city's workbooks, for a report that has no policy sheet to name it. */
export function ReportView({ report, actions, policy }: { report: PolicyReport; actions: ReportActions; policy?: string }) {
  const common = useCommonStyles();
  const t = useStrings();
  const year = fiscalYearLabel(report.reportYear);
  const projects = report.measures.reduce((n, m) => n + m.projects.length + m.budgetOnly.length, 0);
  return (
    <div className={common.stack}>
      <Section level={2} title={t.consolidate.heading(year, report.policy?.sheet.policy.number ?? policy ?? '?')}>
        <Text>{t.consolidate.counts(report.status.files.length, report.measures.length, projects)}</Text>
        <ReportActionsBar actions={actions} />
      </Section>
      <Section title={t.consolidate.totalsHeading}>
        <Caption1 className={common.note}>{t.consolidate.totalsCaption}</Caption1>
        <TotalsTable report={report} />
      </Section>
      <Section title={t.consolidate.chartHeading(year)}>
        <AchievementChart report={report} />
      </Section>
      <Section title={t.consolidate.evaluationsHeading}>
        <EvaluationList report={report} />
      </Section>
      <Section title={t.consolidate.statusHeading}>
        <StatusList report={report} />
      </Section>
      <Section title={t.findings.heading}>
        <Caption1 className={common.note}>{t.findings.consolidateHint}</Caption1>
        <FindingsView findings={report.findings} showFile />
      </Section>
    </div>
  );
}

// The consolidated policy report on screen: totals per measure and year, the achievement chart, evaluation
// counts, who sent what, and every finding; with the report's download and (in Excel) its sheets written here.
import type { ReactNode } from 'react';
import { Button, Caption1, Text } from '@fluentui/react-components';
import type { BudgetTotals, PolicyReport, SubmissionStatus } from '../../core/consolidate/types';
import { fiscalYearLabel } from '../../core/era';
import type { FindingGroup } from '../../core/findings/group';
import type { Finding } from '../../core/rules/types';
import type { Outcome } from '../hooks/useBusy';
import { useStrings } from '../strings';
import { AchievementChart } from './AchievementChart';
import { OperationState, Section, useCommonStyles } from './common';
import { FiguresTable } from './FiguresTable';
import { FindingsView } from './FindingsView';
import { useReportStyles } from './reportStyles';

export function TotalsTable({ report }: { report: PolicyReport }) {
  const t = useStrings();
  const years = Object.keys(report.totals);
  const cells = (totals: BudgetTotals) => years.map((y) => totals[y]?.total ?? 0);
  return (
    <FiguresTable
      caption={t.consolidate.totalsCaption}
      head={t.consolidate.measureColumn}
      columns={years.map((y) => fiscalYearLabel(Number(y)))}
      rows={[
        ...report.measures.map((m) => ({ key: m.number, label: m.number, title: m.name ?? undefined, cells: cells(m.totals) })),
        { key: 'total', label: t.consolidate.policyTotal, cells: cells(report.totals), total: true },
      ]}
    />
  );
}

/** How many of each value (評価, 今後の方向性, a review state), those with none left out. */
export function CountChips({ counts, label, empty }: { counts: Array<[string, number]>; label?: string; empty?: string }) {
  const styles = useReportStyles();
  const t = useStrings();
  const shown = counts.filter(([, n]) => n > 0);
  if (!shown.length) return <Text>{empty ?? t.consolidate.evaluationsNone}</Text>;
  return (
    <ul className={styles.chips} aria-label={label}>
      {shown.map(([value, n]) => (
        <li key={value} className={styles.chip}>
          <span>{value}</span>
          <strong>{n}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Each workbook with its department, sheets, and why it or a sheet was left out; `measures`: the policy's missing measure sheets. */
export function StatusList({ status, measures = true }: { status: SubmissionStatus; measures?: boolean }) {
  const styles = useReportStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const missing = status.missingMeasures;
  return (
    <div className={common.tight}>
      {measures && <Text className={missing.length ? styles.problem : undefined}>{missing.length ? t.consolidate.missingMeasures(missing.join('、')) : t.consolidate.allMeasures}</Text>}
      <ul className={common.plainList}>
        {status.files.map((f) => (
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

/** A report's findings, grouped by sheet; selecting one selects its cells when the report was made from this workbook. */
export function ReportFindings({ findings, select }: { findings: Finding[]; select?: (g: FindingGroup) => void }) {
  const common = useCommonStyles();
  const t = useStrings();
  return (
    <Section title={t.findings.heading}>
      <Caption1 className={common.note}>{select ? t.findings.selectHint : t.findings.consolidateHint}</Caption1>
      <FindingsView findings={findings} showFile onSelect={select} />
    </Section>
  );
}

export interface ReportActions {
  busy?: string;
  outcome?: Outcome;
  download: () => void;
  /** The public website as a .zip (one policy's or a form format's: absent for the city's report). */
  downloadSite?: () => void;
  /** Excel only: write the report's sheets into this workbook, `live` showing how it goes. */
  writeHere?: () => void;
  live?: ReactNode;
  writing?: boolean;
  sheetCount: number;
  /** What the write caption says when the report is not a policy's (a form format's: its own sheets). */
  notes?: { write: string };
  /** Excel, consolidated from this workbook: a finding selects its cells here. */
  select?: (g: FindingGroup) => void;
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
      {actions.writeHere && <Caption1 className={common.note}>{actions.notes?.write ?? t.consolidate.writeNote(actions.sheetCount)}</Caption1>}
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
        <CountChips counts={Object.entries(report.evaluations)} />
      </Section>
      <Section title={t.consolidate.statusHeading}>
        <StatusList status={report.status} />
      </Section>
      <ReportFindings findings={report.findings} select={actions.select} />
    </div>
  );
}

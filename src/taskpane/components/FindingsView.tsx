// Findings grouped by workbook sheet, with their severity and counts. Inside Excel a finding is a button that
// takes the user to its cell; elsewhere it shows where the cell is (sheet!cell).
import { Badge, CounterBadge, Text, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import { countBySeverity, countsText, placeText, SEVERITIES, SEVERITY_WORD } from '../../core/findings/text';
import { formatMessage } from '../../core/rules/format';
import type { Finding, Severity } from '../../core/rules/types';
import { useLang, useStrings } from '../strings';
import { useCommonStyles } from './common';

const SEVERITY_COLOR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'left',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  button: {
    border: 'none',
    backgroundColor: 'transparent',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  message: { gridColumn: '2', overflowWrap: 'anywhere' },
});

export interface FindingGroup {
  key: string;
  file: string;
  sheet?: string;
  findings: Finding[];
}

/** Consecutive groups by file and sheet, in the engine's reading order (workbook-wide findings first in each file). */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byKey = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.sheet ?? ''}`;
    let g = byKey.get(key);
    if (!g) {
      g = { key, file: f.file, sheet: f.sheet, findings: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.findings.push(f);
  }
  return groups;
}

export function SeverityCounts({ findings }: { findings: Finding[] }) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const n = countBySeverity(findings);
  return (
    <div className={styles.counts} role="status" aria-label={countsText(n, lang)}>
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance={n[s] ? 'filled' : 'outline'} color={n[s] ? SEVERITY_COLOR[s] : 'informative'} size="large">
          {SEVERITY_WORD[lang][s]} {t.count(n[s])}
        </Badge>
      ))}
    </div>
  );
}

export function FindingsView({ findings, onSelect, showFile }: { findings: Finding[]; onSelect?: (f: Finding) => void; showFile?: boolean }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  return (
    <div className={common.stack}>
      <SeverityCounts findings={findings} />
      {groupFindings(findings).map((g) => (
        <section key={g.key} className={styles.group} aria-label={`${showFile ? `${g.file} › ` : ''}${g.sheet ?? t.findings.workbookWide}`}>
          <h4 className={styles.groupHeading}>
            <span>
              {showFile ? `${g.file} › ` : ''}
              {g.sheet ?? t.findings.workbookWide}
            </span>
            <CounterBadge count={g.findings.length} color="informative" size="small" aria-label={t.count(g.findings.length)} overflowCount={999} />
          </h4>
          <ul className={common.plainList}>
            {g.findings.map((f, i) => {
              const where = placeText(f) || f.file;
              const body = (
                <>
                  <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]} size="small">
                    {SEVERITY_WORD[lang][f.severity]}
                  </Badge>
                  <span className={styles.where}>{where}</span>
                  <Text className={styles.message} size={200}>
                    {formatMessage(f, lang)}
                  </Text>
                </>
              );
              const canSelect = !!(onSelect && f.sheet && f.cell);
              return (
                <li key={i}>
                  {canSelect ? (
                    <button type="button" className={mergeClasses(styles.row, styles.button)} onClick={() => onSelect!(f)}>
                      {body}
                    </button>
                  ) : (
                    <div className={styles.row}>{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

// Findings by workbook sheet, with their severity and counts, a row's neighbouring cells as one finding that opens
// to its cells. Inside Excel a finding is a button that selects its cells; elsewhere it shows where they are (sheet!F18:H18).
import { useState } from 'react';
import { Badge, Button, CounterBadge, Text, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import { groupFindings, groupMessage, type FindingGroup } from '../../core/findings/group';
import { cellsNote, countBySeverity, countsText, placeText, SEVERITIES, SEVERITY_WORD } from '../../core/findings/text';
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
  cells: { paddingLeft: tokens.spacingHorizontalL },
});

interface SheetSection {
  key: string;
  file: string;
  sheet?: string;
  groups: FindingGroup[];
}

/** Findings by file and sheet, in the engine's reading order (workbook-wide findings first in each file). */
function sheetSections(groups: FindingGroup[]): SheetSection[] {
  const sections = new Map<string, SheetSection>();
  for (const g of groups) {
    const key = `${g.file}\u0000${g.sheet ?? ''}`;
    const section = sections.get(key) ?? { key, file: g.file, sheet: g.sheet, groups: [] };
    sections.set(key, section);
    section.groups.push(g);
  }
  return [...sections.values()];
}

/** Counts of the findings as listed (a row's neighbouring cells once), saying the cells' count when it differs. */
export function SeverityCounts({ findings }: { findings: Finding[] }) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const groups = groupFindings(findings);
  const n = countBySeverity(groups);
  return (
    <div className={styles.counts} role="status" aria-label={countsText(n, lang) + cellsNote(groups.length, findings.length, lang)}>
      {SEVERITIES.map((s) => (
        <Badge key={s} appearance={n[s] ? 'filled' : 'outline'} color={n[s] ? SEVERITY_COLOR[s] : 'informative'} size="large">
          {SEVERITY_WORD[lang][s]} {t.count(n[s])}
        </Badge>
      ))}
    </div>
  );
}

export function FindingsView({ findings, onSelect, showFile }: { findings: Finding[]; onSelect?: (g: FindingGroup) => void; showFile?: boolean }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = useStrings();
  return (
    <div className={common.stack}>
      <SeverityCounts findings={findings} />
      {sheetSections(groupFindings(findings)).map((s) => (
        <section key={s.key} className={styles.group} aria-label={`${showFile ? `${s.file} › ` : ''}${s.sheet ?? t.findings.workbookWide}`}>
          <h4 className={styles.groupHeading}>
            <span>
              {showFile ? `${s.file} › ` : ''}
              {s.sheet ?? t.findings.workbookWide}
            </span>
            <CounterBadge count={s.groups.length} color="informative" size="small" aria-label={t.count(s.groups.length)} overflowCount={999} />
          </h4>
          <ul className={common.plainList}>
            {s.groups.map((g, i) => (
              <li key={i}>
                <GroupEntry group={g} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One finding as listed: a button to its cells inside Excel; a group of cells opens to show each cell's own message. */
function GroupEntry({ group, onSelect }: { group: FindingGroup; onSelect?: (g: FindingGroup) => void }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const body = (
    <>
      <Badge appearance="tint" color={SEVERITY_COLOR[group.severity]} size="small">
        {SEVERITY_WORD[lang][group.severity]}
      </Badge>
      <span className={styles.where}>{placeText({ sheet: group.sheet, cell: group.range }) || group.file}</span>
      <Text className={styles.message} size={200}>
        {groupMessage(group, lang)}
      </Text>
    </>
  );
  return (
    <>
      {onSelect && group.sheet && group.range ? (
        <button type="button" className={mergeClasses(styles.row, styles.button)} onClick={() => onSelect(group)}>
          {body}
        </button>
      ) : (
        <div className={styles.row}>{body}</div>
      )}
      {group.cells.length > 1 && (
        <>
          <Button appearance="transparent" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t.findings.cells(group.cells.length)}
          </Button>
          {open && (
            <ul className={mergeClasses(common.plainList, styles.cells)}>
              {group.findings.map((f, i) => (
                <li key={i} className={styles.row}>
                  <span className={styles.where}>{placeText(f)}</span>
                  <Text className={styles.message} size={200}>
                    {formatMessage(f, lang)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

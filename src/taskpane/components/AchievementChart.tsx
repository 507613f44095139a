// The outcome indicators' achievement in the report year as horizontal bars (no chart library): one bar per
// indicator, coloured by its status, with its rate and status in words so colour is never the only signal.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { AchievementStatus, PolicyReport } from '../../core/consolidate/types';
import { useStrings } from '../strings';

export interface ChartItem {
  measure: string;
  name: string;
  rate?: number;
  status: AchievementStatus;
}

/** Every outcome indicator of every measure, as achieved in the report year. */
export function chartItems(report: PolicyReport): ChartItem[] {
  return report.measures.flatMap((m) =>
    m.outcomes.map((o) => {
      const y = o.years.find((year) => year.year === report.reportYear);
      return { measure: o.measure, name: o.name, rate: y?.rate, status: y?.status ?? '未入力' };
    }),
  );
}

export const STATUS_FILL: Record<AchievementStatus, string> = {
  順調: tokens.colorPaletteGreenBackground3,
  やや遅れ: tokens.colorPaletteMarigoldBackground3,
  遅れ: tokens.colorPaletteRedBackground3,
  測定不能: tokens.colorNeutralStroke1,
  未入力: tokens.colorNeutralStroke1,
};

const STATUSES: AchievementStatus[] = ['順調', 'やや遅れ', '遅れ', '測定不能', '未入力'];

const WIDTH = 320;
const ROW = 38;
const TOP = 18;
const VALUE_SPACE = 96;
const MAX_LABEL = 24;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', fontFamily: tokens.fontFamilyBase, overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  value: { fill: tokens.colorNeutralForeground1, fontSize: '11px', fontWeight: tokens.fontWeightSemibold },
  muted: { fill: tokens.colorNeutralForeground3, fontSize: '11px' },
  axis: { stroke: tokens.colorNeutralForeground2, strokeWidth: 1.5, strokeDasharray: '2 2' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusSmall, verticalAlign: 'middle' },
});

export function AchievementChart({ report }: { report: PolicyReport }) {
  const styles = useStyles();
  const t = useStrings();
  const items = chartItems(report);
  if (!items.length) return <p>{t.consolidate.chartEmpty}</p>;
  const counts = STATUSES.map((s) => [s, items.filter((i) => i.status === s).length] as const).filter(([, n]) => n > 0);
  const summary = counts.map(([s, n]) => `${t.achievement[s]} ${n}`).join(' / ');
  const maxRate = Math.min(2, Math.max(1.2, ...items.map((i) => i.rate ?? 0)));
  const barMax = WIDTH - VALUE_SPACE;
  const x = (rate: number) => (Math.min(rate, maxRate) / maxRate) * barMax;
  const height = TOP + items.length * ROW;
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t.consolidate.chartLabel(items.length, summary)}>
        <text className={styles.muted} x={x(1)} y={11} textAnchor="middle">
          {t.consolidate.chartTarget}
        </text>
        {items.map((item, i) => {
          const y = TOP + i * ROW;
          const label = `${item.measure} ${item.name}`;
          const shown = [...label].length > MAX_LABEL ? `${[...label].slice(0, MAX_LABEL - 1).join('')}…` : label;
          const status = t.achievement[item.status];
          const barY = y + 16;
          return (
            <g key={i}>
              <title>{`${label}: ${item.rate !== undefined ? `${Math.round(item.rate * 100)}% ` : ''}${status}`}</title>
              <text className={styles.label} x={0} y={y + 11}>
                {shown}
              </text>
              {item.rate !== undefined ? (
                <>
                  <rect x={0} y={barY} width={Math.max(2, x(item.rate))} height={14} rx={2} style={{ fill: STATUS_FILL[item.status] }} />
                  <text className={styles.value} x={WIDTH} y={barY + 11} textAnchor="end">
                    {`${Math.round(item.rate * 100)}% ${status}`}
                  </text>
                </>
              ) : (
                <>
                  <rect x={0} y={barY} width={barMax} height={14} rx={2} style={{ fill: 'none', stroke: STATUS_FILL[item.status], strokeDasharray: '4 3' }} />
                  <text className={styles.muted} x={WIDTH} y={barY + 11} textAnchor="end">
                    {status}
                  </text>
                </>
              )}
              {/* The plan (100%) as a short mark across each bar, not across the labels. */}
              <line className={styles.axis} x1={x(1)} x2={x(1)} y1={barY - 3} y2={barY + 17} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {(['順調', 'やや遅れ', '遅れ'] as const).map((s) => (
            <li key={s}>
              <span className={styles.swatch} style={{ backgroundColor: STATUS_FILL[s] }} aria-hidden="true" />
              {t.achievement[s]}
            </li>
          ))}
        </ul>
        <p style={{ margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 }}>{t.consolidate.chartLegend}</p>
      </figcaption>
    </figure>
  );
}

// Fiscal years: read era and western forms, write era labels as the printed report does.
import { toHalfWidth } from './text';

const ERAS = [
  { name: '令和', letter: 'R', start: 2019 },
  { name: '平成', letter: 'H', start: 1989 },
  { name: '昭和', letter: 'S', start: 1926 },
] as const;

/** Each era's label pattern, built once (every sheet's year cells are read with it). */
const ERA_LABELS = ERAS.map((era) => ({ start: era.start, pattern: new RegExp(`^(?:${era.name}|${era.letter})(元|\\d{1,2})(?:年度?)?$`, 'i') }));

/**
 * The fiscal year a label names, as the western year it starts in: 平成31年度, 令和元年度, 2019年度,
 * FY2019, R1 and ２０１９ all give 2019. Undefined when the text names no year.
 */
export function parseFiscalYear(label: unknown): number | undefined {
  if (typeof label === 'number') return Number.isInteger(label) && label >= 1900 && label <= 2200 ? label : undefined;
  if (typeof label !== 'string') return undefined;
  const s = toHalfWidth(label).replace(/\s+/g, '');
  const western = /^(?:FY)?(\d{4})(?:年度?)?$/i.exec(s);
  if (western) return Number(western[1]);
  for (const era of ERA_LABELS) {
    const m = era.pattern.exec(s);
    if (m) return era.start - 1 + (m[1] === '元' ? 1 : Number(m[1]));
  }
  return undefined;
}

/** The era label of a fiscal year: 2019 → 令和元年度, 2018 → 平成30年度, 2020 → 令和2年度. */
export function fiscalYearLabel(year: number): string {
  const era = ERAS.find((e) => year >= e.start) ?? ERAS[ERAS.length - 1];
  const n = year - era.start + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}

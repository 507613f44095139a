// Where each page of the published site lives, relative to the site's root.
import type { MeasureSection } from '../core/consolidate/types';

/** A measure number as a file name: `6-1` stays, anything but letters, digits and hyphens becomes `_`. */
function slug(number: string): string {
  return number.replace(/[^A-Za-z0-9-]/g, '_') || '_';
}

export function measurePath(m: MeasureSection): string {
  return `measures/${slug(m.number)}.html`;
}

/** The i-th project (from 0) of a measure in the report's order, budget-only projects last. */
export function projectPath(m: MeasureSection, i: number): string {
  return `projects/${slug(m.number)}-${String(i + 1).padStart(2, '0')}.html`;
}

export const DATA_FILES = {
  projects: 'data/projects.csv',
  indicators: 'data/indicators.csv',
  measures: 'data/measures.csv',
  report: 'data/report.json',
} as const;

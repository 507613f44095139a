// Where each page of the published site lives, relative to the site's root.
import type { MeasureSection } from '../core/consolidate/types';

/** A measure number or group key as a file name: `6-1` stays, anything but letters, digits and hyphens becomes `_`. */
function slug(number: string): string {
  return number.replace(/[^A-Za-z0-9-]/g, '_') || '_';
}

export function measurePath(m: MeasureSection): string {
  return `measures/${slug(m.number)}.html`;
}

/** The i-th project (from 0) of a measure in the report's order, budget-only projects last. */
export function projectPath(m: MeasureSection, i: number): string {
  return sheetPath(m.number, i);
}

/** A form format's group (施策 `06-01`) by its key. */
export function groupPath(key: string): string {
  return `groups/${slug(key)}.html`;
}

/** The i-th sheet (from 0) of a measure or a form format's group, in the report's order. */
export function sheetPath(key: string, i: number): string {
  return `projects/${slug(key)}-${String(i + 1).padStart(2, '0')}.html`;
}

export const DATA_FILES = {
  projects: 'data/projects.csv',
  indicators: 'data/indicators.csv',
  measures: 'data/measures.csv',
  report: 'data/report.json',
  /** A form format's: a row per sheet and year, its summed and counted fields (the report's 集計のもと). */
  sheets: 'data/sheets.csv',
} as const;

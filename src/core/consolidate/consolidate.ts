// Builds the policy report from the departments' workbooks: the seed's order, totals, achievement,
// evaluation counts, who sent what, and every finding. Duplicates are reported, never merged.
import { EVALUATION_VALUES, kindOf, type BudgetOnlyProject, type MeasureSheet, type PolicySheet, type ProjectSheet, type Sheet } from '../model';
import { textKey } from '../keys';
import { numberOf } from '../numbers';
import { countByState } from '../review/status';
import { reportYearOf } from '../jobs/reportYear';
import { checkWorkbooks } from '../rules/engine';
import type { RuleContext } from '../rules/types';
import type { WorkbookRead } from '../source';
import { titleOf } from '../sheetTitle';
import { squeeze } from '../text';
import { outcomeAchievement } from './achievement';
import { addBudget, addSums, emptySums, totalsOf, type BudgetSums } from './budgetTotals';
import { takeInOrder } from './take';
import type { EvaluationCounts, FileStatus, MeasureSection, PolicyReport, Sourced } from './types';

export function consolidate(workbooks: WorkbookRead[], ctx: RuleContext = {}): PolicyReport {
  const taken = takeSheets(workbooks);
  const policy = taken.policies[0];
  const reportYear = reportYearOf(workbooks, ctx.reportYear) ?? 0;
  const byMeasure = sheetsByMeasure(taken);
  const sums = emptySums([reportYear - 2, reportYear - 1, reportYear]);
  const measures = measureNumbers(policy?.sheet, taken).map((n) => measureSection(n, byMeasure.get(n), reportYear, sums));
  return {
    reportYear,
    policy,
    measures,
    totals: totalsOf(sums),
    evaluations: policyEvaluations(measures),
    status: { files: taken.files, reviewCounts: countByState(taken.files.flatMap((f) => f.sheets.map((s) => s.review))), missingMeasures: (policy?.sheet.measures ?? []).map((m) => m.number ?? '').filter((n) => n && !byMeasure.get(n)?.sheet) },
    findings: checkWorkbooks(workbooks, { ...ctx, reportYear }),
  };
}

interface Taken {
  policies: Sourced<PolicySheet>[];
  measures: Sourced<MeasureSheet>[];
  projects: Sourced<ProjectSheet>[];
  budgetOnly: Sourced<BudgetOnlyProject>[];
  files: FileStatus[];
}

/** Every sheet once, in the order received; a repeat of a project or measure is set aside as a duplicate. */
function takeSheets(workbooks: WorkbookRead[]): Taken {
  const { taken: sheets, files } = takeInOrder(workbooks, (read) => ({ sheet: read.sheet, key: identity(read.sheet), title: titleOf(read.sheet), kind: kindOf(read.sheet) }));
  const taken: Taken = { policies: [], measures: [], projects: [], budgetOnly: [], files };
  for (const s of sheets) file(taken, s);
  return taken;
}

/** Each sheet in its kind's list, as taken (a Sourced of a sheet of that kind). */
function file(taken: Taken, s: Sourced<Sheet>): void {
  const kind = s.sheet.kind;
  if (kind === 'policy') taken.policies.push(s as Sourced<PolicySheet>);
  else if (kind === 'measure') taken.measures.push(s as Sourced<MeasureSheet>);
  else if (kind === 'project') taken.projects.push(s as Sourced<ProjectSheet>);
  else if (kind === 'budget-only') taken.budgetOnly.push(s as Sourced<BudgetOnlyProject>);
}

/** What makes two sheets the same submission: the policy or measure number, or a project's name and account. */
function identity(s: Sheet): string {
  if (s.kind === 'policy') return `policy ${s.policy.number}`;
  if (s.kind === 'measure') return `measure ${s.measure.number}`;
  if (s.kind === 'form') return `${s.form} ${squeeze(titleOf(s))}`;
  return `project ${textKey(s.name)} ${textKey(s.account)}`;
}

/** The policy's measures in its order, then any other measure a sheet names, in number order. */
function measureNumbers(policy: PolicySheet | undefined, taken: Taken): string[] {
  const listed = (policy?.measures ?? []).map((m) => m.number).filter((n): n is string => !!n);
  const named = [...taken.measures, ...taken.projects, ...taken.budgetOnly].map((s) => s.sheet.measure.number).filter((n): n is string => !!n);
  const others = [...new Set(named)].filter((n) => !listed.includes(n)).sort(inNumberOrder);
  return [...new Set(listed), ...others];
}

/**
 * Japanese order with numbers compared as numbers: what `a.localeCompare(b, 'ja', { numeric: true })` does, with
 * its collator made once (localeCompare with a locale makes one at every call: most of sorting a city's sheets).
 */
const JA_NUMERIC = new Intl.Collator('ja', { numeric: true });

/** 6-2 before 6-10 (and policy 2 before 12, 2総務費 before 12公債費). */
export function inNumberOrder(a: string, b: string): number {
  return JA_NUMERIC.compare(a, b);
}

/** One measure's sheets, in the order taken. */
interface MeasureSheets {
  sheet?: Sourced<MeasureSheet>;
  projects: Sourced<ProjectSheet>[];
  budgetOnly: Sourced<BudgetOnlyProject>[];
}

/**
 * Each measure's sheets from one pass over the taken sheets (each measure finding and filtering all of a
 * policy's sheets again was most of measureSection's time). The first measure sheet of a number is its sheet.
 */
function sheetsByMeasure(taken: Taken): Map<string, MeasureSheets> {
  const byMeasure = new Map<string, MeasureSheets>();
  const of = (number: string | null) => {
    const key = number ?? '';
    let own = byMeasure.get(key);
    if (!own) byMeasure.set(key, (own = { projects: [], budgetOnly: [] }));
    return own;
  };
  for (const m of taken.measures) {
    const own = of(m.sheet.measure.number);
    own.sheet ??= m;
  }
  for (const p of taken.projects) of(p.sheet.measure.number).projects.push(p);
  for (const p of taken.budgetOnly) of(p.sheet.measure.number).budgetOnly.push(p);
  return byMeasure;
}

/** One measure's section; its amounts are added to the policy's `policySums` (measure by measure, as the report adds them). */
function measureSection(number: string, own: MeasureSheets | undefined, reportYear: number, policySums: BudgetSums): MeasureSection {
  const { sheet, projects, budgetOnly } = own ?? { projects: [], budgetOnly: [] };
  const sums = emptySums(policySums.years);
  for (const p of projects) addBudget(sums, p.sheet.budget);
  for (const p of budgetOnly) addBudget(sums, p.sheet.budget);
  addSums(policySums, sums);
  return {
    number,
    name: sheet?.sheet.measure.name ?? projects[0]?.sheet.measure.name ?? budgetOnly[0]?.sheet.measure.name ?? null,
    sheet,
    projects: inReportOrder(projects),
    budgetOnly: byAccount(budgetOnly),
    totals: totalsOf(sums),
    evaluations: countEvaluations(projects),
    outcomes: (sheet?.sheet.outcomes ?? []).filter((o) => o.name).map((o) => outcomeAchievement(number, o, reportYear)),
  };
}

/**
 * Ranked projects by 施策内順位, then the unranked ones by account as the printed report lists them, so the
 * report does not depend on the order in which files or sheets arrived (ties keep that order).
 */
function inReportOrder(projects: Sourced<ProjectSheet>[]): Sourced<ProjectSheet>[] {
  // Each project's rank read once, not at every comparison.
  const ranked: Array<{ item: Sourced<ProjectSheet>; key: number }> = [];
  const unranked: Sourced<ProjectSheet>[] = [];
  for (const p of projects) {
    const n = numberOf(p.sheet.rank);
    if (n !== undefined && Number.isInteger(n) && n > 0) ranked.push({ item: p, key: n });
    else unranked.push(p);
  }
  return [...sortByKey(ranked, (a, b) => a - b), ...byAccount(unranked)];
}

/** By 会計・款・項・目 with numbers compared as numbers (2総務費 before 12公債費). */
function byAccount<S extends ProjectSheet | BudgetOnlyProject>(projects: Sourced<S>[]): Sourced<S>[] {
  return sortByKey(
    projects.map((p) => ({ item: p, key: p.sheet.account ?? '' })),
    inNumberOrder,
  );
}

/** Items by keys computed once each; ties keep the items' order (Array.prototype.sort is stable). Sorts `keyed`. */
function sortByKey<T, K>(keyed: Array<{ item: T; key: K }>, compare: (a: K, b: K) => number): T[] {
  return keyed.sort((a, b) => compare(a.key, b.key)).map((x) => x.item);
}

/** Evaluations in the order of the list (拡充, 維持, …), then anything else as written. */
function countEvaluations(projects: readonly Sourced<ProjectSheet>[]): EvaluationCounts {
  const counts: EvaluationCounts = Object.fromEntries(EVALUATION_VALUES.map((v) => [v, 0]));
  for (const p of projects) {
    const key = p.sheet.evaluation === null ? '未記入' : String(p.sheet.evaluation);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The policy's evaluations: its measures' counts added up, when they count only the list's (their keys then in the
 * list's order, as counting again would give, without going through every project again); otherwise counted again
 * over the projects in the report's order, which places anything else where it first appears.
 */
function policyEvaluations(measures: MeasureSection[]): EvaluationCounts {
  const counts: EvaluationCounts = Object.fromEntries(EVALUATION_VALUES.map((v) => [v, 0]));
  for (const m of measures) {
    for (const key in m.evaluations) {
      if (!LISTED_EVALUATIONS.has(key)) return countEvaluations(measures.flatMap((x) => x.projects));
      counts[key] += m.evaluations[key];
    }
  }
  return counts;
}

const LISTED_EVALUATIONS: ReadonlySet<string> = new Set(EVALUATION_VALUES);

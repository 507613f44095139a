// Checking a format definition before it is used: the schema, then what the schema cannot see (unknown rule ids,
// names that rules, required lists or totals refer to but no sheet has, duplicate names, blocks that do not build,
// cells outside the sheet or on top of each other). `seika format check` prints them; every command that takes
// --format refuses a definition with any.
import { z } from 'zod';
import { colLetters, parseRange } from '../cells';
import type { Layout } from '../layout/types';
import { RULES } from '../rules';
import { formatPath } from '../submission';
import { buildLayout } from './buildLayout';
import { fieldNames, parseAssertion } from './expression';
import { isBuiltinKind } from '../model';
import { RULE_PARAMS } from './ruleParamSchemas';
import { FormatDefinition, type BlockSpec, type RuleSpec, type SheetSpec } from './schema';

/** One mistake: where in the definition (`sheets[2].required`), and what, in Japanese then English. */
export interface DefinitionProblem {
  at: string;
  message: string;
}

export type DefinitionResult = { ok: true; definition: FormatDefinition } | { ok: false; problems: DefinitionProblem[] };

/** `sheets[2].required: project に欄 Budget がありません / no field Budget on project`. */
export function problemText({ at, message }: DefinitionProblem): string {
  return `${at}: ${message}`;
}

const BUILTIN_IDS = new Set(RULES.map((r) => r.id));

/** A name as rules and totals write it: `Total` stands for its year columns `Total_1`, `Total_2`, … */
function hasName(names: Set<string>, name: string): boolean {
  return names.has(name) || names.has(`${name}_1`);
}

function layoutsOrProblems(def: FormatDefinition): { layouts: Layout[]; problems: DefinitionProblem[] } {
  const layouts: Layout[] = [];
  const problems: DefinitionProblem[] = [];
  def.sheets.forEach((sheet, i) => {
    try {
      layouts.push(buildLayout(def, sheet));
    } catch (e) {
      problems.push({ at: `sheets[${i}] (${sheet.kind})`, message: (e as Error).message });
    }
  });
  return { layouts, problems };
}

function duplicateNames(layout: Layout): DefinitionProblem[] {
  const seen = new Set<string>();
  const names = [...layout.fields.map((f) => f.name), ...layout.formulas.map((f) => f.name)];
  return [...new Set(names.filter((n) => seen.has(n) || !seen.add(n)))].map((n) => ({ at: layout.kind, message: `名前 ${n} が重複しています / the name ${n} is used twice` }));
}

function assertNames(text: string): string[] {
  const parsed = parseAssertion(text);
  return parsed.ok ? [...fieldNames(parsed.value.left), ...fieldNames(parsed.value.right)] : [];
}

function ruleProblems(rule: RuleSpec, i: number, namesOf: (kind: string) => Set<string>): DefinitionProblem[] {
  const at = `rules[${i}]`;
  if (rule.type === 'builtin') return BUILTIN_IDS.has(rule.id) ? paramProblems(rule, i) : [{ at, message: `組み込みルール ${rule.id} はありません / no built-in rule ${rule.id}` }];
  const names = namesOf(rule.sheet);
  const used = rule.type === 'assert' ? [rule.at, ...assertNames(rule.assert)] : [rule.field, rule.when.field];
  return used.filter((n) => !hasName(names, n)).map((n) => ({ at: `${at} (${rule.id})`, message: `${rule.sheet} に欄 ${n} がありません / no field ${n} on ${rule.sheet}` }));
}

/** A built-in rule's parameters against its schema: the rule uses them as they are (ruleParams.ts), so they are checked here. */
function paramProblems(rule: Extract<RuleSpec, { type: 'builtin' }>, i: number): DefinitionProblem[] {
  const schema: z.ZodType | undefined = RULE_PARAMS[rule.id as keyof typeof RULE_PARAMS];
  const parsed = schema?.safeParse(rule.params ?? {}, { error: bilingual });
  return parsed && !parsed.success ? parsed.error.issues.map((issue) => ({ at: formatPath(['rules', i, 'params', ...issue.path]), message: issue.message })) : [];
}

const JA = z.locales.ja().localeError;
const EN = z.locales.en().localeError;
type Issue = Parameters<typeof JA>[0];
const text = (m: ReturnType<typeof JA>) => (typeof m === 'string' ? m : (m?.message ?? ''));
/** zod's own messages in Japanese, then English (the schema's own messages are already in both). */
const bilingual = (issue: Issue) => `${text(JA(issue))} / ${text(EN(issue))}`;

/** Everything wrong with a definition, each as `where: 日本語 / English`; or the definition, ready to use. */
export function checkDefinition(json: unknown): DefinitionResult {
  const parsed = FormatDefinition.safeParse(json, { error: bilingual });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ at: formatPath(i.path), message: i.message })) };
  const def = parsed.data;
  const { layouts, problems } = layoutsOrProblems(def);
  const namesOf = (kind: string) => new Set(layouts.filter((l) => l.kind === kind).flatMap((l) => [...l.fields.map((f) => f.name), ...l.formulas.map((f) => f.name)]));
  const allNames = new Set(layouts.flatMap((l) => [...l.fields.map((f) => f.name), ...l.formulas.map((f) => f.name)]));
  const kinds = def.sheets.map((s) => s.kind);
  problems.push(
    ...kinds.filter((k, i) => kinds.indexOf(k) !== i).map((k) => ({ at: 'sheets', message: `${k} が二つあります / two ${k} sheets` })),
    ...layouts.flatMap(duplicateNames),
    ...def.sheets.flatMap((s, i) => layouts.filter((l) => l.kind === s.kind).flatMap((l) => fitProblems(l, i, s))),
    ...def.sheets.flatMap((s, i) => pathProblems(def, s, i)),
    ...def.sheets.flatMap((s, i) => s.required.filter((n) => !namesOf(s.kind).has(n)).map((n) => ({ at: `sheets[${i}].required`, message: `${s.kind} に欄 ${n} がありません / no field ${n} on ${s.kind}` }))),
    ...def.rules.flatMap((r, i) => ruleProblems(r, i, namesOf)),
    ...consolidationNames(def).filter((n) => !hasName(allNames, n)).map((n) => ({ at: 'consolidation', message: `欄 ${n} がどのシートにもありません / no sheet has a field ${n}` })),
  );
  return problems.length ? { ok: false, problems } : { ok: true, definition: def };
}

/** A built-in kind's fields say where their value lives in the model; a format's own kind has no model but its names. */
function pathProblems(def: FormatDefinition, sheet: SheetSpec, i: number): DefinitionProblem[] {
  if (isBuiltinKind(sheet.kind)) return [];
  const blocks = sheet.blocks.flatMap((b): BlockSpec[] => ('use' in b ? (def.blocks?.[b.use] ? [def.blocks[b.use]] : []) : [b]));
  const withPath = blocks.flatMap((b) => (b.fields ?? []).flatMap((f) => ('eachYear' in f ? f.fields : [f]))).filter((f) => f.path);
  return withPath.map((f) => ({ at: `sheets[${i}] (${sheet.kind})`, message: `欄 ${f.name} の path は組み込みの種類だけのものです / ${f.name}: only the built-in kinds' fields have a path` }));
}

function consolidationNames(def: FormatDefinition): string[] {
  const c = def.consolidation;
  const group = 'field' in c.groupBy ? c.groupBy.field : c.groupBy.codePrefix.field;
  const counted = c.counts.flatMap((n) => ('field' in n ? [n.field] : n.fields));
  const listed = (c.lists ?? []).flatMap((l) => [l.where.field, ...l.columns]);
  // A form's indicators are named per slot: Outcome{n}Rate stands for Outcome1Rate, Outcome2Rate, …
  const achieved = c.achievement?.rate ? [c.achievement.indicator, c.achievement.rate, ...(c.achievement.from ?? [])].map((n) => n.replace('{n}', '1')) : [];
  return [group, ...achieved, ...(c.group?.name ? [c.group.name] : []), ...(c.key ?? []), ...c.totals.flatMap((t) => t.fields), ...counted, ...listed];
}

/**
 * Whether the sheet's cells fit its page: every label, field and formula within its `lastRow` rows and its
 * `columnWidths` columns (the review cell sits below the form, so only its columns count), and no two on one cell
 * (the later would overwrite the earlier when the template is drawn).
 */
function fitProblems(layout: Layout, i: number, sheet: SheetSpec): DefinitionProblem[] {
  const at = `sheets[${i}] (${layout.kind})`;
  const parts = [
    ...layout.labels.map((l) => ({ range: l.range, what: `「${l.text}」`, inForm: true })),
    ...layout.fields.map((f) => ({ range: f.range, what: f.name, inForm: true })),
    ...layout.formulas.map((f) => ({ range: f.range, what: f.name, inForm: true })),
    ...(layout.review ? [{ range: layout.review.label.range, what: `「${layout.review.label.text}」`, inForm: false }, { range: layout.review.range, what: 'review', inForm: false }] : []),
  ];
  const problems: DefinitionProblem[] = [];
  const taken = new Map<string, string>();
  for (const { range, what, inForm } of parts) {
    const { from, to } = parseRange(range);
    if (to.col > sheet.columnWidths.length) problems.push({ at, message: `${what} の ${range} が列幅 (columnWidths) の ${colLetters(sheet.columnWidths.length)} 列より右にあります / ${what} at ${range} is right of the last column ${colLetters(sheet.columnWidths.length)}` });
    if (inForm && to.row > sheet.lastRow) problems.push({ at, message: `${what} の ${range} が lastRow (${sheet.lastRow} 行) より下にあります / ${what} at ${range} is below lastRow ${sheet.lastRow}` });
    const overlap = cellsOf(from, to).find((cell) => taken.has(cell));
    if (overlap) problems.push({ at, message: `${what} の ${range} が ${taken.get(overlap)} と同じセル ${overlap} にあります / ${what} at ${range} shares cell ${overlap} with ${taken.get(overlap)}` });
    for (const cell of cellsOf(from, to)) if (!taken.has(cell)) taken.set(cell, what);
  }
  return problems;
}

function cellsOf(from: { row: number; col: number }, to: { row: number; col: number }): string[] {
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++) for (let col = from.col; col <= to.col; col++) cells.push(`${colLetters(col)}${row}`);
  return cells;
}

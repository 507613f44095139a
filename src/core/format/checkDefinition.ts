// Checking a format definition before it is used: the schema, then what the schema cannot see (unknown rule ids,
// names that rules, required lists or totals refer to but no sheet has, duplicate names, blocks that do not build).
import { z } from 'zod';
import type { Layout } from '../layout/types';
import { RULES } from '../rules';
import { formatPath } from '../submission';
import { buildLayout } from './buildLayout';
import { fieldNames, parseAssertion } from './expression';
import { isBuiltinKind } from '../model';
import { FormatDefinition, type BlockSpec, type RuleSpec, type SheetSpec } from './schema';

export type DefinitionResult = { ok: true; definition: FormatDefinition } | { ok: false; problems: string[] };

const BUILTIN_IDS = new Set(RULES.map((r) => r.id));

/** A name as rules and totals write it: `Total` stands for its year columns `Total_1`, `Total_2`, … */
function hasName(names: Set<string>, name: string): boolean {
  return names.has(name) || names.has(`${name}_1`);
}

function layoutsOrProblems(def: FormatDefinition): { layouts: Layout[]; problems: string[] } {
  const layouts: Layout[] = [];
  const problems: string[] = [];
  def.sheets.forEach((sheet, i) => {
    try {
      layouts.push(buildLayout(def, sheet));
    } catch (e) {
      problems.push(`sheets[${i}] (${sheet.kind}): ${(e as Error).message}`);
    }
  });
  return { layouts, problems };
}

function duplicateNames(layout: Layout): string[] {
  const seen = new Set<string>();
  const names = [...layout.fields.map((f) => f.name), ...layout.formulas.map((f) => f.name)];
  return [...new Set(names.filter((n) => seen.has(n) || !seen.add(n)))].map((n) => `${layout.kind}: 名前 ${n} が重複しています / the name ${n} is used twice`);
}

function assertNames(text: string): string[] {
  const parsed = parseAssertion(text);
  return parsed.ok ? [...fieldNames(parsed.value.left), ...fieldNames(parsed.value.right)] : [];
}

function ruleProblems(rule: RuleSpec, i: number, namesOf: (kind: string) => Set<string>): string[] {
  const at = `rules[${i}]`;
  if (rule.type === 'builtin') return BUILTIN_IDS.has(rule.id) ? [] : [`${at}: 組み込みルール ${rule.id} はありません / no built-in rule ${rule.id}`];
  const names = namesOf(rule.sheet);
  const used = rule.type === 'assert' ? [rule.at, ...assertNames(rule.assert)] : [rule.field, rule.when.field];
  return used.filter((n) => !hasName(names, n)).map((n) => `${at} (${rule.id}): ${rule.sheet} に欄 ${n} がありません / no field ${n} on ${rule.sheet}`);
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
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
  const def = parsed.data;
  const { layouts, problems } = layoutsOrProblems(def);
  const namesOf = (kind: string) => new Set(layouts.filter((l) => l.kind === kind).flatMap((l) => [...l.fields.map((f) => f.name), ...l.formulas.map((f) => f.name)]));
  const allNames = new Set(layouts.flatMap((l) => [...l.fields.map((f) => f.name), ...l.formulas.map((f) => f.name)]));
  const kinds = def.sheets.map((s) => s.kind);
  problems.push(
    ...kinds.filter((k, i) => kinds.indexOf(k) !== i).map((k) => `sheets: ${k} が二つあります / two ${k} sheets`),
    ...layouts.flatMap(duplicateNames),
    ...def.sheets.flatMap((s, i) => pathProblems(def, s, i)),
    ...def.sheets.flatMap((s, i) => s.required.filter((n) => !namesOf(s.kind).has(n)).map((n) => `sheets[${i}].required: ${s.kind} に欄 ${n} がありません / no field ${n} on ${s.kind}`)),
    ...def.rules.flatMap((r, i) => ruleProblems(r, i, namesOf)),
    ...consolidationNames(def).filter((n) => !hasName(allNames, n)).map((n) => `consolidation: 欄 ${n} がどのシートにもありません / no sheet has a field ${n}`),
  );
  return problems.length ? { ok: false, problems } : { ok: true, definition: def };
}

/** A built-in kind's fields say where their value lives in the model; a format's own kind has no model but its names. */
function pathProblems(def: FormatDefinition, sheet: SheetSpec, i: number): string[] {
  if (isBuiltinKind(sheet.kind)) return [];
  const blocks = sheet.blocks.flatMap((b): BlockSpec[] => ('use' in b ? (def.blocks?.[b.use] ? [def.blocks[b.use]] : []) : [b]));
  const withPath = blocks.flatMap((b) => (b.fields ?? []).flatMap((f) => ('eachYear' in f ? f.fields : [f]))).filter((f) => f.path);
  return withPath.map((f) => `sheets[${i}] (${sheet.kind}): 欄 ${f.name} の path は組み込みの種類だけのものです / ${f.name}: only the built-in kinds' fields have a path`);
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

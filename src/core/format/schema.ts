// A report format as data: the zod schema of a format definition file (formats/*.json), which is both the
// TypeScript type and the check of a city's file; docs/format.schema.json is generated from it for editors.
import { z } from 'zod';
import { parseAssertion, parseExpression } from './expression';

const Range = z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/, 'セル範囲は A1 または A1:H2 の形 / a cell such as A1 or a range such as A1:H2');
const DefinedName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_{}]*$/, '名前は英数字と _ / names are ASCII letters, digits and _');

const expression = (parse: (text: string) => { ok: boolean; error?: string }) =>
  z.string().superRefine((text, ctx) => {
    const parsed = parse(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error ?? 'invalid expression' });
  });
/** Arithmetic over field names: `Total - sum(Subsidies, Bonds)`, `Staff * AverageSalary`. */
export const Expression = expression(parseExpression).describe('式: 欄の名前と + - * / ( ) sum(…) / arithmetic over field names');
/** One comparison of two expressions: `Total = sum(Subsidies, General)`, `EndYear >= StartYear`. */
export const AssertionText = expression(parseAssertion).describe('比較式 / a comparison: = <> <= >= < >');

/** Which fiscal years a block repeats over: `actual` = the past years and the report year; `plan` adds next year's plan. */
export const YearSet = z.enum(['actual', 'plan']);
export type YearSet = z.infer<typeof YearSet>;

export const FieldTypeSpec = z.enum([
  'reportYear', // locked: the sheet's fiscal year, as an era label
  'yearLabel', // locked: the fiscal year a column holds
  'code', // a number such as 6-1, or a project code
  'text',
  'longText',
  'money', // in the format's money unit, a non-negative integer
  'integer',
  'decimal',
  'measurement', // an indicator's plan or actual: a number, 56以上, or text
  'rank', // a positive integer or -
  'year', // a fiscal year staff enter (和暦 or 西暦)
  'date',
  'enum', // one of a list's values (`list`)
]);
export type FieldTypeSpec = z.infer<typeof FieldTypeSpec>;

/**
 * A value list's id: any the format declares in `lists`. The built-in kinds' lists are `status` (新規・継続),
 * `pledge`, `evaluation` and `direction` (高いほど良い・低いほど良い, kept in the model as lowerIsBetter).
 */
export const ListId = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, '一覧の id は英数字と - / list ids are ASCII letters, digits and -');
export type ListId = z.infer<typeof ListId>;

export const ListSpec = z.object({
  label: z.string().describe('一覧の名前（見出しの文字）/ the list as the sheet labels it'),
  values: z.array(z.string()).min(1),
  aliases: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe('値ごとの別の書き方（全角・空白をならした後）/ other ways staff write a value, after full-width forms and spaces are evened out'),
});
export type ListSpec = z.infer<typeof ListSpec>;

const Text = z.string().describe('文字。{n} は繰り返しの番号 (1…)、{reportYear} は対象年度の和暦、{Y} は年度 (Y-2, Y-1, Y) / text; {n} slot number, {reportYear} the report year, {Y} the column year');

export const LabelSpec = z.object({
  range: Range,
  text: Text,
  style: z.enum(['title', 'section', 'label', 'note']).optional().describe('既定は label / default label'),
});
export type LabelSpec = z.infer<typeof LabelSpec>;

export const FieldSpec = z.object({
  name: DefinedName.describe('シート範囲の名前（英数字）。年度の繰り返しでは _1, _2… が付く / the sheet-scoped defined name; year repeats add _1, _2…'),
  label: Text,
  range: z.union([Range, z.array(Range).min(1)]).describe('セル、または繰り返しの回ごとのセル / the cell, or one per repeat slot'),
  type: FieldTypeSpec,
  list: ListId.optional().describe('type が enum のときの一覧 / the list of an enum field'),
  path: z.string().optional().describe('モデル上の位置: budget.{year}.total, activities.{slot}.name / where the value lives in the model'),
  unit: z.string().optional(),
  /** A derived value (人件費 = 人工 × 平均給与): filled by a formula, not typed. */
  formula: Expression.optional(),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

/** Fields repeated across the year columns: for each year in turn, each field, one column further right. */
export const YearGroupSpec = z.object({ eachYear: YearSet, fields: z.array(FieldSpec).min(1) });
export type YearGroupSpec = z.infer<typeof YearGroupSpec>;

/** A live formula cell: Excel text with {Field} for a field's cell, and the same as an expression for its cached value. */
export const FormulaSpec = z.object({
  name: DefinedName,
  label: Text,
  range: Range,
  excel: z.string().describe('Excel の式、{名前} は欄のセル / Excel formula text, {Name} for a field’s cell'),
  value: Expression.describe('表示される値の式（数値でない値は 0）/ the value Excel will show (non-numbers count as 0)'),
  highlightNonZero: z.boolean().optional(),
  eachYear: YearSet.optional(),
});
export type FormulaSpec = z.infer<typeof FormulaSpec>;

/** A block of a sheet: labels, fields and formulas, optionally repeated (indicator slots, list rows). */
export const BlockSpec = z.object({
  comment: z.string().optional(),
  repeat: z
    .object({ count: z.number().int().min(1), rowStep: z.number().int().min(0) })
    .optional()
    .describe('繰り返し（指標の行など）: 回数と、一回ごとに下へずらす行数 / slots, each rowStep rows lower'),
  labels: z.array(LabelSpec).optional(),
  fields: z.array(z.union([FieldSpec, YearGroupSpec])).optional(),
  formulas: z.array(FormulaSpec).optional(),
  rowHeights: z.record(z.string().regex(/^\d+$/), z.number().positive()).optional(),
});
export type BlockSpec = z.infer<typeof BlockSpec>;

/** A sheet's block: one written in place, or a shared one (`blocks` of the definition) placed `shift` rows lower. */
export const SheetBlockSpec = z.union([z.object({ use: z.string(), shift: z.number().int().optional() }), BlockSpec]);
export type SheetBlockSpec = z.infer<typeof SheetBlockSpec>;

/**
 * A sheet kind: one of the four built-in ids (`policy`, `measure`, `project`, `budget-only`), whose fields have
 * model `path`s, or the format's own id (`evaluation`), whose sheets are read as forms (values by defined name).
 */
export const SheetKindId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, '種類は小文字英数字と - / lower-case letters, digits and -')
  .refine((id) => id !== 'form', '「form」は使えません / "form" is reserved')
  .describe('シートの種類: policy, measure, project, budget-only、または様式独自の id (例: evaluation) / a built-in kind or the format’s own');

export const SheetSpec = z.object({
  kind: SheetKindId,
  version: z.number().int().min(1),
  title: z.string().min(1),
  signature: z.array(z.string()).min(1).describe('名前が失われたシートの種類を見分ける見出し / labels that tell this kind apart'),
  columnWidths: z.array(z.number().positive()).min(1),
  lastRow: z.number().int().min(1),
  /** The defined names that must be filled (a shared block may be required on one kind and optional on another). */
  required: z.array(DefinedName).describe('記入必須の欄の名前 / the names that must be filled'),
  blocks: z.array(SheetBlockSpec),
  review: z
    .object({ label: LabelSpec, range: Range })
    .optional()
    .describe('確認状況を表示するセル（様式の外、印刷範囲の最後）: 見出しと、状況を名前から読む式のセル / the cell showing the review state (below the form): its label, and the cell whose formula reads it from the sheet’s names'),
});
export type SheetSpec = z.infer<typeof SheetSpec>;

const Messages = z.object({ ja: z.string(), en: z.string() });

/** A rule written in code, with the parameters the definition gives it. */
const BuiltinRule = z.object({
  type: z.literal('builtin'),
  id: z.string().describe('組み込みルールの id (docs/rules.md) / a built-in rule id'),
  params: z.record(z.string(), z.unknown()).optional(),
});
/** A cross-field check in the expression form, e.g. `Total = sum(Subsidies, Bonds, Other, General)` per year. */
const AssertRule = z.object({
  type: z.literal('assert'),
  id: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  sheet: SheetKindId,
  assert: AssertionText,
  eachYear: YearSet.optional(),
  tolerance: z.number().min(0).optional(),
  at: DefinedName.describe('指摘を置く欄 / the field a finding points at'),
  message: Messages,
});
/** A field that must be filled when a condition holds, e.g. a reason when an axis is C. */
const RequiredIfRule = z.object({
  type: z.literal('required-if'),
  id: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  sheet: SheetKindId,
  field: DefinedName,
  when: z.object({ field: DefinedName, in: z.array(z.string()).min(1) }),
  message: Messages,
});
export const RuleSpec = z.discriminatedUnion('type', [BuiltinRule, AssertRule, RequiredIfRule]);
export type RuleSpec = z.infer<typeof RuleSpec>;

/** A sheet of the report chosen by a field: its value one of some values, or the report year (a year field). */
export const ConsolidationWhere = z.union([
  z.object({ field: DefinedName, in: z.array(z.string()).min(1) }).describe('欄の値がこのどれか / the field holds one of these values'),
  z.object({ field: DefinedName, is: z.literal('reportYear') }).describe('欄の年度が対象年度 / the field’s fiscal year is the report year'),
]);
export type ConsolidationWhere = z.infer<typeof ConsolidationWhere>;

/** How the report groups and sums projects. */
export const ConsolidationSpec = z.object({
  groupBy: z.union([
    z.object({ field: DefinedName }).describe('欄の値でまとめる / by a field’s value'),
    z.object({ codePrefix: z.object({ field: DefinedName, length: z.number().int().min(1) }) }).describe('コードの先頭でまとめる / by a code’s first characters'),
  ]),
  group: z
    .object({
      label: z.string().describe('まとまりの呼び名（施策）/ what a group is called'),
      name: DefinedName.optional().describe('まとまりの名前を持つ欄 / the field naming a group'),
      plan: z
        .array(z.object({ code: z.string().min(1).describe('番号（6-1）/ its number'), name: z.string().min(1).describe('名前 / its name') }))
        .min(1)
        .optional()
        .describe('計画にあるまとまり（施策）の番号と名前。コードの施策がこの中にあるかを code-measure-planned が確かめる / the plan’s groups (measures) by number and name; code-measure-planned checks a code’s measure is one of them'),
    })
    .optional()
    .describe('報告書でのまとまりの見出し / how the report heads a group'),
  key: z.array(DefinedName).min(1).optional().describe('シートを見分ける欄（すべて同じ値の二枚目は重複として集約しない）/ the fields that together identify a sheet; a repeat is set aside'),
  totals: z.array(
    z.object({
      label: z.string(),
      fields: z.array(DefinedName).min(1),
      eachYear: YearSet.optional(),
      unit: z.string().optional().describe('既定は moneyUnit / default: the money unit'),
    }),
  ),
  counts: z.array(
    z.union([
      z.object({ label: z.string(), field: DefinedName }),
      z.object({ label: z.string(), fields: z.array(DefinedName).min(1).describe('同じ値の一覧の欄を軸ごとに一行で / fields of one list, a row each (axes)') }),
    ]),
  ),
  achievement: z
    .object({
      sheet: SheetKindId,
      indicator: z.string().describe('組み込みの種類: 指標のモデル上の位置 (outcomes)。様式: 指標名の欄、{n} は指標の番号 (Outcome{n}Name) / built-in kinds: the indicators’ model path; forms: the indicator’s name field, {n} its slot'),
      rate: DefinedName.optional().describe('様式: 達成率の欄（%、100 = 目標どおり）、{n} は指標の番号 / forms: the achievement rate field in %, 100 = on target'),
      from: z.array(DefinedName).optional().describe('様式: 達成率のもとの欄（目標値・実績値）。どれかが数値でなければ未入力 / forms: the fields the rate is computed from; not all numbers = 未入力'),
    })
    .optional(),
  lists: z
    .array(z.object({ label: z.string(), where: ConsolidationWhere, columns: z.array(DefinedName).min(1) }))
    .optional()
    .describe('条件に合うシートの一覧（今年度で終わる事業など）/ the sheets a condition picks, e.g. projects ending this year'),
});
export type ConsolidationSpec = z.infer<typeof ConsolidationSpec>;

export const FormatDefinition = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id は小文字英数字と - / lower-case letters, digits and -'),
  version: z.number().int().min(1),
  name: Messages,
  years: z.object({
    past: z.number().int().min(0).max(4).describe('対象年度より前に示す年度の数 / past years shown'),
    nextPlan: z.boolean().describe('翌年度の計画を示すか / whether next year’s plan is shown'),
  }),
  moneyUnit: z.enum(['千円', '円']),
  lists: z.record(ListId, ListSpec),
  blocks: z.record(z.string(), BlockSpec).optional().describe('複数のシートで使うブロック / blocks several sheets use'),
  sheets: z.array(SheetSpec).min(1),
  rules: z.array(RuleSpec),
  consolidation: ConsolidationSpec,
});
export type FormatDefinition = z.infer<typeof FormatDefinition>;

/** The JSON Schema of a definition file, for docs/format.schema.json. */
export function formatJsonSchema(): unknown {
  return z.toJSONSchema(FormatDefinition, { target: 'draft-2020-12', io: 'input' });
}

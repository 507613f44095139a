// A form's page: every field of its sheet as its format's definition lays it out, block by block. A block with a
// section label (コスト, 指標, 評価) opens a section; a repeated block (an indicator slot) is a subsection per slot
// that holds anything; fields repeated per year are a table with a column per fiscal year; long texts keep their
// paragraphs and bullet points. Labels are the definition's, money in its unit.
import type { FormGroup, FormReport } from '../../core/consolidate/form/types';
import { yearsOf } from '../../core/consolidate/form/values';
import { fiscalYearLabel } from '../../core/era';
import { blocksOfSheet, plainLabel } from '../../core/format/fieldSpecs';
import type { BlockSpec, FieldSpec, FormatDefinition, YearGroupSpec } from '../../core/format/schema';
import type { FormSheet, Value } from '../../core/model';
import { titleOf } from '../../core/sheetTitle';
import type { SiteContext } from '../blocks';
import { amount, textBlock, valueText, yearLabel } from '../format';
import { facts, Ids, pageHtml, section, table, type CellContent } from '../html';
import { groupPath } from '../paths';

/** Cells no reader needs on the page: the sheet's year is in the site's title, a column's year in its table's header. */
const NOT_SHOWN = new Set(['reportYear', 'yearLabel']);

/** One expansion of a block: its slot's number (1…, 0 when the block does not repeat). */
interface Slot {
  n: number;
  fill: (text: string) => string;
}

export function formSheetPage(ctx: SiteContext<FormReport>, g: FormGroup, sheet: FormSheet): string {
  const { report } = ctx;
  const ids = new Ids();
  const title = titleOf(sheet);
  const groupTitle = `${report.groupLabel}${g.key}`;
  const spec = report.definition.sheets.find((s) => s.kind === sheet.form);
  // The group is linked from the breadcrumbs; the sheet's own fields say its 施策 as the department wrote it.
  const parts: string[] = [];
  // Blocks before the first section label (the header) go first, the others into the section they follow.
  let current: { heading: string; content: string[] } | undefined;
  const flush = () => current && parts.push(section(current.heading, current.content.join('')));
  for (const block of spec ? blocksOfSheet(report.definition, spec) : []) {
    const heading = block.labels?.find((l) => l.style === 'section');
    if (heading) {
      flush();
      current = { heading: heading.text.replace(/\{reportYear\}/g, fiscalYearLabel(report.reportYear)), content: [] };
    }
    const html = blockHtml(report, block, sheet, current?.heading ?? title, !!current, ids);
    if (current) current.content.push(html);
    else parts.push(html);
  }
  flush();
  return pageHtml({
    title,
    siteTitle: ctx.siteTitle,
    root: '../',
    crumbs: [{ text: 'トップ', href: '../index.html' }, { text: groupTitle, href: `../${groupPath(g.key)}` }, { text: title }],
    body: parts.join('\n'),
    publisher: ctx.publisher,
  });
}

function slotsOf(block: BlockSpec): Slot[] {
  if (!block.repeat) return [{ n: 0, fill: (t) => t }];
  return Array.from({ length: block.repeat.count }, (_, i) => ({ n: i + 1, fill: (t: string) => t.replace(/\{n\}/g, String(i + 1)) }));
}

function blockHtml(report: FormReport, block: BlockSpec, sheet: FormSheet, heading: string, inSection: boolean, ids: Ids): string {
  return slotsOf(block)
    .map((slot) => {
      const fields = block.fields ?? [];
      if (slot.n && !holdsAnything(report.definition, fields, sheet, slot)) return '';
      const caption = slot.n ? slot.fill(block.labels?.[0]?.text ?? `${heading} ${slot.n}`) : heading;
      const html = slotHtml(report, fields, sheet, slot, caption, inSection ? (slot.n ? 4 : 3) : 2, ids);
      return slot.n ? section(caption, html, inSection ? 3 : 2) : html;
    })
    .join('');
}

/** Whether a slot holds any value typed (a derived cell alone, 0 for an empty indicator, does not count). */
function holdsAnything(def: FormatDefinition, fields: Array<FieldSpec | YearGroupSpec>, sheet: FormSheet, slot: Slot): boolean {
  return fields.some((f) => ('eachYear' in f ? f.fields.filter((x) => !x.formula).flatMap((x) => names(def, x, slot, f)) : f.formula ? [] : names(def, f, slot)).some((name) => !empty(sheet.values[name])));
}

/** The defined names a field has in a slot: one, or one per year column (`_1`, `_2`, …). */
function names(def: FormatDefinition, f: FieldSpec, slot: Slot, group?: YearGroupSpec): string[] {
  const name = slot.fill(f.name);
  return group ? yearsOf({ def, reportYear: 0 }, group.eachYear).map((_, i) => `${name}_${i + 1}`) : [name];
}

const empty = (v: Value | undefined) => v === null || v === undefined || v === '';

function slotHtml(report: FormReport, fields: Array<FieldSpec | YearGroupSpec>, sheet: FormSheet, slot: Slot, caption: string, level: 2 | 3 | 4, ids: Ids): string {
  const single = fields.filter((f): f is FieldSpec => !('eachYear' in f) && !NOT_SHOWN.has(f.type));
  const short = single.filter((f) => f.type !== 'longText');
  // In a slot's subsection (活動指標1) its fields are 名称, 目標値, …: the heading says whose.
  const label = (f: FieldSpec) => withoutPrefix(plainLabel(slot.fill(f.label)), slot.n ? caption : '');
  const text = (f: FieldSpec) => sheet.values[slot.fill(f.name)] ?? null;
  // Year groups of the same years are one table, as they are one set of columns on the sheet.
  const groups = fields.filter((f): f is YearGroupSpec => 'eachYear' in f);
  const sets = [...new Set(groups.map((g) => g.eachYear))].map((set) => ({ eachYear: set, fields: groups.filter((g) => g.eachYear === set).flatMap((g) => g.fields) }));
  return [
    short.length ? facts(short.map((f): [string, CellContent] => [label(f), fieldText(report, f, text(f), true)])) : '',
    ...sets.map((set) => yearTable(report, set, sheet, slot, caption, ids)),
    ...single.filter((f) => f.type === 'longText').map((f) => section(label(f), textBlock(empty(text(f)) ? null : String(text(f))), level)),
  ].join('');
}

function withoutPrefix(label: string, prefix: string): string {
  return prefix && label.startsWith(`${prefix} `) ? label.slice(prefix.length + 1) : label;
}

/** A value as the page shows it: amounts with separators (money with the format's unit when `withUnit`), text as typed. */
function fieldText(report: FormReport, f: FieldSpec, v: Value, withUnit: boolean): string {
  if (empty(v)) return '－';
  if (f.type === 'money') return typeof v === 'number' && withUnit ? `${amount(v)}${report.moneyUnit}` : amount(v);
  return f.type === 'decimal' || f.type === 'integer' ? amount(v) : valueText(v);
}

/** Fields repeated per year as a table: a row per field, a column per fiscal year. */
function yearTable(report: FormReport, set: YearGroupSpec, sheet: FormSheet, slot: Slot, caption: string, ids: Ids): string {
  const shown = set.fields.filter((f) => !NOT_SHOWN.has(f.type));
  if (!shown.length) return '';
  const years = yearsOf({ def: report.definition, reportYear: report.reportYear }, set.eachYear);
  // The unit once: a section such as コスト（単位：円） says it already.
  const money = shown.some((f) => f.type === 'money') && !caption.includes(`単位：${report.moneyUnit}`) ? `（金額の単位：${report.moneyUnit}）` : '';
  return table(
    {
      caption: `${caption}${money}`,
      columns: [{ label: '項目' }, ...years.map((y) => ({ label: yearLabel(y), numeric: true }))],
      rows: shown.map((f) => [withoutPrefix(plainLabel(slot.fill(f.label)), slot.n ? caption : ''), ...years.map((_, i) => fieldText(report, f, sheet.values[`${slot.fill(f.name)}_${i + 1}`] ?? null, false))]),
    },
    ids,
  );
}

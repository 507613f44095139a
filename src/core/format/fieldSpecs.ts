// Every field and formula a definition names, by its base name (year columns' `_1`, `_2` … left off), with its
// label and type: what the report says of a field it totals, counts or lists.
import type { BlockSpec, FieldSpec, FieldTypeSpec, FormatDefinition, ListId, SheetSpec, YearGroupSpec } from './schema';

export interface NamedField {
  name: string;
  /** The label as the sheet shows it, without its slot or year placeholders. */
  label: string;
  type: FieldTypeSpec | 'formula';
  list?: ListId;
}

/** A sheet's blocks in order, a shared one (`use`) resolved. */
export function blocksOfSheet(def: FormatDefinition, sheet: SheetSpec): BlockSpec[] {
  return sheet.blocks.map((b) => ('use' in b ? def.blocks?.[b.use] : b)).filter((b): b is BlockSpec => !!b);
}

function blocksOf(def: FormatDefinition): BlockSpec[] {
  return def.sheets.flatMap((s) => blocksOfSheet(def, s));
}

function flatFields(specs: Array<FieldSpec | YearGroupSpec>): FieldSpec[] {
  return specs.flatMap((s) => ('eachYear' in s ? s.fields : [s]));
}

/** `事業費（{Y}）` → `事業費`: the report puts the year in a column of its own. */
export function plainLabel(text: string): string {
  return text.replace(/[（(]?\{[^}]*\}[）)]?/g, '').trim();
}

export function namedFields(def: FormatDefinition): Map<string, NamedField> {
  const found = new Map<string, NamedField>();
  for (const block of blocksOf(def)) {
    for (const f of flatFields(block.fields ?? [])) if (!found.has(f.name)) found.set(f.name, { name: f.name, label: plainLabel(f.label), type: f.type, list: f.list });
    for (const f of block.formulas ?? []) if (!found.has(f.name)) found.set(f.name, { name: f.name, label: plainLabel(f.label), type: 'formula' });
  }
  return found;
}

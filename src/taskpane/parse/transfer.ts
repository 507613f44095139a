// WorkbookReads across postMessage, and only what the pane's jobs need of them. A sheet's layout holds functions
// (labels by year, formula results), which structured clone refuses, so the worker sends the layout's kind and
// the pane puts the layout back; each cell names its field instead of carrying a copy of the field's definition
// (a city's thousands of sheets would otherwise each hold their own copy of every field).
import { LAYOUTS, type Layout } from '../../core/layout';
import type { FieldDef } from '../../core/layout/types';
import type { KindId } from '../../core/model';
import type { FieldCell, ReadSheet, SheetSource, WorkbookRead } from '../../core/source';

/** A field cell without its field's definition when the layout has it (by name); with it otherwise. */
type FieldCellData = Omit<FieldCell, 'field'> & { field?: FieldDef };

export interface SheetSourceData extends Omit<SheetSource, 'layout' | 'cells'> {
  layout: KindId;
  cells: Array<[string, FieldCellData]>;
}

export interface WorkbookReadData extends Omit<WorkbookRead, 'sheets'> {
  sheets: Array<Omit<ReadSheet, 'source'> & { source: SheetSourceData }>;
}

export function toData(read: WorkbookRead): WorkbookReadData {
  return { ...read, sheets: read.sheets.map((s) => ({ ...s, source: sourceData(s.source) })) };
}

function sourceData({ layout, cells, ...rest }: SheetSource): SheetSourceData {
  const known = new Set(layout.fields);
  return { ...rest, layout: layout.kind, cells: [...cells].map(([name, { field, ...cell }]) => [name, known.has(field) ? cell : { ...cell, field }]) };
}

/** `layouts`: the format's the worker read with (the built-in one's by default). */
export function fromData(data: WorkbookReadData, layouts: Partial<Record<KindId, Layout>> = LAYOUTS): WorkbookRead {
  const layoutOf = (kind: KindId) => {
    const layout = layouts[kind];
    if (!layout) throw new Error(`no layout for a ${kind} sheet`);
    return layout;
  };
  return {
    ...data,
    sheets: data.sheets.map((s) => {
      const layout = layoutOf(s.source.layout);
      const fields = new Map(layout.fields.map((f) => [f.name, f]));
      const cells = new Map(s.source.cells.map(([name, cell]): [string, FieldCell] => [name, { ...cell, field: cell.field ?? fieldOf(fields, name) }]));
      return { ...s, source: { ...s.source, layout, cells } };
    }),
  };
}

function fieldOf(fields: Map<string, FieldDef>, name: string): FieldDef {
  const field = fields.get(name);
  if (!field) throw new Error(`no field ${name} in the layout`);
  return field;
}

/** Messages from the pane to the worker, and back. */
export interface ParseRequest {
  files: Array<{ name: string; data: Blob }>;
}

export type ParseMessage =
  | { type: 'reading'; index: number }
  | { type: 'read'; index: number; read: WorkbookReadData }
  | { type: 'finished' };

// WorkbookReads across postMessage: a sheet's layout holds functions (labels by year, formula results),
// which structured clone refuses, so the worker sends the layout's kind and the pane puts the layout back.
import { LAYOUTS, type Layout } from '../../core/layout';
import type { KindId } from '../../core/model';
import type { ReadSheet, SheetSource, WorkbookRead } from '../../core/source';

export interface SheetSourceData extends Omit<SheetSource, 'layout'> {
  layout: KindId;
}

export interface WorkbookReadData extends Omit<WorkbookRead, 'sheets'> {
  sheets: Array<Omit<ReadSheet, 'source'> & { source: SheetSourceData }>;
}

export function toData(read: WorkbookRead): WorkbookReadData {
  return { ...read, sheets: read.sheets.map((s) => ({ ...s, source: { ...s.source, layout: s.source.layout.kind } })) };
}

/** `layouts`: the format's the worker read with (the built-in one's by default). */
export function fromData(data: WorkbookReadData, layouts: Partial<Record<KindId, Layout>> = LAYOUTS): WorkbookRead {
  const layoutOf = (kind: KindId) => {
    const layout = layouts[kind];
    if (!layout) throw new Error(`no layout for a ${kind} sheet`);
    return layout;
  };
  return { ...data, sheets: data.sheets.map((s) => ({ ...s, source: { ...s.source, layout: layoutOf(s.source.layout) } })) };
}

/** Messages from the pane to the worker, and back. */
export interface ParseRequest {
  files: Array<{ name: string; buffer: ArrayBuffer }>;
}

export type ParseMessage =
  | { type: 'reading'; index: number }
  | { type: 'read'; index: number; read: WorkbookReadData }
  | { type: 'finished' };

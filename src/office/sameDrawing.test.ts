// Both adapters draw from the core's drawing: what ExcelJS writes (looks, merges, drop-downs, names) is what
// src/core/layout/drawing.ts says, so the Office adapter, drawing from the same data, gives the same sheet.
import ExcelJS from 'exceljs';
import { LAYOUTS } from '../core/layout';
import { sheetDrawing } from '../core/layout/drawing';
import { SHEET_KINDS } from '../core/model';
import { blankSheet } from '../core/template';
import { drawSheet } from '../xlsx/drawSheet';
import { excelJsStyle } from '../xlsx/styles';

it.each(SHEET_KINDS)('the %s sheet ExcelJS writes has the drawing\'s looks, merges, drop-downs and names', (kind) => {
  const layout = LAYOUTS[kind];
  const sheet = blankSheet({ kind, reportYear: 2019, policy: '6', measure: '6-1' });
  const ws = new ExcelJS.Workbook().addWorksheet('x');
  const names = drawSheet(ws, layout, sheet);
  const d = sheetDrawing(layout, sheet);
  expect(d.names).toEqual(names);
  const merges = (ws.model as unknown as { merges: string[] }).merges;
  expect([...merges].sort()).toEqual([...d.merges].sort());
  for (const cell of d.cells) {
    const written = ws.getCell(cell.range.split(':')[0]);
    expect(written.style).toMatchObject(JSON.parse(JSON.stringify(excelJsStyle(cell.look))) as object);
  }
  const lists = d.cells.flatMap((c) => (c.kind === 'field' && c.validation ? [[c.range.split(':')[0], c.validation.formula]] : []));
  expect(lists).toEqual(lists.map(([a]) => [a, ws.getCell(a).dataValidation.formulae![0]]));
  expect(lists.length > 0).toBe(kind !== 'policy'); // the policy sheet has no drop-downs
});

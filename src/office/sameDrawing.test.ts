// The core's drawing (what both adapters draw) says what src/xlsx/drawSheet.ts and styles.ts draw today:
// same looks, merges, drop-downs and names; the core's name parser reads as definedNames.ts does. Once drawSheet.ts draws from src/core/layout/drawing.ts, this
// test keeps guarding the ExcelJS mapping.
import ExcelJS from 'exceljs';
import { LAYOUTS } from '../core/layout';
import { COLORS, fieldLook, formulaLook, labelLook, sheetDrawing, type CellLook } from '../core/layout/drawing';
import type { FieldType, LabelDef } from '../core/layout/types';
import { SHEET_KINDS } from '../core/model';
import { blankSheet } from '../core/template';
import { drawSheet } from '../xlsx/drawSheet';
import { BORDER, fieldStyle, formulaStyle, labelStyle } from '../xlsx/styles';
import { parseNameRef as xlsxParseNameRef } from '../xlsx/definedNames';
import { parseNameRef } from '../core/nameRef';
import { isDateFormat, serialToIsoDate } from './liveCell';

const argb = (hex: string) => `FF${hex.slice(1)}`;

/** How ExcelJS would express a look (the mapping styles.ts can take over). */
function excelJsStyle(look: CellLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { name: look.font.name, size: look.font.size, bold: look.font.bold },
    protection: { locked: look.locked },
    alignment: {
      vertical: look.vertical,
      ...(look.horizontal ? { horizontal: look.horizontal } : {}),
      ...(look.wrap !== undefined ? { wrapText: look.wrap } : {}),
    },
  };
  if (look.border) style.border = BORDER;
  if (look.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
  if (look.numberFormat) style.numFmt = look.numberFormat;
  return style;
}

/** Drops undefined members, as ExcelJS does when it applies a style. */
function defined<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

it.each<LabelDef['style']>(['title', 'section', 'label', 'note'])('label look %s matches styles.ts', (style) => {
  const theirs = labelStyle(style);
  const mine = excelJsStyle(labelLook(style));
  // The title's font has no explicit bold:false there; compare what Excel shows.
  expect(defined({ ...mine, font: { ...mine.font, bold: mine.font!.bold || undefined } })).toEqual(defined({ ...theirs, font: { ...theirs.font, bold: theirs.font!.bold || undefined } }));
});

const FIELD_TYPES: FieldType[] = ['reportYear', 'yearLabel', 'code', 'text', 'longText', 'money', 'measurement', 'rank', 'status', 'pledge', 'evaluation', 'direction'];

it.each(FIELD_TYPES)('field look %s matches styles.ts', (type) => {
  const mine = excelJsStyle(fieldLook(type));
  expect(defined({ ...mine, font: { ...mine.font, bold: mine.font!.bold } })).toEqual(defined(fieldStyle(type)));
});

it('formula look matches styles.ts', () => {
  const mine = excelJsStyle(formulaLook());
  expect(defined({ ...mine, font: { name: mine.font!.name, size: mine.font!.size } })).toEqual(defined(formulaStyle()));
  expect(COLORS.warningFill).toBe('#FFC7CE');
});

it.each(SHEET_KINDS)('the %s drawing has the merges, drop-downs and names drawSheet writes', (kind) => {
  const layout = LAYOUTS[kind];
  const sheet = blankSheet({ kind, reportYear: 2019, policy: '6', measure: '6-1' });
  const ws = new ExcelJS.Workbook().addWorksheet('x');
  const names = drawSheet(ws, layout, sheet);
  const d = sheetDrawing(layout, sheet);
  expect(d.names).toEqual(names);
  const merges = (ws.model as unknown as { merges: string[] }).merges;
  expect([...merges].sort()).toEqual([...d.merges].sort());
  const lists = d.cells.flatMap((c) => (c.kind === 'field' && c.validation ? [[c.range.split(':')[0], c.validation.formula]] : []));
  expect(lists).toEqual(lists.map(([a]) => [a, ws.getCell(a).dataValidation.formulae![0]]));
  expect(lists.length > 0).toBe(kind !== 'policy'); // the policy sheet has no drop-downs
});

it('reads name formulas as src/xlsx/definedNames.ts does, with or without the = Office.js puts in front', () => {
  const formulas = ["Sheet1!$B$5", "'市民活動支援事業'!$F$10", "'It''s'!$A$1:$B$2", '"project/1"', '#REF!', "'x'!#REF!", 'Sheet1!$3:$4', 'Sheet1!$C:$D', 'OFFSET(A1,1,1)', '"unterminated'];
  for (const f of formulas) {
    expect(parseNameRef(`=${f}`)).toEqual(xlsxParseNameRef(`=${f}`));
    expect(parseNameRef(f)).toEqual(xlsxParseNameRef(f));
  }
});

it('tells date formats from number formats as ExcelJS does when it reads a date', () => {
  for (const f of ['yyyy/m/d', 'yyyy-mm-dd', 'm/d', '[$-ja-JP]ggge"年"m"月"d"日"', 'h:mm', 'd-mmm']) expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of ['General', '#,##0', '#,##0;[Red]-#,##0', '0.00E+00', '@', '#,##0"円"', '[Red]0', '0_);(0)']) expect([f, isDateFormat(f)]).toEqual([f, false]);
  expect(serialToIsoDate(43617)).toBe('2019-06-01');
});

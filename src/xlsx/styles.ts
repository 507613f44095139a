// The core's cell looks (src/core/layout/drawing.ts) in ExcelJS's terms.
import type ExcelJS from 'exceljs';
import { COLORS, type CellLook } from '../core/layout/drawing';

/** ExcelJS wants ARGB; the core speaks #RRGGBB. */
export const argb = (hex: string) => `FF${hex.slice(1)}`;

const thin = { style: 'thin' as const, color: { argb: argb(COLORS.border) } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export function excelJsStyle(look: CellLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: look.font.name,
      size: look.font.size,
      bold: look.font.bold,
      ...(look.font.color ? { color: { argb: argb(look.font.color) } } : {}),
      ...(look.font.underline ? { underline: true } : {}),
    },
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


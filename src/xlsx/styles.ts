// How template cells look: labels shaded and locked, inputs white and unlocked, as on the printed report.
import type ExcelJS from 'exceljs';
import type { FieldType, LabelDef } from '../core/layout/types';

const FONT = 'Yu Gothic';
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC9D9EE' } };
const LOCKED_VALUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
/** Pale red: the gap row turns this colour when 事業費 and its funding sources disagree. */
export const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' }, fgColor: { argb: 'FFFFC7CE' } };

export function labelStyle(style: LabelDef['style']): Partial<ExcelJS.Style> {
  const base = { border: BORDER, protection: { locked: true }, alignment: { vertical: 'middle' as const, wrapText: true } };
  switch (style) {
    case 'title':
      return { font: { name: FONT, size: 14, bold: true }, protection: { locked: true }, alignment: { vertical: 'middle' } };
    case 'section':
      return { ...base, font: { name: FONT, size: 10, bold: true }, fill: SECTION_FILL, alignment: { ...base.alignment, horizontal: 'center' } };
    case 'note':
      return { ...base, font: { name: FONT, size: 9 }, fill: LABEL_FILL, alignment: { ...base.alignment, horizontal: 'right' } };
    case 'label':
      return { ...base, font: { name: FONT, size: 10 }, fill: LABEL_FILL, alignment: { ...base.alignment, horizontal: 'center' } };
  }
}

export function fieldStyle(type: FieldType): Partial<ExcelJS.Style> {
  const locked = type === 'reportYear' || type === 'yearLabel';
  const numeric = type === 'money' || type === 'measurement';
  return {
    font: { name: FONT, size: 10, bold: locked },
    border: BORDER,
    fill: locked ? LABEL_FILL : undefined,
    protection: { locked },
    numFmt: type === 'money' ? '#,##0' : undefined,
    alignment: {
      vertical: type === 'longText' ? 'top' : 'middle',
      horizontal: numeric ? 'right' : locked ? 'center' : 'left',
      wrapText: type !== 'money',
    },
  };
}

export function formulaStyle(): Partial<ExcelJS.Style> {
  return { font: { name: FONT, size: 10 }, border: BORDER, fill: LOCKED_VALUE_FILL, protection: { locked: true }, numFmt: '#,##0;[Red]-#,##0', alignment: { horizontal: 'right' } };
}

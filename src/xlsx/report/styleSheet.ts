// The report's xl/styles.xml, built from the cell looks its sheets use (src/core/layout/drawing.ts): each distinct
// look gets one cell format, its font, fill and number format shared. Looks are collected while the sheets are
// written and the part is written once at the end; a report uses a few dozen looks however many sheets it has.
import { COLORS, type CellLook } from '../../core/layout/drawing';
import { escapeXmlAttribute } from '../definedNames';

/** Excel's built-in number formats the report uses; any other format gets an id of its own from 164. */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };
const FIRST_CUSTOM_FORMAT = 164;

const argb = (hex: string) => `FF${hex.slice(1)}`;

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
/** Fills 0 and 1 are Excel's reserved none and gray125. */
const RESERVED_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const thin = (side: string) => `<${side} style="thin"><color rgb="${argb(COLORS.border)}"/></${side}>`;
const BORDERS = ['<border><left/><right/><top/><bottom/><diagonal/></border>', `<border>${['left', 'right', 'top', 'bottom'].map(thin).join('')}<diagonal/></border>`];
/** The one conditional look of the report: the 差額 row when 事業費 and its funding disagree (dxfId 0). */
const WARNING_DXF = `<dxf><font><b/><color rgb="${argb(COLORS.warningFont)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argb(COLORS.warningFill)}"/><bgColor rgb="${argb(COLORS.warningFill)}"/></patternFill></fill></dxf>`;
export const WARNING_DXF_ID = 0;

/** Ids given in order of first use, each with its XML. */
class Table {
  private readonly ids = new Map<string, number>();
  readonly xml: string[] = [];

  constructor(initial: string[]) {
    for (const xml of initial) this.idOf(xml);
  }

  idOf(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.xml.length;
      this.ids.set(xml, id);
      this.xml.push(xml);
    }
    return id;
  }
}

export class ReportStyles {
  private readonly fonts = new Table([DEFAULT_FONT]);
  private readonly fills = new Table(RESERVED_FILLS);
  /** Custom number formats by their code: ids from 164. */
  private readonly formats = new Map<string, number>();
  private readonly cellFormats = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  /** Looks already seen, by a key cheaper to build than their XML. */
  private readonly byLook = new Map<string, number>();
  /** The same by the look object itself: the drawings share one object per look, so most cells need no key built. */
  private readonly byObject = new WeakMap<CellLook, number>();

  /** The style index (`s`) of a cell with this look. */
  styleOf(look: CellLook): number {
    let id = this.byObject.get(look);
    if (id !== undefined) return id;
    const key = lookKey(look);
    id = this.byLook.get(key);
    if (id === undefined) {
      id = this.cellFormats.idOf(this.cellFormatXml(look));
      this.byLook.set(key, id);
    }
    this.byObject.set(look, id);
    return id;
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const custom = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    const formats = custom.length ? list('numFmts', custom) : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `${formats}${list('fonts', this.fonts.xml)}${list('fills', this.fills.xml)}${list('borders', BORDERS)}` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `${list('cellXfs', this.cellFormats.xml)}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `${list('dxfs', [WARNING_DXF])}</styleSheet>`
    );
  }

  private cellFormatXml(look: CellLook): string {
    const format = look.numberFormat ? this.formatId(look.numberFormat) : 0;
    const fill = look.fill ? this.fills.idOf(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/></patternFill></fill>`) : 0;
    const applied = [format ? ' applyNumberFormat="1"' : '', ' applyFont="1"', fill ? ' applyFill="1"' : '', look.border ? ' applyBorder="1"' : ''].join('');
    const inner = alignmentXml(look) + (look.locked ? '' : '<protection locked="0"/>');
    const attributes = `numFmtId="${format}" fontId="${this.fonts.idOf(fontXml(look.font))}" fillId="${fill}" borderId="${look.border ? 1 : 0}" xfId="0"${applied} applyAlignment="1" applyProtection="1"`;
    return inner ? `<xf ${attributes}>${inner}</xf>` : `<xf ${attributes}/>`;
  }

  private formatId(code: string): number {
    let id = BUILT_IN_FORMATS[code] ?? this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }
}

function lookKey(l: CellLook): string {
  const f = l.font;
  return `${f.name}|${f.size}|${f.bold}|${f.color}|${f.underline}|${l.fill}|${l.border}|${l.locked}|${l.numberFormat}|${l.horizontal}|${l.vertical}|${l.wrap}`;
}

function fontXml(font: CellLook['font']): string {
  const color = font.color ? `<color rgb="${argb(font.color)}"/>` : '';
  return `<font>${font.bold ? '<b/>' : ''}${font.underline ? '<u/>' : ''}${color}<sz val="${font.size}"/><name val="${escapeXmlAttribute(font.name)}"/></font>`;
}

function alignmentXml(look: CellLook): string {
  const vertical = look.vertical === 'middle' ? 'center' : look.vertical;
  const attributes = [look.horizontal && ` horizontal="${look.horizontal}"`, vertical && ` vertical="${vertical}"`, look.wrap && ' wrapText="1"'].filter(Boolean).join('');
  return attributes ? `<alignment${attributes}/>` : '';
}

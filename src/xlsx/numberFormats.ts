// Which cell styles show a number as a date (xl/styles.xml: each <cellXfs> entry's numFmtId, and the workbook's
// own <numFmts>): a number in such a cell is a date serial. The test is ExcelJS's, so dates read as they did: a
// format holding y, m, d, h, s or b outside quotes and brackets, with Excel's built-in formats 14–22 and 45–47.
// (The Japanese era formats 27–36 are locale-dependent built-ins that ExcelJS never counted as dates.)
import { parseXmlAttributes } from './definedNames';
import { scanXml } from './xmlScan';

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export type DateStyles = (styleId: number) => boolean;

export function parseDateStyles(stylesXml: string): DateStyles {
  const custom = new Map<number, string>();
  const cellFormats: number[] = [];
  let inCellXfs = false;
  scanXml(stylesXml, {
    open(name, attributes) {
      if (name === 'numFmt') {
        const a = parseXmlAttributes(attributes);
        custom.set(parseInt(a.get('numFmtId') ?? '', 10), (a.get('formatCode') ?? '').replace(/\\(.)/g, '$1'));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) cellFormats.push(parseInt(parseXmlAttributes(attributes).get('numFmtId') ?? '0', 10));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  const isDate = (id: number) => (custom.has(id) ? isDateFormat(custom.get(id) ?? '') : BUILT_IN_DATES.has(id));
  const byId = cellFormats.map((id) => Boolean(id) && isDate(id));
  return (styleId) => byId[styleId] ?? false;
}

function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

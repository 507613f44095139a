// Writes model sheets (filled or blank) as an .xlsx workbook with every input cell a sheet-scoped name.
import type { BuiltFormat } from '../core/format/buildLayout';
import { layoutFor } from '../core/layout';
import type { Sheet } from '../core/model';
import type { WorkbookMeta } from '../core/source';
import { metaConstants } from '../core/workbookMeta';
import { uniqueTitles } from '../core/sheetTitle';
import { parseAddress } from '../core/cells';
import { drawSheet } from './drawSheet';
import { formatNameRef, writeDefinedNamesBytes, type DefinedName } from './definedNames';
import { loadExcelJs } from './lazyLibraries';

/** The sheets drawn in the built-in format's layouts, or in `format`'s (a city's definition, for its templates). */
export async function writeWorkbook(sheets: Sheet[], meta: WorkbookMeta, format?: BuiltFormat): Promise<Uint8Array> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'seika';
  const titles = uniqueTitles(sheets);
  const names: DefinedName[] = sheets.flatMap((sheet, index) => {
    const ws = wb.addWorksheet(titles[index], { views: [{ showGridLines: false }] });
    return drawSheet(ws, layoutFor(sheet, format?.layouts), sheet).map((def) => ({
      name: def.name,
      localSheetId: index,
      formula: 'constant' in def ? def.constant : nameRef(titles[index], def.address),
    }));
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return writeDefinedNamesBytes(bytes, [...names, ...metaConstants(meta, format?.stamp)]);
}

function nameRef(sheetTitle: string, address: string): string {
  const { row, col } = parseAddress(address);
  return formatNameRef(sheetTitle, row, col);
}

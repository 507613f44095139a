// Writes the full-cost sample as the departments would submit it: one workbook per 所管課 in the fullcost format,
// with the planted mistakes in place, a typed value over a live formula included (which no model sheet can say).
import { FULLCOST } from '../core/format/builtin';
import { builtFormat } from '../core/format/buildLayout';
import { FORM_NAMES, formText, type FormSheet } from '../core/model';
import { loadJsZip } from '../xlsx/lazyLibraries';
import { writeWorkbook } from '../xlsx/writeWorkbook';
import { departmentSubmissions } from './departments';
import { FULLCOST_LAYOUT, PLANTED_MISTAKES, withPlantedMistakes, type PlantedMistake } from './fullcost';

export interface SampleWorkbook {
  department: string;
  bytes: Uint8Array;
}

/** Each department's workbook of the sample; `mistakes` planted (none: every sheet as it should be). */
export async function fullcostWorkbooks(sheets: FormSheet[], mistakes: readonly PlantedMistake[] = PLANTED_MISTAKES): Promise<SampleWorkbook[]> {
  const format = builtFormat(FULLCOST);
  const planted = withPlantedMistakes(sheets, mistakes);
  return Promise.all(
    departmentSubmissions(planted).map(async (s) => {
      const bytes = await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }, format);
      const overwrites = s.sheets.flatMap((sheet, index) =>
        mistakes.filter((m) => m.overwrite && m.project === formText(sheet as FormSheet, FORM_NAMES.title)).flatMap((m) => Object.entries(m.overwrite ?? {}).map(([name, value]) => ({ index, name, value }))),
      );
      return { department: String(s.department), bytes: overwrites.length ? await overwriteFormulas(bytes, overwrites) : bytes };
    }),
  );
}

/** Replaces live formula cells by plain numbers in the sheet XML (the workbook's n-th sheet is sheet{n+1}.xml as written). */
async function overwriteFormulas(bytes: Uint8Array, cells: Array<{ index: number; name: string; value: number }>): Promise<Uint8Array> {
  const zip = await (await loadJsZip()).loadAsync(bytes);
  for (const { index, name, value } of cells) {
    const address = FULLCOST_LAYOUT.formulas.find((f) => f.name === name)?.range.split(':')[0];
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    const xml = await zip.file(part)?.async('string');
    if (!address || xml === undefined) throw new Error(`no formula ${name} on sheet ${index + 1}`);
    const cell = new RegExp(`<c r="${address}"([^>]*?)(?:\\s+t="[^"]*")?>.*?</c>`);
    zip.file(part, xml.replace(cell, (_, attrs: string) => `<c r="${address}"${attrs.replace(/\s+t="[^"]*"/, '')}><v>${value}</v></c>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// Writes the hostile corpus into test/fixtures/hostile/: one file per case of test/fixtures/hostile/cases.ts, each
// made from the seed's 税務課 workbook (src/sample) by editing its parts as Excel or a careless tool would.
//
//   npx ts-node --transpile-only scripts/make-hostile.ts [dir]      (test/hostile.test.ts calls makeHostile)
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadSeedSheets } from '../src/sample/seed';
import { departmentSubmissions } from '../src/sample/departments';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { parseWorkbookXml, quoteSheetName, replaceDefinedNames, type DefinedName } from '../src/xlsx/definedNames';
import { renameSheetLikeExcel, putErrorValueLikeExcel } from '../test/support/excelEdits';
import { encryptedXlsxBytes, xlsBytes } from '../test/support/brokenFiles';
import { HOSTILE_CASES, BUDGET, MEASURE, PROJECT } from '../test/fixtures/hostile/cases';
import { XlsxPackage, attr, dataRange, excelText, putCell, rawEntries, rawEntry, streamedEntry, writeZip } from '../test/support/hostileZip';

export const HOSTILE_DIR = path.resolve(__dirname, '../test/fixtures/hostile');

type Builder = (base: Buffer) => Promise<Uint8Array>;

const MB = 1024 * 1024;
const SHEET_PART = 'xl/worksheets/sheet2.xml'; // the project sheet, second in the workbook
const VBA_CONTENT_TYPE = 'application/vnd.ms-office.vbaProject';

async function edited(base: Buffer, change: (pkg: XlsxPackage) => Promise<unknown>): Promise<Buffer> {
  const pkg = await XlsxPackage.open(base);
  await change(pkg);
  return pkg.bytes();
}

async function editNames(pkg: XlsxPackage, change: (names: DefinedName[]) => DefinedName[]): Promise<void> {
  const xml = await pkg.text('xl/workbook.xml');
  pkg.set('xl/workbook.xml', replaceDefinedNames(xml, change(parseWorkbookXml(xml).names)));
}

const PROJECT_INDEX = 1;

const BUILDERS: Record<string, Builder> = {
  'empty.xlsx': async () => new Uint8Array(0),
  'truncated.xlsx': async (base) => base.subarray(0, Math.floor(base.length * 0.6)),
  'corrupt-directory.xlsx': async (base) => {
    const bytes = Buffer.from(base);
    const directory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    for (let i = directory; i < bytes.length - 22; i += 7) bytes[i] ^= 0xa5;
    return bytes;
  },
  'corrupt-sheet-bytes.xlsx': async (base) => {
    const bytes = Buffer.from(base);
    const { start, length } = dataRange(bytes, SHEET_PART);
    for (let i = start + Math.floor(length / 3); i < start + Math.floor(length / 3) + 64; i++) bytes[i] ^= 0xff;
    return bytes;
  },
  'csv-renamed.xlsx': async () => Buffer.from('事務事業名,事業費\n賦課徴収費運営費,141244\n', 'utf8'),
  'real.xls': async (base) => xlsOf(base),
  'xls-renamed.xlsx': async (base) => xlsOf(base),
  'encrypted.xlsx': async () => encryptedXlsxBytes(),
  'docx-renamed.xlsx': async () => writeZipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),

  'zip-bomb.xlsx': async (base) => bomb(base, 'xl/sharedStrings.xml', false),
  'zip-bomb-lying.xlsx': async (base) => bomb(base, 'xl/sharedStrings.xml', true),
  'sheet-bomb.xlsx': async (base) => bomb(base, SHEET_PART, false),
  'billion-laughs.xlsx': async (base) =>
    edited(base, (pkg) =>
      pkg.edit('xl/sharedStrings.xml', (xml) => {
        const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
        return xml.replace('<sst', `<!DOCTYPE sst [<!ENTITY l0 "lol">${entities}]>\n<sst`).replace(/<t>[^<]*<\/t>/, '<t>&l9;</t>');
      }),
    ),
  'many-parts.xlsx': async (base) =>
    edited(base, async (pkg) => {
      for (let i = 0; i < 10_001; i++) pkg.set(`customXml/item${i}.xml`, '<a/>');
    }),

  '100k-rows.xlsx': async (base) =>
    edited(base, async (pkg) => {
      const first = (await pkg.text('xl/sharedStrings.xml')).match(/<si>/g)!.length;
      const strings: string[] = [];
      const rows: string[] = [];
      for (let r = 40; r < 100_040; r++) {
        strings.push(`<si><t>台帳 ${r - 39} 件目 賦課徴収費</t></si>`);
        rows.push(`<row r="${r}"><c r="A${r}" t="s"><v>${first + r - 40}</v></c><c r="B${r}"><v>${(r * 7919) % 100000}</v></c><c r="C${r}"><v>${r % 12}</v></c><c r="D${r}"><v>${r / 7}</v></c><c r="E${r}" t="s"><v>${first}</v></c></row>`);
      }
      await pkg.edit('xl/sharedStrings.xml', (xml) => xml.replace('</sst>', `${strings.join('')}</sst>`).replace(/uniqueCount="\d+"/, `uniqueCount="${first + strings.length}"`));
      await pkg.edit(SHEET_PART, (xml) => xml.replace('</sheetData>', `${rows.join('')}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:H100039"/>'));
    }),
  '1000-sheets.xlsx': async (base) => thousandSheets(base),
  'wide-row.xlsx': async (base) =>
    edited(base, (pkg) =>
      pkg.edit(SHEET_PART, (xml) => {
        const cells = Array.from({ length: 16_384 - 8 }, (_, i) => `<c r="${letters(i + 9)}5"><v>${i}</v></c>`).join('');
        return xml.replace(/(<row r="5"[^>]*>[\s\S]*?)(<\/row>)/, `$1${cells}$2`);
      }),
    ),
  'huge-dimension.xlsx': async (base) =>
    edited(base, (pkg) =>
      pkg.edit(SHEET_PART, (xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
      ),
    ),
  'huge-merge.xlsx': async (base) => edited(base, (pkg) => pkg.edit(SHEET_PART, (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="J40:XFD1048576"/>`))),
  'huge-validation.xlsx': async (base) =>
    edited(base, (pkg) =>
      pkg.edit(SHEET_PART, (xml) =>
        xml.replace(/<dataValidations count="(\d+)">/, (_m, n: string) => `<dataValidations count="${Number(n) + 1}"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>`),
      ),
    ),
  'whole-column-names.xlsx': async (base) =>
    edited(base, (pkg) =>
      editNames(pkg, (names) => [
        ...names,
        { name: '_xlnm._FilterDatabase', localSheetId: PROJECT_INDEX, hidden: true, formula: `${quoteSheetName(PROJECT)}!$A:$H` },
        { name: '_xlnm.Print_Titles', localSheetId: PROJECT_INDEX, formula: `${quoteSheetName(PROJECT)}!$1:$3` },
        { name: 'AllOfIt', formula: `${quoteSheetName(PROJECT)}!$A$1:$XFD$1048576` },
      ]),
    ),

  'macro.xlsm': async (base) =>
    edited(base, async (pkg) => {
      pkg.set('xl/vbaProject.bin', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0x41)]));
      await pkg.edit('[Content_Types].xml', (xml) =>
        xml
          .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
          .replace('</Types>', `<Default Extension="bin" ContentType="${VBA_CONTENT_TYPE}"/></Types>`),
      );
      await pkg.edit('xl/_rels/workbook.xml.rels', (xml) =>
        xml.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
      );
    }),
  'renamed-sheets.xlsx': async (base) => {
    let bytes = await renameSheetLikeExcel(base, MEASURE, 'Sheet1');
    bytes = await renameSheetLikeExcel(bytes, PROJECT, '=1+2');
    return renameSheetLikeExcel(bytes, BUDGET, "It's");
  },
  'hidden-sheets.xlsx': async (base) =>
    edited(base, (pkg) => pkg.edit('xl/workbook.xml', (xml) => xml.replace(`name="${PROJECT}" state="visible"`, `name="${PROJECT}" state="hidden"`).replace(`name="${BUDGET}" state="visible"`, `name="${BUDGET}" state="veryHidden"`))),
  'style-out-of-range.xlsx': async (base) => edited(base, (pkg) => pkg.setNumber(PROJECT, 'H10', 141244, 99_999)),
  'bad-cell-ref.xlsx': async (base) => edited(base, (pkg) => pkg.edit(SHEET_PART, (xml) => xml.replace('</sheetData>', '<row r="40"><c r="ZZZZ40"><v>1</v></c></row></sheetData>'))),
  'formula-text.xlsx': async (base) =>
    edited(base, async (pkg) => {
      await pkg.setText(PROJECT, 'A5', '=HYPERLINK("http://evil.example/","クリック")');
      await pkg.setText(PROJECT, 'B8', "=cmd|' /C calc'!A0");
      await pkg.setText(PROJECT, 'A24', '+81-3-0000-0000');
      await pkg.setText(PROJECT, 'A26', '-1+2');
      await pkg.setText(PROJECT, 'A28', '@SUM(A1:A9)');
      await pkg.setText(MEASURE, 'B4', '=1+1');
    }),

  'names-deleted.xlsx': async (base) => edited(base, (pkg) => editNames(pkg, () => [])),
  'some-names-deleted.xlsx': async (base) =>
    edited(base, (pkg) => editNames(pkg, (names) => names.filter((n) => !(n.localSheetId === PROJECT_INDEX && ['Total_3', 'Evaluation'].includes(n.name))))),
  'names-duplicated.xlsx': async (base) =>
    edited(base, async (pkg) => {
      // replaceDefinedNames refuses duplicates (as Excel does), so the second is written into the XML directly.
      await pkg.edit('xl/workbook.xml', (xml) =>
        xml.replace('</definedNames>', `<definedName name="ProjectName" localSheetId="${PROJECT_INDEX}">${excelText(`${quoteSheetName(PROJECT)}!$B$8`)}</definedName></definedNames>`),
      );
    }),
  'names-ref-error.xlsx': async (base) =>
    edited(base, (pkg) =>
      editNames(pkg, (names) =>
        names.map((n) => (n.localSheetId !== PROJECT_INDEX ? n : n.name === 'Total_3' ? { ...n, formula: '#REF!' } : n.name === 'General_3' ? { ...n, formula: `${quoteSheetName(PROJECT)}!#REF!` } : n)),
      ),
    ),
  'duplicate-tab-names.xlsx': async (base) => edited(base, (pkg) => pkg.edit('xl/workbook.xml', (xml) => xml.replace(`<sheet sheetId="2" name="${PROJECT}"`, `<sheet sheetId="2" name="${MEASURE}"`))),

  'merged-over-inputs.xlsx': async (base) =>
    edited(base, async (pkg) => {
      // Excel's Merge & Center keeps the top-left value and clears the rest.
      await pkg.setCell(PROJECT, 'G10', '');
      await pkg.setCell(PROJECT, 'H10', '');
      await pkg.edit(SHEET_PART, (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="F10:H10"/>`));
    }),
  'formula-errors.xlsx': async (base) => {
    let bytes = await putErrorValueLikeExcel(base, PROJECT, 'H10', '#REF!');
    bytes = await putErrorValueLikeExcel(bytes, PROJECT, 'H13', '#VALUE!');
    return putErrorValueLikeExcel(bytes, PROJECT, 'F17', '#DIV/0!');
  },
  'external-link.xlsx': async (base) => edited(base, async (pkg) => {
    await addExternalLink(pkg);
    await pkg.setCell(PROJECT, 'H10', '<f>[1]Sheet1!A1</f><v>141244</v>');
  }),
  'external-link-shared.xlsx': async (base) => edited(base, async (pkg) => {
    await addExternalLink(pkg);
    await pkg.setCell(PROJECT, 'F13', '<f t="shared" ref="F13:H13" si="0">[1]Sheet1!A1</f><v>4701</v>');
    await pkg.setCell(PROJECT, 'G13', '<f t="shared" si="0"/><v>4247</v>');
    await pkg.setCell(PROJECT, 'H13', '<f t="shared" si="0"/><v>3760</v>');
  }),
  'formula-cells.xlsx': async (base) =>
    edited(base, async (pkg) => {
      await pkg.setCell(PROJECT, 'A24', `<f>${excelText('HYPERLINK("http://evil.example/","令和元年度市税徴収率98.73%だった。")')}</f><v>令和元年度市税徴収率98.73%だった。</v>`, 'str');
      await pkg.setCell(PROJECT, 'A28', `<f>${excelText("cmd|' /C calc'!A0")}</f><v>0</v>`);
    }),
  'long-text.xlsx': async (base) => edited(base, (pkg) => pkg.setText(PROJECT, 'B8', '市税の賦課及び徴収。'.repeat(10_000))),
  'control-characters.xlsx': async (base) =>
    edited(base, (pkg) => pkg.setText(PROJECT, 'B8', '・市税の\u0001賦課\u0000及び\u001f徴収\u0008\t（タブ）\n改行 _x0041_ はそのまま')),
  'escape-sequences.xlsx': async (base) => edited(base, (pkg) => pkg.setText(PROJECT, 'H10', '\u001b[2J\u001b[31m１４１２４４\u001b[0m\r\u0007')),
  'control-characters-in-tab-name.xlsx': async (base) =>
    edited(base, (pkg) => pkg.edit('xl/workbook.xml', (xml) => xml.replace(`name="${PROJECT}"`, `name="${PROJECT}&#13;  OK&#10;"`))),
  'fullwidth-digits.xlsx': async (base) => edited(base, (pkg) => pkg.setText(PROJECT, 'H10', '１４１２４４')),
  'negative-money.xlsx': async (base) =>
    edited(base, async (pkg) => {
      await pkg.setNumber(PROJECT, 'H13', -3760);
      await pkg.setNumber(PROJECT, 'H14', 145004);
    }),
  'date-in-number.xlsx': async (base) =>
    edited(base, async (pkg) => pkg.setNumber(PROJECT, 'H10', 43556, await pkg.addNumberFormat(14))), // 2019-04-01
  'date1904.xlsx': async (base) =>
    edited(base, async (pkg) => {
      await pkg.edit('xl/workbook.xml', (xml) => xml.replace('<workbookPr ', '<workbookPr date1904="1" '));
      await pkg.setNumber(PROJECT, 'H10', 43556 - 1462, await pkg.addNumberFormat(14)); // 2019-04-01 counted from 1904
    }),
  'other-year.xlsx': async (base) => edited(base, (pkg) => pkg.setText(PROJECT, 'H1', '令和2年度')),
  'other-city.xlsx': async () => otherCity(),
  'pasted-other-layout.xlsx': async (base) =>
    edited(base, (pkg) =>
      pkg.edit(SHEET_PART, (xml) =>
        xml.replace(/<row r="(\d+)"[^>]*>[\s\S]*?<\/row>/g, (row: string, r: string) =>
          Number(r) < 5 || Number(r) > 28 ? row : row.replace(/<c r="([A-Z]+)(\d+)"/g, (_c, col: string, n: string) => `<c r="${letters(columnNumber(col) + 1)}${n}"`),
        ),
      ),
    ),

  'missing-sheet-part.xlsx': async (base) => edited(base, async (pkg) => pkg.remove(SHEET_PART)),
  'missing-sheet-relationship.xlsx': async (base) => edited(base, (pkg) => pkg.edit('xl/workbook.xml', (xml) => xml.replace(/(<sheet sheetId="2" [^>]*r:id=")[^"]*"/, '$1rIdNowhere"'))),
  'malformed-sheet.xlsx': async (base) => edited(base, (pkg) => pkg.edit(SHEET_PART, (xml) => xml.replace(/<c r="A5"([^>]*)>(<v>\d+<\/v>)<\/c>/, '<c r="A5"$1>$2</v></c>'))),
  'shared-string-out-of-range.xlsx': async (base) => edited(base, (pkg) => pkg.setCell(PROJECT, 'A5', '<v>999999</v>', 's')),
  'broken-styles.xlsx': async (base) => edited(base, (pkg) => pkg.edit('xl/styles.xml', (xml) => xml.slice(0, Math.floor(xml.length / 2)))),
};

/** LibreOffice's conversion, once for both .xls cases (it takes seconds). */
const xlsCache = new WeakMap<Buffer, Buffer>();
function xlsOf(base: Buffer): Buffer {
  const xls = xlsCache.get(base) ?? xlsBytes(base);
  xlsCache.set(base, xls);
  return xls;
}

/** A part that inflates to 300 MB from a few hundred KB, written with honest sizes or with a lie (10 KB). */
async function bomb(base: Buffer, part: string, lying: boolean): Promise<Buffer> {
  const entries = await rawEntries(base);
  const original = entries.find((e) => e.name === part)!;
  const chunk = 'A'.repeat(MB);
  const huge =
    part === SHEET_PART
      ? await streamedEntry(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`, chunk, 300, '</t></is></c></row></sheetData></worksheet>')
      : await streamedEntry(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>`, chunk, 300, '</t></si></sst>');
  if (lying) huge.declaredSize = 10 * 1024;
  return writeZip(entries.map((e) => (e === original ? huge : e)));
}

async function writeZipOf(parts: Record<string, string>): Promise<Buffer> {
  return writeZip(Object.entries(parts).map(([name, text]) => rawEntry(name, Buffer.from(text, 'utf8'))));
}

/** An externalLink part as Excel writes one for =[1]Sheet1!A1, with its External relationship. */
async function addExternalLink(pkg: XlsxPackage): Promise<void> {
  pkg.set(
    'xl/externalLinks/externalLink1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>141244</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
  );
  pkg.set(
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="${attr('file:///C:/予算/予算見積.xlsx')}" TargetMode="External"/></Relationships>`,
  );
  await pkg.edit('xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace('</Relationships>', '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
  );
  await pkg.edit('xl/workbook.xml', (xml) => xml.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  await pkg.edit('[Content_Types].xml', (xml) =>
    xml.replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'),
  );
}

/**
 * 1,000 sheets: the measure sheet, 998 copies of the project sheet (each its own project: name and rank changed in
 * its own part, names copied with the tab name) and the budget-only sheet, as Excel's "Move or Copy" leaves them.
 */
async function thousandSheets(base: Buffer): Promise<Buffer> {
  const pkg = await XlsxPackage.open(base);
  const workbook = await pkg.text('xl/workbook.xml');
  const { names } = parseWorkbookXml(workbook);
  const projectXml = await pkg.text(SHEET_PART);
  const budgetXml = await pkg.text('xl/worksheets/sheet3.xml'); // before the copies take its part's name
  const copies = 998;
  const sheetTags: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  const newNames: DefinedName[] = names.filter((n) => n.localSheetId === undefined || n.localSheetId === 0).map((n) => n);
  const sst = await pkg.text('xl/sharedStrings.xml');
  let count = sst.match(/<si>/g)!.length;
  const strings: string[] = [];
  sheetTags.push(`<sheet sheetId="1" name="${attr(MEASURE)}" state="visible" r:id="rIdS1"/>`);
  rels.push('<Relationship Id="rIdS1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>');
  for (let i = 0; i < copies; i++) {
    const index = i + 1;
    const title = i === 0 ? PROJECT : `${PROJECT} (${i + 1})`;
    strings.push(`<si><t>${excelText(`${PROJECT} その${i + 1}`)}</t></si>`);
    const xml = putCell(putCell(projectXml, 'A5', `<v>${count++}</v>`, 's'), 'G5', `<v>${i + 1}</v>`);
    pkg.set(`xl/worksheets/sheet${index + 1}.xml`, xml);
    sheetTags.push(`<sheet sheetId="${index + 1}" name="${attr(title)}" state="visible" r:id="rIdS${index + 1}"/>`);
    rels.push(`<Relationship Id="rIdS${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    for (const n of names.filter((m) => m.localSheetId === PROJECT_INDEX)) {
      newNames.push({ ...n, localSheetId: index, formula: n.formula.split(`${quoteSheetName(PROJECT)}!`).join(`${quoteSheetName(title)}!`) });
    }
  }
  const budgetIndex = copies + 1;
  pkg.set(`xl/worksheets/sheet${budgetIndex + 1}.xml`, budgetXml);
  sheetTags.push(`<sheet sheetId="${budgetIndex + 1}" name="${attr(BUDGET)}" state="visible" r:id="rIdS${budgetIndex + 1}"/>`);
  rels.push(`<Relationship Id="rIdS${budgetIndex + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${budgetIndex + 1}.xml"/>`);
  overrides.push(`<Override PartName="/xl/worksheets/sheet${budgetIndex + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  for (const n of names.filter((m) => m.localSheetId === 2)) newNames.push({ ...n, localSheetId: budgetIndex });
  pkg.set('xl/sharedStrings.xml', sst.replace('</sst>', `${strings.join('')}</sst>`).replace(/uniqueCount="\d+"/, `uniqueCount="${count}"`));
  const otherRels = (await pkg.text('xl/_rels/workbook.xml.rels')).replace(/<Relationship [^>]*\/worksheet"[^>]*\/>/g, '');
  pkg.set('xl/_rels/workbook.xml.rels', otherRels.replace('</Relationships>', `${rels.join('')}</Relationships>`));
  const types = await pkg.text('[Content_Types].xml');
  pkg.set('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  const withSheets = workbook.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${sheetTags.join('')}</sheets>`);
  pkg.set('xl/workbook.xml', replaceDefinedNames(withSheets, newNames));
  return pkg.bytes();
}

/** Another city's form: a similar title and labels, laid out one item per row, no defined names. */
async function otherCity(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('事務事業評価シート');
  const rows: [string, string | number][] = [
    ['事務事業評価シート', '令和元年度'],
    ['事務事業名', '市税賦課徴収事業'],
    ['所管課', '税務課'],
    ['事業概要', '市税の賦課及び徴収を行う。'],
    ['事業費（千円）', 141244],
    ['一般財源', 137484],
    ['活動指標', '市税収納率'],
    ['目標値', 99],
    ['実績値', 98.7],
    ['評価', 'B'],
  ];
  rows.forEach(([label, value], i) => {
    ws.getCell(i + 2, 2).value = label;
    ws.getCell(i + 2, 4).value = value;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(col: string): number {
  return [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The seed's 税務課 workbook, which checks clean. */
export async function baseWorkbook(): Promise<Buffer> {
  const submission = departmentSubmissions(loadSeedSheets()).find((s) => s.department === '税務課');
  if (!submission) throw new Error('the seed has no 税務課');
  return Buffer.from(await writeWorkbook(submission.sheets, { reportYear: submission.reportYear, department: submission.department }));
}

/** Writes every case's file into `dir` (only those named, if given) and returns their paths in table order. */
export async function makeHostile(dir = HOSTILE_DIR, only?: string[]): Promise<string[]> {
  const missing = HOSTILE_CASES.filter((c) => !BUILDERS[c.file]).map((c) => c.file);
  const extra = Object.keys(BUILDERS).filter((f) => !HOSTILE_CASES.some((c) => c.file === f));
  if (missing.length || extra.length) throw new Error(`cases and builders differ: missing ${missing.join(', ')}; extra ${extra.join(', ')}`);
  fs.mkdirSync(dir, { recursive: true });
  const base = await baseWorkbook();
  const out: string[] = [];
  for (const c of HOSTILE_CASES) {
    if (only && !only.includes(c.file)) continue;
    const file = path.join(dir, c.file);
    fs.writeFileSync(file, await BUILDERS[c.file](base));
    out.push(file);
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : HOSTILE_DIR;
  makeHostile(dir)
    .then((files) => console.log(`${files.length} hostile files → ${path.relative(process.cwd(), dir) || '.'}`))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}

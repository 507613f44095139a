// Which part holds each sheet, read from workbook.xml's <sheets> and its relationships: attributes and targets as
// Excel writes them are read by position, any other spelling the general way, with the same result.
import { parseXmlAttributes } from './definedNames';
import { workbookParts } from './workbookParts';

const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: string[]) => `<?xml version="1.0"?><Relationships xmlns="x">${items.join('')}</Relationships>`;
const workbook = (sheets: string[]) => `<workbook xmlns:r="r"><sheets>${sheets.join('')}</sheets></workbook>`;

it('reads attributes written as Excel writes them as their other spellings are read', () => {
  const expected = new Map([
    ['Id', 'rId1'],
    ['Type', `${TYPE}/worksheet`],
    ['Target', "a'b&c"],
  ]);
  for (const text of [
    ` Id="rId1" Type="${TYPE}/worksheet" Target="a'b&amp;c"`,
    `  Id = "rId1"\tType='${TYPE}/worksheet' Target="a&apos;b&#38;c" `,
    ` Id="rId1"Type="${TYPE}/worksheet" Target="a'b&amp;c"`,
  ])
    expect(parseXmlAttributes(text)).toEqual(expected);
  // A name given twice keeps its first place and its last value, either way.
  for (const text of [' a="1" b="2" a="3"', ' a="1" b=\'2\' a="3"']) expect([...parseXmlAttributes(text)]).toEqual([['a', '3'], ['b', '2']]);
  expect([...parseXmlAttributes(' r:id="rId4" x-y.z_1="" odd')]).toEqual([['r:id', 'rId4'], ['x-y.z_1', '']]);
  expect(parseXmlAttributes('')).toEqual(new Map());
});

it("finds each sheet's part whatever the spelling of its relationship's target", () => {
  const targets = ['worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml', './worksheets/sheet3.xml', 'worksheets//sheet4.xml', '../xl/worksheets/sheet5.xml', 'worksheets/a&amp;b.xml', 'worksheets/a./s.xml', 'worksheets/', 'sheet9.'];
  const parts = workbookParts(
    workbook(targets.map((_, i) => `<sheet name="s${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)),
    rels(targets.map((target, i) => `<Relationship Id="rId${i + 1}" Type="${TYPE}/worksheet" Target="${target}"/>`)),
  );
  expect(parts.sheets.map((s) => s.path)).toEqual([
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
    'xl/worksheets/sheet3.xml',
    'xl/worksheets/sheet4.xml',
    'xl/worksheets/sheet5.xml',
    'xl/worksheets/a&b.xml',
    'xl/worksheets/a./s.xml',
    'xl/worksheets',
    'xl/sheet9.',
  ]);
});

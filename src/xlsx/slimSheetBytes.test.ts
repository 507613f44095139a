// The byte cutter (slimSheetBytes.ts) gives what the slimmer gives on the decoded text, and leaves every other shape
// to it.
import { SheetValues, type CellContext, type KeptCells } from "./sheetCells";
import { cellKey, SheetSlimmer, type KeptCell, type SheetWindow, type SlimSheet } from "./slimSheet";
import { slimSheetBytes, type ByteSheet } from "./slimSheetBytes";

const WINDOW: SheetWindow = {
  rows: 3,
  cols: 3,
  cells: new Set([cellKey(40, 2), cellKey(41, 30)]),
};
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="m" xmlns:x14ac="x"><dimension ref="A1:H50"/><sheetData>';

function general(xml: string): SlimSheet {
  const slimmer = new SheetSlimmer(WINDOW);
  slimmer.push(xml);
  return slimmer.finish();
}

function listed(cells: KeptCells | KeptCell[]) {
  if (Array.isArray(cells)) return cells.map(({ row, col, xml }) => ({ row, col, xml }));
  return Array.from({ length: cells.count }, (_, i) => ({ row: cells.row(i), col: cells.col(i), xml: cells.xml(i) }));
}

function plainCells(slim: SlimSheet | ByteSheet | undefined) {
  return slim && { cells: listed(slim.cells), merges: slim.merges };
}

function bytes(xml: string): Uint8Array {
  return new TextEncoder().encode(xml);
}

it("cuts a sheet as Excel and ExcelJS write it exactly as the slimmer does", () => {
  const rows = [
    '<row r="1" spans="1:8" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>50</v></c><c r="B1" s="1"/><c r="D1" s="2"><v>1</v></c></row>',
    '<row r="2"><c r="A2" t="str"><f>IF(A1=&quot;作成中&quot;,1,2)</f><v>作成中</v></c><c r="B3"><v>9</v></c><c r="$C$2"><v>3</v></c></row>',
    '<row r="3"/><row r="5"><c r="A5"><v>1</v></c></row>',
    '<row r="40"><c r="A40"><v>1</v></c><c r="B40" t="inlineStr"><is><t>下の名前</t></is></c></row>',
    '<row r="41"><c r="AD41"><v>7</v></c></row><row r="42"><c r="B42"><v>1</v></c></row>',
  ].join("");
  const tail =
    '</sheetData><mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="$C$40:A39"/><mergeCell ref="A50:B51"/><mergeCell  ref=" a2 "/><mergeCell ref=\'B2:C3\'/><mergeCell ref="C1:C2" /><mergeCell ref="B3"/><mergeCell ref="A1:B"/><mergeCell ref="$B$1"/><mergeCell ref="A1:B2:C3"/><mergeCell ref="ABCD1:B2"/><mergeCellX ref="A1:B2"/><mergeCell ref="C3:A2"></mergeCell><mergeCell ref="a1:b1"/></mergeCells><dataValidations count="1"><dataValidation sqref="F5"><formula1>"新規,継続"</formula1></dataValidation></dataValidations></worksheet>';
  const xml = `${HEAD}${rows}${tail}`;
  const fast = slimSheetBytes(bytes(xml), WINDOW);
  expect(fast).toBeDefined();
  expect(plainCells(fast)).toEqual(plainCells(general(xml)));
  expect(listed(fast!.cells).map((c) => c.xml)).toContain('<c r="A2" t="str"><f>IF(A1=&quot;作成中&quot;,1,2)</f><v>作成中</v></c>');
});

it("leaves every other shape to the slimmer", () => {
  const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
  const odd = [
    `<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    `\ufeff${HEAD}${row}</sheetData></worksheet>`,
    `${HEAD}<!-- a comment -->${row}</sheetData></worksheet>`,
    `${HEAD}<row><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    `${HEAD}<row r="1"><c><v>1</v></c></row></sheetData></worksheet>`,
    `${HEAD}<row r="1"><c s="1" r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    `${HEAD}${row}<row r="2"><c r="A2"><v>1</v></c>`,
    `${HEAD}<row r="1"><c r="A1"><v>1</v></c><extLst/></row></sheetData></worksheet>`,
    "<worksheet/>",
    `<worksheet xmlns="m"><sheetData/></worksheet>`,
  ];
  for (const xml of odd) expect(slimSheetBytes(bytes(xml), WINDOW)).toBeUndefined();
});

it("finds the root and <sheetData> in a head as the slimmer's patterns do, or leaves the head to it", () => {
  const body = '<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
  const taken = [
    '<worksheet\txmlns="m"><sheetData >',
    '<?xml version="1.0"?><worksheetX/><worksheet><sheetData>',
    '<worksheet xmlns="m"><sheetPr/><sheetData/ >',
    '<worksheet xmlns="m"><sheetPr codeName="様式1"/><sheetData>',
    '<?xml version="1.0"?><!-- 様式 --><worksheet xmlns="m"><sheetData>',
  ];
  const left = [
    '<!-- <sheetData> --><worksheet><sheetData>',
    '<x:worksheet xmlns:x="m"><worksheet><sheetData>',
    '<worksheet><sheetDataX/><sheetData>',
    '<worksheet/><worksheet><sheetData>',
    '<sheetData><worksheet><sheetData>',
    '<worksheet <sheetData>',
    '<worksheet\u3000xmlns="m"><sheetData>',
    '<x:worksheet\u3000xmlns:x="m"><worksheet><sheetData>',
    '<worksheet><sheetData\u3000>',
  ];
  for (const head of taken) expect(plainCells(slimSheetBytes(bytes(head + body), WINDOW))).toEqual(plainCells(general(head + body)));
  for (const head of left) expect(slimSheetBytes(bytes(head + body), WINDOW)).toBeUndefined();
});

it("reads every cell's value from the bytes as the general path reads it from the text", () => {
  const cells = [
    '<c r="A1" s="1" t="s"><v>1</v></c>',
    '<c r="B1" s="3"><v>45000</v></c>',
    '<c r="C1" t="b"><v>1</v></c>',
    '<c r="D1" s="2"/>',
    '<c r="E1" t="e"><v>#N/A</v></c>',
    '<c r="F1" t="str"><v>作成中</v></c>',
    '<c r="G1" t="str"><v>a &amp; b</v></c>',
    '<c r="H1"></c>',
    '<c r="I1" t="s" s="1"><v>0</v></c>',
    '<c r="J1" s="0" t="n"><v>-1.5E-3</v></c>',
    '<c r="K1" cm="1"><v>2</v></c>',
    '<c r="L1"><v></v></c>',
    '<c r="M1" t="inlineStr"><is><t>直接</t></is></c>',
    '<c r="N1"><f>SUM(B1:C1)</f><v>3</v></c>',
    '<c r="O1" s="12345678901"><v>1</v></c>',
    '<c r="P1" t="s"><v>01</v></c>',
    '<c r="Q1"><v>1234567890123456789</v></c>',
    '<c r="R1" t="n"><v>0</v></c>',
    '<c r="S1" t="S"><v>1</v></c>',
    '<c r="T1" s="3"><v>000123</v></c>',
    '<c r="U1" t="STR"><v>x</v></c>',
    '<c r="V1"><v>12a</v></c>',
    '<c r="W1" t="st"><v>1</v></c>',
    '<c r="X1" t="str"><v>7</v></c>',
    '<c r="Y1"><v>1.5</v></c>',
    '<c r="Z1" t="s"><v>1 </v></c>',
  ];
  const xml = `${HEAD}<row r="1">${cells.join("")}</row></sheetData></worksheet>`;
  const window: SheetWindow = { rows: 5, cols: 26, cells: new Set() };
  const context: CellContext = {
    sharedStrings: ["一", "二"],
    dateStyles: () => (style) => style === 3,
    date1904: false,
  };
  const fast = slimSheetBytes(bytes(xml), window)!;
  const slimmer = new SheetSlimmer(window);
  slimmer.push(xml);
  const [a, b] = [new SheetValues(fast.cells, context), new SheetValues(slimmer.finish().cells, context)];
  const values = (v: SheetValues) => v.places().map(({ row, col }) => v.at(row, col));
  expect(values(a)).toEqual(values(b));
  expect(values(a).slice(0, 6)).toEqual([{ value: "二" }, { value: "2023-03-15", date: true }, { value: "TRUE" }, { value: null }, { value: null, error: "#N/A" }, { value: "作成中" }]);
});

it("tells a shared string that is not there as the general path does", () => {
  const context: CellContext = { sharedStrings: ["一"], dateStyles: () => () => false, date1904: false };
  const window: SheetWindow = { rows: 5, cols: 26, cells: new Set() };
  for (const v of ["7", "07"]) {
    const xml = `${HEAD}<row r="1"><c r="A1" t="s"><v>${v}</v></c></row></sheetData></worksheet>`;
    const slimmer = new SheetSlimmer(window);
    slimmer.push(xml);
    const general = () => new SheetValues(slimmer.finish().cells, context).at(1, 1);
    const fast = () => new SheetValues(slimSheetBytes(bytes(xml), window)!.cells, context).at(1, 1);
    expect(general).toThrow(`shared string ${v} is not in the shared strings (1)`);
    expect(fast).toThrow(`shared string ${v} is not in the shared strings (1)`);
  }
});

it("finds cells written out of order or twice as the general path does (the later of two)", () => {
  const context: CellContext = { sharedStrings: [], dateStyles: () => () => false, date1904: false };
  const window: SheetWindow = { rows: 5, cols: 26, cells: new Set() };
  for (const row of ['<c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>', '<c r="A1"><v>1</v></c><c r="A1"><v>4</v></c><c r="B1"><v>2</v></c>']) {
    const xml = `${HEAD}<row r="1">${row}</row><row r="2"><c r="A2"><v>5</v></c></row></sheetData></worksheet>`;
    const slimmer = new SheetSlimmer(window);
    slimmer.push(xml);
    const fast = slimSheetBytes(bytes(xml), window)!;
    expect(fast.cells.ordered).toBe(false);
    const [a, b] = [new SheetValues(fast.cells, context), new SheetValues(slimmer.finish().cells, context)];
    const at = (v: SheetValues) => [1, 2, 3].map((col) => v.at(1, col)).concat(v.at(2, 1));
    expect(at(a)).toEqual(at(b));
  }
  expect(slimSheetBytes(bytes(`${HEAD}<row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row><row r="2"><c r="A2"/></row></sheetData></worksheet>`), window)!.cells.ordered).toBe(true);
});

it("takes the merges up to the end of their list, as the slimmer does whether the text comes whole or in pieces", () => {
  const rows = '<row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
  const merge = (ref: string) => `<mergeCell ref="${ref}"/>`;
  const tails = [
    `<mergeCells count="1">${merge("A1:B1")}</mergeCells><extLst>${merge("A2:B2")}</extLst></worksheet>`,
    `<mergeCells count="1">${merge("A1:B1")}</mergeCells ><dataValidations><dataValidation sqref="F5"><formula1>"新規"</formula1></dataValidation></dataValidations>${merge("A2:B2")}</worksheet>`,
    `<mergeCells/>${merge("A1:B1")}</worksheet>`,
    `<mergeCells count="2">${merge("A1:B1")}<mergeCell ref="C1:C2"></mergeCell>${merge("A3:C3")}</mergeCells></worksheet>`,
    `${merge("A1:B1")}<mergeCellsX a="1"/>${merge("A2:B2")}</worksheet>`,
    `<mergeCells>${merge("A1:B1")}</mergeCellsX>${merge("A2:B2")}</mergeCells\t>${merge("A3:B3")}</worksheet>`,
  ];
  for (const tail of tails) {
    const xml = `${HEAD}${rows}${tail}`;
    const whole = general(xml);
    const fast = slimSheetBytes(bytes(xml), WINDOW);
    expect(fast).toBeDefined();
    expect(plainCells(fast)).toEqual(plainCells(whole));
    for (const size of [7, 31]) {
      const slimmer = new SheetSlimmer(WINDOW);
      for (let at = 0; at < xml.length; at += size) slimmer.push(xml.slice(at, at + size));
      expect(slimmer.finish().merges).toEqual(whole.merges);
    }
  }
  expect(general(`${HEAD}${rows}${tails[0]}`).merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  // A merge whose tag holds a '<' (an end of the list might start in it), or an end followed by a non-ASCII byte.
  for (const tail of [`<mergeCells><mergeCell ref="A1:B1" </mergeCells>${merge("A2:B2")}</worksheet>`, `<mergeCells>${merge("A1:B1")}</mergeCells\u3000>${merge("A2:B2")}</worksheet>`]) {
    expect(slimSheetBytes(bytes(`${HEAD}${rows}${tail}`), WINDOW)).toBeUndefined();
  }
});

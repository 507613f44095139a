// Department text in the report stays text: nothing a department types becomes a formula or an external link.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { ProjectSheet } from '../src/core/model';
import { validMeasure, validPolicy, validProject } from '../src/core/rules/testing/fixtures';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeReport } from '../src/xlsx/report/writeReport';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

const HOSTILE = ['=HYPERLINK("http://evil.example/","click")', "=cmd|' /C calc'!A0", '+81-3-0000', '-1+2', '@SUM(A1)'];

it('writes hostile department text as plain text, and links only inside the report', async () => {
  const project: ProjectSheet = { ...validProject, name: HOSTILE[0], summary: HOSTILE[1], department: HOSTILE[2], notes: HOSTILE[3], result: HOSTILE[4] };
  const source = await writeWorkbook([validPolicy, validMeasure, project], { reportYear: 2019, department: HOSTILE[2] });
  const read = await readWorkbook(source, 'hostile.xlsx');
  expect(read.sheets[2].sheet).toEqual(project);
  const report = await writeReport(consolidate([read]));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(report as unknown as ArrayBuffer);
  const formulas: string[] = [];
  const texts: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v) formulas.push(v.formula ?? '');
        else if (typeof v === 'string') texts.push(v);
      }),
    ),
  );
  for (const text of HOSTILE) expect(texts).toContain(text);
  for (const f of formulas) expect(f).toMatch(/^(HYPERLINK\("#'|SUMIFS\(|COUNTIFS\(|N\()/);
  const links = formulas.filter((f) => f.startsWith('HYPERLINK'));
  expect(links.some((f) => f.includes('evil.example'))).toBe(true); // the tab named after the project, quoted
  for (const f of links) expect(f).toMatch(/^HYPERLINK\("#'(?:[^']|'')*'![A-Z]+\d+","(?:[^"]|"")*"\)$/);

  const zip = await JSZip.loadAsync(report);
  const parts = Object.keys(zip.files);
  expect(parts.filter((p) => p.includes('externalLink'))).toEqual([]);
  for (const rels of parts.filter((p) => p.endsWith('.rels'))) expect(await zip.file(rels)!.async('string')).not.toContain('External');
});

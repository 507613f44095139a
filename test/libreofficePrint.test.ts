// The report workbook prints as a city prints its report: each project sheet on one A4 page, tables repeating
// their header rows, the report's title above every page and page numbers below. LibreOffice renders the PDF.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { consolidate } from '../src/core/consolidate/consolidate';
import type { PolicyReport } from '../src/core/consolidate/types';
import { departmentSubmissions } from '../src/sample/departments';
import { loadSeedSheets } from '../src/sample/seed';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { planSheets } from '../src/core/report/plan';
import { writeReportFile } from '../src/xlsx/report/writeReportFile';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { pdfPageCounts } from './support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-print-'));
let report: PolicyReport;
let reportFile: string;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  const reads = await Promise.all(
    departmentSubmissions(loadSeedSheets()).map(async (s) => readWorkbook(await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }), `${s.department}.xlsx`)),
  );
  report = consolidate(reads);
  reportFile = path.join(dir, 'report.xlsx');
  await writeReportFile(report, reportFile); // streamed, as the CLI writes it
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(reportFile);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('prints every project sheet on one A4 portrait page', async () => {
  const projects = planSheets(report).filter((p) => p.kind === 'model' && p.sourced.sheet.kind === 'project').map((p) => p.title);
  // The report with only its project sheets: its page count is one per project when each fits one page.
  const only = new ExcelJS.Workbook();
  await only.xlsx.readFile(reportFile);
  for (const ws of [...only.worksheets]) if (!projects.includes(ws.name)) only.removeWorksheet(ws.id);
  const projectsFile = path.join(dir, 'projects.xlsx');
  await only.xlsx.writeFile(projectsFile);
  const [pages] = await pdfPageCounts([projectsFile]);
  expect(projects.length).toBe(report.measures.reduce((n, m) => n + m.projects.length, 0));
  expect(pages).toBe(projects.length);
  for (const name of projects) expect(book.getWorksheet(name)?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 });
});

it('heads every page with the report title and numbers the pages', () => {
  for (const ws of book.worksheets) {
    expect({ sheet: ws.name, header: ws.headerFooter.oddHeader, footer: ws.headerFooter.oddFooter }).toEqual({
      sheet: ws.name,
      header: '&C令和元年度 成果説明書 政策6 全ての主体が参加し、協働するまちづくり',
      footer: '&C&P / &N',
    });
  }
});

it('repeats the header rows of the summary sheets on every page', () => {
  expect(book.getWorksheet('事業費一覧')?.pageSetup.printTitlesRow).toBe('1:2');
  expect(book.getWorksheet('指摘事項')?.pageSetup.printTitlesRow).toBe('1:3');
  expect(book.getWorksheet('提出状況')?.pageSetup.printTitlesRow).toBe('1:3');
  expect(book.getWorksheet('表紙')?.pageSetup.printTitlesRow).toBe('1:5');
});

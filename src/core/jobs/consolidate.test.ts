// The consolidation job on the seed's department workbooks: the policy report and its file name.
import { book } from '../rules/testing/setFixtures';
import { departmentSubmissions } from '../../sample/departments';
import { loadSeedSheets } from '../../sample/seed';
import { FULLCOST_EVALUATION_LAYOUT, validEvaluation } from '../rules/testing/formFixtures';
import { readCellsOf } from '../readCells';
import type { WorkbookRead } from '../source';
import { consolidateJob, consolidateScoped } from './consolidate';

const seedBooks = departmentSubmissions(loadSeedSheets()).map((s) => book(s.department!, s.sheets));

it("consolidates the seed's policy 6 for FY2019, named as the report is saved", () => {
  const { report, fileName } = consolidateJob({ workbooks: seedBooks });
  expect(report.reportYear).toBe(2019);
  expect(report.measures.map((m) => m.number)).toEqual(['6-1', '6-2', '6-3', '6-4', '6-5']);
  expect(report.totals['2019'].total).toBe(3488466);
  expect(fileName).toBe('成果説明書_政策6_令和元年度.xlsx');
});

it('takes the year asked for over the policy sheet’s, and then every sheet of FY2019 is a finding', () => {
  const { report, fileName } = consolidateJob({ workbooks: seedBooks, reportYear: 2020 });
  expect(report.reportYear).toBe(2020);
  expect(fileName).toBe('成果説明書_政策6_令和2年度.xlsx');
  const otherYear = report.findings.filter((f) => f.ruleId === 'year-labels' && f.messageId === 'otherYear');
  expect(otherYear).toHaveLength(seedBooks.reduce((n, wb) => n + wb.sheets.length, 0));
});

it('still gives a report when nothing could be read, listing the file', () => {
  const { report } = consolidateJob({ workbooks: [{ file: '壊れた.xlsx', meta: {}, sheets: [], problems: [{ code: 'notXlsx' }] }] });
  expect(report.measures).toEqual([]);
  expect(report.status.files.map((f) => f.file)).toEqual(['壊れた.xlsx']);
  expect(report.findings.map((f) => f.ruleId)).toContain('file-unreadable');
});

it('consolidates workbooks of a built-in form format as its definition says, picked by what they record', () => {
  const fullcost: WorkbookRead = {
    file: '市民課.xlsx',
    meta: { format: { id: 'fullcost', version: 1 }, reportYear: 2019 },
    sheets: [{ sheet: validEvaluation, source: { file: '市民課.xlsx', sheetName: '市民活動支援事業', layout: FULLCOST_EVALUATION_LAYOUT, readBy: 'names', cells: readCellsOf(FULLCOST_EVALUATION_LAYOUT, new Map()) } }],
    problems: [],
  };
  const result = consolidateScoped({ workbooks: [fullcost] });
  expect(result.scope).toBe('form');
  expect(result.fileName).toBe('事務事業評価シート（フルコスト）_集計_令和元年度.xlsx');
  expect(result.scope === 'form' && result.report.groups.map((g) => g.key)).toEqual(['06-01']);
  expect(consolidateScoped({ workbooks: seedBooks }).scope).toBe('policy');
});

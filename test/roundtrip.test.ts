// Templates and filled workbooks read back as the model that made them, for every sheet kind and the whole seed.
import { blankSheet } from '../src/core/template';
import { SHEET_KINDS, type Sheet } from '../src/core/model';
import { toSubmission } from '../src/core/submissionOf';
import { loadSeedSheets } from '../src/sample/seed';
import { departmentSubmissions } from '../src/sample/departments';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

const seed = loadSeedSheets();

async function roundTrip(sheets: Sheet[], department: string | null = null) {
  const bytes = await writeWorkbook(sheets, { reportYear: sheets[0].reportYear, department });
  return readWorkbook(bytes, 'test.xlsx');
}

describe('templates', () => {
  it.each(SHEET_KINDS)('a blank %s template reads back as the blank sheet, by its names', async (kind) => {
    const blank = blankSheet({ kind, reportYear: 2019, measure: '6-1', department: '企画課' });
    const read = await roundTrip([blank]);
    expect(read.problems).toEqual([]);
    expect(read.sheets.map((s) => s.sheet)).toEqual([blank]);
    expect(read.sheets[0].source.readBy).toBe('names');
  });
});

describe('the seed', () => {
  it('has the policy header, 5 measure sheets and 47 projects', () => {
    expect(seed.filter((s) => s.kind === 'policy')).toHaveLength(1);
    expect(seed.filter((s) => s.kind === 'measure').map((s) => s.kind === 'measure' && s.measure.number)).toEqual(['6-1', '6-2', '6-3', '6-4', '6-5']);
    expect(seed.filter((s) => s.kind === 'project' || s.kind === 'budget-only')).toHaveLength(47);
  });

  it('export(fill(seed)) = seed for every department workbook', async () => {
    for (const submission of departmentSubmissions(seed)) {
      const read = await roundTrip(submission.sheets, submission.department);
      expect(toSubmission(read, read.meta.format!)).toEqual({ format: 'komoro/1', ...submission });
    }
  });

  it('every sheet of every kind survives the round trip with each value at its named cell', async () => {
    const read = await roundTrip(seed);
    expect(read.sheets.map((s) => s.sheet)).toEqual(seed);
    const project = read.sheets.find((s) => s.sheet.kind === 'project' && s.sheet.name === '市民活動支援事業')!;
    expect(project.source.cells.get('Total_1')).toMatchObject({ address: 'F10', located: 'name', raw: { value: 7267 } });
    expect(project.source.cells.get('Other_1')?.raw.value).toBe(342);
  });
});

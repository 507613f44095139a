// The seed's policy 6 split into the workbooks its departments submit, for the cases of the rules over a set of workbooks.
import type { MeasureSheet, PolicySheet, ProjectSheet, Sheet } from '../../model';
import { preferredTitle } from '../../sheetTitle';
import type { ReadSheet, WorkbookRead } from '../../source';
import { readSheetOf, validMeasure, validPolicy, validProject, workbookOf } from './fixtures';


/** A sheet as read from its own tab, named as staff name it (the project's name, 施策6-1, 政策6). */
export function read(sheet: Sheet): ReadSheet {
  return readSheetOf(sheet, {}, { sheetName: preferredTitle(sheet) });
}

/** One department's workbook, e.g. 市民課.xlsx. */
export function book(department: string, sheets: Sheet[]): WorkbookRead {
  return workbookOf(`${department}.xlsx`, sheets.map(read));
}

export const project = (changes: Partial<ProjectSheet>): ProjectSheet => ({ ...validProject, ...changes });

const MEASURE_NAMES: Record<string, string> = {
  '6-1': '協働によるまちづくりを推進します',
  '6-2': '行政マネジメントシステムの継続的な改善と円滑な運用を図ります',
  '6-3': '財政の健全性を確保しながら、効率的・効果的な財政運営を進めます',
  '6-4': '市税収入をはじめとする自主財源の安定的な確保を図ります',
  '6-5': '来庁者サービスの改善を図ります',
};

/** The 施策シート of one of policy 6's measures. */
export const measure = (number: string, department = '企画課'): MeasureSheet => ({ ...validMeasure, department, measure: { number, name: MEASURE_NAMES[number] ?? null } });

/** The seed's 政策シート: policy 6 with its five measures 6-1 … 6-5. */
export const policy6: PolicySheet = { ...validPolicy, measures: Object.entries(MEASURE_NAMES).map(([number, name]) => ({ number, name })) };

// The projects of measure 6-1 in the seed, each run by its own department.
export const shimin = validProject; // 市民活動支援事業, 市民課, 2位
export const kyodo = project({ name: '市民協働推進事業', rank: 1, department: '総務課', pledge: '2:有' });
export const hyosho = project({ name: '表彰事業', rank: 3, department: '企画課' });
export const dantai = project({ name: '各種団体連携事業', rank: '-', department: '企画課' });


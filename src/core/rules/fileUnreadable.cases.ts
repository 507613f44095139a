import type { FileProblem, WorkbookRead } from '../source';
import { readSheetOf, validPolicy, validProject, workbookOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

/** A file the reader could not take sheets from. */
const failed = (file: string, problem: FileProblem): WorkbookRead => ({ file, meta: {}, sheets: [], problems: [problem] });

const CORRUPT_ZIP = 'End of data reached (data length = 0, asked index = 4). Corrupted zip ?';

export const cases: RuleCases = {
  valid: [
    { name: '企画課.xlsx: 政策シートを読めた', input: workbookOf('企画課.xlsx', [readSheetOf(validPolicy)]) },
    { name: '市民課.xlsx: 事務事業シートを読めた', input: workbookOf('市民課.xlsx', [readSheetOf(validProject)]) },
  ],
  invalid: [
    {
      name: '途中で切れた 総務課.xlsx（壊れた zip）',
      input: failed('総務課.xlsx', { code: 'unreadable', detail: CORRUPT_ZIP }),
      findings: [{ messageId: 'unreadable', file: '総務課.xlsx', data: { detail: CORRUPT_ZIP } }],
    },
    { name: '0 バイトの 財政課.xlsx', input: failed('財政課.xlsx', { code: 'empty' }), findings: [{ messageId: 'empty', file: '財政課.xlsx', data: {} }] },
    {
      name: 'CSV に .xlsx と名前を付けた 税務課.xlsx',
      input: failed('税務課.xlsx', { code: 'notXlsx', detail: 'xl/workbook.xml がありません' }),
      findings: [{ messageId: 'notXlsx', file: '税務課.xlsx', data: { detail: 'xl/workbook.xml がありません' } }],
    },
    { name: 'Excel 97-2003 形式で保存した 会計課.xls', input: failed('会計課.xls', { code: 'xls' }), findings: [{ messageId: 'xls', file: '会計課.xls' }] },
    { name: 'パスワードを付けた 議会事務局.xlsx', input: failed('議会事務局.xlsx', { code: 'encrypted' }), findings: [{ messageId: 'encrypted', file: '議会事務局.xlsx' }] },
    { name: 'seika のシートがない白紙の 市民課.xlsx', input: failed('市民課.xlsx', { code: 'noSeikaSheets' }), findings: [{ messageId: 'noSeikaSheets', file: '市民課.xlsx' }] },
    {
      name: '展開すると 300 MB になる共有文字列を含む 企画課.xlsx（zip 爆弾）',
      input: failed('企画課.xlsx', { code: 'tooLarge', detail: 'xl/sharedStrings.xml 300 MB > 32 MB' }),
      findings: [{ messageId: 'tooLarge', file: '企画課.xlsx', data: { detail: 'xl/sharedStrings.xml 300 MB > 32 MB' } }],
    },
    {
      name: '1 枚のシートの XML が壊れた 総務課.xlsx（ほかのシートは読めた）',
      input: { ...workbookOf('総務課.xlsx', [readSheetOf(validProject)]), problems: [{ code: 'unreadable', sheet: '職員厚生費', detail: 'row 17 is not closed' }] },
      findings: [{ messageId: 'sheetUnreadable', file: '総務課.xlsx', sheet: '職員厚生費' }],
    },
    {
      name: '1 枚のシートの下に 300 MB の表を貼った 財政課.xlsx',
      input: { ...workbookOf('財政課.xlsx', [readSheetOf(validProject)]), problems: [{ code: 'tooLarge', sheet: '台帳', detail: 'xl/worksheets/sheet2.xml 300 MB > 256 MB' }] },
      findings: [{ messageId: 'sheetTooLarge', file: '財政課.xlsx', sheet: '台帳', data: { detail: 'xl/worksheets/sheet2.xml 300 MB > 256 MB' } }],
    },
  ],
};

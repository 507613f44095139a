// A file that gave no sheets (or could not be opened), or one sheet that could not be read while the others were:
// each problem the reader met, said so a clerk can fix it.
import type { FileProblem, WorkbookRead } from '../source';
import { workbookRule } from './define';
import type { Report } from './types';

type MessageId = FileProblem['code'] | 'sheetUnreadable' | 'sheetTooLarge';

/** A problem with one sheet (the others were read) has its own message, at that sheet. */
function messageIdOf(problem: FileProblem): MessageId {
  if (problem.sheet === undefined) return problem.code;
  return problem.code === 'tooLarge' ? 'sheetTooLarge' : 'sheetUnreadable';
}

export const fileUnreadableRule = workbookRule({
  id: 'file-unreadable',
  severity: 'error',
  description: { ja: 'ファイルが読み込めること（.xlsx 形式で、seika のシートがあること）', en: 'The file can be read: an .xlsx workbook holding seika sheets' },
  messages: {
    ja: {
      unreadable: 'ファイルを読み込めませんでした（壊れているか、Excel のファイルではありません）。Excel で開けるか確かめ、.xlsx 形式で保存し直して提出してください。',
      empty: 'ファイルが空（0 バイト）です。保存が途中で終わった可能性があります。Excel で保存し直したファイルを提出してください。',
      notXlsx: 'Excel の .xlsx ファイルではありません（CSV や PDF などに .xlsx と名前を付けたものなど）。配布したテンプレートに入力した .xlsx ファイルを提出してください。',
      xls: 'Excel 97-2003 形式 (.xls) です。Excel で開き、「名前を付けて保存」で .xlsx 形式（Excel ブック）で保存し直してください。',
      encrypted: 'パスワードで保護されています。Excel で開いてパスワードを解除し（ファイル → 情報 → ブックの保護）、保存し直してください。',
      noSeikaSheets: 'seika のシートが見つかりません。配布したテンプレートの事務事業シート・施策シート・政策シートに入力したブックを提出してください（シートの見出しを消したり、別のブックに値だけを写したりしていないか確かめてください）。',
      tooLarge: 'ファイルが大きすぎて確認できません（{detail}）。seika のシート以外（大きな表や画像など）を別のブックに分け、保存し直して提出してください。',
      sheetUnreadable: 'このシートは壊れていて読み込めませんでした（ほかのシートは確認しました）。Excel でこのシートを開いて確かめ、配布したテンプレートのシートに入力し直して提出してください。',
      sheetTooLarge: 'このシートは大きすぎて確認できません（{detail}。ほかのシートは確認しました）。seika のシートの下や横に貼り付けた大きな表を別のブックに移し、保存し直して提出してください。',
    },
    en: {
      unreadable: 'The file could not be read (damaged, or not an Excel file). Check that it opens in Excel and save it again as .xlsx.',
      empty: 'The file is empty (0 bytes); saving may have been interrupted. Save it again in Excel and submit that file.',
      notXlsx: 'This is not an .xlsx file (a CSV or PDF renamed .xlsx?). Submit the .xlsx file made from the template.',
      xls: 'This is an Excel 97-2003 (.xls) file. Open it in Excel and save it as .xlsx (Excel Workbook).',
      encrypted: 'The file is protected by a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.',
      noSeikaSheets: 'No seika sheets were found. Submit the workbook made from the template (were the sheet headings deleted, or the values copied into another workbook?).',
      tooLarge: 'The file is too large to check ({detail}). Move everything but the seika sheets (large tables, pictures) into another workbook and save it again.',
      sheetUnreadable: 'This sheet is damaged and could not be read (the other sheets were checked). Open it in Excel to see what is wrong, enter it again in a sheet of the template and submit that.',
      sheetTooLarge: 'This sheet is too large to check ({detail}; the other sheets were checked). Move the large table pasted below or beside the form into another workbook and save it again.',
    },
  },
  check(workbook: WorkbookRead) {
    return workbook.problems.map((problem: FileProblem): Report<MessageId> => ({
      messageId: messageIdOf(problem),
      data: problem.detail ? { detail: problem.detail } : {},
      at: problem.sheet === undefined ? { file: workbook.file } : { file: workbook.file, sheet: problem.sheet },
    }));
  },
});

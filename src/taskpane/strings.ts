// The pane's words in Japanese and English. One interface for both, so a text missing in either language
// fails the compiler (as the rules' messages do); the language also picks the findings' wording.
import { createContext, useContext } from 'react';
import type { AchievementStatus } from '../core/consolidate/types';
import type { FileProblemCode } from '../core/source';
import type { Lang, Severity } from '../core/rules/types';
import type { SheetKind } from '../core/model';

export interface Strings {
  title: string;
  modeExcel: string;
  modeBrowser: string;
  language: string;
  tabs: { template: string; check: string; consolidate: string };
  severity: Record<Severity, string>;
  count: (n: number) => string;
  kinds: Record<SheetKind, { label: string; hint: string }>;
  template: {
    intro: string;
    kind: string;
    year: string;
    yearHint: (era: string) => string;
    yearInvalid: string;
    policy: string;
    policyPlaceholder: string;
    policyInvalid: string;
    measure: string;
    measurePlaceholder: string;
    measureInvalid: string;
    measureOutsidePolicy: (policy: string) => string;
    department: string;
    departmentPlaceholder: string;
    copies: string;
    copiesHint: string;
    copiesInvalid: string;
    insert: string;
    inserting: string;
    inserted: (names: string[]) => string;
    download: string;
    downloading: string;
    downloaded: (file: string) => string;
    addProject: string;
    removeNoteExcel: string;
    noteBrowser: string;
    failed: (detail: string) => string;
  };
  check: {
    introExcel: string;
    introBrowser: string;
    run: string;
    rerun: string;
    choose: string;
    chosen: (file: string) => string;
    reading: string;
    checking: string;
    summary: (errors: number, warnings: number, infos: number) => string;
    clean: string;
    checkedAt: (file: string, time: string) => string;
    readFailed: (detail: string) => string;
    rereadFailed: string;
  };
  findings: {
    heading: string;
    workbookWide: string;
    selectHint: string;
    browserHint: string;
    consolidateHint: string;
    notFound: (where: string) => string;
    selected: (where: string) => string;
  };
  consolidate: {
    intro: string;
    dropZone: string;
    dropHere: string;
    choose: string;
    inputLabel: string;
    clear: string;
    showFiles: (n: number) => string;
    hideFiles: string;
    onlyXlsx: (names: string[]) => string;
    progress: (done: number, total: number) => string;
    fileWaiting: string;
    fileReading: string;
    fileRead: (sheets: number) => string;
    fileUnreadable: string;
    consolidating: string;
    failed: (detail: string) => string;
    heading: (year: string, policy: string) => string;
    counts: (books: number, measures: number, projects: number) => string;
    totalsHeading: string;
    totalsCaption: string;
    measureColumn: string;
    policyTotal: string;
    chartHeading: (year: string) => string;
    chartLabel: (count: number, summary: string) => string;
    chartEmpty: string;
    chartTarget: string;
    chartLegend: string;
    evaluationsHeading: string;
    evaluationsNone: string;
    statusHeading: string;
    allMeasures: string;
    missingMeasures: (list: string) => string;
    fileLine: (department: string, sheets: number) => string;
    unreadable: (file: string, why: string) => string;
    duplicate: (sheet: string, firstFile: string, firstSheet: string) => string;
    download: string;
    downloading: string;
    downloaded: (file: string) => string;
    writeHere: string;
    writing: string;
    written: (n: number) => string;
    writeNote: (n: number) => string;
  };
  achievement: Record<AchievementStatus, string>;
  yearly: {
    rolloverTitle: string;
    rolloverIntro: string;
    rolloverChoose: string;
    rolloverChosen: (file: string, from: string, to: string) => string;
    rolloverInsert: string;
    rolloverDownload: string;
    rolloverReading: string;
    rolloverWorking: string;
    rolloverInserted: (names: string[]) => string;
    rolloverDownloaded: (file: string) => string;
    rolloverNoSheets: (file: string) => string;
    rolloverNoYear: (file: string) => string;
    rolloverToFill: (year: string) => string;
    rolloverFailed: (detail: string) => string;
    previousChoose: string;
    previousInput: string;
    previousChosen: (file: string) => string;
    previousClear: string;
    changesHeading: string;
    changesNone: string;
    changesCount: (n: number) => string;
    budgetTitle: string;
    budgetIntro: string;
    budgetCsv: string;
    budgetMap: string;
    budgetWorkbook: string;
    budgetChosen: (what: string, file: string) => string;
    budgetInputs: Record<'csv' | 'map' | 'workbook', string>;
    budgetRun: string;
    budgetWorking: string;
    budgetDone: (file: string) => string;
    budgetFailed: (detail: string) => string;
    budgetMapInvalid: (detail: string) => string;
    budgetNoSheets: (file: string) => string;
    budgetFilled: (n: number) => string;
    budgetKept: (n: number) => string;
    budgetKeptItem: (project: string, year: string, line: string, before: string, after: number) => string;
    budgetUnmatched: (n: number) => string;
    budgetUnmatchedItem: (line: number, project: string, reason: string) => string;
    budgetWithoutRows: (names: string[]) => string;
    budgetLines: Record<'total' | 'subsidies' | 'bonds' | 'other' | 'general', string>;
    budgetReasons: Record<'noProject' | 'otherYear' | 'unreadable', string>;
  };
  problems: Record<FileProblemCode, string>;
}

const ja: Strings = {
  title: 'seika 成果チェック',
  modeExcel: 'この Excel ブックで作業します。',
  modeBrowser: 'ブラウザーでファイルを開いて作業します。',
  language: '表示言語',
  tabs: { template: 'テンプレート', check: 'チェック', consolidate: '集約' },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  count: (n) => `${n} 件`,
  kinds: {
    project: { label: '事務事業', hint: '事務事業シート' },
    'budget-only': { label: '予算のみ', hint: '給与費・繰出金・公債費など、投入指標のみ' },
    measure: { label: '施策', hint: '施策シート' },
    policy: { label: '政策', hint: '政策シート' },
  },
  template: {
    intro: '入力用のシートを作ります。入力欄のほかは保護されています。',
    kind: 'シートの種類',
    year: '対象年度（西暦）',
    yearHint: (era) => `${era}の成果説明書`,
    yearInvalid: '年度は 2019 のように西暦 4 桁で入力してください。',
    policy: '政策番号',
    policyPlaceholder: '例: 6',
    policyInvalid: '政策番号は 6 のように数字で入力してください。',
    measure: '施策番号',
    measurePlaceholder: '例: 6-1',
    measureInvalid: '施策番号は 6-1 のように「政策番号-番号」で入力してください。',
    measureOutsidePolicy: (policy) => `施策番号が政策 ${policy} のものではありません。`,
    department: '所管課',
    departmentPlaceholder: '例: 企画課',
    copies: '枚数',
    copiesHint: '同じ設定のシートを何枚作るか（1〜50）',
    copiesInvalid: '枚数は 1 から 50 までの数で入力してください。',
    insert: '挿入',
    inserting: 'シートを挿入しています…',
    inserted: (names) => `シートを挿入しました: ${names.join('、')}`,
    download: 'ダウンロード',
    downloading: 'ブックを作っています…',
    downloaded: (file) => `${file} をダウンロードしました。Excel で開いて入力してください。`,
    addProject: '事務事業シートを追加',
    removeNoteExcel: 'シートを削除するときは、シート見出しを右クリックして［削除］を選んでください（シートの保護は削除を妨げません）。',
    noteBrowser: 'ダウンロードしたブックを Excel で開いて入力してください。事務事業シートを増やすには枚数を指定します。',
    failed: (detail) => `シートを作れませんでした。${detail}`,
  },
  check: {
    introExcel: '開いているブックを報告のルールでチェックします。ブックは書き換えません。',
    introBrowser: '提出する前に、各課のブック（.xlsx）を報告のルールでチェックします。',
    run: 'チェック',
    rerun: '再チェック',
    choose: 'ブックを選ぶ…',
    chosen: (file) => `選んだブック: ${file}`,
    reading: 'ブックを読み込んでいます…',
    checking: 'チェックしています…',
    summary: (e, w, i) => `エラー ${e} 件、警告 ${w} 件、情報 ${i} 件`,
    clean: '問題は見つかりませんでした。',
    checkedAt: (file, time) => `${file}（${time} にチェック）`,
    readFailed: (detail) => `ブックを読み込めませんでした。${detail}`,
    rereadFailed: 'ブックを読み直せませんでした。ファイルが移動または変更された可能性があります。もう一度ブックを選んでください。',
  },
  findings: {
    heading: '指摘事項',
    workbookWide: 'ブック全体',
    selectHint: '指摘をクリックすると、そのセルを選択します。',
    browserHint: '各指摘のシート名とセル番地を Excel で開いて直してください。',
    consolidateHint: '指摘は各課のブックのものです。所管課に修正を依頼してください。',
    notFound: (where) => `${where} が見つかりません。シート名が変わったか、削除された可能性があります。再チェックしてください。`,
    selected: (where) => `${where} を選択しました。`,
  },
  consolidate: {
    intro: '各課から提出されたブック（.xlsx）をまとめて選ぶか、下の枠にドラッグ＆ドロップしてください。元のブックは書き換えません。',
    dropZone: 'ブックのドロップ先',
    dropHere: 'ここにブックをドロップ',
    choose: 'ブックを選ぶ…',
    inputLabel: '集約するブック（複数選択できます）',
    clear: '選んだブックをクリア',
    showFiles: (n) => `ブックごとの状況を表示（${n}）`,
    hideFiles: 'ブックごとの状況を隠す',
    onlyXlsx: (names) => `.xlsx ではないため除きました: ${names.join('、')}`,
    progress: (done, total) => `${total} ブック中 ${done} ブックを読み込みました`,
    fileWaiting: '待機中',
    fileReading: '読み込み中…',
    fileRead: (n) => `読み込み完了（シート ${n} 枚）`,
    fileUnreadable: '読み込めません（指摘事項を参照）',
    consolidating: '集約しています…',
    failed: (detail) => `集約できませんでした。${detail}`,
    heading: (year, policy) => `${year} 政策${policy} の集約`,
    counts: (b, m, p) => `${b} ブック、施策 ${m}、事務事業 ${p}`,
    totalsHeading: '事業費の合計',
    totalsCaption: '施策別・年度別の事業費（千円）',
    measureColumn: '施策',
    policyTotal: '政策計',
    chartHeading: (year) => `成果指標の達成度（${year}）`,
    chartLabel: (n, summary) => `成果指標 ${n} 件の達成度: ${summary}`,
    chartEmpty: '成果指標がありません。',
    chartTarget: '計画 100%',
    chartLegend: '達成度は実績を計画と比べた割合です（80% 以上 順調、60% 以上 やや遅れ、60% 未満 遅れ）。',
    evaluationsHeading: '事務事業の評価',
    evaluationsNone: '評価はまだありません。',
    statusHeading: '提出状況',
    allMeasures: '施策シート: すべて提出済み',
    missingMeasures: (list) => `施策シート未提出: ${list}`,
    fileLine: (department, n) => `${department}・シート ${n} 枚`,
    unreadable: (file, why) => `${file}: ${why}`,
    duplicate: (sheet, firstFile, firstSheet) => `「${sheet}」は ${firstFile} の「${firstSheet}」と重複するため除きました`,
    download: '報告書をダウンロード',
    downloading: '報告書を作っています…',
    downloaded: (file) => `${file} をダウンロードしました。`,
    writeHere: 'このブックにシートとして書き出す',
    writing: 'シートを書き出しています…',
    written: (n) => `${n} 枚のシートを書き出しました。`,
    writeNote: (n) =>
      `このブックに書き出すのは政策・施策・事務事業のシート ${n} 枚（値のみ、保護付き）です。表紙・集計・予算のみの表・事業費一覧・提出状況・指摘事項は、ダウンロードする報告書（.xlsx）にだけ含まれます。`,
  },
  achievement: { 順調: '順調', やや遅れ: 'やや遅れ', 遅れ: '遅れ', 測定不能: '測定不能', 未入力: '未入力' },
  yearly: {
    rolloverTitle: '前年度のブックから翌年度のシートを作る',
    rolloverIntro: '前年度のブックを選ぶと、翌年度のシートを作ります。指標の名前・単位・計画は引き継ぎ、新しい年度の予算・実績と評価・特記事項は空欄になります。',
    rolloverChoose: '前年度のブック（.xlsx）を選ぶ…',
    rolloverChosen: (file, from, to) => `${file}（${from}）から${to}のシートを作ります。`,
    rolloverInsert: '翌年度のシートを挿入',
    rolloverDownload: '翌年度のブックをダウンロード',
    rolloverReading: '前年度のブックを読み込んでいます…',
    rolloverWorking: '翌年度のシートを作っています…',
    rolloverInserted: (names) => `${names.length} 枚のシートを挿入しました: ${names.join('、')}`,
    rolloverDownloaded: (file) => `${file} をダウンロードしました。`,
    rolloverNoSheets: (file) => `${file} に seika のシートがありません。`,
    rolloverNoYear: (file) => `${file} に年度が読み取れないシートがあります。`,
    rolloverToFill: (year) => `記入する欄: ${year}の実績・評価・特記事項、投入指標、指標の実績（計画のない年度は計画も）`,
    rolloverFailed: (detail) => `翌年度のシートを作れませんでした。${detail}`,
    previousChoose: '前年度のブック（.xlsx）を選ぶ…（任意）',
    previousInput: '前年度のブック',
    previousChosen: (file) => `前年度のブック: ${file}（計画の変更に理由があるかも確かめます）`,
    previousClear: '前年度のブックを外す',
    changesHeading: '前年度からの変更',
    changesNone: '前年度から変わったところはありません。',
    changesCount: (n) => `前年度からの変更 ${n} 件`,
    budgetTitle: '予算の取り込み',
    budgetIntro: '会計システムの予算データ（CSV、Shift_JIS または UTF-8）と列の対応（JSON）から、所管課のブックの投入指標を埋めます。入力済みの値は置き換えません。',
    budgetCsv: '予算データ（CSV）を選ぶ…',
    budgetMap: '列の対応（JSON）を選ぶ…',
    budgetWorkbook: '所管課のブック（.xlsx）を選ぶ…',
    budgetChosen: (what, file) => `${what}: ${file}`,
    budgetInputs: { csv: '予算データ', map: '列の対応', workbook: '所管課のブック' },
    budgetRun: '取り込んでダウンロード',
    budgetWorking: '予算を取り込んでいます…',
    budgetDone: (file) => `${file} をダウンロードしました。`,
    budgetFailed: (detail) => `予算を取り込めませんでした。${detail}`,
    budgetMapInvalid: (detail) => `列の対応（JSON）の内容が正しくありません: ${detail}`,
    budgetNoSheets: (file) => `${file} に seika のシートがありません。`,
    budgetFilled: (n) => `入力した金額: ${n} 件`,
    budgetKept: (n) => `入力済みのため置き換えなかった金額: ${n} 件`,
    budgetKeptItem: (project, year, line, before, after) => `${project} ${year} ${line}: ${before}（予算データでは ${after}）`,
    budgetUnmatched: (n) => `取り込めなかった行: ${n} 件`,
    budgetUnmatchedItem: (line, project, reason) => `${line}行目「${project}」: ${reason}`,
    budgetWithoutRows: (names) => `予算データに行がない事務事業: ${names.join('、')}`,
    budgetLines: { total: '年度別事業費', subsidies: '国・県支出金', bonds: '地方債', other: 'その他', general: '一般財源' },
    budgetReasons: { noProject: '該当する事務事業がありません', otherYear: 'シートにない年度です', unreadable: '金額が数値として読めません' },
  },
  problems: {
    unreadable: '壊れているか、Excel のファイルではありません',
    empty: '空のファイルです',
    notXlsx: '.xlsx 形式ではありません',
    xls: '古い .xls 形式です。.xlsx で保存し直してください',
    encrypted: 'パスワードで保護されています',
    noSeikaSheets: 'seika のシートがありません',
    tooLarge: 'ファイルが大きすぎます',
  },
};

const en: Strings = {
  title: 'seika results check',
  modeExcel: 'Working on this Excel workbook.',
  modeBrowser: 'Working on files in the browser.',
  language: 'Language',
  tabs: { template: 'Templates', check: 'Check', consolidate: 'Consolidate' },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  count: (n) => String(n),
  kinds: {
    project: { label: 'Project', hint: 'project sheet (事務事業)' },
    'budget-only': { label: 'Budget only', hint: 'salaries, transfers, debt service: inputs only' },
    measure: { label: 'Measure', hint: 'measure sheet (施策)' },
    policy: { label: 'Policy', hint: 'policy sheet (政策)' },
  },
  template: {
    intro: 'Makes sheets to fill in. Everything but the input cells is protected.',
    kind: 'Sheet kind',
    year: 'Fiscal year',
    yearHint: (era) => `Report for ${era}`,
    yearInvalid: 'Enter the fiscal year as four digits, e.g. 2019.',
    policy: 'Policy number',
    policyPlaceholder: 'e.g. 6',
    policyInvalid: 'Enter the policy number as digits, e.g. 6.',
    measure: 'Measure number',
    measurePlaceholder: 'e.g. 6-1',
    measureInvalid: 'Enter the measure number as policy-number, e.g. 6-1.',
    measureOutsidePolicy: (policy) => `The measure does not belong to policy ${policy}.`,
    department: 'Department',
    departmentPlaceholder: 'e.g. 企画課',
    copies: 'Copies',
    copiesHint: 'How many sheets with these settings (1–50)',
    copiesInvalid: 'Enter a number of copies from 1 to 50.',
    insert: 'Insert',
    inserting: 'Inserting sheets…',
    inserted: (names) => `Inserted: ${names.join(', ')}`,
    download: 'Download',
    downloading: 'Making the workbook…',
    downloaded: (file) => `Downloaded ${file}. Open it in Excel to fill it in.`,
    addProject: 'Add a project sheet',
    removeNoteExcel: 'To remove a sheet, right-click its tab and choose Delete (sheet protection does not prevent it).',
    noteBrowser: 'Open the downloaded workbook in Excel to fill it in. Set Copies for more project sheets.',
    failed: (detail) => `The sheets could not be made. ${detail}`,
  },
  check: {
    introExcel: 'Checks the open workbook against the report rules. The workbook is not changed.',
    introBrowser: "Checks a department's workbook (.xlsx) against the report rules before it is submitted.",
    run: 'Check',
    rerun: 'Check again',
    choose: 'Choose a workbook…',
    chosen: (file) => `Workbook: ${file}`,
    reading: 'Reading the workbook…',
    checking: 'Checking…',
    summary: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} info`,
    clean: 'No problems found.',
    checkedAt: (file, time) => `${file} (checked at ${time})`,
    readFailed: (detail) => `The workbook could not be read. ${detail}`,
    rereadFailed: 'The workbook could not be read again (moved or changed?). Choose it again.',
  },
  findings: {
    heading: 'Findings',
    workbookWide: 'Whole workbook',
    selectHint: 'Click a finding to select its cell.',
    browserHint: 'Open the workbook in Excel and fix the cells listed.',
    consolidateHint: "These findings are in the departments' workbooks: ask them to fix them.",
    notFound: (where) => `${where} was not found (renamed or deleted?). Check again.`,
    selected: (where) => `Selected ${where}.`,
  },
  consolidate: {
    intro: "Choose the departments' workbooks (.xlsx), or drop them on the area below. The workbooks are not changed.",
    dropZone: 'Drop workbooks here',
    dropHere: 'Drop workbooks here',
    choose: 'Choose workbooks…',
    inputLabel: 'Workbooks to consolidate (several at once)',
    clear: 'Clear the workbooks',
    showFiles: (n) => `Show each workbook (${n})`,
    hideFiles: 'Hide each workbook',
    onlyXlsx: (names) => `Left out (not .xlsx): ${names.join(', ')}`,
    progress: (done, total) => `${done} of ${total} workbooks read`,
    fileWaiting: 'Waiting',
    fileReading: 'Reading…',
    fileRead: (n) => `Read (${n} sheets)`,
    fileUnreadable: 'Unreadable (see the findings)',
    consolidating: 'Consolidating…',
    failed: (detail) => `Consolidation failed. ${detail}`,
    heading: (year, policy) => `Policy ${policy}, ${year}`,
    counts: (b, m, p) => `${b} workbooks, ${m} measures, ${p} projects`,
    totalsHeading: 'Project costs',
    totalsCaption: 'Project costs by measure and year (thousand yen)',
    measureColumn: 'Measure',
    policyTotal: 'Policy total',
    chartHeading: (year) => `Outcome indicators achieved (${year})`,
    chartLabel: (n, summary) => `Achievement of ${n} outcome indicators: ${summary}`,
    chartEmpty: 'No outcome indicators.',
    chartTarget: 'plan 100%',
    chartLegend: 'Achievement is the actual against the plan (80% or more on track, 60% or more slightly behind, below 60% behind).',
    evaluationsHeading: 'Project evaluations',
    evaluationsNone: 'No evaluations yet.',
    statusHeading: 'Submissions',
    allMeasures: 'Measure sheets: all submitted',
    missingMeasures: (list) => `Measure sheets missing: ${list}`,
    fileLine: (department, n) => `${department}, ${n} sheets`,
    unreadable: (file, why) => `${file}: ${why}`,
    duplicate: (sheet, firstFile, firstSheet) => `"${sheet}" left out: it repeats "${firstSheet}" of ${firstFile}`,
    download: 'Download the report',
    downloading: 'Making the report…',
    downloaded: (file) => `Downloaded ${file}.`,
    writeHere: 'Write into this workbook as sheets',
    writing: 'Writing the sheets…',
    written: (n) => `Wrote ${n} sheets.`,
    writeNote: (n) =>
      `Writing into this workbook adds the ${n} policy, measure and project sheets (values only, protected). The cover, summary, budget-only tables, cost list, submissions and findings are only in the downloaded report (.xlsx).`,
  },
  achievement: { 順調: 'on track', やや遅れ: 'slightly behind', 遅れ: 'behind', 測定不能: 'not measurable', 未入力: 'not entered' },
  yearly: {
    rolloverTitle: 'Next year\'s sheets from last year\'s workbook',
    rolloverIntro: 'Choose last year\'s workbook to make next year\'s sheets. Indicator names, units and plans carry over; the new year\'s budget, actuals, evaluation and notes are empty.',
    rolloverChoose: 'Choose last year\'s workbook…',
    rolloverChosen: (file, from, to) => `${file} (${from}) will become sheets for ${to}.`,
    rolloverInsert: 'Insert next year\'s sheets',
    rolloverDownload: 'Download next year\'s workbook',
    rolloverReading: 'Reading last year\'s workbook…',
    rolloverWorking: 'Making next year\'s sheets…',
    rolloverInserted: (names) => `Inserted ${names.length} sheet(s): ${names.join(', ')}`,
    rolloverDownloaded: (file) => `Downloaded ${file}.`,
    rolloverNoSheets: (file) => `${file} has no seika sheets.`,
    rolloverNoYear: (file) => `A sheet of ${file} has no readable report year.`,
    rolloverToFill: (year) => `To fill in: ${year}'s actuals, evaluation and notes, the input table, and the indicators' actuals (and plans for years without one)`,
    rolloverFailed: (detail) => `Could not make next year's sheets. ${detail}`,
    previousChoose: 'Choose last year\'s workbook… (optional)',
    previousInput: 'Last year\'s workbook',
    previousChosen: (file) => `Last year's workbook: ${file} (changed plans are checked for a reason)`,
    previousClear: 'Remove last year\'s workbook',
    changesHeading: 'Changes since last year',
    changesNone: 'Nothing changed since last year.',
    changesCount: (n) => `${n} change(s) since last year`,
    budgetTitle: 'Budget import',
    budgetIntro: 'Fill a department workbook\'s input tables from the accounting system\'s export (CSV, Shift_JIS or UTF-8) and a column mapping (JSON). Values already entered are kept.',
    budgetCsv: 'Choose the budget CSV…',
    budgetMap: 'Choose the mapping (JSON)…',
    budgetWorkbook: 'Choose the department workbook…',
    budgetChosen: (what, file) => `${what}: ${file}`,
    budgetInputs: { csv: 'Budget data', map: 'Mapping', workbook: 'Department workbook' },
    budgetRun: 'Import and download',
    budgetWorking: 'Importing the budget…',
    budgetDone: (file) => `Downloaded ${file}.`,
    budgetFailed: (detail) => `Could not import the budget. ${detail}`,
    budgetMapInvalid: (detail) => `The mapping (JSON) is not valid: ${detail}`,
    budgetNoSheets: (file) => `${file} has no seika sheets.`,
    budgetFilled: (n) => `Amounts filled: ${n}`,
    budgetKept: (n) => `Amounts kept because already entered: ${n}`,
    budgetKeptItem: (project, year, line, before, after) => `${project} ${year} ${line}: ${before} (budget data: ${after})`,
    budgetUnmatched: (n) => `Rows not imported: ${n}`,
    budgetUnmatchedItem: (line, project, reason) => `Line ${line} "${project}": ${reason}`,
    budgetWithoutRows: (names) => `Projects with no row in the budget data: ${names.join(', ')}`,
    budgetLines: { total: 'total', subsidies: 'national/prefectural', bonds: 'bonds', other: 'other', general: 'general funds' },
    budgetReasons: { noProject: 'no matching project', otherYear: 'a year the sheet does not show', unreadable: 'an amount is not a number' },
  },
  problems: {
    unreadable: 'damaged, or not an Excel file',
    empty: 'empty file',
    notXlsx: 'not an .xlsx file',
    xls: 'old .xls format: save it as .xlsx',
    encrypted: 'protected by a password',
    noSeikaSheets: 'no seika sheets',
    tooLarge: 'file too large',
  },
};

export const STRINGS: Record<Lang, Strings> = { ja, en };

export const LangContext = createContext<Lang>('ja');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

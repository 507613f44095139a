// How the report workbook prints, as a city prints its report: A4, one page wide; a project sheet on one
// page; tables repeating their header rows; the report's title above every page and page numbers below.
// Plain data (PageSetup), so every writer of the report (ExcelJS, Office.js) prints it the same way.
import { pageSetup, type PageSetup } from './drawing';

export interface ReportPrint {
  /** The report's title for the page header, e.g. `令和元年度 成果説明書 政策6 …`. */
  title: string;
  orientation: PageSetup['orientation'];
  /** A sheet that must print on one page (a project sheet, as the printed report has it). */
  onePage?: boolean;
  /** The last row of the title and table header, repeated on every page (a table's sheet). */
  headerRowsTo?: number;
}

export function reportPageSetup(printArea: string, print: ReportPrint): PageSetup {
  return {
    ...pageSetup(printArea, print.orientation),
    ...(print.onePage ? { fitToHeight: 1 as const } : {}),
    ...(print.headerRowsTo ? { printTitleRows: `1:${print.headerRowsTo}` } : {}),
    header: `&C${headerText(print.title)}`,
    footer: '&C&P / &N',
  };
}

/** `&` starts a code in a header: a literal one is doubled, and the text is kept within Excel's 255 characters. */
function headerText(title: string): string {
  return title.replace(/&/g, '&&').slice(0, 200);
}

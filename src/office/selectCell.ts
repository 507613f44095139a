// Takes the user to a finding's cell or range (F18:H18, its first cell active): activates its sheet and selects it, in one sync.
/// <reference types="office-js" />
import { withExcel } from './excel';

/** False when the sheet or address no longer exists (renamed or deleted since the check). */
export async function selectCell(sheet: string, address: string, given?: Excel.RequestContext): Promise<boolean> {
  try {
    await withExcel(given, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

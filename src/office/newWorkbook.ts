// Opens an .xlsx we made (next year's sheets) as a new workbook in Excel: Excel.createWorkbook takes it as
// base64. The new window is the user's; the add-in keeps working in the workbook it runs in (office-js #4667).
/// <reference types="office-js" />

export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(base64(bytes));
}

/** Base64 without Node's Buffer (the pane runs in a browser), in chunks so large files do not overflow the call stack. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

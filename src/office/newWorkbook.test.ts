// Next year's sheets open as a new workbook: Excel.createWorkbook gets the .xlsx as base64.
import { base64, openAsNewWorkbook } from './newWorkbook';

it('hands Excel the file as base64, large files included', async () => {
  const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
  expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  const createWorkbook = jest.fn(async () => undefined);
  (globalThis as unknown as { Excel: unknown }).Excel = { createWorkbook };
  await openAsNewWorkbook(bytes);
  expect(createWorkbook).toHaveBeenCalledWith(Buffer.from(bytes).toString('base64'));
  delete (globalThis as { Excel?: unknown }).Excel;
});

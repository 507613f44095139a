// Files that are not what they claim to be, as departments really send them.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { PATIENCE_MS } from './patience';

/** The first bytes of an OLE2 compound file, the container of .xls and of password-protected .xlsx. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A password-protected .xlsx as Excel saves it: an OLE2 container whose directory names the EncryptionInfo
 * and EncryptedPackage streams (UTF-16). Only the container's shape is built; the encrypted bytes are noise.
 */
export function encryptedXlsxBytes(): Buffer {
  const header = Buffer.alloc(512);
  OLE2_MAGIC.copy(header);
  const directory = Buffer.concat(['EncryptionInfo', 'EncryptedPackage'].map((n) => Buffer.from(`${n}\u0000`.padEnd(64, '\u0000'), 'utf16le').subarray(0, 128)));
  return Buffer.concat([header, directory, Buffer.alloc(4096, 0x5a)]);
}

/** A real Excel 97-2003 file: LibreOffice converts an .xlsx we wrote. */
export function xlsBytes(xlsx: Uint8Array): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-xls-'));
  fs.writeFileSync(path.join(dir, 'book.xlsx'), xlsx);
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'xls', '--outdir', dir, path.join(dir, 'book.xlsx')], { stdio: 'ignore', timeout: PATIENCE_MS });
  return fs.readFileSync(path.join(dir, 'book.xls'));
}

export async function plainWorkbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('予算メモ');
  ws.addRow(['事業', '金額']);
  ws.addRow(['庁舎管理費', 104880]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// A chosen File's bytes (Blob.arrayBuffer where the browser has it, FileReader otherwise).
import type { FileBytes } from '../host/types';

export async function readBytes(file: File): Promise<FileBytes> {
  const buffer =
    typeof file.arrayBuffer === 'function'
      ? await file.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
          reader.readAsArrayBuffer(file);
        });
  return { name: file.name, bytes: new Uint8Array(buffer) };
}

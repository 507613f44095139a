// A file's bytes, read only when they are parsed (Blob.arrayBuffer where the browser has it, FileReader otherwise):
// a File handed to the worker is a handle, so neither thread holds every chosen file's bytes at once.
export async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  const buffer =
    typeof blob.arrayBuffer === 'function'
      ? await blob.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
          reader.readAsArrayBuffer(blob);
        });
  return new Uint8Array(buffer);
}

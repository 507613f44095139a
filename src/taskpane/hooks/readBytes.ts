// A chosen File's bytes, for the jobs that take bytes on this thread (budget import, roll-over, a re-check).
import type { FileBytes } from '../host/types';
import { blobBytes } from '../parse/blobBytes';

export async function readBytes(file: File): Promise<FileBytes> {
  return { name: file.name, bytes: await blobBytes(file) };
}

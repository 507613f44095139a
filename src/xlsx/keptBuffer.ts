// A buffer kept for a thread and reused for bytes read to their end before the next ones are asked for (a file, a
// sheet's inflated part): allocating tens of kilobytes outside V8's heap for each was a large share of reading them.

/** Made on first use, never as a module loads: the pane's worker bundles the reader, and a browser has no Buffer. */
export class KeptBuffer {
  private buffer: Buffer | undefined;

  /** The kept buffer, grown (doubling, 64 KB at first) to hold at least `size` bytes. */
  atLeast(size: number): Buffer {
    if (!this.buffer || this.buffer.length < size) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024, (this.buffer?.length ?? 0) * 2));
    return this.buffer;
  }
}

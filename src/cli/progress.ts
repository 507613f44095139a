// Progress of long work on stderr: a bar redrawn in place on a terminal, one line per step otherwise.
import type { CliIo } from './io';

export interface Progress {
  step(done: number, total: number, label: string): void;
  end(): void;
}

export function progressOn(io: CliIo, isTty: boolean): Progress {
  const width = 24;
  return {
    step(done, total, label) {
      if (!isTty) return io.stderr(`[${done}/${total}] ${label}\n`);
      const filled = Math.round((done / Math.max(total, 1)) * width);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}\u001b[K`);
    },
    end() {
      if (isTty) io.stderr('\n');
    },
  };
}

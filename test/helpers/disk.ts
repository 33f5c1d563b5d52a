/** Disk-full helpers for the tests that mount a tmpfs (root only). */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Takes every free byte of the file system at `dir` (writers there may keep writing meanwhile); returns the file to delete. */
export function fillUp(dir: string): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  try {
    for (const chunk of [Buffer.alloc(1 << 20), Buffer.alloc(4096)]) {
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (err) {
          if ((err as { code?: string }).code !== 'ENOSPC') throw err;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}

/**
 * # Atomic file writes
 *
 * Main definitions: {@link atomicWrite} — write to a temporary file beside the target, fsync, then
 * rename over it. A run killed at any moment leaves either the old file or the new one, never a
 * half-written report.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Atomically replace `file` with `content`. */
export function atomicWrite(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

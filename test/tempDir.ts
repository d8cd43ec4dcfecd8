/**
 * # Temporary folders of the tests, removed when their test (or file) ends
 *
 * {@link tempDir}(prefix) makes a fresh folder under the run's temporary folder and removes it when
 * the current test finishes (`onTestFinished`); made outside a test (a `beforeAll`), it is removed
 * by {@link removeTempDirs}, which a file using it registers with `afterAll`. The global set-up
 * (`globalSetup.ts`) points TMPDIR at a private folder for the whole run and fails the run if
 * anything is left in it at the end, so a test that leaks a folder is found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

const pending: string[] = [];

/** A fresh temporary folder, removed when the current test finishes (or by {@link removeTempDirs}). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    pending.push(dir); // not inside a test: removed by removeTempDirs (afterAll)
  }
  return dir;
}

/** Remove the folders made outside a test. */
export function removeTempDirs(): void {
  for (const d of pending.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * # Temporary folders of the tests, removed when their test (or file) ends
 *
 * {@link tempDir}(prefix) makes a fresh folder under the run's temporary folder; every folder made
 * by a test file is removed when that file's tests end ({@link removeTempDirs}, registered with
 * `afterAll` when a test file first imports this module). Not per test: vitest's global
 * `onTestFinished` cannot tell concurrent tests apart (`describe.concurrent`), and attached a
 * folder's removal to whichever test finished first — removing a folder another test still used.
 * The global set-up
 * (`globalSetup.ts`) points TMPDIR at a private folder for the whole run and fails the run if
 * anything is left in it at the end, so a test that leaks a folder is found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const pending: string[] = [];

/** A fresh temporary folder, removed when the test file's tests end. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  pending.push(dir);
  return dir;
}

/** Remove every folder made so far by {@link tempDir}. */
export function removeTempDirs(): void {
  for (const d of pending.splice(0)) rmSync(d, { recursive: true, force: true });
}

afterAll(removeTempDirs);

/**
 * # The TypeScript loader of the npm scripts: tsx, with its disk cache only where it can write
 *
 * `npm run check|replay|merge|chain|schemas` start `node --import ./scripts/tsx.mjs <command>.ts`.
 * This file loads tsx exactly as `--import tsx` does, after one check: tsx keeps a transform cache
 * in `<os.tmpdir()>/tsx-<uid>` and dies with a stack trace when it cannot create it (TMPDIR on a
 * read-only or full file system, or not a folder). When the folder cannot be created and written,
 * the cache is switched off (`TSX_DISABLE_CACHE=1`, inherited by the worker processes too): the
 * run is slower to start, and otherwise the same.
 */
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env.TSX_DISABLE_CACHE) {
  try {
    const dir = join(tmpdir(), `tsx-${process.getuid ? process.getuid() : 'user'}`);
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.probe-${process.pid}`);
    closeSync(openSync(probe, 'w'));
    rmSync(probe, { force: true });
  } catch {
    process.env.TSX_DISABLE_CACHE = '1';
  }
}
await import('tsx');

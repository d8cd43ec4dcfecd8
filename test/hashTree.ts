/**
 * # Hashing a folder's files
 *
 * {@link hashTree} feeds every file under a folder into a hash: its path (relative, after a prefix)
 * and its content, in sorted order, so equal trees give equal hashes. Used for the report folders
 * of the reliability tests and for the key of the compiled test build (`test/globalSetup.ts`).
 */
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Add `prefix + path\0 content\0` for every file under `dir` (directories recursed, names sorted) to `h`. */
export function hashTree(h: Hash, dir: string, prefix = ''): Hash {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) hashTree(h, p, `${prefix}${e}/`);
    else h.update(`${prefix}${e}\0`).update(readFileSync(p)).update('\0');
  }
  return h;
}

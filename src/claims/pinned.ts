/**
 * # Pinned regression inputs
 *
 * Main definitions: {@link pinnedInputs} — the stored counterexample of an exact claim (if any, and
 * if it verifies), decoded, to be run first: a refutation found once stays a regression test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from './defineClaim.js';
import { readCounterexampleFile } from './counterexampleFile.js';
import { decodeExact } from './codec.js';

/** Decoded pinned inputs of a claim from `<dir>/counterexamples/<id>.json`. */
export function pinnedInputs(dir: string, claim: Claim): unknown[] {
  if (claim.kind === 'statistical') return [];
  const file = join(dir, 'counterexamples', `${claim.id}.json`);
  if (!existsSync(file)) return [];
  try {
    const cex = readCounterexampleFile(file);
    if (cex.claim !== claim.id) return [];
    return [decodeExact(cex.input)];
  } catch {
    return []; // a corrupt pinned file must not stop the run; replay reports it
  }
}

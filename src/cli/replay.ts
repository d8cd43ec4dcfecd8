/**
 * # `npm run replay -- <file>` — re-check a stored counterexample exactly
 *
 * Verifies the file's checksum, decodes the exact input, re-runs the claim's exact check and prints
 * every relation with its exact numbers. Exit 0 when the counterexample still violates its claim
 * (the refutation reproduces), 1 when it no longer does, 2 for an unreadable, malformed or tampered
 * file or an unknown claim.
 */
import { allClaims } from '../../properties/index.js';
import { readCounterexampleFile } from '../claims/counterexampleFile.js';
import { decodeExact } from '../claims/codec.js';
import { relationHolds, renderRelation, type Relation } from '../claims/Relation.js';
import { main } from './common.js';
import { CliUsageError, PruningCheckError } from '../errors.js';

main(async () => {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1) throw new CliUsageError('usage: npm run replay -- <counterexample.json>');
  const file = args[0]!;
  const cex = readCounterexampleFile(file);
  const claim = allClaims.find((c) => c.id === cex.claim);
  if (!claim) throw new CliUsageError(`${file}: unknown claim id '${cex.claim}'`);
  let input: unknown;
  let relations: Relation[];
  try {
    input = decodeExact(cex.input);
    relations = claim.check(input);
  } catch (e) {
    if (e instanceof PruningCheckError) throw new CliUsageError(`${file}: the stored input is malformed for claim '${claim.id}': ${e.message}`);
    throw e;
  }
  process.stdout.write(`claim ${claim.id} (${claim.specRef}${claim.paperRef ? `, paper ${claim.paperRef}` : ''}), expected: ${claim.expected}\n`);
  process.stdout.write(`statement: ${claim.statement}\n`);
  if (cex.note) process.stdout.write(`note: ${cex.note}\n`);
  process.stdout.write(`source: ${cex.source}${cex.seed !== null ? `, seed ${cex.seed}` : ''}${cex.path ? `, path ${cex.path}` : ''}\n\n`);
  for (const r of relations) process.stdout.write(`  ${renderRelation(r)}\n`);
  const violated = relations.filter((r) => !relationHolds(r));
  if (violated.length > 0) {
    process.stdout.write(`\nreproduced: ${violated.length} relation(s) violated, exactly — the counterexample stands.\n`);
    return 0;
  }
  process.stdout.write('\nNOT reproduced: every relation holds on this input now.\n');
  return 1;
});

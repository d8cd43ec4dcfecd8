/**
 * # `npm run replay -- <file>` — re-check a stored counterexample exactly
 *
 * Main definitions: {@link runReplay}(argv) — validates the file against its schema, verifies its
 * checksum, and then
 * - for an exact counterexample: decodes the input (and the constant overrides of a tightness probe,
 *   as Rationals), re-evaluates the claim through the runner's one evaluation path (`evaluate`:
 *   hypothesis, then the exact `check`) and prints every relation with its exact numbers;
 * - for a statistical refutation (`statistical` field): re-runs the claim with the stored seed,
 *   depth and runs and compares every test's counts and judgement.
 *
 * The whole answer is computed before the first line is printed, so an error is the only output.
 * Exit 0 when the refutation reproduces, 1 when it no longer does — every relation holds, or the
 * stored input does not meet the claim's hypothesis (such an input is never a counterexample, as in
 * the runner) — and 2 for an unreadable, malformed, oversized, too deeply nested or tampered file, an
 * input the claim cannot take (its hypothesis or check throws), or an unknown claim.
 */
import { Command } from 'commander';
import { loadClaims } from '../runner/registry.js';
import { readCounterexampleFile, type CounterexampleFile } from '../claims/counterexampleFile.js';
import { decodeExact } from '../claims/codec.js';
import { relationHolds, renderRelation } from '../claims/Relation.js';
import type { Claim, ConstantOverrides } from '../claims/defineClaim.js';
import { evaluate } from '../runner/evaluate.js';
import { Rational } from '../exact/Rational.js';
import { collect, isEntryPoint, longWorkOnThreads, parseCommand, parseIntOption, runMain } from './common.js';
import { rerunStatistical, rerunStatisticalInThread } from './replayWork.js';
import { CliUsageError } from '../errors.js';

function decodeConstants(c: CounterexampleFile['constants'], file: string): ConstantOverrides | undefined {
  if (!c) return undefined;
  const out: Record<string, Rational> = {};
  for (const [k, v] of Object.entries(c)) {
    try {
      out[k] = Rational.parse(v);
    } catch (e) {
      throw new CliUsageError(`${file}: constant '${k}' is not an exact rational: ${(e as Error).message}`);
    }
  }
  return out;
}

async function replayStatistical(
  claim: Claim,
  cex: CounterexampleFile,
  file: string,
  budgetMs: number,
  claimsDirs: readonly string[],
  say: (s: string) => void,
): Promise<number> {
  const st = cex.statistical!;
  if (claim.kind !== 'statistical')
    throw new CliUsageError(`${file}: a statistical re-run is stored, but claim '${claim.id}' is not statistical`);
  say(
    `re-running ${claim.id} with seed ${st.seed}, depth ${st.depth}${st.runs !== null ? `, runs ${st.runs}` : ''}\n\n`,
  );
  // run as a command: on a worker thread, so that a signal stops a long re-run at once
  const job = { claimId: claim.id, claimsDirs, seed: st.seed, depth: st.depth, runs: st.runs, budgetMs };
  const out = longWorkOnThreads() ? await rerunStatisticalInThread(job) : await rerunStatistical(job);
  if (out.timedOut) {
    say(
      `NOT reproduced: the re-run did not finish within the budget of ${budgetMs / 1000} s (raise it with --budget)\n`,
    );
    return 1;
  }
  let same = out.tests.length === st.tests.length;
  for (const t of st.tests) {
    const now = out.tests.find((x) => x.name === t.name);
    const ok = now !== undefined && now.n === t.n && now.successes === t.successes && now.judgement === t.judgement;
    if (!ok) same = false;
    say(
      `  ${ok ? 'same' : 'DIFFERS'}  ${t.name}: stored ${t.successes ?? '—'}/${t.n} ${t.judgement}; now ${now ? `${now.successes ?? '—'}/${now.n} ${now.judgement}` : 'no such test'}\n`,
    );
  }
  if (same) {
    say(`\nreproduced: the same counts and verdicts — the statistical refutation stands.\n`);
    return 0;
  }
  say('\nNOT reproduced: the re-run gives other counts or verdicts.\n');
  return 1;
}

/** `replay <file> [--budget s] [--claims-dir DIR…]`. */
export async function runReplay(argv: string[]): Promise<number> {
  const program = new Command()
    .name('npm run replay --')
    .description('Re-check a stored counterexample (reports/counterexamples/<name>.json) exactly')
    .argument('<file>', 'a counterexample file')
    .option('--budget <seconds>', 'time budget of a statistical re-run in seconds', '600')
    .option('--claims-dir <dir>', 'a folder of your own claim files (repeatable)', collect, [] as string[]);
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts<{ budget: string; claimsDir: string[] }>();
  const budgetMs = parseIntOption('--budget', o.budget, 1, 86_400) * 1000;
  const file = parsed.args[0]!;
  // everything is computed before the first line is printed: an error is the only output
  const lines: string[] = [];
  const code = await replayFile(file, budgetMs, o.claimsDir, (s) => void lines.push(s));
  process.stdout.write(lines.join(''));
  return code;
}

async function replayFile(
  file: string,
  budgetMs: number,
  claimsDir: readonly string[],
  say: (s: string) => void,
): Promise<number> {
  const o = { claimsDir };
  const cex = readCounterexampleFile(file);
  const claims = await loadClaims({ claimsDirs: o.claimsDir });
  const claim = claims.find((c) => c.id === cex.claim);
  if (!claim)
    throw new CliUsageError(
      `${file}: unknown claim id '${cex.claim}'${o.claimsDir.length === 0 ? ' (a claim of your own? give its folder with --claims-dir)' : ''}`,
    );
  say(
    `claim ${claim.id} (${claim.specRef}${claim.paperRef ? `, paper ${claim.paperRef}` : ''}), expected: ${claim.expected}\n`,
  );
  say(`statement: ${claim.statement}\n`);
  if (cex.note) say(`note: ${cex.note}\n`);
  say(`source: ${cex.source}${cex.seed !== null ? `, seed ${cex.seed}` : ''}${cex.path ? `, path ${cex.path}` : ''}\n`);
  if (cex.statistical) return replayStatistical(claim, cex, file, budgetMs, claimsDir, say);

  const constants = decodeConstants(cex.constants, file);
  if (constants)
    say(
      `constants: ${Object.entries(cex.constants!)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')}\n`,
    );
  let input: unknown;
  try {
    input = decodeExact(cex.input);
  } catch (e) {
    throw new CliUsageError(`${file}: the stored input is not a valid input of claim '${claim.id}' (${oneLine(e)})`);
  }
  const ev = evaluate(claim, input, constants);
  if (ev.error !== undefined)
    throw new CliUsageError(
      `${file}: the stored input is not a valid input of claim '${claim.id}' (${ev.error.split('\n')[0]})`,
    );
  if (!ev.met) {
    say("\nNOT reproduced: the stored input does not meet the claim's hypothesis — it is not a counterexample.\n");
    return 1;
  }
  const relations = ev.relations;
  say('\n');
  for (const r of relations) say(`  ${renderRelation(r)}\n`);
  const violated = relations.filter((r) => !relationHolds(r));
  if (violated.length > 0) {
    say(`\nreproduced: ${violated.length} relation(s) violated, exactly — the counterexample stands.\n`);
    return 0;
  }
  say('\nNOT reproduced: every relation holds on this input now.\n');
  return 1;
}

function oneLine(e: unknown): string {
  return `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
}

if (isEntryPoint(import.meta.url)) runMain(runReplay);

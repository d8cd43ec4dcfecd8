/**
 * # Running one claim
 *
 * Main definitions: {@link runClaim}(claim, options) → {@link RunRecord}: the manifest record with
 * its verdict and evidence, the counterexample file (if refuted), figures and tables.
 * {@link claimSeed}: the per-claim seed derived from the global seed and the claim id (independent
 * of run order and sharding, so a sharded run equals the unsharded one).
 *
 * Implementation notes: exact claims run through `fc.check` (not `fc.assert`), so the seed, the
 * shrink path and the counterexample are kept; pinned examples (the claim's own and its stored
 * counterexample) run first, so every refutation stays a regression test. Running out of the time
 * budget gives the verdict `timeout` (never a silent pass). Timings are returned separately from
 * the record, so verdict files stay byte-identical.
 */
import fc from 'fast-check';
import type { Claim, ClaimContext, Depth, ExactClaim, Figure, StatClaim, Table, Verdict } from './defineClaim.js';
import { relationHolds, relationToJSON, type Relation } from './Relation.js';
import { encodeExact, type Json } from './codec.js';
import { makeCounterexampleFile, type CounterexampleFile } from './counterexampleFile.js';
import { combineJudgements, type StatTest } from '../stats/judge.js';

/** Options of a run. */
export interface RunOptions {
  readonly seed: number;
  readonly depth: Depth;
  readonly runs?: number;
  /** Time budget for this claim in ms. */
  readonly budgetMs: number;
  /** Extra pinned inputs (decoded), e.g. the stored counterexample. */
  readonly pinned?: readonly unknown[];
}

/** What the manifest stores for a claim. */
export interface ClaimRecord {
  readonly [k: string]: Json;
}

/** The result of running one claim. */
export interface RunRecord {
  readonly id: string;
  readonly record: ClaimRecord;
  readonly counterexample: CounterexampleFile | null;
  readonly figures: readonly Figure[];
  readonly tables: readonly Table[];
  readonly ms: number;
}

/** FNV-1a of `${seed}:${id}`, as a 31-bit seed. */
export function claimSeed(globalSeed: number, id: string): number {
  let h = 0x811c9dc5;
  const s = `${globalSeed}:${id}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff;
}

/** The manifest metadata of a claim (no verdict). */
export function claimMetadata(c: Claim): Record<string, Json> {
  return {
    id: c.id,
    specRef: c.specRef,
    paperRef: c.paperRef,
    versions: [...c.versions],
    readings: [...c.readings],
    kind: c.kind,
    statement: c.statement,
    uses: [...c.uses],
    expected: c.expected,
    negativeControlOf: c.negativeControlOf ?? null,
  };
}

function verdictText(verdict: Verdict, expected: string, detail: string, isControl: boolean): string {
  if (verdict === 'timeout') return 'timeout (not judged)';
  if (verdict === 'inconclusive') return `inconclusive ${detail}`.trim();
  if (verdict === expected) return verdict === 'refuted' ? (isControl ? 'refuted as expected (negative control)' : 'refuted as expected') : `holds ${detail}`.trim();
  return verdict === 'refuted' ? 'REFUTED — expected to hold' : `HOLDS — expected to be refuted ${detail}`.trim();
}

function statTestJSON(t: StatTest): Json {
  return {
    name: t.name,
    method: t.method,
    n: t.n,
    successes: t.successes ?? null,
    alpha: t.alpha.toString(),
    interval: t.interval.toJSON(),
    claimed: t.claimed,
    judgement: t.judgement,
  };
}

function safeCheck(claim: Claim, input: unknown): { relations: Relation[]; error?: string } {
  try {
    return { relations: claim.check(input) };
  } catch (e) {
    return { relations: [], error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** Build a counterexample file for a claim and input; null if no relation is violated. */
export function counterexampleFor(
  claim: Claim,
  input: unknown,
  meta: { source: CounterexampleFile['source']; seed: number | null; path: string | null; note: string | null },
): CounterexampleFile | null {
  const { relations, error } = safeCheck(claim, input);
  const violated = relations.find((r) => !relationHolds(r));
  if (!violated && !error) return null;
  return makeCounterexampleFile({
    claim: claim.id,
    expected: claim.expected,
    source: meta.source,
    seed: meta.seed,
    path: meta.path,
    input: encodeExact(input),
    violated: violated ? (relationToJSON(violated) as Json) : { error: error! },
    relations: relations.map((r) => relationToJSON(r) as Json),
    note: meta.note,
  });
}

function runExact(claim: ExactClaim, opts: RunOptions, seed: number): { verdict: Verdict; evidence: Json; cex: CounterexampleFile | null } {
  const numRuns = opts.runs ?? claim.numRuns[opts.depth];
  const examples = [...(opts.pinned ?? []), ...(claim.examples ?? [])].map((x) => [x] as [unknown]);
  const property = fc.property(claim.arbitrary(), (input) => claim.check(input).every(relationHolds));
  const res = fc.check(property, {
    seed,
    numRuns,
    examples,
    interruptAfterTimeLimit: opts.budgetMs,
    markInterruptAsFailure: false,
    endOnFailure: false,
  });
  if (res.failed && res.counterexample) {
    const input = res.counterexample[0];
    const key = JSON.stringify(encodeExact(input));
    const wasPinned = (opts.pinned ?? []).some((p) => JSON.stringify(encodeExact(p)) === key);
    const cex = counterexampleFor(claim, input, {
      source: wasPinned ? 'pinned' : 'fast-check',
      seed: res.seed,
      path: res.counterexamplePath ?? null,
      note: wasPinned ? 'the pinned counterexample (reports/counterexamples) still refutes the claim' : `found after ${res.numRuns} run(s), shrunk ${res.numShrinks} time(s)`,
    });
    return {
      verdict: 'refuted',
      evidence: { numRuns: res.numRuns, numShrinks: res.numShrinks, seed: res.seed, pinnedExamples: examples.length },
      cex,
    };
  }
  if (res.interrupted) return { verdict: 'timeout', evidence: { numRuns: res.numRuns, seed: res.seed, budgetMs: opts.budgetMs }, cex: null };
  return { verdict: 'holds', evidence: { numRuns: res.numRuns, seed: res.seed, pinnedExamples: examples.length }, cex: null };
}

function runStat(claim: StatClaim, opts: RunOptions, seed: number) {
  const ctx: ClaimContext = { seed, depth: opts.depth, runs: opts.runs, deadline: Date.now() + opts.budgetMs };
  const out = claim.run(ctx);
  const verdict: Verdict = out.timedOut ? 'timeout' : combineJudgements(out.tests);
  let cex: CounterexampleFile | null = null;
  if (out.certificate) {
    cex = counterexampleFor(claim, out.certificate.input, { source: 'certificate', seed, path: null, note: out.certificate.note });
  }
  return {
    verdict,
    evidence: { seed, alpha: claim.alpha, tests: out.tests.map(statTestJSON), ...(out.evidence !== undefined ? { details: out.evidence } : {}) } as Json,
    cex,
    figures: out.figures ?? [],
    tables: out.tables ?? [],
  };
}

/** Run one claim with the given options. */
export function runClaim(claim: Claim, opts: RunOptions): RunRecord {
  const t0 = performance.now();
  const seed = claimSeed(opts.seed, claim.id);
  let verdict: Verdict;
  let evidence: Json;
  let cex: CounterexampleFile | null;
  let figures: readonly Figure[] = [];
  let tables: readonly Table[] = [];
  if (claim.kind === 'statistical') {
    ({ verdict, evidence, cex, figures, tables } = runStat(claim, opts, seed));
  } else {
    ({ verdict, evidence, cex } = runExact(claim, opts, seed));
  }
  const tests = claim.kind === 'statistical' ? ((evidence as { tests: { n: number }[] }).tests ?? []) : [];
  const detail =
    claim.kind === 'statistical'
      ? `at n = ${[...new Set(tests.map((t) => t.n))].join(', ') || '—'}`
      : `(${(evidence as { numRuns: number }).numRuns} cases)`;
  const record: ClaimRecord = {
    ...claimMetadata(claim),
    verdict,
    asExpected: verdict === claim.expected,
    verdictText: verdictText(verdict, claim.expected, detail, claim.negativeControlOf !== undefined),
    evidence,
    counterexample: cex ? `counterexamples/${claim.id}.json` : null,
    figures: figures.map((f) => `figures/${f.name}.svg`),
  };
  return { id: claim.id, record, counterexample: cex, figures, tables, ms: Math.round(performance.now() - t0) };
}

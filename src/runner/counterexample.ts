/**
 * # Building counterexample files: the one builder
 *
 * Main definitions: {@link counterexampleOf}(claim, input, meta) — the certified file for an input on
 * which the claim (with optional constant overrides) is violated, evaluated through the runner's
 * one evaluation path, or null when nothing is violated; {@link statisticalCounterexample} — the
 * replayable file of a refuted statistical test (its seed, depth, runs and counts).
 *
 * Main statements: every counterexample file of a run — found by the search, the grid, a stored
 * input, a tightness probe, a statistical claim's certificate, an SMT model or a statistical
 * refutation — is built here, so every file has the same fields in the same form: the exact input,
 * the first violated relation (or the error the claim threw), every relation, the constants and the
 * statistical re-run description, under a SHA-256 (`makeCounterexampleFile`).
 *
 * Implementation notes: an SMT model is confirmed by the solver phase with the claim's exact check;
 * its relations are passed in (`relations`), so the file records exactly what confirmed it.
 */
import type { Claim, ConstantOverrides, Depth } from '../claims/defineClaim.js';
import { relationHolds, relationToJSON, type Relation } from '../claims/Relation.js';
import { encodeExact, type Json } from '../claims/codec.js';
import { makeCounterexampleFile, type CounterexampleFile } from '../claims/counterexampleFile.js';
import type { StatTest } from '../stats/judge.js';
import { evaluate } from './evaluate.js';

/** How a counterexample was found, and what to record with it. */
export interface CounterexampleMeta {
  readonly source: CounterexampleFile['source'];
  readonly seed: number | null;
  readonly path: string | null;
  readonly note: string | null;
  /** Constant overrides under which the input violates the claim (tightness probes). */
  readonly constants?: ConstantOverrides;
  /** The relations that confirmed the input already (an SMT model); default: evaluate the claim. */
  readonly relations?: readonly Relation[];
}

const constantsJSON = (c: ConstantOverrides): Json =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.toString()]));

/** The certified file for an input that violates the claim; null if no relation is violated and nothing threw. */
export function counterexampleOf(claim: Claim, input: unknown, meta: CounterexampleMeta): CounterexampleFile | null {
  const { relations, error } = meta.relations
    ? { relations: meta.relations, error: undefined }
    : evaluate(claim, input, meta.constants);
  const violated = relations.find((r) => !relationHolds(r));
  if (!violated && error === undefined) return null;
  return makeCounterexampleFile({
    claim: claim.id,
    expected: claim.expected,
    source: meta.source,
    seed: meta.seed,
    path: meta.path,
    input: encodeExact(input),
    violated: violated ? relationToJSON(violated) : { error: error! },
    relations: relations.map((r) => relationToJSON(r)),
    note: meta.note,
    ...(meta.constants ? { constants: constantsJSON(meta.constants) } : {}),
  });
}

/** The statistical re-run a refuted statistical claim stores. */
export interface StatisticalRun {
  readonly seed: number;
  readonly depth: Depth;
  readonly runs: number | undefined;
  readonly tests: readonly StatTest[];
}

/** The replayable file of a statistical refutation: the first refuted test, and the re-run (seed, depth, runs, counts). */
export function statisticalCounterexample(claim: Claim, run: StatisticalRun): CounterexampleFile {
  const first = run.tests.find((t) => t.judgement === 'refuted');
  if (!first) throw new RangeError(`statisticalCounterexample(${claim.id}): no refuted test`);
  return makeCounterexampleFile({
    claim: claim.id,
    expected: claim.expected,
    source: 'statistical',
    seed: run.seed,
    path: null,
    input: null,
    violated: {
      test: first.name,
      method: first.method,
      n: first.n,
      successes: first.successes ?? null,
      interval: first.interval.toJSON(),
      claimed: first.claimed,
    },
    relations: [],
    note: `statistical refutation: re-run the claim with seed ${run.seed}, depth ${run.depth}${run.runs ? `, runs ${run.runs}` : ''} to reproduce the counts`,
    statistical: {
      seed: run.seed,
      depth: run.depth,
      runs: run.runs ?? null,
      tests: run.tests.map((t) => ({ name: t.name, n: t.n, successes: t.successes ?? null, judgement: t.judgement })),
    },
  });
}

/**
 * # Running one claim
 *
 * Main definitions: {@link runClaim}(claim, options) → {@link RunRecord}: the manifest record with
 * its verdict and evidence, the counterexample files, figures and tables. {@link claimSeed}: the
 * per-claim seed derived from the global seed and the claim id (independent of run order and
 * sharding, so a sharded run equals the unsharded one).
 *
 * Main statements (what a verdict means):
 * - an exact claim *holds* only if no case refuted it **and** at least max(100, ⌈n/2⌉) of its n
 *   random cases met the hypothesis; fewer gives `inconclusive (vacuous)` — a case that misses the
 *   hypothesis is never counted as a pass. The count is reported ("k of n met the hypothesis");
 * - a bounded-exhaustive grid (when the claim has one) is checked input by input, exactly;
 * - for each declared constant, the runner derives the perturbed claims (the constant moved toward
 *   its false side by η = 1 %, 10 %, 100 %), runs them with the same generator and grid, and records
 *   the smallest η refuted with a certified, replayable counterexample ("tight to 1 %");
 * - an `open` claim that is not refuted reads "not decided", never "holds";
 * - a refuted statistical test leaves a replayable file (its seed and configuration).
 *
 * Implementation notes: exact claims run through `fc.check` (not `fc.assert`), so the seed, the
 * shrink path and the counterexample are kept. The verdict comes from the seeded search from
 * scratch (plus the claim's own examples and grid, which are code): stored counterexamples of
 * earlier runs (`pinned`) are re-run apart and reported in {@link RunRecord.regression}, so
 * claims.json depends only on (code, seed, depth, runs) — except when a stored counterexample still
 * refutes a claim the search did not refute, which is reported as a refutation (a certified fact
 * is never dropped). The SMT engine is loaded lazily, only for claims that declare an encoding.
 * Running out of the time budget gives `timeout`, never a silent pass. Timings are returned apart
 * from the record, so verdict files stay byte-identical.
 */
import fc from 'fast-check';
import type { Claim, ClaimContext, ConstantOverrides, Depth, ExactClaim, Figure, StatClaim, Table, Verdict } from './defineClaim.js';
import { relationHolds, relationToJSON, type Relation } from './Relation.js';
import { encodeExact, type Json } from './codec.js';
import { makeCounterexampleFile, type CounterexampleFile } from './counterexampleFile.js';
import { combineJudgements, type StatTest } from '../stats/judge.js';
import { Rational } from '../exact/Rational.js';

/** Options of a run. */
export interface RunOptions {
  readonly seed: number;
  readonly depth: Depth;
  readonly runs?: number;
  /** Time budget for this claim in ms. */
  readonly budgetMs: number;
  /** Stored counterexamples (decoded) to re-run as regression inputs, apart from the search. */
  readonly pinned?: readonly unknown[];
  /** Time budget of the SMT ladder in ms (0 or absent: no SMT). */
  readonly smtBudgetMs?: number;
}

/** What the manifest stores for a claim. */
export interface ClaimRecord {
  readonly [k: string]: Json;
}

/** A counterexample file to write as `counterexamples/<name>.json`. */
export interface NamedCounterexample {
  readonly name: string;
  readonly file: CounterexampleFile;
}

/** The re-run of stored counterexamples (not part of the verdict files). */
export interface RegressionResult {
  readonly stored: number;
  readonly stillRefuting: number;
}

/** The result of running one claim. */
export interface RunRecord {
  readonly id: string;
  readonly record: ClaimRecord;
  /** The claim's main counterexample (also the first of `counterexamples` when present). */
  readonly counterexample: CounterexampleFile | null;
  /** Every counterexample file of the run: the main one (`<id>`), tightness, statistical and SMT ones. */
  readonly counterexamples: readonly NamedCounterexample[];
  readonly figures: readonly Figure[];
  readonly tables: readonly Table[];
  readonly regression: RegressionResult | null;
  readonly ms: number;
  /** Solver times, for timings.json. */
  readonly smtTimingsMs?: Readonly<Record<string, number>>;
}

/** The perturbations a tightness probe tries, smallest first. */
export const TIGHTNESS_ETAS: readonly { readonly eta: Rational; readonly label: string }[] = [
  { eta: Rational.of(1, 100), label: '1 %' },
  { eta: Rational.of(1, 10), label: '10 %' },
  { eta: Rational.ONE, label: '2×' },
];

/** The smallest SMT budget (ms) for which the solver is started at all. */
export const SMT_MIN_BUDGET_MS = 5000;

/** The least number of hypothesis-meeting cases a `holds` needs among n random cases. */
export function vacuityThreshold(n: number): number {
  return Math.max(100, Math.ceil(n / 2));
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

function verdictText(verdict: Verdict, claim: Claim, detail: string, openSentence: string | null): string {
  const isControl = claim.negativeControlOf !== undefined;
  if (verdict === 'timeout') return 'timeout (not judged)';
  if (verdict === 'inconclusive') return `inconclusive ${detail}`.trim();
  if (verdict === 'open') return `not decided (open): not refuted${openSentence ? `; ${openSentence}` : ''}`;
  if (verdict === claim.expected) return verdict === 'refuted' ? (isControl ? 'refuted as expected (negative control)' : 'refuted as expected') : `holds ${detail}`.trim();
  return verdict === 'refuted' ? 'REFUTED — expected to hold' : `HOLDS — expected to be refuted ${detail}`.trim();
}

function statTestJSON(t: StatTest): Json {
  const extra = t as StatTest & { power?: Json };
  return {
    name: t.name,
    method: t.method,
    n: t.n,
    successes: t.successes ?? null,
    alpha: t.alpha.toString(),
    interval: t.interval.toJSON(),
    claimed: t.claimed,
    judgement: t.judgement,
    ...(extra.power !== undefined ? { power: extra.power } : {}),
  };
}

function safeCheck(claim: Claim, input: unknown, constants?: ConstantOverrides): { relations: Relation[]; error?: string } {
  try {
    return { relations: claim.check(input, constants) };
  } catch (e) {
    return { relations: [], error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

/** Build a counterexample file for a claim and input; null if no relation is violated. */
export function counterexampleFor(
  claim: Claim,
  input: unknown,
  meta: {
    source: CounterexampleFile['source'];
    seed: number | null;
    path: string | null;
    note: string | null;
    constants?: ConstantOverrides;
    statistical?: Json;
  },
): CounterexampleFile | null {
  const { relations, error } = safeCheck(claim, input, meta.constants);
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
    ...(meta.constants ? { constants: Object.fromEntries(Object.entries(meta.constants).map(([k, v]) => [k, v.toString()])) } : {}),
    ...(meta.statistical !== undefined ? { statistical: meta.statistical } : {}),
  });
}

/** The closest an inequality relation came to equality: lhs/rhs for ≥, >; rhs/lhs for ≤, < (both sides positive). */
function slackRatio(r: Relation): Rational | null {
  if (typeof r.lhs === 'boolean' || typeof r.rhs === 'boolean') return null;
  if (r.lhs.sign() <= 0 || r.rhs.sign() <= 0) return null;
  if (r.op === '>=' || r.op === '>') return r.lhs.div(r.rhs);
  if (r.op === '<=' || r.op === '<') return r.rhs.div(r.lhs);
  return null;
}

/** Outcome of one property search (random cases, then an optional grid). */
interface SearchOutcome {
  /** Random cases run and how many met the hypothesis (counted until the first failure). */
  readonly total: number;
  readonly met: number;
  readonly closest: { ratio: Rational; label: string } | null;
  readonly failed: boolean;
  readonly interrupted: boolean;
  readonly input?: unknown;
  readonly numShrinks?: number;
  readonly path?: string | null;
  readonly seed: number;
}

function evaluate(claim: ExactClaim, input: unknown, constants?: ConstantOverrides): { met: boolean; ok: boolean; relations: Relation[] } {
  if (claim.hypothesis && claim.hypothesis(input) === false) return { met: false, ok: true, relations: [] };
  const relations = claim.check(input, constants);
  return { met: relations.length > 0, ok: relations.every(relationHolds), relations };
}

function search(claim: ExactClaim, seed: number, numRuns: number, timeMs: number, constants: ConstantOverrides | undefined, shrink: boolean): SearchOutcome {
  let total = 0;
  let met = 0;
  let counting = true;
  let closest: { ratio: Rational; label: string } | null = null;
  const property = fc.property(claim.arbitrary(), (input) => {
    const ev = evaluate(claim, input, constants);
    if (counting) {
      total++;
      if (ev.met) {
        met++;
        for (const r of ev.relations) {
          const s = slackRatio(r);
          if (s && (closest === null || s.lt(closest.ratio))) closest = { ratio: s, label: `${r.lhsLabel} ${r.op} ${r.rhsLabel}` };
        }
      }
      if (!ev.ok) counting = false;
    }
    return ev.ok;
  });
  const res = fc.check(property, {
    seed,
    numRuns,
    examples: (claim.examples ?? []).map((x) => [x] as [unknown]),
    interruptAfterTimeLimit: Math.max(1, timeMs),
    markInterruptAsFailure: false,
    endOnFailure: !shrink,
  });
  return {
    total,
    met,
    closest,
    failed: res.failed && res.counterexample !== null,
    interrupted: res.interrupted,
    input: res.counterexample?.[0],
    numShrinks: res.numShrinks,
    path: res.counterexamplePath ?? null,
    seed: res.seed,
  };
}

/** The first grid input that violates the claim (with these constants), and the counts. */
function gridPass(claim: ExactClaim, constants: ConstantOverrides | undefined, deadline: number): { inputs: number; met: number; violating?: unknown; complete: boolean } {
  let inputs = 0;
  let met = 0;
  if (!claim.exhaustive) return { inputs, met, complete: true };
  for (const input of claim.exhaustive.inputs()) {
    if (Date.now() > deadline) return { inputs, met, complete: false };
    inputs++;
    const ev = evaluate(claim, input, constants);
    if (ev.met) met++;
    if (!ev.ok) return { inputs, met, violating: input, complete: false };
  }
  return { inputs, met, complete: true };
}

interface ExactOutcome {
  verdict: Verdict;
  evidence: Json;
  tightness: Json;
  main: CounterexampleFile | null;
  extra: NamedCounterexample[];
  detail: string;
  regression: RegressionResult | null;
}

function runExact(claim: ExactClaim, opts: RunOptions, seed: number, deadline: number): ExactOutcome {
  const numRuns = opts.runs ?? claim.numRuns[opts.depth];
  const extra: NamedCounterexample[] = [];
  // 1. the bounded-exhaustive grid (code: part of the verdict)
  const grid = gridPass(claim, undefined, deadline);
  // 2. the seeded search from scratch
  const s = search(claim, seed, numRuns, deadline - Date.now(), undefined, true);
  let main: CounterexampleFile | null = null;
  let refutedBy: Json = null;
  if (s.failed) {
    main = counterexampleFor(claim, s.input, { source: 'fast-check', seed: s.seed, path: s.path ?? null, note: `found by the seeded search after ${s.total} case(s), shrunk ${s.numShrinks} time(s)` });
    refutedBy = { source: 'search', foundAfterCases: s.total, numShrinks: s.numShrinks ?? 0 };
  } else if (grid.violating !== undefined) {
    main = counterexampleFor(claim, grid.violating, { source: 'exhaustive', seed: null, path: null, note: `found by the bounded-exhaustive pass (input ${grid.inputs} of the grid ${claim.exhaustive!.domain})` });
    refutedBy = { source: 'exhaustive', gridInput: grid.inputs };
  }
  // 3. stored counterexamples of earlier runs, re-run apart
  let regression: RegressionResult | null = null;
  if (opts.pinned && opts.pinned.length > 0) {
    let still = 0;
    let firstStill: unknown;
    for (const p of opts.pinned) {
      let ok = true;
      try {
        ok = evaluate(claim, p).ok;
      } catch {
        ok = true; // a stored input that no longer decodes for this claim is not a refutation
      }
      if (!ok) {
        if (still === 0) firstStill = p;
        still++;
      }
    }
    regression = { stored: opts.pinned.length, stillRefuting: still };
    if (!main && still > 0) {
      main = counterexampleFor(claim, firstStill, { source: 'pinned', seed: null, path: null, note: 're-run from the stored counterexample file: the seeded search did not find it this run' });
      refutedBy = { source: 'stored counterexample' };
    }
  }
  const vacuous = !main && s.met < vacuityThreshold(s.total);
  let verdict: Verdict;
  if (main) verdict = 'refuted';
  else if (s.interrupted || !grid.complete) verdict = 'timeout';
  else if (vacuous) verdict = 'inconclusive';
  else verdict = 'holds';
  // 4. tightness probes (only when the claim itself holds)
  const tightness: Json[] = [];
  for (const k of claim.constants ?? []) {
    const base = { name: k.name, description: k.description, value: k.value.toString(), falseSide: k.falseSide, specTight: k.tight };
    if (verdict !== 'holds') {
      tightness.push({ ...base, result: 'not probed (the claim itself does not hold)', eta: null, counterexample: null });
      continue;
    }
    let found: { eta: string; label: string; counterexample: string } | null = null;
    let timedOut = false;
    for (const { eta, label } of TIGHTNESS_ETAS) {
      const factor = Rational.ONE.add(eta);
      const value = k.falseSide === 'up' ? k.value.mul(factor) : k.value.div(factor);
      const constants: ConstantOverrides = { [k.name]: value };
      const g = gridPass(claim, constants, deadline);
      let input: unknown = g.violating;
      let source: CounterexampleFile['source'] = 'exhaustive';
      let pseed: number | null = null;
      if (input === undefined) {
        const ps = search(claim, seed, numRuns, deadline - Date.now(), constants, false);
        if (ps.failed) {
          input = ps.input;
          source = 'tightness';
          pseed = ps.seed;
        } else if (ps.interrupted) timedOut = true;
      }
      if (input !== undefined) {
        const name = `${claim.id}.tight.${k.name}`;
        const file = counterexampleFor(claim, input, {
          source,
          seed: pseed,
          path: null,
          note: `${k.description}: the claim with ${k.name} = ${value} (moved ${label} toward the false side) is false on this input`,
          constants,
        });
        if (file) {
          extra.push({ name, file });
          found = { eta: eta.toString(), label, counterexample: `counterexamples/${name}.json` };
          break;
        }
      }
      if (timedOut) break;
    }
    const result = found ? (found.label === '1 %' ? 'tight to 1 %' : `perturbed by ${found.label} refuted (not by 1 %)`) : timedOut ? 'timeout (not judged)' : 'no perturbation up to 2× refuted';
    tightness.push({ ...base, result, eta: found?.eta ?? null, counterexample: found?.counterexample ?? null });
  }
  const closest = s.closest;
  const evidence: Json = {
    seed: s.seed,
    numRuns: s.total,
    hypothesis: { met: s.met, total: s.total, threshold: vacuityThreshold(s.total), vacuous },
    examples: (claim.examples ?? []).length,
    exhaustive: claim.exhaustive ? { domain: claim.exhaustive.domain, inputs: grid.inputs, met: grid.met, complete: grid.complete && grid.violating === undefined } : null,
    closestCase: closest ? { ratio: closest.ratio.toString(), approx: closest.ratio.toDecimal(6), relation: closest.label } : null,
    refutedBy,
  };
  const gridText = claim.exhaustive && grid.complete && grid.violating === undefined ? `; all ${grid.inputs} inputs of the exhaustive grid` : '';
  const detail = vacuous && !main ? `(vacuous: ${s.met} of ${s.total} met the hypothesis, fewer than ${vacuityThreshold(s.total)})` : `(${s.met} of ${s.total} met the hypothesis${gridText})`;
  return { verdict, evidence, tightness, main, extra, detail, regression };
}

function isBudgetError(e: unknown): boolean {
  return e instanceof Error && /budget|deadline/i.test(e.name);
}

function runStat(claim: StatClaim, opts: RunOptions, seed: number, deadline: number) {
  const ctx: ClaimContext = { seed, depth: opts.depth, runs: opts.runs, deadline };
  let out;
  try {
    out = claim.run(ctx);
  } catch (e) {
    if (!isBudgetError(e)) throw e;
    out = { tests: [], timedOut: true };
  }
  let verdict: Verdict = out.timedOut ? 'timeout' : combineJudgements(out.tests);
  if (claim.expected === 'open' && verdict !== 'refuted' && verdict !== 'timeout') verdict = 'open';
  const extra: NamedCounterexample[] = [];
  let main: CounterexampleFile | null = null;
  if (out.certificate) {
    main = counterexampleFor(claim, out.certificate.input, { source: 'certificate', seed, path: null, note: out.certificate.note });
  }
  const refutedTests = out.tests.filter((t) => t.judgement === 'refuted');
  if (refutedTests.length > 0 && !out.timedOut) {
    const statistical: Json = {
      seed,
      depth: opts.depth,
      runs: opts.runs ?? null,
      tests: out.tests.map((t) => ({ name: t.name, n: t.n, successes: t.successes ?? null, judgement: t.judgement })),
    };
    const first = refutedTests[0]!;
    const file = makeCounterexampleFile({
      claim: claim.id,
      expected: claim.expected,
      source: 'statistical',
      seed,
      path: null,
      input: null,
      violated: { test: first.name, method: first.method, n: first.n, successes: first.successes ?? null, interval: first.interval.toJSON(), claimed: first.claimed },
      relations: [],
      note: `statistical refutation: re-run the claim with seed ${seed}, depth ${opts.depth}${opts.runs ? `, runs ${opts.runs}` : ''} to reproduce the counts`,
      statistical,
    });
    if (main) extra.push({ name: `${claim.id}.statistical`, file });
    else main = file;
  }
  const details = out.evidence as Record<string, Json> | undefined;
  const sentence = details && typeof details === 'object' && !Array.isArray(details) && typeof details.verdictSentence === 'string' ? (details.verdictSentence as string) : null;
  return {
    verdict,
    evidence: { seed, alpha: claim.alpha, tests: out.tests.map(statTestJSON), ...(out.evidence !== undefined ? { details: out.evidence } : {}) } as Json,
    main,
    extra,
    figures: out.figures ?? [],
    tables: out.tables ?? [],
    sentence,
  };
}

async function runSmt(claim: Claim, opts: RunOptions, seed: number) {
  if (!claim.smt) return { record: claim.smtNote ? ({ notEncoded: claim.smtNote } as Json) : null, files: [] as NamedCounterexample[], refutation: undefined, timings: undefined };
  if (!opts.smtBudgetMs || opts.smtBudgetMs <= 0) return { record: { skipped: 'SMT budget 0' } as Json, files: [], refutation: undefined, timings: undefined };
  // Z3's start-up alone (loading the WebAssembly module) takes one to a few seconds: a smaller
  // budget could not decide anything and would only overrun --budget, so it is not started.
  if (opts.smtBudgetMs < SMT_MIN_BUDGET_MS)
    return { record: { skipped: `SMT budget ${opts.smtBudgetMs} ms is below the ${SMT_MIN_BUDGET_MS} ms the solver needs to start` } as Json, files: [], refutation: undefined, timings: undefined };
  try {
    const { runSmtLadder } = await import('../smt/runSmt.js');
    const res = await runSmtLadder(claim, { budgetMs: opts.smtBudgetMs, seed });
    if (!res) return { record: { unavailable: 'the SMT engine returned no result' } as Json, files: [], refutation: undefined, timings: undefined };
    return { record: res.record, files: [...res.counterexamples], refutation: res.refutation, timings: res.timingsMs };
  } catch (e) {
    return { record: { unavailable: `SMT unavailable: ${(e as Error).message?.split('\n')[0] ?? String(e)}` } as Json, files: [], refutation: undefined, timings: undefined };
  }
}

/** Run one claim with the given options. */
export async function runClaim(claim: Claim, opts: RunOptions): Promise<RunRecord> {
  const t0 = performance.now();
  const seed = claimSeed(opts.seed, claim.id);
  const deadline = Date.now() + opts.budgetMs;
  let verdict: Verdict;
  let evidence: Json;
  let main: CounterexampleFile | null;
  let extra: NamedCounterexample[];
  let figures: readonly Figure[] = [];
  let tables: readonly Table[] = [];
  let tightness: Json = null;
  let regression: RegressionResult | null = null;
  let detail: string;
  let sentence: string | null = null;
  if (claim.kind === 'statistical') {
    ({ verdict, evidence, main, extra, figures, tables, sentence } = runStat(claim, opts, seed, deadline));
    const tests = (evidence as { tests: { n: number }[] }).tests ?? [];
    detail = `at n = ${[...new Set(tests.map((t) => t.n))].join(', ') || '—'}`;
  } else {
    const x = runExact(claim, opts, seed, deadline);
    ({ verdict, evidence, main, extra, detail, regression } = x);
    tightness = x.tightness;
    if (claim.expected === 'open' && (verdict === 'holds' || verdict === 'inconclusive')) verdict = 'open';
  }
  const smt = await runSmt(claim, opts, seed);
  if (!main && smt.refutation && verdict !== 'timeout') {
    main = smt.refutation;
    verdict = 'refuted';
  }
  const counterexamples: NamedCounterexample[] = [...(main ? [{ name: claim.id, file: main }] : []), ...extra, ...smt.files];
  const record: ClaimRecord = {
    ...claimMetadata(claim),
    verdict,
    asExpected: verdict === claim.expected,
    verdictText: verdictText(verdict, claim, detail, sentence),
    evidence,
    tightness,
    smt: smt.record,
    counterexample: main ? `counterexamples/${claim.id}.json` : null,
    figures: figures.map((f) => `figures/${f.name}.svg`),
  };
  return {
    id: claim.id,
    record,
    counterexample: main,
    counterexamples,
    figures,
    tables,
    regression,
    ms: Math.round(performance.now() - t0),
    ...(smt.timings ? { smtTimingsMs: smt.timings } : {}),
  };
}

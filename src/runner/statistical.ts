/**
 * # The statistical phase of a claim
 *
 * Main definitions: {@link runStat}(claim, options, seed, deadline) → {@link StatPhaseOutcome}: the
 * verdict combined from the claim's judged tests, the evidence record, the counterexample files
 * (an exact certificate, and a replayable statistical refutation), figures and tables.
 *
 * Main statements: a claim whose run hits its deadline (or throws a budget error) is `timeout`; a
 * run that returns no tests is `inconclusive` (nothing was judged), never `holds` or `open`; an
 * `open` claim that is neither refuted nor timed out reads `open`; a refuted test leaves a
 * replayable file (seed, depth, runs, counts); an exact certificate is re-verified by the claim's
 * `check` through the one evaluation path before it becomes a file.
 */
import type { Figure, StatClaim, Table, Verdict } from '../claims/defineClaim.js';
import { combineJudgements, type StatTest } from '../stats/judge.js';
import type { StatEvidence, StatTestRecord } from '../schema/schemas.js';
import { counterexampleOf, statisticalCounterexample } from './counterexample.js';
import { claimContext } from './depth.js';
import type { NamedCounterexample } from './record.js';
import type { RunOptions } from './runOptions.js';

/** What the statistical phase gives the record. */
export interface StatPhaseOutcome {
  readonly verdict: Verdict;
  readonly evidence: StatEvidence;
  /** The main counterexample first (named after the claim), then the statistical one when both exist. */
  readonly files: NamedCounterexample[];
  readonly figures: readonly Figure[];
  readonly tables: readonly Table[];
  /** The claim's own verdict sentence (`details.verdictSentence`), for an open claim's text. */
  readonly sentence: string | null;
}

/** A judged test as the record stores it. */
export function statTestRecord(t: StatTest): StatTestRecord {
  return {
    name: t.name,
    method: t.method,
    n: t.n,
    successes: t.successes ?? null,
    alpha: t.alpha.toString(),
    interval: t.interval.toJSON(),
    claimed: t.claimed,
    judgement: t.judgement,
    ...(t.power !== undefined ? { power: { ...t.power } } : {}),
  };
}

function isBudgetError(e: unknown): boolean {
  return e instanceof Error && /budget|deadline/i.test(e.name);
}

/** Run a statistical claim (see the header). */
export function runStat(claim: StatClaim, opts: RunOptions, seed: number, deadline: number): StatPhaseOutcome {
  let out;
  try {
    out = claim.run(claimContext(opts, seed, deadline));
  } catch (e) {
    if (!isBudgetError(e)) throw e;
    out = { tests: [], timedOut: true };
  }
  // an experiment that returned no tests judged nothing: never "holds" (nor "open")
  const judgedNothing = !out.timedOut && out.tests.length === 0;
  let verdict: Verdict = out.timedOut ? 'timeout' : judgedNothing ? 'inconclusive' : combineJudgements(out.tests);
  if (claim.expected === 'open' && verdict !== 'refuted' && verdict !== 'timeout' && !judgedNothing) verdict = 'open';
  const files: NamedCounterexample[] = [];
  if (out.certificate) {
    const file = counterexampleOf(claim, out.certificate.input, {
      source: 'certificate',
      seed,
      path: null,
      note: out.certificate.note,
    });
    if (file) files.push({ name: claim.id, file });
  }
  if (out.tests.some((t) => t.judgement === 'refuted') && !out.timedOut) {
    const file = statisticalCounterexample(claim, { seed, depth: opts.depth, runs: opts.runs, tests: out.tests });
    files.push({ name: files.length > 0 ? `${claim.id}.statistical` : claim.id, file });
  }
  const details = out.evidence;
  const sentence =
    details !== null &&
    typeof details === 'object' &&
    !Array.isArray(details) &&
    typeof details.verdictSentence === 'string'
      ? details.verdictSentence
      : null;
  return {
    verdict,
    evidence: {
      seed,
      alpha: claim.alpha,
      tests: out.tests.map(statTestRecord),
      ...(out.evidence !== undefined ? { details: out.evidence } : {}),
    },
    files,
    figures: out.figures ?? [],
    tables: out.tables ?? [],
    sentence,
  };
}

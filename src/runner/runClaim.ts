/**
 * # Running one claim
 *
 * Main definitions: {@link runClaim}(claim, options) → {@link RunRecord}: the manifest record with
 * its verdict and evidence, the counterexample files, figures and tables.
 *
 * Main statements: the run is the claim's phase — exact ({@link runExact}: grid, seeded search,
 * stored inputs, tightness probes) or statistical ({@link runStat}) — then the SMT phase
 * ({@link runSmtPhase}); an SMT model confirmed by the claim's exact check refutes a claim that is
 * not already refuted or timed out. An `open` exact claim that holds (or is vacuous) reads `open`.
 * The record is built by {@link buildRecord}; verdicts and their text are in `verdict.ts`.
 *
 * Implementation notes: the seed is {@link claimSeed}(global seed, id), the deadline the budget from
 * now; timings are returned apart from the record, so verdict files stay byte-identical.
 */
import type { Claim, Figure, Table, Verdict } from '../claims/defineClaim.js';
import type { ExactEvidence, StatEvidence, TightnessEntry } from '../schema/schemas.js';
import { claimSeed } from './claimSeed.js';
import { buildRecord, type NamedCounterexample, type RunRecord } from './record.js';
import type { RegressionResult } from './regression.js';
import { runExact } from './runExact.js';
import type { RunOptions } from './runOptions.js';
import { runSmtPhase } from './smtPhase.js';
import { runStat } from './statistical.js';
import { verdictText } from './verdict.js';

/** Run one claim with the given options. */
export async function runClaim(claim: Claim, opts: RunOptions): Promise<RunRecord> {
  const t0 = performance.now();
  const seed = claimSeed(opts.seed, claim.id);
  const deadline = Date.now() + opts.budgetMs;
  let verdict: Verdict;
  let evidence: ExactEvidence | StatEvidence;
  let files: NamedCounterexample[];
  let figures: readonly Figure[] = [];
  let tables: readonly Table[] = [];
  let tightness: TightnessEntry[] | null = null;
  let regression: RegressionResult | null = null;
  let detail: string;
  let sentence: string | null = null;
  if (claim.kind === 'statistical') {
    ({ verdict, evidence, files, figures, tables, sentence } = runStat(claim, opts, seed, deadline));
    detail =
      evidence.tests.length === 0 && verdict === 'inconclusive'
        ? '(the experiment returned no tests: nothing was judged)'
        : `at n = ${[...new Set(evidence.tests.map((t) => t.n))].join(', ') || '—'}`;
  } else {
    const x = runExact(claim, opts, seed, deadline);
    ({ verdict, evidence, files, detail, regression, tightness } = x);
    if (claim.expected === 'open' && (verdict === 'holds' || verdict === 'inconclusive')) verdict = 'open';
  }
  const smt = await runSmtPhase(claim, opts, seed);
  let hasMain = files.some((f) => f.name === claim.id);
  if (!hasMain && smt.refutation && verdict !== 'timeout') {
    files = [{ name: claim.id, file: smt.refutation }, ...files];
    hasMain = true;
    verdict = 'refuted';
  }
  const record = buildRecord(claim, {
    verdict,
    verdictText: verdictText(verdict, claim, detail, sentence),
    evidence,
    tightness,
    smt: smt.record,
    hasMain,
    figures,
  });
  return {
    id: claim.id,
    record,
    counterexamples: [...files, ...smt.files],
    figures,
    tables,
    regression,
    ms: Math.round(performance.now() - t0),
    ...(smt.timings ? { smtTimingsMs: smt.timings } : {}),
  };
}

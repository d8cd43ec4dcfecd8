/**
 * # The SMT phase of a claim
 *
 * Main definitions: {@link runSmtPhase}(claim, options, seed) → {@link SmtPhaseOutcome}: the
 * deterministic `record.smt`, the counterexample files of the ladder, a confirmed refutation, and the
 * solver times; {@link SMT_MIN_BUDGET_MS}.
 *
 * Main statements: a claim without an encoding records its `smtNote` (or nothing, for a statistical
 * claim); an exact claim with neither gets the automatic lift of its check ({@link runAutoSmt} in
 * `smtLift.ts`: proofs on branch paths of sample cases, never a refutation); a budget of 0 skips the
 * phase, a budget below {@link SMT_MIN_BUDGET_MS} does not start the solver; a failure to
 * load the engine is recorded as `unavailable`, never a verdict. The ladder itself is
 * {@link runSmtLadder} (`smtLadder.ts`).
 *
 * Implementation notes: the SMT engine is loaded lazily, only for claims that declare an encoding.
 */
import type { Claim } from '../claims/defineClaim.js';
import type { CounterexampleFile } from '../claims/counterexampleFile.js';
import type { Json } from '../claims/codec.js';
import type { NamedCounterexample } from './record.js';
import type { RunOptions } from './runOptions.js';

/** The smallest SMT budget (ms) for which the solver is started at all. */
export const SMT_MIN_BUDGET_MS = 5000;

/** What the SMT phase gives the record. */
export interface SmtPhaseOutcome {
  readonly record: Json;
  readonly files: readonly NamedCounterexample[];
  readonly refutation?: CounterexampleFile;
  readonly timings?: Readonly<Record<string, number>>;
}

const only = (record: Json): SmtPhaseOutcome => ({ record, files: [] });

/** Run the claim's SMT ladder within `opts.smtBudgetMs` (see the header). */
export async function runSmtPhase(claim: Claim, opts: RunOptions, seed: number): Promise<SmtPhaseOutcome> {
  if (!claim.smt && (claim.smtNote || claim.kind === 'statistical')) return only(claim.smtNote ? { notEncoded: claim.smtNote } : null);
  if (!opts.smtBudgetMs || opts.smtBudgetMs <= 0) return only(claim.smt ? { skipped: 'SMT budget 0' } : null);
  // Z3's start-up alone (loading the WebAssembly module) takes one to a few seconds: a smaller
  // budget could not decide anything and would only overrun --budget, so it is not started.
  if (opts.smtBudgetMs < SMT_MIN_BUDGET_MS) return only({ skipped: `SMT budget ${opts.smtBudgetMs} ms is below the ${SMT_MIN_BUDGET_MS} ms the solver needs to start` });
  if (!claim.smt && claim.kind !== 'statistical') {
    // an exact claim without an SMT file and without a note: the automatic lift (smtLift.ts)
    try {
      const { runAutoSmt } = await import('./smtLift.js');
      const r = await runAutoSmt(claim, { seed, budgetMs: opts.smtBudgetMs });
      return { record: r.record, files: [], ...(Object.keys(r.timings).length > 0 ? { timings: r.timings } : {}) };
    } catch (e) {
      return only({ unavailable: `automatic SMT lift failed: ${(e as Error).message?.split('\n')[0] ?? String(e)}` });
    }
  }
  try {
    const { runSmtLadder } = await import('./smtLadder.js');
    const res = await runSmtLadder(claim, { budgetMs: opts.smtBudgetMs, seed });
    if (!res) return only({ unavailable: 'the SMT engine returned no result' });
    return { record: res.record, files: [...res.counterexamples], ...(res.refutation ? { refutation: res.refutation } : {}), ...(res.timingsMs ? { timings: res.timingsMs } : {}) };
  } catch (e) {
    return only({ unavailable: `SMT unavailable: ${(e as Error).message?.split('\n')[0] ?? String(e)}` });
  }
}

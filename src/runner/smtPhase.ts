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
 * load the engine is recorded as `unavailable`, never a verdict. A crash of the engine (a trap in
 * Z3's WebAssembly such as `RuntimeError: memory access out of bounds`, thrown from one of its
 * threads as an uncaught exception) never costs the claim its verdict from search and grid: the
 * process's crash handlers hand it to {@link failRunningSmtPhase}, the phase drops the engine (and
 * z3-solver's modules, see `resetZ3`) and is retried once on a fresh instance; a second crash is
 * recorded as `unavailable: the SMT engine failed …`. The ladder itself is {@link runSmtLadder}
 * (`smtLadder.ts`).
 *
 * Implementation notes: the SMT engine is loaded lazily, only for claims that declare an encoding.
 * One worker keeps one engine across its claims; the engine's heap lives in a fixed 2 GiB
 * WebAssembly memory and never shrinks, so a worker drops the engine once its heap top passes
 * {@link SMT_ENGINE_MAX_BYTES} after a phase, and the next claim starts a fresh one.
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

/** Drop the engine after a phase once its heap reaches this (of its fixed 2 GiB memory; see the header). */
export const SMT_ENGINE_MAX_BYTES = 1024 * 2 ** 20;

/** The crash of an engine during a phase. */
class SmtEngineCrash extends Error {
  constructor(override readonly cause: unknown) {
    super(`${(cause as Error)?.name ?? 'Error'}: ${String((cause as Error)?.message ?? cause).split('\n')[0]}`);
  }
}

let failCurrent: ((e: unknown) => void) | null = null;

/**
 * Called by a process's crash handlers (uncaught exception, unhandled rejection): while an SMT phase
 * runs, the error is the engine's — the phase fails (and is retried) instead of the process.
 * @returns true iff an SMT phase took the error
 */
export function failRunningSmtPhase(e: unknown): boolean {
  if (!failCurrent) return false;
  failCurrent(e);
  return true;
}

/** One attempt of an engine computation; rejects with {@link SmtEngineCrash} when the engine crashes. */
function attempt<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    failCurrent = (e) => reject(new SmtEngineCrash(e));
    work().then(resolve, (e: unknown) => reject(isWasmTrap(e) ? new SmtEngineCrash(e) : e));
  }).finally(() => {
    failCurrent = null;
  });
}

/** `work` on the engine; after a crash, once more on a fresh engine; `{ failed }` after a second crash. */
async function withRetry<T>(work: () => Promise<T>, resetZ3: () => Promise<void>): Promise<T | { failed: string }> {
  try {
    return await attempt(work);
  } catch (e) {
    if (!(e instanceof SmtEngineCrash)) throw e;
  }
  // the engine crashed: drop it, retry once on a fresh instance
  await resetZ3();
  try {
    return await attempt(work);
  } catch (e) {
    if (!(e instanceof SmtEngineCrash)) throw e;
    await resetZ3();
    return {
      failed: `the SMT engine failed (${e.message}; retried once on a fresh engine); the verdict is from search and grid`,
    };
  }
}

/** A trap of WebAssembly code (the engine's, in this phase). */
function isWasmTrap(e: unknown): boolean {
  return e instanceof WebAssembly.RuntimeError || (e instanceof Error && e.name === 'RuntimeError');
}

/** Run the claim's SMT ladder within `opts.smtBudgetMs` (see the header). */
export async function runSmtPhase(claim: Claim, opts: RunOptions, seed: number): Promise<SmtPhaseOutcome> {
  if (!claim.smt && (claim.smtNote || claim.kind === 'statistical'))
    return only(claim.smtNote ? { notEncoded: claim.smtNote } : null);
  if (!opts.smtBudgetMs || opts.smtBudgetMs <= 0) return only(claim.smt ? { skipped: 'SMT budget 0' } : null);
  // Z3's start-up alone (loading the WebAssembly module) takes one to a few seconds: a smaller
  // budget could not decide anything and would only overrun --budget, so it is not started.
  if (opts.smtBudgetMs < SMT_MIN_BUDGET_MS)
    return only({
      skipped: `SMT budget ${opts.smtBudgetMs} ms is below the ${SMT_MIN_BUDGET_MS} ms the solver needs to start`,
    });
  const { resetZ3, z3HeapTopBytes } = await import('../smt/z3Context.js');
  if (!claim.smt && claim.kind !== 'statistical') {
    // an exact claim without an SMT file and without a note: the automatic lift (smtLift.ts)
    try {
      const { runAutoSmt } = await import('./smtLift.js');
      const r = await withRetry(() => runAutoSmt(claim, { seed, budgetMs: opts.smtBudgetMs! }), resetZ3);
      if ('failed' in r) return only({ unavailable: r.failed });
      if ((z3HeapTopBytes() ?? 0) > SMT_ENGINE_MAX_BYTES) await resetZ3();
      return { record: r.record, files: [], ...(Object.keys(r.timings).length > 0 ? { timings: r.timings } : {}) };
    } catch (e) {
      return only({ unavailable: `automatic SMT lift failed: ${(e as Error).message?.split('\n')[0] ?? String(e)}` });
    }
  }
  try {
    const { runSmtLadder } = await import('./smtLadder.js');
    const out = await withRetry(() => runSmtLadder(claim, { budgetMs: opts.smtBudgetMs!, seed }), resetZ3);
    if (out !== null && typeof out === 'object' && 'failed' in out) return only({ unavailable: out.failed });
    const res = out;
    if ((z3HeapTopBytes() ?? 0) > SMT_ENGINE_MAX_BYTES) await resetZ3();
    if (!res) return only({ unavailable: 'the SMT engine returned no result' });
    return {
      record: res.record,
      files: [...res.counterexamples],
      ...(res.refutation ? { refutation: res.refutation } : {}),
      ...(res.timingsMs ? { timings: res.timingsMs } : {}),
    };
  } catch (e) {
    return only({ unavailable: `SMT unavailable: ${(e as Error).message?.split('\n')[0] ?? String(e)}` });
  }
}

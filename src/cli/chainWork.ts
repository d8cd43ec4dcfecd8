/**
 * # The computation of `chain`, interruptible
 *
 * Main definitions: {@link ChainJob} — a validated request (the chain as its option strings, start,
 * steps, exit interval); {@link computeChain} — the law after s steps and the exit rows, exact, as
 * JSON (fractions "p/q" with decimals beside); {@link computeChainInThread} — the same on a worker
 * thread, progress lines passed back.
 *
 * Main statements: the main thread stays idle while a worker thread computes, so SIGINT/SIGTERM
 * reach the command's handler at once (a synchronous loop on the main thread never runs a signal
 * handler): the process exits 130/143 with one line within a moment, whatever the size of the
 * computation. The thread's answer is exactly what {@link computeChain} returns inline.
 *
 * Implementation notes: this module is also the thread's entry (it runs the job it finds in
 * `workerData`; started by `runOnThread`).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { runOnThread } from './thread.js';
import { BirthDeathChain, constantChain, pureDeathChain, pureDeathZeroProbIE } from '../chain/BirthDeathChain.js';
import { Rational } from '../exact/Rational.js';
import type { Json } from '../claims/codec.js';

/** A validated `chain` request. */
export interface ChainJob {
  readonly T: number;
  readonly pureDeath?: string;
  readonly lambda?: string;
  readonly mu?: string;
  readonly start: number;
  readonly steps?: number;
  readonly exit?: { readonly lo: number; readonly hi: number };
  /** Print progress (the request is estimated at more than two seconds). */
  readonly slow: boolean;
  /** log₂ of the lcm of the rates' denominators (the stepping cost model of the ETA). */
  readonly log2L: number;
}

/** The chain a job describes (its strings were validated by the command). */
export function chainOf(job: Pick<ChainJob, 'T' | 'pureDeath' | 'lambda' | 'mu'>): BirthDeathChain {
  return job.pureDeath !== undefined
    ? pureDeathChain(job.T, Rational.parse(job.pureDeath))
    : constantChain(job.T, Rational.parse(job.lambda!), Rational.parse(job.mu!));
}

/** Exact value with its decimal. */
function pair(x: Rational): { exact: string; decimal: string } {
  return { exact: x.toString(), decimal: x.toDecimal(12) };
}

/** The law and exit rows of a job, as JSON; `progress` gets the progress lines (about once a second). */
export function computeChain(job: ChainJob, progress: (line: string) => void): { law: Json; exit: Json } {
  const chain = chainOf(job);
  const { start, steps, exit, slow } = job;
  const pureDeathP = job.pureDeath !== undefined ? Rational.parse(job.pureDeath) : undefined;
  const closedForm = pureDeathP !== undefined && start === job.T && steps !== undefined;
  let law: Json = null;
  let exitDoc: Json = null;
  if (steps !== undefined) {
    const t0 = Date.now();
    let last = t0;
    // cumulative cost up to progress t: stepping Σ (1 + u·log₂L/64) ≈ t + t²·log₂L/128 (per state);
    // divided differences Σ_{u ≤ t} u ≈ t²/2 (column u has u entries)
    const dd = chain.lawPlan(start, steps).kernel === 'divided-difference';
    const cost = dd ? (t: number) => t * t : (t: number) => t + (t * t * job.log2L) / 128;
    const { num, den } = chain.distributionScaled(start, steps, {
      onProgress: (t, total) => {
        const now = Date.now();
        if (!slow || now - last < 1000) return;
        last = now;
        const eta = ((now - t0) * (cost(total) - cost(t))) / cost(t) / 1000;
        progress(
          `law: ${dd ? 'column' : 'step'} ${t}/${total}, ETA ${eta < 10 ? eta.toFixed(1) : Math.round(eta)} s (then reducing ${job.T + 1} fractions)\n`,
        );
      },
    });
    const probabilities = num.map((v, b) => ({ state: b, ...pair(Rational.of(v, den)) }));
    law = {
      steps,
      probabilities,
      closedForm: closedForm ? pair(pureDeathZeroProbIE(job.T, pureDeathP!, steps)) : null,
    };
    if (slow) progress(`law computed in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  if (exit) {
    const rows: Json[] = [];
    const n = exit.hi - exit.lo - 1;
    const t0 = Date.now();
    let last = t0;
    for (let b = exit.lo + 1; b < exit.hi; b++) {
      rows.push({
        b,
        hitHiBeforeLo: pair(chain.exitProbabilityUp(b, exit.lo, exit.hi)),
        expectedExitTime: pair(chain.expectedExitTime(b, exit.lo, exit.hi)),
      });
      const now = Date.now();
      if (slow && now - last > 1000) {
        last = now;
        const k = b - exit.lo;
        progress(`exit rows ${k}/${n}, ETA ${Math.round((((now - t0) / k) * (n - k)) / 1000)} s\n`);
      }
    }
    exitDoc = { lo: exit.lo, hi: exit.hi, rows };
  }
  return { law, exit: exitDoc };
}

const here = fileURLToPath(import.meta.url);

/** {@link computeChain} on a worker thread (see the module header). @throws the thread's error */
export function computeChainInThread(
  job: ChainJob,
  progress: (line: string) => void,
): Promise<{ law: Json; exit: Json }> {
  return runOnThread(here, { chainJob: job }, progress);
}

if (!isMainThread && parentPort && (workerData as { chainJob?: ChainJob } | null)?.chainJob) {
  const port = parentPort;
  const result = computeChain((workerData as { chainJob: ChainJob }).chainJob, (line) => port.postMessage({ line }));
  port.postMessage({ result });
}

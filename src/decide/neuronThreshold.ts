/**
 * # The neuron-pruning threshold N*(ε) of a seeded network, certified
 *
 * Main definitions: {@link neuronThreshold}(seed, f, ε, options) → the certified interval
 * [lo, hi] ∋ N*(ε), where N*(ε) is the smallest n such that some subset of the first n neurons of
 * `randomNetwork(seed, ·, d)` ε-approximates f; lo = hi when decided. Also N_LP(ε): the smallest n
 * whose root LP relaxation does not already exclude every subset (n < N_LP is excluded by the
 * relaxation alone, one multiplier each).
 *
 * Main statements: approximability by a subset of the first n neurons is monotone in n (prefixes
 * nest: the first n neurons of the network with N > n are the network with n, `randomNetwork`'s
 * prefix property, and a subset of the first n is one of the first n + 1). So a `no` certificate at
 * n − 1 and a `yes` certificate at n prove N* = n; a `no` at a − 1 and a `yes` at b prove
 * N* ∈ [a, b]. The LP relaxation value is non-increasing in n for the same reason, so N_LP is found
 * by bisection (each answer certified by its one-leaf certificate, the last `no` kept).
 *
 * Implementation notes: optionally a HiGHS MIP probe for a witness at nMax first (`probeSeconds`);
 * without a witness, from N_LP upwards by galloping steps (1, 2, 4, …) to the first `yes`, then
 * bisection, each decision with a time budget; after the first undecided n it scans inwards from both ends of the open interval
 * (one undecided n per side ends the scan). Certificates are handed to `onCertificate` as they are
 * found and looked up through `lookup` first, so a command can resume.
 *
 * References: blueprint E7, E11 (`docs/blueprint.md`); the gap experiment (blueprint §6).
 */
import type { Rational } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import type { TargetNeuron } from '../model/Network.js';
import { certifyDecision, rootLpCertificate, seededInstance } from './certifyInstance.js';
import type { CertificateInstance, NeuronCertificate } from './neuronCertificate.js';

/** Options of {@link neuronThreshold}. */
export interface ThresholdOptions {
  /** the largest prefix considered */
  readonly nMax: number;
  /** the time budget of one decision (ms) */
  readonly timeMsPerDecision: number;
  /** called with every new certificate */
  readonly onCertificate?: (c: NeuronCertificate) => void;
  /** a certificate already found for this instance (resume) */
  readonly lookup?: (inst: CertificateInstance) => NeuronCertificate | undefined;
  /** seconds of a HiGHS MIP probe for a witness at nMax before galloping (default 0: no probe) */
  readonly probeSeconds?: number;
  /** called after every decision (progress) */
  readonly onDecision?: (n: number, answer: 'yes' | 'no' | 'unknown') => void;
}

/** The outcome of {@link neuronThreshold}. */
export interface ThresholdResult {
  readonly seed: string;
  readonly eps: string;
  /** N* ≥ lo (certified by `no` at lo − 1, or lo = 1: the empty network errs by sup|f| > ε) */
  readonly lo: number;
  /** N* ≤ hi (certified by `yes` at hi), or null: no subset found up to nMax */
  readonly hi: number | null;
  /** N_LP: prefixes shorter than this are excluded by the root LP relaxation alone */
  readonly nLp: number;
  /** the certificates behind lo and hi (and behind nLp when it differs) */
  readonly no: NeuronCertificate | null;
  readonly yes: NeuronCertificate | null;
  readonly lpNo: NeuronCertificate | null;
  /** decisions that ran out of budget */
  readonly undecided: number[];
}

/**
 * The certified interval for N*(ε) (see the module header).
 * @throws InvalidParameterError for nMax < 1 or a non-positive budget
 */
export async function neuronThreshold(
  seed: string,
  f: TargetNeuron,
  eps: Rational,
  opts: ThresholdOptions,
): Promise<ThresholdResult> {
  if (!Number.isSafeInteger(opts.nMax) || opts.nMax < 1 || opts.nMax > 4096)
    throw new InvalidParameterError('neuronThreshold', 'nMax', 'an integer in [1, 4096]', String(opts.nMax));
  if (!(opts.timeMsPerDecision > 0))
    throw new InvalidParameterError(
      'neuronThreshold',
      'timeMsPerDecision',
      'a number > 0',
      String(opts.timeMsPerDecision),
    );
  const inst = (n: number) => seededInstance(seed, n, f, eps);
  const found = (c: NeuronCertificate | null): NeuronCertificate | null => {
    if (c) opts.onCertificate?.(c);
    return c;
  };
  // N_LP by bisection: lpNo at n certifies "no" by one multiplier
  const lpAt = new Map<number, NeuronCertificate | null>();
  const lpCert = async (n: number) => {
    if (!lpAt.has(n)) {
      const known = opts.lookup?.(inst(n));
      lpAt.set(
        n,
        known && known.kind === 'no' && known.tree?.length === 1 ? known : found(await rootLpCertificate(inst(n))),
      );
    }
    return lpAt.get(n)!;
  };
  let a = 0; // every n ≤ a − 1 … we keep: lpCert(n) exists for n < nLp
  let b = opts.nMax + 1;
  if (!(await lpCert(0))) b = 0;
  while (a + 1 < b) {
    const mid = (a + b) >> 1;
    if (await lpCert(mid)) a = mid;
    else b = mid;
  }
  const nLp = b === 0 ? 0 : a + 1;
  const lpNo = nLp > 0 ? lpAt.get(nLp - 1)! : null;
  let noN = nLp - 1;
  let no = lpNo;
  let yesN: number | null = null;
  let yes: NeuronCertificate | null = null;
  const undecided: number[] = [];
  const decide = async (n: number): Promise<'yes' | 'no' | 'unknown'> => {
    if (undecided.includes(n)) return 'unknown';
    const known = opts.lookup?.(inst(n));
    let c = known && known.kind !== 'optimal' ? known : null;
    if (!c) c = found((await certifyDecision(inst(n), { timeMs: opts.timeMsPerDecision })).certificate);
    const ans = c === null ? 'unknown' : (c.kind as 'yes' | 'no');
    if (c?.kind === 'yes' && (yesN === null || n < yesN)) {
      yesN = n;
      yes = c;
    }
    if (c?.kind === 'no' && n > noN) {
      noN = n;
      no = c;
    }
    if (ans === 'unknown') undecided.push(n);
    opts.onDecision?.(n, ans);
    return ans;
  };
  if (nLp <= opts.nMax && (opts.probeSeconds ?? 0) > 0) {
    // a witness at nMax from a longer MIP run bounds N* from above before the search in between
    const known = opts.lookup?.(inst(opts.nMax));
    const c =
      known?.kind === 'yes'
        ? known
        : found(
            (
              await certifyDecision(inst(opts.nMax), {
                timeMs: opts.timeMsPerDecision,
                mipSeconds: opts.probeSeconds,
                maxNodes: 1,
              })
            ).certificate,
          );
    if (c?.kind === 'yes') {
      yesN = opts.nMax;
      yes = c;
    }
  }
  if (nLp <= opts.nMax && yesN === null) {
    // gallop upwards from N_LP (steps 1, 2, 4, …) until a yes; an undecided n is stepped over
    let n = nLp;
    let step = 1;
    while (yesN === null && n <= opts.nMax) {
      await decide(n);
      if (yesN !== null) break;
      if (n === opts.nMax) break;
      n = Math.min(opts.nMax, n + step);
      step *= 2;
    }
  }
  if (yesN !== null) {
    // bisection while decisions succeed
    let stuck = false;
    while (noN + 1 < yesN && !stuck) {
      const mid = (noN + 1 + yesN) >> 1;
      if ((await decide(mid)) === 'unknown') stuck = true;
    }
    if (stuck) {
      // scan inwards from both ends; one undecided n per side ends the scan
      while (noN + 1 < yesN && (await decide(noN + 1)) === 'no');
      while (noN + 1 < yesN! && (await decide(yesN! - 1)) === 'yes');
    }
  }
  return {
    seed,
    eps: eps.toString(),
    lo: noN + 1,
    hi: yesN,
    nLp,
    no,
    yes,
    lpNo,
    undecided: [...new Set(undecided)].sort((x, y) => x - y),
  };
}

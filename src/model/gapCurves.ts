/**
 * # The two sides of the gap experiment: weight-pruning errors by N, and the neuron-pruning necessary condition
 *
 * Main definitions: {@link axisErrorsByN}(seed, nMax, stopAt) — for one seeded network (d = 2), the
 * exact error of the best E15 axis construction (weight pruning, target σ(x_1)) after each prefix;
 * {@link necessaryConditionN}(ε) — for the target σ(x_1) (κ = 1, t* = 0, window radius r = 4ε), the
 * smallest N with 1 − (1 − p)^N ≥ 1/2 on the exact enclosure of the window mass p (null when the
 * window does not fit); {@link indexQuartiles} — the quartiles both claims report for the weight side.
 *
 * Main statements: E15 — with P = {j ≤ N : w_{j1} > 0} and c_j = α_j w_{j1}, the best construction
 * errs by min_{S⊆P} |1 − Σ_S c_j|; E7/P3 — an ε-approximating neuron-pruned subnetwork needs a
 * breakpoint in the window, which N neurons reach with probability 1 − (1 − p)^N.
 *
 * Implementation notes: exact meet-in-the-middle subset sums; the enclosure of p is rigorous, and N
 * is the first N whose enclosure lies wholly at or above 1/2. Shared by `v3.weight_upper_bound`
 * (the gap figure) and `neuron_threshold_certified` (the ratio table).
 *
 * References: blueprint E7, E15, P3, P4 (`docs/blueprint.md`).
 */
import { Rational, q } from '../exact/Rational.js';
import { cauchyMassEnclosure } from '../exact/Interval.js';
import { oneMinusPowEnclosure } from '../exact/fixedPoint.js';
import { closestSubsetSum } from '../subsetSum/subsetSums.js';
import { checkDeadline } from '../util/checkDeadline.js';
import { randomRawNetwork } from './randomNetwork.js';

/** For one seeded network (d = 2): the exact best E15 error after N neurons, for N = 0..nMax (stops improving once ≤ stopAt). */
export function axisErrorsByN(
  seed: string,
  nMax: number,
  stopAt: Rational,
  ctx?: { readonly deadline: number },
): Rational[] {
  const raw = randomRawNetwork(seed, nMax, 2);
  const vals: Rational[] = [];
  const out: Rational[] = [Rational.ONE];
  let last = Rational.ONE;
  for (let j = 0; j < nMax; j++) {
    if (ctx) checkDeadline(ctx);
    const w1 = raw.w[2 * j]!;
    if (w1 > 0 && last.gt(stopAt)) {
      vals.push(Rational.fromDouble(raw.alpha[j]!).mul(Rational.fromDouble(w1)));
      last = closestSubsetSum(vals, Rational.ONE).distance;
    }
    out.push(last);
  }
  return out;
}

/** Target σ(x_1): the smallest N with 1 − (1 − p)^N ≥ 1/2 for the window (−4ε, 4ε), or null when 4ε ≥ 1. */
export function necessaryConditionN(eps: Rational, ctx?: { readonly deadline: number }): number | null {
  const r = eps.mul(q(4));
  if (!r.lt(Rational.ONE)) return null;
  const p = cauchyMassEnclosure(r.neg(), r);
  let N = 1;
  while (oneMinusPowEnclosure(p, N).lo.lt(Rational.HALF)) {
    if (ctx && N % 64 === 0) checkDeadline(ctx);
    N++;
  }
  return N;
}

/** Quartiles by index (s[⌊p·(n − 1)⌋] of the sorted values, p = 1/4, 1/2, 3/4): the weight-pruning medians of the gap table. */
export function indexQuartiles(xs: readonly number[]): [number, number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))]!;
  return [at(0.25), at(0.5), at(0.75)];
}

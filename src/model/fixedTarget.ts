/**
 * # A fixed unit target on family 1, and the T1-fixed bounds for it
 *
 * Main definitions: {@link familyOneTarget}(d, a, b) — the rational unit target (a, b, 0, …, 0);
 * {@link fixedTargetBounds}(f, ε, N) — its breakpoint t*, kink κ, window radius r = 4ε/κ, and rigorous
 * enclosures of the hit probability p of the window, of 1 − (1 − p)^N and of 8Nε/(πκ).
 *
 * Main statements: T1-fixed bounds the probability that some neuron-pruned subnetwork of N Gaussian
 * neurons ε-approximates f by 1 − (1 − p)^N ≤ 8Nε/(πκ) (E7 + P3); the v3 and v1/v2 headlines use
 * the same bounds.
 *
 * Implementation notes: every irrational quantity is an {@link Interval} with rational ends (atan
 * and π enclosures); nothing here samples.
 *
 * References: Theorem 1 of the paper (fixed-target reading).
 */
import { TargetNeuron } from './Network.js';
import { targetBreakpoint, windowRadius } from './window.js';
import { cauchyMassEnclosure, piEnclosure, Interval } from '../exact/Interval.js';
import { oneMinusPowEnclosure, roundOut } from '../exact/fixedPoint.js';
import { Rational } from '../exact/Rational.js';

/** Targets supported on family 1 (unit, rational), padded with zeros to dimension d. */
export function familyOneTarget(d: number, a: Rational, b: Rational): TargetNeuron {
  return new TargetNeuron([a, b, ...Array.from({ length: d - 2 }, () => Rational.ZERO)]);
}

/** p (enclosure), 1 − (1−p)^N and 8Nε/(πκ) for a target and (ε, N) on family i (default 1; κ_i > 0). */
export function fixedTargetBounds(f: TargetNeuron, eps: Rational, N: number, i = 1) {
  const { tStar, kappa } = targetBreakpoint(f, i);
  const r = windowRadius(eps, kappa);
  const p = cauchyMassEnclosure(tStar!.sub(r), tStar!.add(r));
  const raw = oneMinusPowEnclosure(p, N);
  const hit = new Interval(roundOut(raw.lo, false), roundOut(raw.hi, true)); // rounded outwards, as the statistical judges use it
  const pi = piEnclosure();
  const linear = new Interval(
    Rational.of(8 * N)
      .mul(eps)
      .div(pi.hi.mul(kappa)),
    Rational.of(8 * N)
      .mul(eps)
      .div(pi.lo.mul(kappa)),
  );
  return { tStar: tStar!, kappa, r, p, hit, linear };
}

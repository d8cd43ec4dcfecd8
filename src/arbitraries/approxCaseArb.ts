/**
 * # Approximation cases: E7's inputs (ε = margin × the exact error of g)
 *
 * Main definitions: {@link ApproxCase}; {@link approxCaseArb} — an extremal approximant on a strict
 * window and ε = margin × its exact error with margin 1 (equality) or just above it;
 * {@link approxNearMissArb} — one hypothesis of E7 just missed; {@link approxGrid} — a
 * bounded-exhaustive grid.
 *
 * Main statements: with margin 1 and the exact extremal approximant, the breakpoint distance r equals
 * δ (E7's equality case).
 *
 * Implementation notes: built on {@link extremalCaseArb} and {@link overhangCaseArb}.
 *
 * References: blueprint E7 (`docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { type Network, type TargetNeuron } from '../model/Network.js';
import { dyadicArb } from './dyadicArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { extremalCaseArb, extremalGrid, overhangCaseArb } from './extremalCaseArb.js';

/** E7's input shape: ε = margin × the exact error of g. */
export interface ApproxCase {
  readonly f: TargetNeuron;
  readonly g: Network;
  readonly margin: Rational;
}

/**
 * E7 cases: a family-supported target, a network at or next to the extremal approximant on a window
 * with |t*| + δ < 1, and margin 1 (ε = the exact error: equality r = δ for the exact extremal network)
 * or 1 + 2^−10 or a dyadic margin in [1, 2].
 */
export function approxCaseArb(constraints: { maxD?: number } = {}): fc.Arbitrary<ApproxCase> {
  checkConstraints('approxCaseArb', constraints, { maxD: intIn(2, 4) });
  const margin = fc.oneof({ arbitrary: fc.constantFrom(Rational.ONE, q(1025, 1024)), weight: 3 }, { arbitrary: dyadicArb({ min: Rational.ONE, max: q(2), bits: 4 }), weight: 1 });
  return fc
    .tuple(extremalCaseArb({ familySupported: true, maxD: constraints.maxD ?? 3, affine: false, strict: true, maxPerturbations: 1 }), margin)
    .map(([w, m]) => ({ f: w.f, g: w.g, margin: m }));
}

/**
 * E7 near misses, one hypothesis at a time: |t*| + r < 1 missed ({@link overhangCaseArb} with margin
 * 1 or 1025/1024: no breakpoint within r = 4ε/κ of t*), or "g ε-approximates f" missed (an E7 case
 * with margin 1023/1024 or 1/2: ε just below the exact error).
 */
export function approxNearMissArb(constraints: { maxD?: number } = {}): fc.Arbitrary<ApproxCase> {
  checkConstraints('approxNearMissArb', constraints, { maxD: intIn(2, 4) });
  const maxD = constraints.maxD ?? 3;
  return fc.oneof(
    fc.tuple(overhangCaseArb({ maxD }), fc.constantFrom(Rational.ONE, q(1025, 1024))).map(([w, margin]) => ({ f: w.f, g: w.g, margin })),
    fc.tuple(approxCaseArb({ maxD }), fc.constantFrom(q(1023, 1024), Rational.HALF)).map(([c, margin]) => ({ ...c, margin })),
  );
}

/** E7 cases over the strict family-supported extremal grid, with margin ∈ {1, 1025/1024}. */
export function approxGrid(): ApproxCase[] {
  return extremalGrid({ familySupported: true, strict: true, affine: false }).flatMap((w) => [Rational.ONE, q(1025, 1024)].map((margin) => ({ f: w.f, g: w.g, margin })));
}

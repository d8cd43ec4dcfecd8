/**
 * # Approximation cases: E7's inputs (ε = margin × the exact error of g)
 *
 * Main definitions: {@link ApproxCase}; {@link approxCaseArb} — an extremal approximant on a strict
 * window and ε = margin × its exact error with margin 1 (equality) or just above it;
 * {@link approxNearMissArb} — one hypothesis of E7 just missed; {@link approxGrid} — a
 * bounded-exhaustive grid; {@link randomApproxArb} — random approximants near a target (E7's random share).
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
import { Network, TargetNeuron } from '../model/Network.js';
import { boundaryTargetArb } from './boundaryTargetArb.js';
import { unitVectorArb } from './unitVectorArb.js';
import { rationalArb } from './rationalArb.js';
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
  const margin = fc.oneof(
    { arbitrary: fc.constantFrom(Rational.ONE, q(1025, 1024)), weight: 3 },
    { arbitrary: dyadicArb({ min: Rational.ONE, max: q(2), bits: 4 }), weight: 1 },
  );
  return fc
    .tuple(
      extremalCaseArb({
        familySupported: true,
        maxD: constraints.maxD ?? 3,
        affine: false,
        strict: true,
        maxPerturbations: 1,
      }),
      margin,
    )
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
    fc
      .tuple(overhangCaseArb({ maxD }), fc.constantFrom(Rational.ONE, q(1025, 1024)))
      .map(([w, margin]) => ({ f: w.f, g: w.g, margin })),
    fc
      .tuple(approxCaseArb({ maxD }), fc.constantFrom(q(1023, 1024), Rational.HALF))
      .map(([c, margin]) => ({ ...c, margin })),
  );
}

/** E7 cases over the strict family-supported extremal grid, with margin ∈ {1, 1025/1024}. */
export function approxGrid(): ApproxCase[] {
  return extremalGrid({ familySupported: true, strict: true, affine: false }).flatMap((w) =>
    [Rational.ONE, q(1025, 1024)].map((margin) => ({ f: w.f, g: w.g, margin })),
  );
}

/**
 * E7's random approximants (d ∈ {2, 3}): a target w* (a boundary target 3 times in 4, else a random
 * unit vector) and g = (1 + θ)·σ(⟨w* + η, x⟩) plus up to three small neurons (θ, η, α ∈ [−1/128,
 * 1/128]), with a margin in [1, 2] (ε = margin × the exact error of g).
 */
export function randomApproxArb(): fc.Arbitrary<ApproxCase> {
  return fc.integer({ min: 2, max: 3 }).chain((d) => {
    const small = dyadicArb({ min: q(-1, 128), max: q(1, 128), bits: 10 });
    const w = fc.oneof(
      { arbitrary: boundaryTargetArb({ minD: d, maxD: d }).map((t) => [...t.f.w]), weight: 3 },
      { arbitrary: unitVectorArb({ d }), weight: 1 },
    );
    return fc
      .record({
        w,
        eta: fc.array(small, { minLength: d, maxLength: d }),
        theta: small,
        extra: fc.array(
          fc.record({
            alpha: small,
            w: fc.array(rationalArb({ min: q(-2), max: q(2) }), { minLength: d, maxLength: d }),
          }),
          { maxLength: 3 },
        ),
        margin: dyadicArb({ min: Rational.ONE, max: q(2), bits: 3 }),
      })
      .map(({ w, eta, theta, extra, margin }) => ({
        f: new TargetNeuron(w),
        g: new Network(d, [{ alpha: Rational.ONE.add(theta), w: w.map((x, k) => x.add(eta[k]!)) }, ...extra]),
        margin,
      }));
  });
}

/**
 * # fast-check arbitrary for 1-D piecewise-linear functions
 *
 * Main definitions: {@link piecewiseLinearArb} — φ = A + B t + Σ J_k (t − τ_k)_+ with small rational
 * data, including coinciding breakpoints whose jumps cancel (each kink may be followed by its exact
 * opposite) and breakpoints on the edge values.
 */
import fc from 'fast-check';
import { PiecewiseLinear } from '../model/PiecewiseLinear.js';
import { rationalArb } from './rationalArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { q } from '../exact/Rational.js';

/** PL functions with at most `maxKinks` kinks (before cancelling duplicates). */
export function piecewiseLinearArb(constraints: { maxKinks?: number } = {}): fc.Arbitrary<PiecewiseLinear> {
  checkConstraints('piecewiseLinearArb', constraints, { maxKinks: intIn(0, 1000) });
  const coef = rationalArb({ min: q(-4), max: q(4), maxDen: 8 });
  const kink = fc.record({ tau: rationalArb({ min: q(-2), max: q(2), maxDen: 8 }), jump: coef, cancel: fc.boolean() });
  return fc.record({ A: coef, B: coef, ks: fc.array(kink, { maxLength: constraints.maxKinks ?? 8 }) }).map(
    ({ A, B, ks }) =>
      new PiecewiseLinear(
        A,
        B,
        ks.flatMap((k) =>
          k.cancel
            ? [PiecewiseLinear.kink(k.tau, k.jump), PiecewiseLinear.kink(k.tau, k.jump.neg())]
            : [PiecewiseLinear.kink(k.tau, k.jump)],
        ),
      ),
  );
}

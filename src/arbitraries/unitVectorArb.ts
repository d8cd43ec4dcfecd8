/**
 * # fast-check arbitrary for exact rational unit vectors
 *
 * Main definitions: {@link unitVectorArb}({ d }) — w ∈ Q^d with ‖w‖₂ = 1 exactly, from inverse
 * stereographic projection of u ∈ Q^{d−1}, then a random coordinate permutation and sign flips;
 * the coordinate axes ±e_k are included as edge cases.
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';
import { stereographicUnitVector } from '../model/unitVector.js';
import { rationalArb } from './rationalArb.js';
import { checkConstraints, intIn } from './constraints.js';

/** Constraints of {@link unitVectorArb}. */
export interface UnitVectorConstraints {
  /** dimension, 2..64 */
  d: number;
  /** bound on |u_k| for the stereographic parameters, as an integer (default 3) */
  maxParam?: number;
  /** largest denominator of u (default 16) */
  maxDen?: number;
}

/** Exact unit vectors of Q^d. */
export function unitVectorArb(constraints: UnitVectorConstraints): fc.Arbitrary<Rational[]> {
  checkConstraints('unitVectorArb', constraints, { d: intIn(2, 64), maxParam: intIn(1, 1000), maxDen: intIn(1, 1_000_000) });
  const d = constraints.d;
  const P = Rational.of(constraints.maxParam ?? 3);
  const u = fc.array(rationalArb({ min: P.neg(), max: P, maxDen: constraints.maxDen ?? 16 }), { minLength: d - 1, maxLength: d - 1 });
  const stereo = fc
    .tuple(u, fc.array(fc.boolean(), { minLength: d, maxLength: d }), fc.integer({ min: 0, max: d - 1 }))
    .map(([uu, flips, rot]) => {
      const w = stereographicUnitVector(uu).map((x, k) => (flips[k] ? x.neg() : x));
      return [...w.slice(rot), ...w.slice(0, rot)];
    });
  const axes = fc.tuple(fc.integer({ min: 0, max: d - 1 }), fc.boolean()).map(([k, neg]) =>
    Array.from({ length: d }, (_, j) => (j === k ? (neg ? Rational.MINUS_ONE : Rational.ONE) : Rational.ZERO)),
  );
  return fc.oneof({ arbitrary: stereo, weight: 9 }, { arbitrary: axes, weight: 1 });
}

/**
 * # fast-check arbitrary for exact rational unit vectors
 *
 * Main definitions: {@link unitVectorArb}({ d }) — w ∈ Q^d with ‖w‖₂ = 1 exactly, from inverse
 * stereographic projection of u ∈ Q^{d−1}, then a random coordinate permutation and sign flips;
 * the coordinate axes ±e_k are included as edge cases; the boundary mixture (share
 * `constraints.boundary`, default 1/4) adds axes, ties (equal magnitudes: (±2/3, ±2/3, ±1/3),
 * (±1/2)^4) and Pythagorean pairs (±3/5, ±4/5) on two coordinates, each labelled
 * (`boundaryTagsOf`): `unit vector: axis`, `unit vector: tie`, `unit vector: two coordinates`.
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';
import { stereographicUnitVector } from '../model/unitVector.js';
import { rationalArb } from './rationalArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { boundaryShareOf, mixBoundary, shareIn01, tagBoundary } from './boundaryTags.js';

/** Constraints of {@link unitVectorArb}. */
export interface UnitVectorConstraints {
  /** dimension, 2..64 */
  d: number;
  /** bound on |u_k| for the stereographic parameters, as an integer (default 3) */
  maxParam?: number;
  /** largest denominator of u (default 16) */
  maxDen?: number;
  /** share of boundary structures in [0, 1] (default 1/4; 0 turns them off) */
  boundary?: number;
}

/** A vector of length d with the given values at the given coordinates (zeros elsewhere). */
function placed(d: number, at: readonly number[], vals: readonly Rational[]): Rational[] {
  const w = Array.from({ length: d }, () => Rational.ZERO);
  vals.forEach((v, j) => {
    w[at[j]!] = v;
  });
  return w;
}

/** Axes, ties and two-coordinate Pythagorean vectors, with random signs and positions, labelled. */
function boundaryUnitVectorArb(d: number): fc.Arbitrary<Rational[]> {
  const signs = fc.array(fc.boolean(), { minLength: 4, maxLength: 4 });
  const perm = fc.shuffledSubarray([...Array(d).keys()], { minLength: Math.min(d, 4), maxLength: Math.min(d, 4) });
  const kinds: ('axis' | 'tie' | 'two coordinates')[] = ['axis', 'two coordinates'];
  if (d >= 3) kinds.push('tie');
  return fc.tuple(fc.constantFrom(...kinds), signs, perm).map(([kind, sg, at]) => {
    const s = (j: number, x: Rational) => (sg[j] ? x.neg() : x);
    let vals: Rational[];
    if (kind === 'axis') vals = [s(0, Rational.ONE)];
    else if (kind === 'two coordinates') vals = [s(0, Rational.of(3, 5)), s(1, Rational.of(4, 5))];
    else if (d >= 4) vals = [0, 1, 2, 3].map((j) => s(j, Rational.HALF));
    else vals = [s(0, Rational.of(2, 3)), s(1, Rational.of(2, 3)), s(2, Rational.of(1, 3))];
    return tagBoundary(placed(d, at, vals), `unit vector: ${kind}`);
  });
}

/**
 * Exact unit vectors of Q^d, with the boundary vectors of the header at the share `constraints.boundary`.
 * @throws InvalidParameterError for bad constraints
 */
export function unitVectorArb(constraints: UnitVectorConstraints): fc.Arbitrary<Rational[]> {
  checkConstraints('unitVectorArb', constraints, {
    d: intIn(2, 64),
    maxParam: intIn(1, 1000),
    maxDen: intIn(1, 1_000_000),
    boundary: shareIn01,
  });
  const share = boundaryShareOf('unitVectorArb', constraints);
  const d = constraints.d;
  const P = Rational.of(constraints.maxParam ?? 3);
  const u = fc.array(rationalArb({ min: P.neg(), max: P, maxDen: constraints.maxDen ?? 16 }), {
    minLength: d - 1,
    maxLength: d - 1,
  });
  const stereo = fc
    .tuple(u, fc.array(fc.boolean(), { minLength: d, maxLength: d }), fc.integer({ min: 0, max: d - 1 }))
    .map(([uu, flips, rot]) => {
      const w = stereographicUnitVector(uu).map((x, k) => (flips[k] ? x.neg() : x));
      return [...w.slice(rot), ...w.slice(0, rot)];
    });
  const axes = fc
    .tuple(fc.integer({ min: 0, max: d - 1 }), fc.boolean())
    .map(([k, neg]) =>
      Array.from({ length: d }, (_, j) => (j === k ? (neg ? Rational.MINUS_ONE : Rational.ONE) : Rational.ZERO)),
    );
  return mixBoundary(
    fc.oneof({ arbitrary: stereo, weight: 9 }, { arbitrary: axes, weight: 1 }),
    boundaryUnitVectorArb(d),
    share,
  );
}

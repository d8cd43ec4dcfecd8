/**
 * # Generator of birth–death chains
 *
 * Main definitions: {@link ChainInput} (T, rates λ_b and μ_b, a start, a number of steps) and
 * {@link chainArb} — random valid chains on {0..T} (λ_b + μ_b ≤ 1 by splitting a total ≤ 1,
 * λ_T = μ_0 = 0), rates with denominators ≤ 12.
 *
 * References: Definition 4 of the paper (birth–death chains).
 */
import fc from 'fast-check';
import { rationalArb } from './rationalArb.js';
import { Rational } from '../exact/Rational.js';

/** Input: a chain's rates, a start and a number of steps. */
export interface ChainInput {
  T: number;
  lambda: Rational[];
  mu: Rational[];
  start: number;
  s: number;
}

/** Random valid chains: λ_b + μ_b ≤ 1 by drawing a split of a total ≤ 1. */
export function chainArb(maxT = 8): fc.Arbitrary<ChainInput> {
  return fc.integer({ min: 1, max: maxT }).chain((T) =>
    fc.record({
      T: fc.constant(T),
      rates: fc.array(fc.tuple(rationalArb({ min: Rational.ZERO, max: Rational.ONE, maxDen: 12 }), rationalArb({ min: Rational.ZERO, max: Rational.ONE, maxDen: 12 })), { minLength: T + 1, maxLength: T + 1 }),
      start: fc.integer({ min: 0, max: T }),
      s: fc.integer({ min: 0, max: 25 }),
    }).map(({ T, rates, start, s }) => ({
      T,
      lambda: rates.map(([tot, split], b) => (b === T ? Rational.ZERO : b === 0 ? tot : tot.mul(split))),
      mu: rates.map(([tot, split], b) => (b === 0 ? Rational.ZERO : b === T ? tot : tot.sub(tot.mul(split)))),
      start,
      s,
    })),
  );
}

/**
 * # Generator of pure-death chain parameters
 *
 * Main definitions: {@link PureDeathInput} (T coupons, probability p ≤ 1/T each, s steps) and
 * {@link pureDeathArb} (T ∈ 1..10, p = a/(bT) with a ≤ b ≤ 16, s ∈ 0..40).
 *
 * Implementation notes: shared by C1 and its negative control (independent clocks); exact rationals.
 *
 * References: Definition 4 of the paper (birth–death chains).
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';

/** Input of C1 and its control: T, p = num/(T·den) ≤ 1/T, s. */
export interface PureDeathInput {
  T: number;
  p: Rational;
  s: number;
}

/** T ∈ 1..10, p ∈ (0, 1/T], s ∈ 0..40. */
export function pureDeathArb(): fc.Arbitrary<PureDeathInput> {
  return fc
    .record({ T: fc.integer({ min: 1, max: 10 }), num: fc.integer({ min: 1, max: 16 }), den: fc.integer({ min: 1, max: 16 }), s: fc.integer({ min: 0, max: 40 }) })
    .map(({ T, num, den, s }) => ({ T, p: Rational.of(Math.min(num, den), den * T), s }));
}

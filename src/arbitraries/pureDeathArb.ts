/**
 * # Generator of pure-death chain parameters
 *
 * Main definitions: {@link PureDeathInput} (T coupons, probability p ≤ 1/T each, s steps) and
 * {@link pureDeathArb} (T ∈ 1..10, p = a/(bT) with a ≤ b ≤ 16, s ∈ 0..40), mixed at the share
 * `boundary` (default 1/4) with rates at the ends of their range, labelled (`boundaryTagsOf`):
 * `pure death: p = 1/T` (the largest rate: one coupon certainly dies per step once all are alive),
 * `pure death: p = 1/(16T)` (the smallest), `pure death: T = 1`, `pure death: s = 0`.
 *
 * Implementation notes: shared by C1 and its negative control (independent clocks); exact rationals.
 *
 * References: Definition 4 of the paper (birth–death chains).
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';
import { checkConstraints } from './constraints.js';
import { boundaryShareOf, mixBoundary, shareIn01, tagBoundary } from './boundaryTags.js';

/** Input of C1 and its control: T, p = num/(T·den) ≤ 1/T, s. */
export interface PureDeathInput {
  T: number;
  p: Rational;
  s: number;
}

/**
 * T ∈ 1..10, p ∈ (0, 1/T], s ∈ 0..40, with the boundary rates of the header at the share `boundary`.
 * @throws InvalidParameterError for bad constraints
 */
export function pureDeathArb(constraints: { boundary?: number } = {}): fc.Arbitrary<PureDeathInput> {
  checkConstraints('pureDeathArb', constraints, { boundary: shareIn01 });
  const share = boundaryShareOf('pureDeathArb', constraints);
  const plain = fc
    .record({
      T: fc.integer({ min: 1, max: 10 }),
      num: fc.integer({ min: 1, max: 16 }),
      den: fc.integer({ min: 1, max: 16 }),
      s: fc.integer({ min: 0, max: 40 }),
    })
    .map(({ T, num, den, s }) => ({ T, p: Rational.of(Math.min(num, den), den * T), s }));
  const boundary = fc
    .record({
      T: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 10 })),
      top: fc.boolean(),
      s: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
    })
    .map(({ T, top, s }) => {
      const labels = [top ? 'pure death: p = 1/T' : 'pure death: p = 1/(16T)'];
      if (T === 1) labels.push('pure death: T = 1');
      if (s === 0) labels.push('pure death: s = 0');
      return tagBoundary({ T, p: Rational.of(1, top ? T : 16 * T), s }, ...labels);
    });
  return mixBoundary(plain, boundary, share);
}

/**
 * # Generator of bin configurations: T bins of [−1, 1] and a point t
 *
 * Main definitions: {@link BinConfig} (T, t); {@link binConfigArb} — T ∈ [1, maxT] and t ∈ [−1, 1]
 * (denominators ≤ 64), mixed at the share `boundary` (default 1/4) with the configurations at which
 * bin membership changes form, labelled (`boundaryTagsOf`): `bins: t on a bin edge` (t = −1 + 2k/T,
 * in two bins when interior), `bins: t = ±1` (an end of [−1, 1]), `bins: t = 0`, `bins: T = 1`,
 * `bins: t just outside [−1, 1]` (|t| = 1 + 1/64: in no bin).
 *
 * References: Definition 2 of the paper (bins B_k = [−1 + 2(k−1)/T, −1 + 2k/T]).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { checkConstraints, intIn } from './constraints.js';
import { rationalArb } from './rationalArb.js';
import { boundaryShareOf, mixBoundary, shareIn01, tagBoundary } from './boundaryTags.js';

/** T bins of [−1, 1] and a point t. */
export interface BinConfig {
  T: number;
  t: Rational;
}

/**
 * Bin configurations with the boundary configurations of the header at the share `boundary`.
 * @throws InvalidParameterError for bad constraints
 */
export function binConfigArb(constraints: { maxT?: number; boundary?: number } = {}): fc.Arbitrary<BinConfig> {
  checkConstraints('binConfigArb', constraints, { maxT: intIn(1, 1000), boundary: shareIn01 });
  const maxT = constraints.maxT ?? 10;
  const share = boundaryShareOf('binConfigArb', constraints);
  const Ts = fc.integer({ min: 1, max: maxT });
  const plain = fc.record({ T: Ts, t: rationalArb({ min: q(-1), max: q(1), maxDen: 64 }) });
  const boundary = fc
    .tuple(fc.oneof(Ts, fc.constant(1)), fc.constantFrom('edge', 'end', 'zero', 'outside'), fc.nat(), fc.boolean())
    .map(([T, kind, k, neg]) => {
      const s = neg ? Rational.MINUS_ONE : Rational.ONE;
      const t =
        kind === 'edge'
          ? Rational.of(-T + 2 * (k % (T + 1)), T)
          : kind === 'end'
            ? s
            : kind === 'zero'
              ? Rational.ZERO
              : s.mul(q(65, 64));
      const labels: string[] = [];
      if (kind === 'edge') labels.push('bins: t on a bin edge');
      if (t.abs().eq(Rational.ONE)) labels.push('bins: t = ±1');
      if (t.isZero()) labels.push('bins: t = 0');
      if (kind === 'outside') labels.push('bins: t just outside [−1, 1]');
      if (T === 1) labels.push('bins: T = 1');
      return tagBoundary({ T, t }, ...labels);
    });
  return mixBoundary(plain, boundary, share);
}

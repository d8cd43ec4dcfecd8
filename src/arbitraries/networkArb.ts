/**
 * # fast-check arbitraries for networks, subsets, masks and families
 *
 * Main definitions: {@link networkArb} (small-denominator rational networks, which hit coinciding
 * breakpoints and zero weights, or Gaussian-like networks), {@link subsetArb}, {@link maskArb},
 * {@link familyArb}.
 *
 * Implementation notes: the Gaussian-like entries are Irwin–Hall dyadics ({@link gaussianDyadicArb}):
 * a shrinkable integer mantissa over a power of two, so counterexamples shrink to short fractions
 * (1/2, −3/4, …), never to the 17-digit fractions of a 53-bit double. Seeded N(0, 1) networks proper
 * come from `randomNetwork` (the statistical claims).
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';
import { Network } from '../model/Network.js';
import { gaussianDyadicArb } from './dyadicArb.js';
import { rationalArb } from './rationalArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { InvalidParameterError } from '../errors.js';

/** Constraints of {@link networkArb}. */
export interface NetworkConstraints {
  /** input dimension, 2..16 */
  d: number;
  /** fewest neurons (default 0) */
  minN?: number;
  /** most neurons (default 6) */
  maxN?: number;
  /** largest denominator of the rational mode (default 8) */
  maxDen?: number;
  /** 'rational' (small fractions in [−2, 2]), 'gaussian' (Gaussian-like dyadics, variance ≈ 1) or 'mixed' (default) */
  mode?: 'rational' | 'gaussian' | 'mixed';
}

/** Random networks of a fixed dimension. */
export function networkArb(constraints: NetworkConstraints): fc.Arbitrary<Network> {
  checkConstraints('networkArb', constraints, {
    d: intIn(2, 16),
    minN: intIn(0, 1000),
    maxN: intIn(0, 1000),
    maxDen: intIn(1, 1_000_000),
    mode: (v) => (v === 'rational' || v === 'gaussian' || v === 'mixed' ? undefined : "'rational', 'gaussian' or 'mixed'"),
  });
  const { d } = constraints;
  const minN = constraints.minN ?? 0;
  const maxN = constraints.maxN ?? 6;
  if (minN > maxN) throw new InvalidParameterError('networkArb', 'constraints.minN', `≤ constraints.maxN = ${maxN}`, String(minN));
  const coef = rationalArb({ min: Rational.of(-2), max: Rational.of(2), maxDen: constraints.maxDen ?? 8 });
  const neuron = fc.record({ alpha: coef, w: fc.array(coef, { minLength: d, maxLength: d }) });
  const rational = fc.array(neuron, { minLength: minN, maxLength: maxN }).map((ns) => new Network(d, ns));
  const gauss = gaussianDyadicArb({ bits: 16 });
  const gaussian = fc
    .array(fc.record({ alpha: gauss, w: fc.array(gauss, { minLength: d, maxLength: d }) }), { minLength: minN, maxLength: maxN })
    .map((ns) => new Network(d, ns));
  const mode = constraints.mode ?? 'mixed';
  if (mode === 'rational') return rational;
  if (mode === 'gaussian') return gaussian;
  return fc.oneof(rational, gaussian);
}

/** Subsets of {0..N−1} as sorted index arrays. */
export function subsetArb(constraints: { N: number }): fc.Arbitrary<number[]> {
  checkConstraints('subsetArb', constraints, { N: intIn(0, 100_000) });
  return fc.subarray([...Array(constraints.N).keys()]);
}

/** Weight-pruning masks: M ∈ {0,1}^{N×d}, m ∈ {0,1}^N. */
export function maskArb(constraints: { N: number; d: number }): fc.Arbitrary<{ M: boolean[][]; m: boolean[] }> {
  checkConstraints('maskArb', constraints, { N: intIn(0, 10_000), d: intIn(2, 4096) });
  const { N, d } = constraints;
  return fc.record({
    M: fc.array(fc.array(fc.boolean(), { minLength: d, maxLength: d }), { minLength: N, maxLength: N }),
    m: fc.array(fc.boolean(), { minLength: N, maxLength: N }),
  });
}

/** A family index i ∈ {1..⌊d/2⌋}. */
export function familyArb(constraints: { d: number }): fc.Arbitrary<number> {
  checkConstraints('familyArb', constraints, { d: intIn(2, 4096) });
  return fc.integer({ min: 1, max: Math.floor(constraints.d / 2) });
}

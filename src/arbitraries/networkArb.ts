/**
 * # fast-check arbitraries for networks, subsets, masks and families
 *
 * Main definitions: {@link networkArb} (small-denominator rational networks, which hit coinciding
 * breakpoints and zero weights, or Gaussian-like networks), {@link subsetArb}, {@link maskArb},
 * {@link familyArb}.
 *
 * Main statements: {@link networkArb} mixes in, at the share `constraints.boundary` (default 1/4, 0
 * turns it off), the networks at which the paper's inequalities are extremal or change form
 * ({@link boundaryNetworkArb}, listed there), each labelled (`boundaryTagsOf`). Given a target
 * (`constraints.near`), the mixture aims at it: the best approximant without a breakpoint in the
 * window, its A2 lift (an inner sum affine on the window crossing zero at t* with the target's
 * slope), breakpoints on the window's ends and at t*.
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
import { boundaryShareOf, mixBoundary, shareIn01 } from './boundaryTags.js';
import { boundaryNetworkArb, type NetworkNear } from './boundaryNetworkArb.js';

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
  /** share of boundary structures in [0, 1] (default 1/4; 0 turns them off) */
  boundary?: number;
  /** a target (family i, optional window half-width δ) the boundary structures aim at */
  near?: NetworkNear;
}

/**
 * Random networks of a fixed dimension (N ∈ [minN, maxN]), mixed at the share `constraints.boundary`
 * (default 1/4) with the boundary networks of {@link boundaryNetworkArb} that fit in [minN, maxN]:
 * cancelling pairs, ties, linear (antipodal) pairs, zero neurons, breakpoints on bin edges, and —
 * with `near` — the window's extremal approximant, its A2 lift, the best affine function on the
 * window, breakpoints on the window's ends and at t*. Boundary networks are rational (small
 * denominators) in every mode.
 * @throws InvalidParameterError for bad constraints
 */
export function networkArb(constraints: NetworkConstraints): fc.Arbitrary<Network> {
  checkConstraints('networkArb', constraints, {
    d: intIn(2, 16),
    minN: intIn(0, 1000),
    maxN: intIn(0, 1000),
    maxDen: intIn(1, 1_000_000),
    mode: (v) =>
      v === 'rational' || v === 'gaussian' || v === 'mixed' ? undefined : "'rational', 'gaussian' or 'mixed'",
    boundary: shareIn01,
    near: (v) => (v !== null && typeof v === 'object' ? undefined : 'an object { f, i, delta? }'),
  });
  const share = boundaryShareOf('networkArb', constraints);
  const { d } = constraints;
  const minN = constraints.minN ?? 0;
  const maxN = constraints.maxN ?? 6;
  if (minN > maxN)
    throw new InvalidParameterError('networkArb', 'constraints.minN', `≤ constraints.maxN = ${maxN}`, String(minN));
  const coef = rationalArb({ min: Rational.of(-2), max: Rational.of(2), maxDen: constraints.maxDen ?? 8 });
  const neuron = fc.record({ alpha: coef, w: fc.array(coef, { minLength: d, maxLength: d }) });
  const rational = fc.array(neuron, { minLength: minN, maxLength: maxN }).map((ns) => new Network(d, ns));
  const gauss = gaussianDyadicArb({ bits: 16 });
  const gaussian = fc
    .array(fc.record({ alpha: gauss, w: fc.array(gauss, { minLength: d, maxLength: d }) }), {
      minLength: minN,
      maxLength: maxN,
    })
    .map((ns) => new Network(d, ns));
  const mode = constraints.mode ?? 'mixed';
  const plain = mode === 'rational' ? rational : mode === 'gaussian' ? gaussian : fc.oneof(rational, gaussian);
  if (share === 0) return plain;
  const boundary = boundaryNetworkArb({
    d,
    minN,
    maxN,
    maxDen: constraints.maxDen ?? 8,
    ...(constraints.near ? { near: constraints.near } : {}),
  });
  return boundary ? mixBoundary(plain, boundary, share) : plain;
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

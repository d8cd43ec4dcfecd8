/**
 * # Generator of subset-sum instances
 *
 * Main definitions: {@link SubsetSumInstance} (values x₁…x_n and a target z, exact rationals);
 * {@link subsetSumInstanceArb} — n ∈ [minN, maxN] values in [−1, 1] and z ∈ [−n, n] (denominators ≤
 * maxDen), mixed at the share `boundary` (default 1/4) with the instances at which a closest subset
 * sum is extremal or ambiguous, labelled (`boundaryTagsOf`):
 * `subset sum: z = 0` (the empty set), `subset sum: z = Σ x` (the full set), `subset sum: z hit
 * exactly` (z a subset sum), `subset sum: tie` (z halfway between two subset sums: two closest sums),
 * `subset sum: repeated values`, `subset sum: zero value`.
 *
 * Implementation notes: exact; the halfway target is the midpoint of two consecutive distinct
 * subset sums, computed exactly by enumeration (n ≤ 12).
 *
 * References: Lueker's subset-sum lemma as used in the paper's weight-pruning upper bound (§5).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import { checkConstraints, intIn } from './constraints.js';
import { rationalArb } from './rationalArb.js';
import { boundaryShareOf, mixBoundary, shareIn01, tagBoundary } from './boundaryTags.js';

/** A subset-sum instance: values and a target. */
export interface SubsetSumInstance {
  values: Rational[];
  target: Rational;
}

/** Constraints of {@link subsetSumInstanceArb}. */
export interface SubsetSumConstraints {
  /** fewest values, 0..12 (default 1) */
  minN?: number;
  /** most values, 0..12 (default 8) */
  maxN?: number;
  /** largest denominator, 1..1000 (default 16) */
  maxDen?: number;
  /** share of boundary instances in [0, 1] (default 1/4; 0 turns them off) */
  boundary?: number;
}

const KINDS = ['z = 0', 'z = Σ x', 'z hit exactly', 'tie', 'repeated values', 'zero value'] as const;

/** Every subset sum of xs, sorted, distinct (exact; n ≤ 12). */
function allSums(xs: readonly Rational[]): Rational[] {
  let sums = [Rational.ZERO];
  for (const x of xs) sums = sums.concat(sums.map((s) => s.add(x)));
  sums.sort((a, b) => a.cmp(b));
  return sums.filter((s, j) => j === 0 || !s.eq(sums[j - 1]!));
}

/**
 * Subset-sum instances with the boundary instances of the header at the share `boundary`.
 * @throws InvalidParameterError for bad constraints
 */
export function subsetSumInstanceArb(constraints: SubsetSumConstraints = {}): fc.Arbitrary<SubsetSumInstance> {
  const api = 'subsetSumInstanceArb';
  checkConstraints(api, constraints, {
    minN: intIn(0, 12),
    maxN: intIn(0, 12),
    maxDen: intIn(1, 1000),
    boundary: shareIn01,
  });
  const minN = constraints.minN ?? 1;
  const maxN = constraints.maxN ?? 8;
  if (minN > maxN)
    throw new InvalidParameterError(api, 'constraints.minN', `≤ constraints.maxN = ${maxN}`, String(minN));
  const maxDen = constraints.maxDen ?? 16;
  const share = boundaryShareOf(api, constraints);
  const value = rationalArb({ min: q(-1), max: q(1), maxDen });
  const values = fc.array(value, { minLength: minN, maxLength: maxN });
  const plain = values.chain((xs) =>
    rationalArb({ min: q(-Math.max(1, xs.length)), max: q(Math.max(1, xs.length)), maxDen }).map((target) => ({
      values: xs,
      target,
    })),
  );
  const boundary = fc.tuple(fc.constantFrom(...KINDS), values, fc.nat(), fc.nat()).map(([kind, xs0, a, b]) => {
    let xs = xs0;
    if (kind === 'repeated values' && xs.length >= 2) xs = [...xs.slice(0, -1), xs[a % (xs.length - 1)]!];
    if (kind === 'zero value' && xs.length >= 1) xs = xs.map((x, j) => (j === a % xs.length ? Rational.ZERO : x));
    const sums = allSums(xs);
    let target: Rational;
    if (kind === 'z = Σ x') target = xs.reduce((s, x) => s.add(x), Rational.ZERO);
    else if (kind === 'z hit exactly' || kind === 'repeated values' || kind === 'zero value')
      target = sums[b % sums.length]!;
    else if (kind === 'tie' && sums.length >= 2) {
      const j = b % (sums.length - 1);
      target = sums[j]!.add(sums[j + 1]!).div(q(2));
    } else target = Rational.ZERO;
    return tagBoundary({ values: xs, target }, `subset sum: ${kind === 'tie' && sums.length < 2 ? 'z = 0' : kind}`);
  });
  return mixBoundary(plain, boundary, share);
}

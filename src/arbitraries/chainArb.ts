/**
 * # Generator of birth–death chains
 *
 * Main definitions: {@link ChainInput} (T, rates λ_b and μ_b, a start, a number of steps) and
 * {@link chainArb} — random valid chains on {0..T} (λ_b + μ_b ≤ 1 by splitting a total ≤ 1,
 * λ_T = μ_0 = 0), rates with denominators ≤ 12, mixed at the share `boundary` (default 1/4) with
 * chains at the ends of their rate range, each labelled (`boundaryTagsOf`):
 * `chain: λ + μ = 1` (no holding anywhere), `chain: pure death` (λ = 0), `chain: pure birth`
 * (μ = 0), `chain: zero rates` (some interior state absorbing), `chain: tie` (equal rates in every
 * interior state), `chain: T = 1`; the start is at an end (0 or T) half the time, and s = 0 or 1 a
 * quarter of the time (`chain: start at an end`, `chain: s ≤ 1`).
 *
 * References: Definition 4 of the paper (birth–death chains).
 */
import fc from 'fast-check';
import { rationalArb } from './rationalArb.js';
import { Rational } from '../exact/Rational.js';
import { checkConstraints, intIn } from './constraints.js';
import { InvalidParameterError, show } from '../errors.js';
import { boundaryShareOf, mixBoundary, shareIn01, tagBoundary } from './boundaryTags.js';

/** Constraints of {@link chainArb}. */
export interface ChainConstraints {
  /** largest T, 1..64 (default 8) */
  maxT?: number;
  /** share of boundary chains in [0, 1] (default 1/4; 0 turns them off) */
  boundary?: number;
}

const BOUNDARY_CHAINS = ['λ + μ = 1', 'pure death', 'pure birth', 'zero rates', 'tie'] as const;

function boundaryChainArb(maxT: number): fc.Arbitrary<ChainInput> {
  const rate = rationalArb({ min: Rational.ZERO, max: Rational.ONE, maxDen: 12 });
  return fc.integer({ min: 1, max: maxT }).chain((T) =>
    fc
      .record({
        kind: fc.constantFrom(...BOUNDARY_CHAINS),
        rates: fc.array(fc.tuple(rate, rate), { minLength: T + 1, maxLength: T + 1 }),
        startEnd: fc.boolean(),
        top: fc.boolean(),
        start: fc.integer({ min: 0, max: T }),
        s: fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 1 }), weight: 1 },
          { arbitrary: fc.integer({ min: 0, max: 25 }), weight: 3 },
        ),
      })
      .map(({ kind, rates, startEnd, top, start, s }) => {
        const [l0, m0] = rates[0]!;
        const lambda: Rational[] = [];
        const mu: Rational[] = [];
        for (let b = 0; b <= T; b++) {
          let [l, m] = kind === 'tie' ? [l0, m0] : rates[b]!;
          if (kind === 'λ + μ = 1') m = Rational.ONE.sub(l);
          if (kind === 'pure death') l = Rational.ZERO;
          if (kind === 'pure birth') m = Rational.ZERO;
          if (kind === 'zero rates' && b % 2 === 1) [l, m] = [Rational.ZERO, Rational.ZERO];
          if (kind === 'tie' && l.add(m).gt(Rational.ONE)) m = Rational.ONE.sub(l);
          if (kind !== 'λ + μ = 1' && l.add(m).gt(Rational.ONE))
            [l, m] = [l.div(Rational.of(2)), m.div(Rational.of(2))];
          // the ends: λ_T = μ_0 = 0; with λ + μ = 1 the ends move with all their mass inward
          if (b === T) [l, m] = [Rational.ZERO, kind === 'λ + μ = 1' ? Rational.ONE : m];
          if (b === 0) [l, m] = [kind === 'λ + μ = 1' ? Rational.ONE : l, Rational.ZERO];
          lambda.push(l);
          mu.push(m);
        }
        const labels = [`chain: ${kind}`];
        if (T === 1) labels.push('chain: T = 1');
        const st = startEnd ? (top ? T : 0) : start;
        if (st === 0 || st === T) labels.push('chain: start at an end');
        if (s <= 1) labels.push('chain: s ≤ 1');
        return tagBoundary({ T, lambda, mu, start: st, s }, ...labels);
      }),
  );
}

/** Input: a chain's rates, a start and a number of steps. */
export interface ChainInput {
  T: number;
  lambda: Rational[];
  mu: Rational[];
  start: number;
  s: number;
}

/**
 * Random valid chains (λ_b + μ_b ≤ 1 by drawing a split of a total ≤ 1), mixed with the boundary chains
 * of the header at the share `boundary`. The argument is the constraints object, or (the older form)
 * the largest T.
 * @throws InvalidParameterError for bad constraints
 */
export function chainArb(constraints: ChainConstraints | number = {}): fc.Arbitrary<ChainInput> {
  const c = typeof constraints === 'number' ? { maxT: constraints } : constraints;
  if (typeof constraints === 'number' && !(Number.isSafeInteger(constraints) && constraints >= 1 && constraints <= 64))
    throw new InvalidParameterError('chainArb', 'maxT', 'an integer in [1, 64]', show(constraints));
  checkConstraints('chainArb', c, { maxT: intIn(1, 64), boundary: shareIn01 });
  const maxT = c.maxT ?? 8;
  const share = boundaryShareOf('chainArb', c);
  const plain = fc.integer({ min: 1, max: maxT }).chain((T) =>
    fc
      .record({
        T: fc.constant(T),
        rates: fc.array(
          fc.tuple(
            rationalArb({ min: Rational.ZERO, max: Rational.ONE, maxDen: 12 }),
            rationalArb({ min: Rational.ZERO, max: Rational.ONE, maxDen: 12 }),
          ),
          { minLength: T + 1, maxLength: T + 1 },
        ),
        start: fc.integer({ min: 0, max: T }),
        s: fc.integer({ min: 0, max: 25 }),
      })
      .map(({ T, rates, start, s }) => ({
        T,
        lambda: rates.map(([tot, split], b) => (b === T ? Rational.ZERO : b === 0 ? tot : tot.mul(split))),
        mu: rates.map(([tot, split], b) => (b === 0 ? Rational.ZERO : b === T ? tot : tot.sub(tot.mul(split)))),
        start,
        s,
      })),
  );
  return mixBoundary(plain, boundaryChainArb(maxT), share);
}

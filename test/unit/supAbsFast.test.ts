/**
 * # The float-filtered sweep of `supAbs` against exact references
 *
 * `PiecewiseLinear.supAbs` sorts the kinks by packed float keys (certified pair by pair, exact where
 * the keys are close), skips the breakpoints whose float value plus an error bound stays below the
 * best so far, and catches the exact affine piece up only where it needs an exact value. Here its
 * result — the value and the argmax, the first maximiser in increasing t — is compared with
 * - a naive reference: |φ| evaluated exactly by `eval` at lo, hi and every breakpoint in (lo, hi);
 * - the previous exact sweep (every kink absorbed with `Rational` arithmetic, `sortKinks` order),
 *   which is cheap enough for the bench's 10,000 random neurons;
 * on ReLU neurons with double weights including adversarial ones: duplicate breakpoints, breakpoints
 * at lo/hi and outside, zero jumps (α = 0), a = 0, symmetric constructions with ties of |φ| at several
 * points, doubles with exponents near ±300 (where the float filter and the packed sort give up), and
 * kinks with non-dyadic data.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { PiecewiseLinear, Kink, sortKinks, type SupResult } from '../../src/model/PiecewiseLinear.js';
import { randomNetwork } from '../../src/model/randomNetwork.js';
import { restrictNetwork } from '../../src/model/family.js';

/** Max of |φ| over lo, hi and the breakpoints inside, by `eval`; the first maximiser in increasing t. */
function naiveSup(f: PiecewiseLinear, lo: Rational, hi: Rational): [string, string] {
  const inside = f.kinks.map((k) => k.tau).filter((t) => t.gt(lo) && t.lt(hi));
  const pts = [lo, ...inside.sort((x, y) => x.cmp(y)), hi];
  let best = f.eval(lo).abs();
  let at = lo;
  for (const t of pts) {
    const v = f.eval(t).abs();
    if (v.gt(best)) {
      best = v;
      at = t;
    }
  }
  return [best.toString(), at.toString()];
}

/** The previous implementation: every kink absorbed exactly, in `sortKinks` order. */
const sortedKinksOf = new WeakMap<PiecewiseLinear, ReturnType<typeof sortKinks>>(); // one sort per φ, however many intervals
function sweepSup(f: PiecewiseLinear, lo: Rational, hi: Rational): [string, string] {
  let sorted = sortedKinksOf.get(f);
  if (!sorted) sortedKinksOf.set(f, (sorted = sortKinks(f.kinks)));
  let A = f.A;
  let B = f.B;
  let idx = 0;
  while (idx < sorted.length && sorted[idx]!.cmpTau(lo) <= 0) {
    const k = sorted[idx++]!;
    B = B.add(k.jump);
    A = A.sub(k.c);
  }
  let best = A.add(B.mul(lo)).abs();
  let at = lo;
  while (idx < sorted.length && sorted[idx]!.cmpTau(hi) < 0) {
    const k0 = sorted[idx]!;
    const v = A.add(B.mul(k0.tau)).abs();
    if (v.gt(best)) {
      best = v;
      at = k0.tau;
    }
    while (idx < sorted.length && sorted[idx]!.cmpKink(k0) === 0) {
      const k = sorted[idx++]!;
      B = B.add(k.jump);
      A = A.sub(k.c);
    }
  }
  const vHi = A.add(B.mul(hi)).abs();
  if (vHi.gt(best)) {
    best = vHi;
    at = hi;
  }
  return [best.toString(), at.toString()];
}

const show = (s: SupResult): [string, string] => [s.value.toString(), s.at.toString()];

/** Doubles of every kind: small integers and halves (duplicates), zeros, random doubles, exponents ±300. */
const weight: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -4, max: 4 }).map((k) => k / 2) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e-300, -3e-301, 2.5e300, -1e299, 5e-324, 1.7976931348623157e308) },
  { weight: 3, arbitrary: fc.double({ min: -8, max: 8, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({ min: 0.5, max: 1, noNaN: true }), fc.integer({ min: -310, max: 300 }), fc.boolean())
      .map(([m, e, s]) => (s ? -1 : 1) * m * 2 ** e),
  },
);
const neuron = fc.record({ alpha: weight, a: weight, b: weight }).map(({ alpha, a, b }) => ({
  alpha: Rational.fromDouble(alpha),
  a: Rational.fromDouble(a),
  b: Rational.fromDouble(b),
}));
/** Neurons, optionally mirrored (a → −a: an even φ, so ties of |φ| at ±t) and scaled copies (duplicate τ). */
const neurons = fc
  .tuple(fc.array(neuron, { maxLength: 24 }), fc.boolean(), fc.boolean())
  .map(([ns, mirror, dup]) => [
    ...ns,
    ...(mirror ? ns.map((n) => ({ ...n, a: n.a.neg() })) : []),
    ...(dup ? ns.slice(0, 4).map((n) => ({ alpha: n.alpha.neg(), a: n.a.mul(q(2)), b: n.b.mul(q(2)) })) : []),
  ]);
/** lo ≤ hi from the breakpoints themselves, ±1, 0 and random doubles. */
function interval(f: PiecewiseLinear): fc.Arbitrary<[Rational, Rational]> {
  const taus = f.kinks.map((k) => k.tau);
  const end = fc.oneof(
    fc.constantFrom(q(-1), q(1), q(0), q(-2), q(1, 3)),
    fc.double({ min: -4, max: 4, noNaN: true }).map((x) => Rational.fromDouble(x)),
    ...(taus.length > 0 ? [fc.constantFrom(...taus), fc.constantFrom(...taus).map((t) => t.neg())] : []),
  );
  return fc.tuple(end, end).map(([a, b]) => [a.min(b), a.max(b)]);
}

describe('supAbs (float filter, packed sort, lazy exact catch-up) = exact references', () => {
  test.prop(
    [
      neurons.chain((ns) => {
        const f = PiecewiseLinear.ofNeurons(ns);
        return fc.tuple(fc.constant(f), interval(f));
      }),
    ],
    { numRuns: runs(400) },
  )('ReLU neurons with adversarial doubles: value and first argmax as the naive reference', ([f, [lo, hi]]) => {
    const got = show(f.supAbs(lo, hi));
    expect(got).toEqual(naiveSup(f, lo, hi));
    expect(got).toEqual(sweepSup(f, lo, hi));
  });
  const kinkArb = fc.record({
    p: fc.integer({ min: -12, max: 12 }),
    qq: fc.integer({ min: 1, max: 6 }),
    // scales below and above the normal doubles: p/q in doubles loses digits there
    scale: fc.constantFrom(
      q(1),
      q(3),
      Rational.of(1n, 2n ** 70n),
      Rational.of(7n ** 40n, 3n),
      Rational.of(1n, 2n ** 1074n),
      Rational.of(3n, 2n ** 1075n),
      Rational.of(1n, 10n ** 320n),
      Rational.of(2n ** 1100n),
    ),
    J: fc.integer({ min: -3, max: 3 }),
    cancel: fc.boolean(),
    eps: fc.integer({ min: -1, max: 1 }),
  });
  test.prop(
    [
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.array(kinkArb, { maxLength: 12 })),
      fc.integer({ min: -14, max: 14 }),
      fc.integer({ min: 0, max: 14 }),
    ],
    { numRuns: runs(300) },
  )(
    'non-dyadic, unreduced, near-equal and zero-jump kinks, cancelling pairs, ends on breakpoints',
    ([A, B, ks], l, w) => {
      const kinks = ks.flatMap(({ p, qq, scale, J, cancel, eps }) => {
        // τ = (p/2 + eps·2^−60)·s/(qq·s) unreduced (float keys equal, τ's not); J/3 is not dyadic
        const pp = q(p, 2)
            .add(Rational.of(BigInt(eps), 2n ** 60n))
            .mul(scale),
          den = q(qq).mul(scale),
          jump = q(J, 3);
        const k = new Kink(pp, den, jump, jump.mul(pp.div(den)));
        return cancel ? [k, new Kink(pp, den, jump.neg(), jump.neg().mul(pp.div(den)))] : [k];
      });
      const f = new PiecewiseLinear(q(A, 5), q(B), kinks);
      const lo = q(l, 4),
        hi = q(l + w, 4);
      const got = show(f.supAbs(lo, hi));
      expect(got).toEqual(naiveSup(f, lo, hi));
      expect(got).toEqual(sweepSup(f, lo, hi));
    },
  );
  vtest('a breakpoint whose p and q are below the normal doubles does not hide a larger value after it', () => {
    // τ1 = 1/2 with q1 = 3·2^−1074: |A·q1 + B·p1| = 0.9·q1 rounds to q1 in doubles, so the ratio read 1
    // and a lower bound built on it skipped φ(3/4) = 19/20 (the sup was reported as 9/10 at 1/2)
    const u = Rational.of(1n, 2n ** 1074n);
    const k1 = new Kink(u.mul(q(3, 2)), u.mul(q(3)), q(0), q(0));
    const k2 = new Kink(q(3, 4), q(1), q(-1), q(-3, 4));
    const f = new PiecewiseLinear(q(8, 10), q(2, 10), [k1, k2]);
    expect(show(f.supAbs(q(0), q(1)))).toEqual(['19/20', '3/4']);
    expect(show(f.supAbs(q(0), q(1)))).toEqual(naiveSup(f, q(0), q(1)));
  });
  // scales that move every float of the filter below or above the doubles' normal range, or off the
  // dyadics: the answer must scale exactly, whatever the doubles do
  const valueScale = fc.constantFrom(
    Rational.of(1n, 2n ** 1100n),
    Rational.of(3n, 2n ** 1090n),
    Rational.of(2n ** 900n),
    Rational.of(1n, 3n ** 200n),
    q(1),
  );
  const argScale = fc.constantFrom(
    Rational.of(1n, 2n ** 1000n),
    Rational.of(2n ** 1000n),
    Rational.of(5n ** 300n),
    Rational.of(7n, 2n ** 1060n),
    q(1),
  );
  test.prop(
    [
      neurons.chain((ns) => {
        const f = PiecewiseLinear.ofNeurons(ns);
        return fc.tuple(fc.constant(f), interval(f));
      }),
      valueScale,
      argScale,
    ],
    { numRuns: runs(200) },
  )(
    'scaled φ: sup over [c·lo, c·hi] of s·φ(t/c) is s·(sup of φ), attained first at c·(its argmax)',
    ([f, [lo, hi]], s, c) => {
      const g = new PiecewiseLinear(
        f.A.mul(s),
        f.B.mul(s).div(c),
        f.kinks.map((k) => new Kink(k.p.mul(c), k.q, k.jump.mul(s).div(c), k.c.mul(s))),
      );
      const want = f.supAbs(lo, hi);
      expect(show(g.supAbs(lo.mul(c), hi.mul(c)))).toEqual([want.value.mul(s).toString(), want.at.mul(c).toString()]);
    },
  );
  vtest('slopes below the doubles times a huge t: the value at hi is not filtered out', () => {
    // |φ(t)| = J·|t| with J = 2^−1100 (the slopes −J and the jump 2J read 0 in doubles): the float
    // filter saw 0 at hi = 2^1000 against the exact best J·2^999 = 2^−101 at lo and skipped hi, whose
    // value is 2^−100 (found by the property above: jumps of 10^−551 at τ ≈ 10^267)
    const J = Rational.of(1n, 2n ** 1100n);
    const f = new PiecewiseLinear(q(0), J.neg(), [new Kink(q(0), q(1), J.mul(q(2)), q(0))]);
    const lo = Rational.of(-(2n ** 999n)),
      hi = Rational.of(2n ** 1000n);
    expect(show(f.supAbs(lo, hi))).toEqual([Rational.of(1n, 2n ** 100n).toString(), hi.toString()]);
    expect(show(f.supAbs(lo, hi))).toEqual(naiveSup(f, lo, hi));
  });
  vtest('ties: an even φ attains its max at −t and t, the first is returned; equal ends give lo', () => {
    // φ(t) = σ(t − 1/2) + σ(−t − 1/2) − σ(t) − σ(−t) + 1: even, |φ| = 1 at ±1/2's outer side...
    const ns = [
      { alpha: q(1), a: q(1), b: q(-1, 2) },
      { alpha: q(1), a: q(-1), b: q(-1, 2) },
      { alpha: q(-2), a: q(1), b: q(0) },
      { alpha: q(-2), a: q(-1), b: q(0) },
    ];
    const f = PiecewiseLinear.ofNeurons(ns).add(new PiecewiseLinear(q(1, 4), q(0), []));
    for (const [lo, hi] of [
      [q(-1), q(1)],
      [q(-1, 2), q(1, 2)],
      [q(-3, 4), q(3, 4)],
      [q(-2), q(2)],
      [q(0), q(0)],
      [q(-1, 2), q(-1, 2)],
    ] as const) {
      expect(show(f.supAbs(lo, hi))).toEqual(naiveSup(f, lo, hi));
    }
    expect(show(f.supAbs(q(-1, 2), q(1, 2)))).toEqual(['3/4', '-1/2']);
  });
  vtest('the bench network (10,000 neurons) and others: as the previous exact sweep', () => {
    for (const [seed, N] of [
      ['bench-a', 10_000],
      ['supAbsFast-1', 3000],
      ['supAbsFast-2', 500],
    ] as const) {
      const g = randomNetwork(seed, N, 4);
      for (const i of [1, 2]) {
        const f = restrictNetwork(g, i);
        for (const [lo, hi] of [
          [q(-1), q(1)],
          [q(-1, 3), q(1, 5)],
          [q(2), q(9)],
          [q(0), q(0)],
        ] as const) {
          expect(show(f.supAbs(lo, hi))).toEqual(sweepSup(f, lo, hi));
        }
        // ends exactly on breakpoints
        const t = f.kinks[0]!.tau;
        expect(show(f.supAbs(t, t.add(q(1))))).toEqual(sweepSup(f, t, t.add(q(1))));
        expect(show(f.supAbs(t.sub(q(1)), t))).toEqual(sweepSup(f, t.sub(q(1)), t));
      }
    }
    // the argmax is at a kink somewhere inside for a shifted, scaled φ
    const f = restrictNetwork(randomNetwork('supAbsFast-3', 2000, 2), 1).add(new PiecewiseLinear(q(0), q(-3), []));
    expect(show(f.supAbs(q(-1), q(1)))).toEqual(sweepSup(f, q(-1), q(1)));
  });
});

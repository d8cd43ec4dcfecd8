/**
 * # E4 `second_difference_eq_hat_sum`
 *
 * Statement: for piecewise-linear φ(t) = A + B t + Σ_k J_k (t − τ_k)_+, any c and h > 0:
 * φ(c−h) − 2φ(c) + φ(c+h) = Σ_k J_k (h − |τ_k − c|)_+.
 * The left side is computed by evaluating φ, the right from its kinks; generators include
 * coinciding kinks with cancelling jumps and kinks exactly at c ± h and at c. The bounded-exhaustive
 * grid runs one kink of jump ±1 (or a cancelling pair) at each of c − 2h, c − h, c − h/2, c, c + h/2,
 * c + h, c + 2h, for c ∈ {−1/2, 0, 1/2}, h ∈ {1/4, 1/2}, with A = 1/2, B = −1.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { piecewiseLinearArb } from '../../src/arbitraries/piecewiseLinearArb.js';
import { PiecewiseLinear } from '../../src/model/PiecewiseLinear.js';
import { q, type Rational } from '../../src/exact/Rational.js';

interface Input {
  phi: { A: Rational; B: Rational; kinks: { tau: Rational; jump: Rational }[] };
  c: Rational;
  h: Rational;
}

const toPL = (p: Input['phi']) =>
  new PiecewiseLinear(
    p.A,
    p.B,
    p.kinks.map((k) => PiecewiseLinear.kink(k.tau, k.jump)),
  );

export default defineClaim<ExactClaim<Input>>({
  id: 'second_difference_eq_hat_sum',
  specRef: 'E4',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement: 'For piecewise-linear φ, any c and h > 0: φ(c−h) − 2φ(c) + φ(c+h) = Σ_k J_k (h − |τ_k − c|)_+.',
  uses: [],
  expected: 'holds',
  hypotheses: 'φ piecewise linear with finitely many kinks (τ_k, J_k); c rational, h > 0.',
  domain:
    'up to 8 kinks with rational positions and jumps, c ∈ [−2, 2], h ∈ [1/8, 2] (denominators ≤ 8), kinks placed exactly on c − h, c or c + h.',
  proofSketch:
    'The second difference Δ²_hφ(c) = φ(c−h) − 2φ(c) + φ(c+h) is linear in φ and vanishes on affine functions. For one ramp (t − τ)_+ a direct case analysis on the position of τ relative to c − h, c, c + h gives the hat (h − |τ − c|)_+; sum over the kinks.',
  numRuns: { ci: 300, full: 5000 },
  exhaustive: {
    domain:
      'one kink of jump ±1, or a cancelling pair, at c + s·h for s ∈ {−2, −1, −1/2, 0, 1/2, 1, 2} × c ∈ {−1/2, 0, 1/2} × h ∈ {1/4, 1/2}',
    inputs: () => {
      const out: Input[] = [];
      for (const c of [q(-1, 2), q(0), q(1, 2)])
        for (const h of [q(1, 4), q(1, 2)])
          for (const s of [q(-2), q(-1), q(-1, 2), q(0), q(1, 2), q(1), q(2)]) {
            const tau = c.add(s.mul(h));
            for (const kinks of [
              [{ tau, jump: q(1) }],
              [{ tau, jump: q(-1) }],
              [
                { tau, jump: q(1) },
                { tau, jump: q(-1) },
              ],
            ])
              out.push({ phi: { A: q(1, 2), B: q(-1), kinks }, c, h });
          }
      return out;
    },
  },
  arbitrary: () =>
    fc
      .record({
        pl: piecewiseLinearArb({ maxKinks: 8 }),
        c: rationalArb({ min: q(-2), max: q(2), maxDen: 8 }),
        h: rationalArb({ min: q(1, 8), max: q(2), maxDen: 8 }),
        snap: fc.constantFrom('none', 'left', 'centre', 'right'),
      })
      .map(({ pl, c, h, snap }) => {
        const kinks = pl.kinks.map((k) => ({ tau: k.tau, jump: k.jump }));
        // put a kink exactly on a window end or the centre: the hat's edge cases
        if (snap !== 'none' && kinks.length > 0)
          kinks[0] = { ...kinks[0]!, tau: snap === 'left' ? c.sub(h) : snap === 'right' ? c.add(h) : c };
        return { phi: { A: pl.A, B: pl.B, kinks }, c, h };
      }),
  check: ({ phi, c, h }) => {
    const f = toPL(phi);
    return [rel('φ(c−h) − 2φ(c) + φ(c+h)', f.secondDifference(c, h), '=', 'Σ J_k (h − |τ_k − c|)_+', f.hatSum(c, h))];
  },
});

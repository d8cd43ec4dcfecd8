/**
 * # E2 `neuron_jump_eq_alpha_abs`
 *
 * Statement: for a ≠ 0, t ↦ α·σ(a·t + b) is piecewise linear with exactly one breakpoint β = −b/a,
 * of jump α|a|; for a = 0 it is the constant α·σ(b). Reading: "breakpoint" counts effective
 * breakpoints (total jump ≠ 0), so for α = 0 there is none — the statement's "exactly one" needs
 * α ≠ 0.
 *
 * Checked from the definition (not from the project's PL type): the slope jump at β is computed by
 * exact one-sided difference quotients, "exactly one breakpoint" as a zero second difference on a
 * window that avoids β, and the PL encoding is compared with the definition at the same points.
 * The bounded-exhaustive grid runs α, a, b ∈ {−1, −1/2, 0, 1/2, 1} × c ∈ {0, 1/2} (h = 1/2): zero
 * weights, zero slopes, breakpoints at c and at c ± h.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, type Relation } from '../../src/claims/Relation.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { relu } from '../../src/model/relu.js';
import { PiecewiseLinear } from '../../src/model/PiecewiseLinear.js';

interface Input {
  alpha: Rational;
  a: Rational;
  b: Rational;
  h: Rational;
  c: Rational;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'neuron_jump_eq_alpha_abs',
  specRef: 'E2',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement:
    'For a ≠ 0, t ↦ α σ(a t + b) has exactly one breakpoint −b/a, with jump α|a|; for a = 0 it is the constant α σ(b).',
  uses: [],
  expected: 'holds',
  hypotheses: 'α, a, b rational; the kink exists iff a ≠ 0.',
  domain: 'α, a, b ∈ [−3, 3] with denominators ≤ 16; probe centre c ∈ [−4, 4], half-width h ∈ [1/64, 2].',
  proofSketch:
    'For a > 0, ασ(at + b) = αa·(t − β)_+ with β = −b/a, slope 0 then αa. For a < 0 it is α|a|(t − β)_+ minus the affine α|a|(t − β), which has the same kink. Either way the slope changes once, by α|a|; for a = 0 the function is the constant ασ(b).',
  numRuns: { ci: 300, full: 5000 },
  exhaustive: {
    domain: 'α, a, b ∈ {−1, −1/2, 0, 1/2, 1} × c ∈ {0, 1/2}, h = 1/2',
    inputs: () => {
      const v = [q(-1), q(-1, 2), q(0), q(1, 2), q(1)];
      return v.flatMap((alpha) =>
        v.flatMap((a) => v.flatMap((b) => [q(0), q(1, 2)].map((c) => ({ alpha, a, b, h: q(1, 2), c })))),
      );
    },
  },
  arbitrary: () =>
    fc.record({
      alpha: rationalArb({ min: q(-3), max: q(3), maxDen: 16 }),
      a: rationalArb({ min: q(-3), max: q(3), maxDen: 16 }),
      b: rationalArb({ min: q(-3), max: q(3), maxDen: 16 }),
      h: rationalArb({ min: q(1, 64), max: q(2), maxDen: 64 }),
      c: rationalArb({ min: q(-4), max: q(4), maxDen: 16 }),
    }),
  check: ({ alpha, a, b, h, c }) => {
    const f = (t: Rational) => alpha.mul(relu(a.mul(t).add(b)));
    const pl = PiecewiseLinear.neuron(alpha, a, b);
    const rels: Relation[] = [rel('PL encoding at c', pl.eval(c), '=', 'α σ(a c + b)', f(c))];
    if (a.isZero()) {
      rels.push(rel('α σ(a c + b)', f(c), '=', 'α σ(b)', alpha.mul(relu(b))));
      rels.push(rel('α σ(a (c+h) + b)', f(c.add(h)), '=', 'α σ(b)', alpha.mul(relu(b))));
      return rels;
    }
    const beta = b.neg().div(a);
    const right = f(beta.add(h)).sub(f(beta)).div(h);
    const left = f(beta)
      .sub(f(beta.sub(h)))
      .div(h);
    rels.push(rel('slope right − slope left at −b/a', right.sub(left), '=', 'α|a|', alpha.mul(a.abs())));
    // "exactly one breakpoint" read as effective breakpoints (total jump ≠ 0): one at −b/a when
    // α ≠ 0, none when α = 0 (the function is then identically 0)
    const eff = pl.effectiveBreakpoints();
    rels.push(
      rel(
        'number of effective breakpoints',
        Rational.of(eff.length),
        '=',
        'α ≠ 0 ? 1 : 0',
        Rational.of(alpha.isZero() ? 0 : 1),
      ),
    );
    if (eff.length === 1) rels.push(rel('the effective breakpoint', eff[0]!.tau, '=', '−b/a', beta));
    // a window [c−h', c+h'] that does not contain β: affine there, so second difference 0
    const dist = c.sub(beta).abs();
    if (!dist.isZero()) {
      const hh = dist.min(h);
      const sd = f(c.sub(hh))
        .sub(f(c).mul(Rational.TWO))
        .add(f(c.add(hh)));
      rels.push(rel('second difference on a window not straddling −b/a', sd, '=', '0', Rational.ZERO));
    }
    return rels;
  },
});

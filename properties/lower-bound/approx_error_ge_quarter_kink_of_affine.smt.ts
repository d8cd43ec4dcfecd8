/**
 * # SMT encoding of E5 `approx_error_ge_quarter_kink_of_affine` (Lemma 2) and of its A2 control
 *
 * Main definitions: {@link lemma2Negation} — at shape `d=2,N=n`: a target (a*, t*) with a* ≠ 0, a
 * window [t*−δ, t*+δ] ⊆ [−1, 1], n kink-form neurons (`src/smt/plane.ts`) whose sum φ is affine on
 * the window, and max over {t*−δ, t*, t*+δ} of |f − g| < c·κδ (c = 1/4, or an override); the
 * default export, with the constant `quarter` (κδ/4) for exact optima and 1 % perturbations.
 *
 * Main statements: "φ affine on [lo, hi]" is encoded exactly, quantifier-free: φ is piecewise linear
 * with breakpoints among the τ_j, so it is affine on [lo, hi] iff it agrees with its chord at every
 * τ_j inside (lo, hi) — which also covers cancelling kinks. Unsat proves Lemma 2 for every real
 * network of n neurons and every real target with a* ≠ 0 (unit or not) and window.
 *
 * References: blueprint E5, E6, E17 (`docs/blueprint.md`); issue 12.
 */
import { Rational, q } from '../../src/exact/Rational.js';
import { threePointError } from '../../src/model/window.js';
import { Network } from '../../src/model/Network.js';
import type { AffineWindowInput } from './approx_error_ge_quarter_kink_of_affine.js';
import { zNetwork, zTarget, targetParams } from '../../src/smt/plane.js';
import { abs, and, parseShape, relu, sum, val } from '../../src/smt/terms.js';
import type { QueryOptions, SmtEncodingFile, SmtQuery, Z3Ctx, ZArith } from '../../src/smt/types.js';

/** The negation of Lemma 2 (A1) or of its A2 reading (`outputRelu`). */
export function lemma2Negation(
  z: Z3Ctx,
  shape: string,
  opts: QueryOptions,
  outputRelu: boolean,
  constName: string,
): SmtQuery {
  const c = opts.constants?.[constName] ?? q(1, 4);
  const f = zTarget(z, opts.forModel);
  const delta = z.Real.const('delta');
  const lo = f.tS.sub(delta);
  const hi = f.tS.add(delta);
  if (shape === 'affine') {
    // every φ affine on the window: φ = A + B·t there (covers every N: the conclusion reads φ on the window only)
    const A = z.Real.const('phi_A');
    const Bt = z.Real.const('phi_B');
    const phi = (t: ZArith) => A.add(Bt.mul(t));
    const out = (t: ZArith) => (outputRelu ? relu(z, phi(t)) : phi(t));
    const bound = val(z, c).mul(f.kappa).mul(delta);
    const errs = [lo, f.tS, hi].map((t) => abs(z, f.line(t).sub(out(t))));
    return {
      assertions: [
        ...f.constraints,
        delta.gt(0),
        lo.ge(-1),
        hi.le(1),
        and(
          z,
          errs.map((e) => (opts.attained ? e.le(bound) : e.lt(bound))),
        ),
      ],
      vars: { ...f.vars, delta, phi_A: A, phi_B: Bt },
      toInput: (v): AffineWindowInput | null => {
        const ff = f.build(v);
        const d = v.delta;
        const a = v.phi_A;
        const b = v.phi_B;
        if (!ff || !(d instanceof Rational) || !(a instanceof Rational) || !(b instanceof Rational)) return null;
        // A + B·t on the line = (A − B)·σ(x_2) + B·σ(x_1 + x_2) (breakpoint −1, never inside the window)
        return {
          f: ff,
          i: 1,
          delta: d,
          g: new Network(2, [
            { alpha: a.sub(b), w: [Rational.ZERO, Rational.ONE] },
            { alpha: b, w: [Rational.ONE, Rational.ONE] },
          ]),
        };
      },
      note: 'every φ affine on the window (A + B·t): covers networks of every size N',
    };
  }
  const { N } = parseShape('lemma2Negation', shape, { d: [2, 2], N: [0, 6] });
  const g = zNetwork(z, N!);
  const phi = (t: ZArith) => g.line(t);
  // φ is affine on the window iff the kinks at each breakpoint inside have total jump 0 (E2, E4)
  const jump = (k: number) => z.If(g.neurons[k]!.plus, g.neurons[k]!.u, g.neurons[k]!.u.neg()) as ZArith;
  const affine = g.neurons.map((n) =>
    z.Implies(
      z.And(n.kinked, n.tau.gt(lo), n.tau.lt(hi)),
      sum(
        z,
        g.neurons.map((m, k) => z.If(z.And(m.kinked, m.tau.eq(n.tau)), jump(k), z.Real.val(0)) as ZArith),
      ).eq(0),
    ),
  );
  const out = (t: ZArith) => (outputRelu ? relu(z, phi(t)) : phi(t));
  const bound = val(z, c).mul(f.kappa).mul(delta);
  const errs = [lo, f.tS, hi].map((t) => abs(z, f.line(t).sub(out(t))));
  const concl = errs.map((e) => (opts.attained ? e.le(bound) : e.lt(bound)));
  return {
    assertions: [...f.constraints, ...g.constraints, delta.gt(0), lo.ge(-1), hi.le(1), ...affine, and(z, concl)],
    vars: { ...f.vars, ...g.vars, delta },
    toInput: (v): AffineWindowInput | null => {
      const ff = f.build(v);
      const d = v.delta;
      if (!ff || !(d instanceof Rational)) return null;
      return { f: ff, i: 1, delta: d, g: g.build(v) };
    },
  };
}

/** max over the three points of |f − g| / (κδ): the quantity whose infimum is Lemma 2's constant. */
export function lemma2Ratio(input: unknown, outputRelu = false): Rational | null {
  const { f, delta, g } = input as AffineWindowInput;
  const { tS, kappa } = targetParams(f);
  const m = threePointError(f, (x) => (outputRelu ? g.evalA2(x) : g.eval(x)), 1, tS, delta);
  return m.div(kappa.mul(delta));
}

const encoding: SmtEncodingFile = {
  summary:
    'Lemma 2: φ affine on the window (every affine φ; kink-form networks of N neurons), max three-point error < κδ/4',
  ladder: ['affine', 'd=2,N=1'],
  domain:
    'every real target with w*_1 ≠ 0, window [t*−δ, t*+δ] ⊆ [−1, 1], and every real network of N neurons affine on the window (d = 2, family 1; shape affine: every affine φ, hence every N)',
  negation: (z, shape, opts) => lemma2Negation(z, shape, opts, false, 'c'),
  constants: [
    {
      name: 'c',
      description: 'κδ/4 (Lemma 2)',
      paper: q(1, 4),
      falseSide: 'up',
      tight: true,
      shapes: ['affine'],
      ratio: (input) => lemma2Ratio(input),
    },
  ],
};
export default encoding;

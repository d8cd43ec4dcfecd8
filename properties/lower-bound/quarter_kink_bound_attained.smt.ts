/**
 * # SMT encoding of E6 `quarter_kink_bound_attained` and of its control (κδ/3)
 *
 * Main definitions: {@link psiNegation} — at shape `d=2`: a target (a* ≠ 0, t*), a window
 * [t*−δ, t*+δ] ⊆ [−1, 1], E6's ψ(t) = sgn(a*)(κ/2)(t − t*) + κδ/4, and the negation
 * max over {t*−δ, t*, t*+δ} of |f∘x_1 − ψ| ≠ c·κδ (c = 1/4 or an override); the max over the
 * window equals the max over these three points because f∘x_1 − ψ is piecewise linear with its only
 * breakpoint at t* (E2, E11 in one dimension). {@link thirdNegation} — the control: some affine
 * ψ = A + B t has all three errors < κδ/3.
 *
 * References: blueprint E6 (`docs/blueprint.md`).
 */
import { Rational, q } from '../../src/exact/Rational.js';
import { abs, and, max, val } from '../../src/smt/terms.js';
import { zTarget } from '../../src/smt/plane.js';
import type { QueryOptions, SmtEncodingFile, SmtQuery, Z3Ctx, ZArith } from '../../src/smt/types.js';

/** E6's negation (see the header). */
export function psiNegation(z: Z3Ctx, opts: QueryOptions): SmtQuery {
  const c = opts.constants?.c ?? q(1, 4);
  const f = zTarget(z, opts.forModel);
  const delta = z.Real.const('delta');
  const lo = f.tS.sub(delta);
  const hi = f.tS.add(delta);
  const sgn = z.If(f.aS.gt(0), z.Real.val(1), z.Real.val(-1)) as ZArith;
  const psi = (t: ZArith) => sgn.mul(f.kappa).mul(t.sub(f.tS)).div(2).add(f.kappa.mul(delta).div(4));
  const errs = [lo, f.tS, hi].map((t) => abs(z, f.line(t).sub(psi(t))));
  const m = max(z, errs[0]!, max(z, errs[1]!, errs[2]!));
  return {
    assertions: [...f.constraints, delta.gt(0), lo.ge(-1), hi.le(1), m.neq(val(z, c).mul(f.kappa).mul(delta))],
    vars: { ...f.vars, delta },
    toInput: (v) => {
      const ff = f.build(v);
      return ff && v.delta instanceof Rational ? { f: ff, i: 1, delta: v.delta } : null;
    },
  };
}

/** The control's negation: an affine ψ with every three-point error < c·κδ (c = 1/3). */
export function thirdNegation(z: Z3Ctx, opts: QueryOptions): SmtQuery {
  const c = opts.constants?.c ?? q(1, 3);
  const f = zTarget(z, opts.forModel);
  const delta = z.Real.const('delta');
  const A = z.Real.const('A');
  const B = z.Real.const('B');
  const lo = f.tS.sub(delta);
  const hi = f.tS.add(delta);
  const bound = val(z, c).mul(f.kappa).mul(delta);
  const errs = [lo, f.tS, hi].map((t) => abs(z, f.line(t).sub(A.add(B.mul(t)))));
  return {
    assertions: [
      ...f.constraints,
      delta.gt(0),
      lo.ge(-1),
      hi.le(1),
      and(
        z,
        errs.map((e) => e.lt(bound)),
      ),
    ],
    vars: { ...f.vars, delta, A, B },
    toInput: (v) => {
      const ff = f.build(v);
      return ff && v.delta instanceof Rational && v.A instanceof Rational && v.B instanceof Rational
        ? { f: ff, i: 1, delta: v.delta, A: v.A, B: v.B }
        : null;
    },
  };
}

const encoding: SmtEncodingFile = {
  summary: 'E6’s ψ: max three-point error ≠ κδ/4, real target and window',
  ladder: ['d=2'],
  domain: 'every real target with w*_1 ≠ 0 and window [t*−δ, t*+δ] ⊆ [−1, 1] (d = 2, family 1)',
  negation: (z, _shape, opts) => psiNegation(z, opts),
};
export default encoding;

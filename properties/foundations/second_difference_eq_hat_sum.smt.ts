/**
 * # SMT encoding of E4 `second_difference_eq_hat_sum`
 *
 * Main definitions: the default export — at shape `K=k`, φ(t) = A + B t + Σ_k J_k (t − τ_k)_+ with
 * real A, B, J_k, τ_k, a centre c and h > 0, and the negation
 * φ(c−h) − 2φ(c) + φ(c+h) ≠ Σ_k J_k (h − |τ_k − c|)_+.
 *
 * References: blueprint E4 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { abs, parseShape, relu, sum } from '../../src/smt/terms.js';
import type { SmtEncodingFile, ZArith } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'second difference ≠ hat sum for a real PL φ with K kinks',
  ladder: ['K=1', 'K=2'],
  domain: 'every real piecewise-linear φ with K kinks, every real c and h > 0',
  negation: (z, shape) => {
    const { K } = parseShape('second_difference_eq_hat_sum', shape, { K: [0, 8] });
    const vars: Record<string, ZArith> = {};
    const A = (vars.A = z.Real.const('A'));
    const B = (vars.B = z.Real.const('B'));
    const c = (vars.c = z.Real.const('c'));
    const h = (vars.h = z.Real.const('h'));
    const tau = Array.from({ length: K! }, (_, k) => (vars[`tau${k}`] = z.Real.const(`tau${k}`)));
    const J = Array.from({ length: K! }, (_, k) => (vars[`J${k}`] = z.Real.const(`J${k}`)));
    const phi = (t: ZArith) =>
      A.add(B.mul(t)).add(
        sum(
          z,
          tau.map((tk, k) => J[k]!.mul(relu(z, t.sub(tk)))),
        ),
      );
    const sd = phi(c.sub(h))
      .sub(phi(c).mul(2))
      .add(phi(c.add(h)));
    const hat = sum(
      z,
      tau.map((tk, k) => J[k]!.mul(relu(z, h.sub(abs(z, tk.sub(c)))))),
    );
    return {
      assertions: [h.gt(0), sd.neq(hat)],
      vars,
      toInput: (v) => {
        const r = (k: string) => v[k] as Rational;
        return {
          phi: { A: r('A'), B: r('B'), kinks: tau.map((_, k) => ({ tau: r(`tau${k}`), jump: r(`J${k}`) })) },
          c: r('c'),
          h: r('h'),
        };
      },
    };
  },
};
export default encoding;

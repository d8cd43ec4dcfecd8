/**
 * # SMT encoding of E12 `weight_pruned_breakpoints_subset`
 *
 * Main definitions: the default export — at shape `d=2,N=n`: a real network (α_j, a_j = w_{j1},
 * b_j = w_{j2}), masks M ∈ {0,1}^{n×2}, m ∈ {0,1}^n (Booleans), a point t_0 and h > 0 such that the
 * closed interval [t_0 − h, t_0 + h] contains no candidate (no t_1(w_j) and not 0), and the pruned
 * network's second difference φ(t_0−h) − 2φ(t_0) + φ(t_0+h) ≠ 0.
 *
 * Main statements: the negation is exact — a breakpoint t_0 outside the candidate set has a
 * candidate-free neighbourhood, on which a non-zero second difference is a kink; conversely a
 * non-zero second difference on a candidate-free interval would be a kink outside the set.
 * "τ ∉ [p, q]" for τ = −b/a is linear: a p + b and a q + b are non-zero with the same sign.
 *
 * References: blueprint E12 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { parseShape, relu, sum } from '../../src/smt/terms.js';
import type { SmtEncodingFile, ZArith, ZBool } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'a kink of g_{M,m} on a candidate-free interval (second difference ≠ 0)',
  ladder: ['d=2,N=1', 'd=2,N=2'],
  domain: 'every real network of N neurons (d = 2, family 1), every mask pair (M, m)',
  negation: (z, shape) => {
    const { N } = parseShape('weight_pruned_breakpoints_subset', shape, { d: [2, 2], N: [1, 6] });
    const vars: Record<string, ZArith | ZBool> = {};
    const R = (k: string) => (vars[k] = z.Real.const(k)) as ZArith;
    const Bo = (k: string) => (vars[k] = z.Bool.const(k)) as ZBool;
    const t0 = R('t0');
    const h = R('h');
    const zero = z.Real.val(0);
    const ns = Array.from({ length: N! }, (_, j) => ({
      alpha: R(`alpha${j}`),
      a: R(`a${j}`),
      b: R(`b${j}`),
      M1: Bo(`M${j}_0`),
      M2: Bo(`M${j}_1`),
      m: Bo(`m${j}`),
    }));
    const phi = (t: ZArith) =>
      sum(
        z,
        ns.map(
          (n) =>
            z.If(
              n.m,
              n.alpha.mul(relu(z, (z.If(n.M1, n.a, zero) as ZArith).mul(t).add(z.If(n.M2, n.b, zero) as ZArith))),
              zero,
            ) as ZArith,
        ),
      );
    const lo = t0.sub(h);
    const hi = t0.add(h);
    const free = ns.map((n) =>
      z.Implies(
        n.a.neq(0),
        z.Or(
          z.And(n.a.mul(lo).add(n.b).gt(0), n.a.mul(hi).add(n.b).gt(0)),
          z.And(n.a.mul(lo).add(n.b).lt(0), n.a.mul(hi).add(n.b).lt(0)),
        ),
      ),
    );
    return {
      assertions: [h.gt(0), z.Or(lo.gt(0), hi.lt(0)), ...free, phi(lo).sub(phi(t0).mul(2)).add(phi(hi)).neq(0)],
      vars,
      toInput: (v) => {
        const r = (k: string) => v[k] as Rational;
        return {
          g: new Network(
            2,
            ns.map((_, j) => ({ alpha: r(`alpha${j}`), w: [r(`a${j}`), r(`b${j}`)] })),
          ),
          i: 1,
          M: ns.map((_, j) => [v[`M${j}_0`] === true, v[`M${j}_1`] === true]),
          m: ns.map((_, j) => v[`m${j}`] === true),
        };
      },
    };
  },
};
export default encoding;

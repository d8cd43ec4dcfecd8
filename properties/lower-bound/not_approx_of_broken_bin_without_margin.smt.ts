/**
 * # SMT encoding of the E9 control `not_approx_of_broken_bin_without_margin` (expected: refuted)
 *
 * Main definitions: the default export — at shape `T=T,k=K,N=n` (d = 2, family 1): a target with
 * t* in the bin B_K = [−1 + 2(K−1)/T, −1 + 2K/T], ε ∈ (0, 1), n kink-form neurons none of which has
 * its breakpoint in B_K (the bin is broken), and sup_X |f − g| ≤ ε over the whole square — E11's
 * check points (corners, (±1, 0), (0, ±1) and ±(τ, 1) for the target's and every neuron's breakpoint,
 * scaled by homogeneity). A model is a network that ε-approximates f although the bin is broken:
 * the control's counterexample, re-checked by the claim's exact cube sup.
 *
 * Implementation notes: kink-form neurons cover every real d = 2 network (`src/smt/plane.ts`); a model
 * is built for a unit target (stereographic parameter), so it is a valid claim input.
 *
 * References: blueprint E8, E9 (negative control), E11 (`docs/blueprint.md`).
 */
import { Rational, q } from '../../src/exact/Rational.js';
import { parseShape, val } from '../../src/smt/terms.js';
import { planeBreakpoints, supSquareLe, zNetwork, zTarget } from '../../src/smt/plane.js';
import type { SmtEncodingFile, ZBool } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'broken bin containing t*, sup_X |f − g| ≤ ε over the square (E11 check points), kink-form neurons',
  ladder: ['T=1,k=1,N=1', 'T=2,k=1,N=1', 'T=4,k=2,N=1'],
  domain:
    'every real target with w*_1 ≠ 0 and t* in the bin, every ε ∈ (0, 1), every real network of N neurons with the bin broken (d = 2, family 1)',
  negation: (z, shape, opts) => {
    const {
      T,
      k: K,
      N,
    } = parseShape('not_approx_of_broken_bin_without_margin', shape, { T: [1, 64], k: [1, 64], N: [0, 3] });
    if (K! > T!) parseShape('not_approx_of_broken_bin_without_margin', `k=${K}`, { k: [1, T!] });
    const f = zTarget(z, opts.forModel);
    const g = zNetwork(z, N!);
    const eps = z.Real.const('eps');
    const lo = val(z, q(-1).add(q(2 * (K! - 1), T!)));
    const hi = val(z, q(-1).add(q(2 * K!, T!)));
    const broken: ZBool[] = g.neurons.map((n) => z.Implies(n.kinked, z.Or(n.tau.lt(lo), n.tau.gt(hi))));
    return {
      assertions: [
        ...f.constraints,
        ...g.constraints,
        eps.gt(0),
        eps.lt(1),
        f.tS.ge(lo),
        f.tS.le(hi),
        ...broken,
        supSquareLe(z, (x1, x2) => f.at(x1, x2).sub(g.at(x1, x2)), eps, planeBreakpoints(z, f, g)),
      ],
      vars: { ...f.vars, ...g.vars, eps },
      note: 'the bin is broken, t* lies in it, and g ε-approximates f over the whole square (E11 check points)',
      toInput: (v) => {
        const target = f.build(v);
        if (!target || !(v.eps instanceof Rational)) return null;
        return { f: target, i: 1, T: T!, k: K!, eps: v.eps, g: g.build(v) };
      },
    };
  },
};
export default encoding;

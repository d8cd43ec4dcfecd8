/**
 * # SMT encoding of E9 `not_approx_of_broken_bin` (Lemma 1; shapes `T=…,k=…`: every N)
 *
 * Main definitions: the default export — at shape `T=T,k=K`: the three-point core
 * (`src/smt/threePointCore.ts`) with t* in the bin B_K = [−1 + 2(K−1)/T, −1 + 2K/T], δ ≤ the
 * distance from t* to the bin's ends and c·ε < κδ (c = 4 or an override). A broken bin has no
 * breakpoint in it, so φ_S is affine on B_K ⊇ [t*−δ, t*+δ]; the conclusion's sup over the family
 * line bounds the three errors. Unsat proves Lemma 1 for that bin and every N. The optimal margin
 * constant is the sup of κδ/ε over this reduction (`kappaDeltaOverEps`), exact when unsat at c and a
 * model attains κδ = cε.
 *
 * References: blueprint E8, E9 (`docs/blueprint.md`).
 */
import { Rational, q } from '../../src/exact/Rational.js';
import { parseShape, val } from '../../src/smt/terms.js';
import { affineNetwork, kappaDeltaOverEps, threePointCore } from '../../src/smt/threePointCore.js';
import type { SmtEncodingFile } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'three-point core in the broken bin, δ ≤ distance to its ends, 4ε < κδ',
  ladder: ['T=1,k=1', 'T=4,k=2', 'T=8,k=5'],
  constants: [
    {
      name: 'c',
      description: 'distance > 4ε/κ (Lemma 1)',
      paper: q(4),
      falseSide: 'down',
      tight: true,
      shapes: ['T=1,k=1', 'T=4,k=2'],
      perturbAt: 'T=1,k=1',
      ratio: () => null,
      // sup of κδ/ε over the three-point reduction (δ = the distance to the bin's ends)
      ratioOfModel: kappaDeltaOverEps,
    },
  ],
  domain:
    'every real target with w*_1 ≠ 0 and t* in the bin, every ε ∈ (0, 1), every network of any size N with the bin broken (d = 2, family 1)',
  negation: (z, shape, opts) => {
    const { T, k: K } = parseShape('not_approx_of_broken_bin', shape, { T: [1, 64], k: [1, 64] });
    const c = opts.constants?.c ?? q(4);
    const core = threePointCore(z, opts.forModel);
    const lo = val(z, q(-1).add(q(2 * (K! - 1), T!)));
    const hi = val(z, q(-1).add(q(2 * K!, T!)));
    const { tS } = core.f;
    return {
      assertions: [
        ...core.constraints,
        tS.ge(lo),
        tS.le(hi),
        tS.sub(core.delta).ge(lo),
        tS.add(core.delta).le(hi),
        opts.attained
          ? val(z, c).mul(core.eps).le(core.f.kappa.mul(core.delta))
          : val(z, c).mul(core.eps).lt(core.f.kappa.mul(core.delta)),
      ],
      vars: core.vars,
      note: 'a broken bin makes φ affine on the bin; covers every N',
      toInput: (v) => {
        const f = core.f.build(v);
        const g = affineNetwork(v);
        if (!f || !g || !(v.eps instanceof Rational) || K! > T!) return null;
        return { f, i: 1, T: T!, k: K!, eps: v.eps, g };
      },
    };
  },
};
export default encoding;

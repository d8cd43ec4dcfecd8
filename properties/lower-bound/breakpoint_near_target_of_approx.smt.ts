/**
 * # SMT encoding of E7 `breakpoint_near_target_of_approx` (shape `affine`: every N)
 *
 * Main definitions: the default export — the three-point core (`src/smt/threePointCore.ts`) with
 * r = c·ε/κ < δ ≤ 1 − |t*| (c = 4 or an override): if no breakpoint of g_S lies within r of t*, then
 * φ_S is affine on [t*−δ, t*+δ] for some δ > r with |t*| + δ ≤ 1 (finitely many breakpoints), and
 * ε-approximation bounds the error at the three points by ε. Unsat proves E7 for every N.
 *
 * Implementation notes: a model of the core is mapped to a two-neuron network affine on the window;
 * the claim's exact check (the cube sup of E11) decides whether it really ε-approximates — usually it
 * does not away from the window, and the record then says "model not confirmed". The optimal
 * constant is the sup of κδ/ε over the core (read from the model's values, `kappaDeltaOverEps`):
 * unsat at c = 4 and a model with κδ = 4ε (`attained`) make 4 exact.
 *
 * References: blueprint E7 (`docs/blueprint.md`).
 */
import { Rational, q } from '../../src/exact/Rational.js';
import { TargetNeuron } from '../../src/model/Network.js';
import { approxError } from '../../src/model/cubeSup.js';
import { val } from '../../src/smt/terms.js';
import { affineNetwork, kappaDeltaOverEps, threePointCore } from '../../src/smt/threePointCore.js';
import type { SmtEncodingFile } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'three-point core: no breakpoint within r = 4ε/κ, error ≤ ε at t*, t* ± δ, δ > r',
  ladder: ['affine'],
  constants: [
    {
      name: 'c',
      description: 'r = 4ε/κ (corollary of Lemma 2)',
      paper: q(4),
      falseSide: 'down',
      tight: true,
      shapes: ['affine'],
      perturbAt: 'affine',
      ratio: () => null,
      // sup of κδ/ε over the three-point reduction that the proof uses (δ is not part of the input)
      ratioOfModel: kappaDeltaOverEps,
    },
  ],
  domain: 'every real target with w*_1 ≠ 0, every ε ∈ (0, 1), every network of any size N (d = 2, family 1)',
  negation: (z, _shape, opts) => {
    const c = opts.constants?.c ?? q(4);
    const k = threePointCore(z, opts.forModel);
    const r = val(z, c).mul(k.eps);
    // r = cε/κ < δ and |t*| + δ ≤ 1, written without division: cε < κδ
    const absT = z.If(k.f.tS.ge(0), k.f.tS, k.f.tS.neg());
    return {
      assertions: [
        ...k.constraints,
        opts.attained ? r.le(k.f.kappa.mul(k.delta)) : r.lt(k.f.kappa.mul(k.delta)),
        absT.add(k.delta).le(1),
      ],
      vars: k.vars,
      note: 'shape affine: no breakpoint within r makes φ affine on a window of half-width δ > r; covers every N',
      toInput: (v) => {
        const f = k.f.build(v);
        const g = affineNetwork(v);
        if (!f || !g || !(v.eps instanceof Rational)) return null;
        const err = approxError(f as TargetNeuron, g).value;
        if (err.isZero()) return null;
        return { f, g, margin: v.eps.div(err) };
      },
    };
  },
};
export default encoding;

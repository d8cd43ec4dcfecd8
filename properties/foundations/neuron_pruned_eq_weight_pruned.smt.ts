/**
 * # SMT encoding of E13 `neuron_pruned_eq_weight_pruned`
 *
 * Main definitions: the default export — at shape `d=D,N=n`: a real network, a subset S (Booleans),
 * a real point x ∈ ℝ^D, and g_S(x) ≠ g_{M,m}(x) with m = 1_S and M all ones. Unsat at every x is the
 * identity of the two functions on all of ℝ^D (so also sup_X |g_S − g_{M,m}| = 0).
 *
 * References: blueprint E13 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { parseShape, relu, sum } from '../../src/smt/terms.js';
import type { SmtEncodingFile, ZArith, ZBool } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'g_S(x) ≠ g_{M,m}(x) at a real point, real network, any S',
  ladder: ['d=2,N=2', 'd=3,N=3'],
  domain: 'every real network of N neurons in dimension d, every subset S and every real point x',
  negation: (z, shape) => {
    const { d, N } = parseShape('neuron_pruned_eq_weight_pruned', shape, { d: [2, 6], N: [1, 8] });
    const vars: Record<string, ZArith | ZBool> = {};
    const x = Array.from({ length: d! }, (_, k) => (vars[`x${k}`] = z.Real.const(`x${k}`)));
    const W = Array.from({ length: N! }, (_, j) =>
      Array.from({ length: d! }, (_, k) => (vars[`w${j}_${k}`] = z.Real.const(`w${j}_${k}`))),
    );
    const alpha = Array.from({ length: N! }, (_, j) => (vars[`alpha${j}`] = z.Real.const(`alpha${j}`)));
    const S = Array.from({ length: N! }, (_, j) => (vars[`S${j}`] = z.Bool.const(`S${j}`)));
    const one = z.Real.val(1);
    const zero = z.Real.val(0);
    const gS = sum(
      z,
      W.map(
        (w, j) =>
          z.If(
            S[j]!,
            alpha[j]!.mul(
              relu(
                z,
                sum(
                  z,
                  w.map((wk, k) => wk.mul(x[k]!)),
                ),
              ),
            ),
            zero,
          ) as ZArith,
      ),
    );
    // weight pruning: m_j α_j σ(⟨M_j ⊙ w_j, x⟩), M_jk = 1, m_j = [j ∈ S]
    const gM = sum(
      z,
      W.map((w, j) =>
        (z.If(S[j]!, one, zero) as ZArith).mul(alpha[j]!).mul(
          relu(
            z,
            sum(
              z,
              w.map((wk, k) => one.mul(wk).mul(x[k]!)),
            ),
          ),
        ),
      ),
    );
    return {
      assertions: [gS.neq(gM)],
      vars,
      toInput: (v) => {
        const r = (k: string) => v[k] as Rational;
        return {
          g: new Network(
            d!,
            W.map((w, j) => ({ alpha: r(`alpha${j}`), w: w.map((_, k) => r(`w${j}_${k}`)) })),
          ),
          S: S.map((_, j) => j).filter((j) => v[`S${j}`] === true),
          x: x.map((_, k) => r(`x${k}`)),
        };
      },
    };
  },
};
export default encoding;

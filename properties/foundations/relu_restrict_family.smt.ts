/**
 * # SMT encoding of E1 `relu_restrict_family`: σ(⟨w, x_i(t)⟩) = σ(w_{2i−1} t + w_{2i})
 *
 * Main definitions: the default export — at shape `d=D,i=I,N=n`, real weights w_j ∈ ℝ^D, α_j and t,
 * and the negation: some neuron's value at x_i(t) differs from σ(w_{j,2i−1} t + w_{j,2i}), or
 * g(x_i(t)) ≠ Σ_j α_j σ(w_{j,2i−1} t + w_{j,2i}).
 *
 * References: blueprint E1 (`docs/blueprint.md`); arXiv:2603.02234, Figure 3.
 */
import { Rational } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { or, parseShape, relu, sum } from '../../src/smt/terms.js';
import type { SmtEncodingFile, ZArith } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'every neuron and the network on x_i(t), real weights',
  ladder: ['d=2,i=1,N=1', 'd=2,i=1,N=3', 'd=4,i=2,N=2', 'd=6,i=3,N=2'],
  domain: 'every real network of N neurons in dimension d and every real t, family i',
  negation: (z, shape) => {
    const { d, i, N } = parseShape('relu_restrict_family', shape, { d: [2, 8], i: [1, 4], N: [1, 6] });
    const t = z.Real.const('t');
    const x: ZArith[] = Array.from({ length: d! }, (_, k) =>
      k === 2 * i! - 2 ? t : z.Real.val(k === 2 * i! - 1 ? 1 : 0),
    );
    const vars: Record<string, ZArith> = { t };
    const W = Array.from({ length: N! }, (_, j) =>
      Array.from({ length: d! }, (_, k) => (vars[`w${j}_${k}`] = z.Real.const(`w${j}_${k}`))),
    );
    const alpha = Array.from({ length: N! }, (_, j) => (vars[`alpha${j}`] = z.Real.const(`alpha${j}`)));
    const inner = W.map((w) =>
      relu(
        z,
        sum(
          z,
          w.map((wk, k) => wk.mul(x[k]!)),
        ),
      ),
    );
    const restricted = W.map((w) => relu(z, w[2 * i! - 2]!.mul(t).add(w[2 * i! - 1]!)));
    const diff = [
      ...inner.map((v, j) => v.neq(restricted[j]!)),
      sum(
        z,
        inner.map((v, j) => alpha[j]!.mul(v)),
      ).neq(
        sum(
          z,
          restricted.map((v, j) => alpha[j]!.mul(v)),
        ),
      ),
    ];
    return {
      assertions: [i! <= Math.floor(d! / 2) ? or(z, diff) : z.Bool.val(false)],
      vars,
      toInput: (v) => {
        const r = (k: string) => v[k] as Rational;
        return {
          g: new Network(
            d!,
            W.map((w, j) => ({ alpha: r(`alpha${j}`), w: w.map((_, k) => r(`w${j}_${k}`)) })),
          ),
          i,
          t: r('t'),
        };
      },
    };
  },
};
export default encoding;

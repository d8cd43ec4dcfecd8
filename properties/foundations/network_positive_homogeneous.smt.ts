/**
 * # SMT encoding of E3 `network_positive_homogeneous` and of its control (negative scales)
 *
 * Main definitions: {@link homogeneityNegation} — at shape `d=D,N=n`, a real network, a point x and a
 * scale c in the given sign range, and g(c x) ≠ c g(x); the default export (c ≥ 0).
 *
 * References: blueprint E3 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { parseShape, relu, sum } from '../../src/smt/terms.js';
import type { SmtEncodingFile, SmtQuery, Z3Ctx, ZArith } from '../../src/smt/types.js';

/** g(c x) ≠ c g(x) with c ≥ 0 (`negative` false) or c < 0 (`negative` true). */
export function homogeneityNegation(z: Z3Ctx, shape: string, negative: boolean): SmtQuery {
  const { d, N } = parseShape('homogeneityNegation', shape, { d: [2, 6], N: [1, 6] });
  const vars: Record<string, ZArith> = {};
  const c = (vars.c = z.Real.const('c'));
  const x = Array.from({ length: d! }, (_, k) => (vars[`x${k}`] = z.Real.const(`x${k}`)));
  const W = Array.from({ length: N! }, (_, j) =>
    Array.from({ length: d! }, (_, k) => (vars[`w${j}_${k}`] = z.Real.const(`w${j}_${k}`))),
  );
  const alpha = Array.from({ length: N! }, (_, j) => (vars[`alpha${j}`] = z.Real.const(`alpha${j}`)));
  const g = (p: ZArith[]) =>
    sum(
      z,
      W.map((w, j) =>
        alpha[j]!.mul(
          relu(
            z,
            sum(
              z,
              w.map((wk, k) => wk.mul(p[k]!)),
            ),
          ),
        ),
      ),
    );
  return {
    assertions: [negative ? c.lt(0) : c.ge(0), g(x.map((xk) => c.mul(xk))).neq(c.mul(g(x)))],
    vars,
    toInput: (v) => {
      const r = (k: string) => v[k] as Rational;
      return {
        g: new Network(
          d!,
          W.map((w, j) => ({ alpha: r(`alpha${j}`), w: w.map((_, k) => r(`w${j}_${k}`)) })),
        ),
        x: x.map((_, k) => r(`x${k}`)),
        c: r('c'),
      };
    },
  };
}

const encoding: SmtEncodingFile = {
  summary: 'g(cx) ≠ c g(x), c ≥ 0, real network and point',
  ladder: ['d=2,N=1', 'd=2,N=2'],
  domain: 'every real network of N neurons in dimension d, every real point x and scale c ≥ 0',
  negation: (z, shape) => homogeneityNegation(z, shape, false),
};
export default encoding;

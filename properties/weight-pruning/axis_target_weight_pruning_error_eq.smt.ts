/**
 * # SMT encoding of E15 `axis_target_weight_pruning_error_eq`
 *
 * Main definitions: the default export — at shape `d=2,N=n`: a real network, a pick vector (Booleans),
 * the kept set S = {j : pick_j ∧ w_{j1} > 0}, g(x) = Σ_{j∈S} α_j σ(w_{j1} x_1), c = Σ_{j∈S} α_j w_{j1},
 * and the negation "some x ∈ X has |σ(x_1) − g(x)| > λ|1 − c|, or |σ(1) − g(1, 0)| < λ|1 − c|"
 * (λ = 1, or an override): the first disjunct refutes sup ≤ λ|1−c| at a point of X, the second the
 * attainment at x = (1, 0); together they cover every way sup_X |σ(x_1) − g| ≠ λ|1 − c|.
 *
 * References: blueprint E15 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { abs, parseShape, relu, sum, val } from '../../src/smt/terms.js';
import type { SmtEncodingFile, ZArith, ZBool } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'a point of X with error > |1 − c|, or error at (1, 0) < |1 − c|',
  ladder: ['d=2,N=1', 'd=2,N=2'],
  domain: 'every real network of N neurons (d = 2), every pick vector, every x ∈ [−1, 1]²',
  negation: (z, shape, opts) => {
    const { N } = parseShape('axis_target_weight_pruning_error_eq', shape, { d: [2, 2], N: [1, 8] });
    const lambda = opts.constants?.lambda ?? Rational.ONE;
    const vars: Record<string, ZArith | ZBool> = {};
    const R = (k: string) => (vars[k] = z.Real.const(k)) as ZArith;
    const x1 = R('x1');
    const x2 = R('x2');
    const zero = z.Real.val(0);
    const ns = Array.from({ length: N! }, (_, j) => ({
      alpha: R(`alpha${j}`),
      w1: R(`w${j}_0`),
      w2: R(`w${j}_1`),
      pick: (vars[`pick${j}`] = z.Bool.const(`pick${j}`)) as ZBool,
    }));
    const kept = ns.map((n) => z.And(n.pick, n.w1.gt(0)));
    const g = (p: ZArith) =>
      sum(
        z,
        ns.map((n, j) => z.If(kept[j]!, n.alpha.mul(relu(z, n.w1.mul(p))), zero) as ZArith),
      );
    const c = sum(
      z,
      ns.map((n, j) => z.If(kept[j]!, n.alpha.mul(n.w1), zero) as ZArith),
    );
    const target = val(z, lambda).mul(abs(z, z.Real.val(1).sub(c)));
    const one = z.Real.val(1);
    return {
      assertions: [
        x1.ge(-1),
        x1.le(1),
        x2.ge(-1),
        x2.le(1),
        z.Or(abs(z, relu(z, x1).sub(g(x1))).gt(target), abs(z, one.sub(g(one))).lt(target)),
      ],
      vars,
      toInput: (v) => {
        const r = (k: string) => v[k] as Rational;
        return {
          g: new Network(
            2,
            ns.map((_, j) => ({ alpha: r(`alpha${j}`), w: [r(`w${j}_0`), r(`w${j}_1`)] })),
          ),
          pick: ns.map((_, j) => v[`pick${j}`] === true),
        };
      },
    };
  },
};
export default encoding;

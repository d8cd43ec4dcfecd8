/**
 * # SMT encoding of E10 `hat_certificate_of_not_approx` (shape `K=k`: networks of k − 1 neurons)
 *
 * Main definitions: the default export — at shape `K=k`: a piecewise-linear error
 * e(t) = A + B t + Σ_k J_k (t − τ_k)_+ with k kinks (f∘x_1 − φ_S has at most N + 1), a window
 * [c−h, c+h] ⊆ [−1, 1], ε ∈ (0, 1), |Σ_k J_k (h − |τ_k − c|)_+| > C·ε (C = 4 or an override), and
 * |e| ≤ ε at c−h, c, c+h (implied by sup_X |f − g_S| ≤ ε). Unsat proves E10 for every network whose
 * error has at most k kinks on the family line.
 *
 * Implementation notes: a model maps back to the target σ(x_1) and the network σ(x_1) − e (a neuron
 * per kink, two for the affine part); the claim's exact check (cube sup) decides. The optimal
 * constant is the sup of |hat|/ε over the encoding ({@link hatOverEps} from the model's values).
 *
 * Shape `K=k,cube=1` (used for the 1 % perturbation): the three-point condition is replaced by the
 * conclusion's own sup over the square: the error is A·(σ(x_2) + σ(−x_2)) + B·x_1 + Σ J_k σ(x_1 − τ_k x_2)
 * (e(t) on the family line, and its even constant part keeps the bottom face a mirror of the top), and
 * |error| ≤ ε‖q‖_∞ at E11's check points (corners, (±1, 0), (0, ±1), ±(τ_k, 1)), so a model maps to
 * f = σ(x_1), g = f − error and is a counterexample to the claim's exact check, not only to its
 * three-point reduction.
 *
 * References: blueprint E4, E10, E11 (`docs/blueprint.md`).
 */
import { Rational, q } from '../../src/exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../../src/model/Network.js';
import { abs, and, parseShape, relu, sum, val } from '../../src/smt/terms.js';
import { supSquareLe } from '../../src/smt/plane.js';
import type { SmtEncodingFile, SmtValues, ZArith } from '../../src/smt/types.js';

/** |Σ_k J_k (h − |τ_k − c|)_+| / ε from a model's values; null when a value is missing or ε = 0. */
export function hatOverEps(v: SmtValues): Rational | null {
  const r = (k: string) => (v[k] instanceof Rational ? (v[k] as Rational) : null);
  const [h, c, eps] = [r('h'), r('c'), r('eps')];
  if (!h || !c || !eps || eps.isZero()) return null;
  let hat = Rational.ZERO;
  for (let k = 0; r(`tau${k}`) && r(`J${k}`); k++)
    hat = hat.add(r(`J${k}`)!.mul(Rational.ZERO.max(h.sub(r(`tau${k}`)!.sub(c).abs()))));
  return hat.abs().div(eps);
}

const encoding: SmtEncodingFile = {
  summary: 'PL error with K kinks, |hat| > 4ε, |e| ≤ ε at c, c ± h',
  ladder: ['K=1'],
  constants: [
    {
      name: 'c',
      description: '|hat| > 4ε (E10)',
      paper: q(4),
      falseSide: 'down',
      tight: true,
      shapes: ['K=1'],
      // the extremal error −ε + 2ε|t| on [−1, 1], ε outside, needs three kinks to stay within ε on the whole square
      perturbAt: 'K=3,cube=1',
      ratio: () => null,
      ratioOfModel: hatOverEps,
    },
  ],
  domain:
    'every real piecewise-linear error with K kinks on the family line (networks of K − 1 neurons), window [c−h, c+h] ⊆ [−1, 1], ε ∈ (0, 1)',
  negation: (z, shape, opts) => {
    // `K=k,cube=1`: the conclusion's full cube sup (for models that the claim's check confirms)
    const cube = /,\s*cube\s*=\s*1\s*$/.test(shape);
    const { K } = parseShape('hat_certificate_of_not_approx', shape.replace(/,\s*cube\s*=\s*1\s*$/, ''), { K: [1, 8] });
    const C = opts.constants?.c ?? q(4);
    const vars: Record<string, ZArith> = {};
    const R = (k: string) => (vars[k] = z.Real.const(k));
    const [A, B, c, h, eps] = ['A', 'B', 'c', 'h', 'eps'].map(R) as ZArith[];
    const tau = Array.from({ length: K! }, (_, k) => R(`tau${k}`));
    const J = Array.from({ length: K! }, (_, k) => R(`J${k}`));
    const e = (t: ZArith) =>
      A!.add(B!.mul(t)).add(
        sum(
          z,
          tau.map((tk, k) => J[k]!.mul(relu(z, t.sub(tk)))),
        ),
      );
    const hat = sum(
      z,
      tau.map((tk, k) => J[k]!.mul(relu(z, h!.sub(abs(z, tk.sub(c!)))))),
    );
    // the error's homogeneous extension in the cube variant: A·(σ(x_2) + σ(−x_2)) + B·x_1 + Σ J_k σ(x_1 − τ_k x_2),
    // equal to e(t) on the family line (t, 1) and bounded over the whole square by E11's check points
    const E = (x1: ZArith, x2: ZArith) =>
      A!
        .mul(abs(z, x2))
        .add(B!.mul(x1))
        .add(
          sum(
            z,
            tau.map((tk, k) => J[k]!.mul(relu(z, x1.sub(tk.mul(x2))))),
          ),
        );
    return {
      assertions: [
        h!.gt(0),
        c!.sub(h!).ge(-1),
        c!.add(h!).le(1),
        eps!.gt(0),
        eps!.lt(1),
        opts.attained ? abs(z, hat).ge(val(z, C).mul(eps!)) : abs(z, hat).gt(val(z, C).mul(eps!)),
        // the cube variant only searches for models: window [−1, 1] (c = 0, h = 1), kinks in increasing order
        ...(cube ? [c!.eq(0), h!.eq(1), ...tau.slice(1).map((tk, k) => tau[k]!.lt(tk))] : []),
        cube
          ? supSquareLe(
              z,
              E,
              eps!,
              tau.map((tk) => ({ tau: tk, active: z.Bool.val(true) })),
            )
          : and(
              z,
              [c!.sub(h!), c!, c!.add(h!)].map((t) => abs(z, e(t)).le(eps!)),
            ),
      ],
      vars,
      ...(cube
        ? {
            note: 'cube variant: sup over the square of the error (E11 check points), so a model is a counterexample to the claim itself',
          }
        : {}),
      toInput: (v) => {
        const r = (k: string) => v[k] as Rational;
        const hatV = tau
          .reduce(
            (s, _, k) => s.add(r(`J${k}`).mul(Rational.ZERO.max(r('h').sub(r(`tau${k}`).sub(r('c')).abs())))),
            Rational.ZERO,
          )
          .abs();
        if (hatV.isZero()) return null;
        const f = new TargetNeuron([Rational.ONE, Rational.ZERO]);
        const neurons: Neuron[] = cube
          ? [
              // g = σ(x_1) − E: f − g = E exactly on the whole square
              { alpha: Rational.ONE.sub(r('B')), w: [Rational.ONE, Rational.ZERO] },
              { alpha: r('B'), w: [Rational.MINUS_ONE, Rational.ZERO] },
              { alpha: r('A').neg(), w: [Rational.ZERO, Rational.ONE] },
              { alpha: r('A').neg(), w: [Rational.ZERO, Rational.MINUS_ONE] },
              ...tau.map((_, k) => ({ alpha: r(`J${k}`).neg(), w: [Rational.ONE, r(`tau${k}`).neg()] })),
            ]
          : [
              { alpha: Rational.ONE, w: [Rational.ONE, Rational.ZERO] },
              { alpha: r('A').sub(r('B').mul(Rational.TWO)).neg(), w: [Rational.ZERO, Rational.ONE] },
              { alpha: r('B').neg(), w: [Rational.ONE, Rational.TWO] },
              ...tau.map((_, k) => ({ alpha: r(`J${k}`).neg(), w: [Rational.ONE, r(`tau${k}`).neg()] })),
            ];
        return { f, i: 1, g: new Network(2, neurons), c: r('c'), h: r('h'), s: q(4).mul(r('eps')).div(hatV) };
      },
    };
  },
};
export default encoding;

/**
 * # SMT encoding of E2 `neuron_jump_eq_alpha_abs`
 *
 * Main definitions: the default export — at shape `neuron`: real α, a, b, h > 0, c, and the negation
 * "a ≠ 0 and the jump (slope right − slope left) of t ↦ α σ(a t + b) at β = −b/a, measured over
 * [β − h, β + h], is not α|a|; or a ≠ 0 and the function is not affine on a window [c−h', c+h'] that
 * misses β; or a = 0 and the function is not the constant α σ(b)".
 *
 * References: blueprint E2 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { abs, or, relu } from '../../src/smt/terms.js';
import type { SmtEncodingFile, ZArith } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'jump at −b/a ≠ α|a|, or not affine off −b/a, or a = 0 and not constant',
  ladder: ['neuron'],
  domain: 'every real α, a, b, every real centre c and step h > 0',
  negation: (z) => {
    const [alpha, a, b, h, c, beta, hh] = ['alpha', 'a', 'b', 'h', 'c', 'beta', 'hh'].map((k) =>
      z.Real.const(k),
    ) as ZArith[];
    const f = (t: ZArith) => alpha!.mul(relu(z, a!.mul(t).add(b!)));
    const sd = (m: ZArith, s: ZArith) =>
      f(m.sub(s))
        .sub(f(m).mul(2))
        .add(f(m.add(s)));
    return {
      assertions: [
        h!.gt(0),
        or(z, [
          z.And(a!.neq(0), a!.mul(beta!).add(b!).eq(0), sd(beta!, h!).neq(alpha!.mul(abs(z, a!)).mul(h!))),
          // a window [c − hh, c + hh] with 0 < hh < |c − β| is affine: second difference 0
          z.And(a!.neq(0), a!.mul(beta!).add(b!).eq(0), hh!.gt(0), hh!.lt(abs(z, c!.sub(beta!))), sd(c!, hh!).neq(0)),
          z.And(a!.eq(0), f(c!).neq(alpha!.mul(relu(z, b!)))),
        ]),
      ],
      vars: { alpha: alpha!, a: a!, b: b!, h: h!, c: c! },
      toInput: (v) => ({
        alpha: v.alpha as Rational,
        a: v.a as Rational,
        b: v.b as Rational,
        h: v.h as Rational,
        c: v.c as Rational,
      }),
    };
  },
};
export default encoding;

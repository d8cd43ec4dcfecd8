/**
 * # SMT encoding of E14 `relu_mul_of_nonneg`: σ(c z) = c σ(z) for c ≥ 0
 *
 * Main definitions: the default export — at shape `c,z`, the negation c ≥ 0 ∧ σ(c z) ≠ c σ(z).
 *
 * References: blueprint E14 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { relu } from '../../src/smt/terms.js';
import type { SmtEncodingFile } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'σ(cz) ≠ cσ(z), c ≥ 0',
  ladder: ['c,z'],
  domain: 'every real c ≥ 0 and z',
  negation: (z) => {
    const c = z.Real.const('c');
    const x = z.Real.const('z');
    return {
      assertions: [c.ge(0), relu(z, c.mul(x)).neq(c.mul(relu(z, x)))],
      vars: { c, z: x },
      toInput: (v) => (v.c instanceof Rational && v.z instanceof Rational ? { c: v.c, z: v.z } : null),
    };
  },
};
export default encoding;

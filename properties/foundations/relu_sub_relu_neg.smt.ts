/**
 * # SMT encoding of E14 `relu_sub_relu_neg`: σ(z) − σ(−z) = z
 *
 * Main definitions: the default export — at shape `z`, the negation σ(z) − σ(−z) ≠ z over one real z.
 *
 * References: blueprint E14 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { relu } from '../../src/smt/terms.js';
import type { SmtEncodingFile } from '../../src/smt/types.js';

const encoding: SmtEncodingFile = {
  summary: 'σ(z) − σ(−z) ≠ z over one real z',
  ladder: ['z'],
  domain: 'every real z',
  negation: (z) => {
    const x = z.Real.const('z');
    return {
      assertions: [relu(z, x).sub(relu(z, x.neg())).neq(x)],
      vars: { z: x },
      toInput: (v) => (v.z instanceof Rational ? v.z : null),
    };
  },
};
export default encoding;

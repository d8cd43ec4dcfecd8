/**
 * # SMT encoding of E14 `relu_sub_relu_neg`: σ(z) − σ(−z) = z
 *
 * Main definitions: the default export — at shape `z`, the negation σ(z) − σ(−z) ≠ z over one real z.
 *
 * References: blueprint E14 (`docs/blueprint.md`).
 */
import { Rational } from '../../exact/Rational.js';
import { relu } from '../terms.js';
import type { SmtClaimEncoding } from '../types.js';

const encoding: SmtClaimEncoding = {
  domain: 'every real z',
  negation: (z) => {
    const x = z.Real.const('z');
    return { assertions: [relu(z, x).sub(relu(z, x.neg())).neq(x)], vars: { z: x }, toInput: (v) => (v.z instanceof Rational ? v.z : null) };
  },
};
export default encoding;

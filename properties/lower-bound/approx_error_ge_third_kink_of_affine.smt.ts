/**
 * # SMT encoding of the E6 control `approx_error_ge_third_kink_of_affine` (expected: refuted)
 *
 * Main definitions: the default export — some affine ψ with max three-point error < κδ/3
 * ({@link thirdNegation}); the model (a unit target, a window, ψ) is re-checked by the claim.
 *
 * References: blueprint E6 (`docs/blueprint.md`).
 */
import type { SmtEncodingFile } from '../../src/smt/types.js';
import { thirdNegation } from './quarter_kink_bound_attained.smt.js';

const encoding: SmtEncodingFile = {
  summary: 'an affine ψ with all three errors < κδ/3 (negative control)',
  ladder: ['d=2'],
  domain: 'every real target with w*_1 ≠ 0, window [t*−δ, t*+δ] ⊆ [−1, 1] and affine ψ (d = 2, family 1)',
  negation: (z, _shape, opts) => thirdNegation(z, opts),
};
export default encoding;

/**
 * # SMT encoding of the E17 control `lemma2_under_output_relu` (expected: refuted)
 *
 * Main definitions: the default export — {@link lemma2Negation} under reading A2 (the network's value
 * is σ(φ)): at shape `affine` an affine inner sum A + B t; at `d=2,N=n` n kink-form neurons whose inner
 * sum is affine on the window. A model is re-checked by the claim (which builds the network).
 *
 * References: blueprint E17 (`docs/blueprint.md`).
 */
import type { SmtEncodingFile } from '../../src/smt/types.js';
import { lemma2Negation } from './approx_error_ge_quarter_kink_of_affine.smt.js';

const encoding: SmtEncodingFile = {
  summary: 'Lemma 2 under an output ReLU, inner sum affine on the window (negative control)',
  ladder: ['affine'],
  domain: 'every real target with w*_1 ≠ 0, window in [−1, 1], inner sum affine on the window (reading A2)',
  negation: (z, shape, opts) => lemma2Negation(z, shape, opts, true, 'c'),
};
export default encoding;

/**
 * # SMT encoding of the E3 control `network_homogeneous_of_negative_scale` (expected: refuted)
 *
 * Main definitions: the default export — {@link homogeneityNegation} with c < 0; a model is a
 * certified counterexample after the claim's exact check.
 *
 * References: blueprint E3 (`docs/blueprint.md`).
 */
import type { SmtEncodingFile } from '../../src/smt/types.js';
import { homogeneityNegation } from './network_positive_homogeneous.smt.js';

const encoding: SmtEncodingFile = {
  summary: 'g(cx) ≠ c g(x), c < 0 (negative control: a model is the counterexample)',
  ladder: ['d=2,N=1'],
  domain: 'every real network of N neurons in dimension d, every real point x and scale c < 0',
  negation: (z, shape) => homogeneityNegation(z, shape, true),
};
export default encoding;

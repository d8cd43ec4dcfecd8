/**
 * # Negative control of E9: `not_approx_of_broken_bin_without_margin` (false)
 *
 * Statement (false on purpose): Lemma 1 without the distance hypothesis — if B_k is broken for S and
 * t_i* ∈ B_k, then g_S does not ε-approximate f. A neuron copying the target with its breakpoint
 * moved just past the bin's nearer end approximates f within κ·(shift), yet the bin stays broken.
 * The conclusion is checked with the exact sup over the cube (d = 2).
 *
 * Generator: d = 2 targets, T, a shift past the nearer end of B_k, ε ∈ (0, 1), and either a random
 * broken network or {the shifted copy of the target}.
 */
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, type Relation } from '../../src/claims/Relation.js';
import { binsHitBy, brokenBins } from '../../src/model/bins.js';
import { breakpoint } from '../../src/model/family.js';
import { approxError } from '../../src/model/cubeSup.js';
import { type BrokenBinInput } from '../../src/model/brokenBinNetwork.js';
import { marginlessBrokenBinArb } from '../../src/arbitraries/brokenBinArb.js';
import { brokenBinHypothesis } from '../../src/claims/relations/brokenBinHypothesis.js';

export default defineClaim<ExactClaim<BrokenBinInput>>({
  id: 'not_approx_of_broken_bin_without_margin',
  specRef: 'E9 (negative control)',
  paperRef: 'Lemma 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'R-empty'],
  kind: 'exact-forall',
  statement:
    'If B_k is broken for S in family i and t_i* ∈ B_k (no distance hypothesis), then g_S does not ε-approximate f — false.',
  uses: ['not_approx_of_broken_bin'],
  expected: 'refuted',
  hypotheses: 'As E9 without the distance hypothesis — a negative control.',
  domain:
    'd = 2, T ∈ {1,…,10}, ε ∈ [1/64, 63/64]; networks with the bin emptied, or one neuron whose breakpoint sits just outside the nearer end of B_k (gap ∈ [1/256, 1/4]).',
  proofSketch:
    'False: if t_i* is close to an end of B_k, a neuron with its kink just past that end can approximate f well, since the bin being unhit forbids nothing near t_i*. The runner must find such a case.',
  negativeControlOf: 'not_approx_of_broken_bin',
  numRuns: { ci: 300, full: 2000 },
  arbitrary: () => marginlessBrokenBinArb(),
  hypothesis: brokenBinHypothesis,
  check: ({ f, i, T, k, eps, g }) => {
    const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
    const rels: Relation[] = [];
    const broken = brokenBins(
      g.neurons.map((n) => breakpoint(n.w, i)),
      T,
    )[k - 1]!;
    if (!broken || !binsHitBy(tStar, T).includes(k)) return rels;
    rels.push(rel('sup_X |f − g_S|', approxError(f, g).value, '>', 'ε', eps));
    return rels;
  },
});

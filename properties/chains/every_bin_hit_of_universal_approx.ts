/**
 * # C4 `every_bin_hit_of_universal_approx` (paper Figure 2: "all chains must reach 0")
 *
 * Statement: let 1/T > 4√2·ε. If bin B_k of family i is broken for the whole network, there is a
 * rational unit target supported on coordinates 2i−1, 2i, with κ_i ≥ 1/√2 and t_i* inside B_k at
 * distance > 4ε/κ_i from its ends, that no neuron-pruned subnetwork ε-approximates (Lemma 1). So a
 * network that neuron-prunes to every unit target needs all m chains at 0.
 *
 * Checked: for every broken bin of every family, the constructed target (exact) has ‖w*‖₂ = 1,
 * κ² ≥ 1/2, t* ∈ B_k, (distance to the ends)² · κ² > (4ε)² — the hypotheses of Lemma 1, which then
 * applies to every S since a bin broken for the network is broken for all its subsets; for d = 2 the
 * conclusion is also confirmed by the exact decision (min over all S of sup_X |f − g_S| > ε).
 *
 * Generator: Gaussian-like dyadic networks (d ∈ {2, 4}), T ∈ {1..6} and ε = 1/epsDen with epsDen at
 * the smallest value the condition allows (⌊√32·T⌋ + 1, the boundary), just above it, or anywhere up
 * to 40 more; a quarter of the cases take epsDen ∈ (2T, ⌊√32·T⌋] (the hypothesis fails for the
 * constant 32 but holds for a lowered one, which the tightness probe uses).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, fact, type Relation } from '../../src/claims/Relation.js';
import { networkArb } from '../../src/arbitraries/networkArb.js';
import { Network } from '../../src/model/Network.js';
import { binBounds, brokenBins, familyBreakpoints } from '../../src/model/bins.js';
import { targetInBin } from '../../src/model/binTarget.js';
import { minNeuronPruningError } from '../../src/model/exactDecision.js';
import { normSquared } from '../../src/model/unitVector.js';
import { Rational, q } from '../../src/exact/Rational.js';

interface Input {
  g: Network;
  T: number;
  /** ε = 1/(epsDen) with 1/T > 4√2 ε, i.e. epsDen² > 32 T² */
  epsDen: number;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'every_bin_hit_of_universal_approx',
  specRef: 'C4',
  paperRef: 'Figure 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'R-empty', 'T1-universal'],
  kind: 'exact-forall',
  statement:
    'If 1/T > 4√2 ε and bin B_k of family i is broken for the network, the constructed rational unit target on coordinates 2i−1, 2i (κ_i ≥ 1/√2, t_i* ∈ B_k at distance > 4ε/κ_i from its ends) is ε-approximated by no neuron-pruned subnetwork.',
  smtNote:
    'Its conclusion is Lemma 1 for the constructed target, proved for every N by the SMT encoding of not_approx_of_broken_bin; the remaining step, a rational unit target with κ ≥ 1/√2 in the bin (√2, a rational point search), is a construction checked exactly per case rather than a formula to decide.',
  uses: ['not_approx_of_broken_bin', 'broken_bins_eq_unhit_bins'],
  expected: 'holds',
  hypotheses: '1/T > 4√2·ε; a bin B_k of family i broken for the whole network.',
  domain:
    'd ∈ {2, 4}, T ∈ {1,…,6}, ε = 1/epsDen just inside or well inside the bin-width condition, N ≤ 8 (d = 2) or ≤ 6 (d = 4) Gaussian-like (Irwin–Hall dyadic) neurons.',
  proofSketch:
    'Pick a rational unit target on coordinates (2i−1, 2i) whose breakpoint is near the centre of B_k, with κ_i ≥ 1/√2 (choose t* = 2u/(1 − u²) so that 1 + t*² is a rational square). The half-width h/2 exceeds 4√2ε ≥ 4ε/κ_i, so the margin hypothesis of Lemma 1 holds and no neuron-pruned subnetwork approximates this target. The suite builds the target exactly and certifies the failure.',
  numRuns: { ci: 200, full: 600 },
  arbitrary: () =>
    fc
      .record({
        d: fc.constantFrom(2, 2, 4),
        T: fc.integer({ min: 1, max: 6 }),
        extra: fc.oneof(
          { arbitrary: fc.constantFrom(0, 1), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 1 },
          { arbitrary: fc.integer({ min: -20, max: -1 }), weight: 1 },
        ),
      })
      .chain(({ d, T, extra }) => {
        const minDen = Math.floor(Math.sqrt(32) * T) + 1; // ε = 1/epsDen, epsDen > 4√2·T
        const epsDen = Math.max(2 * T + 1, minDen + extra);
        return fc.record({
          g: networkArb({ d, maxN: d === 2 ? 8 : 6, mode: 'gaussian' }),
          T: fc.constant(T),
          epsDen: fc.constant(epsDen),
        });
      }),
  constants: [
    {
      name: 'c',
      value: q(32),
      falseSide: 'down',
      tight: false,
      description: '1/T > 4√2·ε, i.e. (1/T)² > 32ε²: the bin width condition of C4',
    },
  ],
  check: ({ g, T, epsDen }, constants) => {
    const eps = q(1, epsDen);
    const C = constants?.c ?? q(32);
    if (!q(1, T * T).gt(eps.mul(eps).mul(C))) return []; // the hypothesis 1/T > 4√2 ε fails
    const rels: Relation[] = [rel('(1/T)²', q(1, T * T), '>', `${C} ε²`, eps.mul(eps).mul(C))];
    for (let i = 1; i <= Math.floor(g.d / 2); i++) {
      const broken = brokenBins(familyBreakpoints(g, i), T);
      broken.forEach((isBroken, idx) => {
        if (!isBroken) return;
        const k = idx + 1;
        const f = targetInBin(g.d, i, T, k);
        const a = f.w[2 * i - 2]!;
        const tStar = f.w[2 * i - 1]!.neg().div(a);
        const { lo, hi } = binBounds(T, k);
        const dist = tStar.sub(lo).min(hi.sub(tStar));
        const tag = `family ${i}, bin ${k}`;
        rels.push(rel(`${tag}: ‖w*‖₂²`, normSquared(f.w), '=', '1', Rational.ONE));
        rels.push(rel(`${tag}: κ²`, a.mul(a), '>=', '1/2', Rational.HALF));
        rels.push(fact(`${tag}: t* ∈ B_k`, lo.le(tStar) && tStar.le(hi)));
        rels.push(
          rel(`${tag}: (dist to ends)²·κ²`, dist.mul(dist).mul(a.mul(a)), '>', '(4ε)²', eps.mul(eps).mul(q(16))),
        );
        if (g.d === 2)
          rels.push(
            rel(`${tag}: min_S sup_X |f − g_S| (exact decision)`, minNeuronPruningError(f, g).value, '>', 'ε', eps),
          );
      });
    }
    return rels;
  },
});

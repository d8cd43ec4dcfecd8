/**
 * # D3 `broken_count_nonincreasing` (paper Definition 3)
 *
 * Statement: for neurons w_1, w_2, … and family i, B_s = the number of broken bins (Definition 2) for
 * {w_1..w_s} satisfies B_0 = T, B_s ∈ {0..T}, B_s non-increasing; and the incremental process equals
 * the count of broken bins recomputed from scratch for each prefix.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, fact, type Relation } from '../../src/claims/Relation.js';
import { networkArb, familyArb } from '../../src/arbitraries/networkArb.js';
import { Network } from '../../src/model/Network.js';
import { brokenBinsByDefinition, brokenCountProcess, familyBreakpoints } from '../../src/model/bins.js';
import { Rational } from '../../src/exact/Rational.js';

interface Input {
  g: Network;
  i: number;
  T: number;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'broken_count_nonincreasing',
  specRef: 'D3',
  paperRef: 'Definition 3',
  versions: ['v1', 'v2', 'v3'],
  readings: ['R-empty'],
  kind: 'exact-forall',
  statement:
    'B_0 = T, B_s ∈ {0..T} and B_s is non-increasing in s; B_s equals the number of broken bins of the first s neurons.',
  smtNote:
    'Combinatorial: B_s counts the bins no breakpoint among the first s neurons hits — monotone by set inclusion; an integer statement about a finite sequence, checked exactly per case, with no real parameters for a solver to quantify.',
  uses: ['broken_bins_eq_unhit_bins'],
  expected: 'holds',
  hypotheses: 'A sequence of neurons w_1, w_2, …; a family i and T bins.',
  domain: 'd ∈ {2,…,6}, N ≤ 12 (denominators ≤ 4), T ∈ {1,…,9}.',
  proofSketch:
    'Adding a neuron can only add a breakpoint, hence only remove bins from the broken set: B_s is non-increasing, starts at T and stays in {0,…,T}.',
  numRuns: { ci: 150, full: 1500 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 6 }).chain((d) =>
      fc.record({
        g: networkArb({ d, maxN: 12, maxDen: 4 }),
        i: familyArb({ d }),
        T: fc.integer({ min: 1, max: 9 }),
      }),
    ),
  check: ({ g, i, T }) => {
    const B = brokenCountProcess(g, i, T);
    const ts = familyBreakpoints(g, i);
    const rels: Relation[] = [rel('B_0', Rational.of(B[0]!), '=', 'T', Rational.of(T))];
    rels.push(
      fact(
        '0 ≤ B_s ≤ T and B_{s+1} ≤ B_s for all s',
        B.every((b, s) => b >= 0 && b <= T && (s === 0 || b <= B[s - 1]!)),
      ),
    );
    B.forEach((b, s) =>
      rels.push(
        rel(
          `B_${s}`,
          Rational.of(b),
          '=',
          `#broken bins of the first ${s} neurons (from scratch)`,
          Rational.of(brokenBinsByDefinition(ts.slice(0, s), T).filter((x) => x).length),
        ),
      ),
    );
    return rels;
  },
});

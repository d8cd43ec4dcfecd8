/**
 * # T1-universal `universal_approx_prob_le_chain_bound` (paper Theorem 1, the chain argument of Figure 2)
 *
 * Statement: with C4's T (1/T > 4√2 ε), P(the network neuron-prunes to every unit target) ≤
 * Π_i P(B^{(i)}_N = 0) ≤ P(B^bd_N = 0)^m.
 *
 * Experiment: by C4 (an exact claim), pruning to every unit target forces every family's chain to 0,
 * so the frequency of {all m chains at 0 after N}, decided exactly per seeded network, bounds the
 * left side from above; it is judged against the chain bound P(B^bd_N = 0)^m (exact, C1) and equal to
 * the exact product of inclusion–exclusion probabilities (n sized so that a 5 % relative deviation is
 * detected at the default depth with power ≥ 9/10; each test states its power); the second inequality,
 * product ≤ chain bound, is decided exactly.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { rawAllFamiliesAtZero } from '../../src/model/rawHits.js';
import { familiesAtZero } from '../../src/chain/binProbabilities.js';
import { Interval } from '../../src/exact/Interval.js';
import {
  bonferroni,
  exactTest,
  judgeProportionAtMost,
  judgeProportionEquals,
  type StatTest,
} from '../../src/stats/judge.js';
import { fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { q } from '../../src/exact/Rational.js';
import { configurationGrid } from '../../src/claims/configurationGrid.js';

const ALPHA = q(1, 1000);
/** ε = 1/64 ⇒ T = 11 (the largest T with 1/T > 4√2/64); ε = 1/32 ⇒ T = 5. */
const GRID = configurationGrid(
  [
    { d: 2, epsDen: 64, T: 11, N: 45 },
    { d: 4, epsDen: 64, T: 11, N: 60 },
    { d: 6, epsDen: 32, T: 5, N: 30 },
  ].map((c) => ({ ...c, label: `d = ${c.d}, ε = 1/${c.epsDen}, T = ${c.T}, N = ${c.N}` })),
  (c) => ({ d: String(c.d), m: String(Math.floor(c.d / 2)), ε: `1/${c.epsDen}`, T: String(c.T), N: String(c.N) }),
);
const CONFIGS = GRID.items;

export default defineClaim<StatClaim<null>>({
  id: 'universal_approx_prob_le_chain_bound',
  specRef: 'T1-universal',
  paperRef: 'Theorem 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'T1-universal'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement:
    'With 1/T > 4√2 ε: P(the network neuron-prunes to every unit target) ≤ Π_i P(B^{(i)}_N = 0) ≤ P(B^bd_N = 0)^m.',
  smtNote:
    'Statistical: a probability over Gaussian networks (Cauchy bin masses: atan/π); its deterministic steps are C4 and Lemma 1 (proved for every N by the SMT encoding of not_approx_of_broken_bin) and the chain law (C1, proved by polynomials).',
  uses: ['every_bin_hit_of_universal_approx', 'all_families_zero_prob_eq_product', 'broken_count_dominates_bd_chain'],
  expected: 'holds',
  hypotheses: 'T with 1/T > 4√2·ε (C4); Gaussian networks of N neurons.',
  domain: '(d, ε, T, N) ∈ {(2, 1/64, 11, 45), (4, 1/64, 11, 60), (6, 1/32, 5, 30)}, seeded networks.',
  proofSketch:
    'By C4, neuron-pruning to every unit target forces every family’s broken-bin count to 0; by C3 the families are independent; by C2 each factor is at most the pure-death chain’s probability P(B^bd_N = 0), which C1 computes exactly.',
  parameters: [
    { name: 'd', description: 'input dimension', special: '2' },
    { name: 'm', description: 'number of families ⌊d/2⌋', special: '1' },
    { name: 'ε', description: 'accuracy' },
    { name: 'T', description: "C4's number of bins (1/T > 4√2 ε)" },
    { name: 'N', description: 'hidden neurons' },
  ],
  configurations: GRID.configurations,
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 5000, full: 100000 }); // full: a 3.5 % relative deviation of the product (p ≈ 0.17) is detected with power ≥ 9/10
    const a = bonferroni(ALPHA, 2 * CONFIGS.length);
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    const ran: string[] = [];
    for (const [c, { d, epsDen, T, N, label }] of CONFIGS.entries()) {
      const m = Math.floor(d / 2);
      // C4's condition 1/T > 4√2 ε ⟺ epsDen² > 32·T²
      if (!(epsDen * epsDen > 32 * T * T)) throw new Error(`configuration ${c}: T = ${T} violates 1/T > 4√2 ε`);
      let k = 0;
      for (let t = 0; t < n; t++) {
        if (t % 256 === 0 && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
        const raw = randomRawNetwork(`${ctx.seed}:T1u:${c}:${t}`, N, d);
        if (rawAllFamiliesAtZero(raw, m, T)) k++;
      }
      const { product: prod, chainBound: bd } = familiesAtZero(T, N, m);
      tests.push(
        judgeProportionAtMost(
          `d = ${d}, ε = 1/${epsDen}, T = ${T}, N = ${N}: all chains at 0 ≤ P(B^bd_N = 0)^m`,
          k,
          n,
          Interval.point(bd),
          a,
        ),
      );
      tests.push(
        judgeProportionEquals(
          `d = ${d}, ε = 1/${epsDen}, T = ${T}, N = ${N}: all chains at 0 = Π_i P(B^(i)_N = 0)`,
          k,
          n,
          prod,
          a,
          q(1, 12),
        ),
      );
      tests.push(
        exactTest(
          `d = ${d}, ε = 1/${epsDen}, T = ${T}, N = ${N}: Π_i P(B^(i)_N = 0) ≤ P(B^bd_N = 0)^m`,
          'exact (inclusion–exclusion enclosures, exact chain law)',
          1,
          prod,
          `≤ ${bd.toDecimal(9)}`,
          prod.hi.le(bd) ? 'holds' : prod.lo.gt(bd) ? 'refuted' : 'inconclusive',
          'the product enclosure',
        ),
      );
      rows.push([d, `1/${epsDen}`, T, N, fmtInterval(prod, 5), bd.toDecimal(5), `${k}/${n}`]);
      ran.push(label);
    }
    return {
      tests,
      configurationsRun: ran,
      tables: [
        {
          name: 't1_universal',
          title: 'Theorem 1, universal reading: all chains at 0',
          columns: ['d', 'ε', 'T', 'N', 'Π_i P(B^(i)_N = 0)', 'P(B^bd_N = 0)^m', 'observed'],
          rows,
        },
      ],
    };
  },
});

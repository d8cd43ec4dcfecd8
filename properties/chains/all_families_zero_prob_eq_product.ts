/**
 * # C3 `all_families_zero_prob_eq_product`
 *
 * Statement: the m = ⌊d/2⌋ families' broken-bin processes are independent, so
 * P(every family has no broken bin after N neurons) = Π_i P(B^{(i)}_N = 0) ≤ P(B^bd_N = 0)^m.
 *
 * Experiment: d = 6 (m = 3), seeded networks; the all-families event is decided exactly; the product
 * is exact (inclusion–exclusion enclosures, all families share T); Clopper–Pearson against it (n sized
 * so that a 5 % relative deviation is detected at the default depth with power ≥ 9/10). The
 * inequality with the chain bound is decided exactly and recorded as an exact test. The figure is the paper's Figure 2 for one
 * seeded network: each family's state line B_s over s, stacked.
 */
import { defineClaim, type StatClaim, type Figure } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { rawAllFamiliesAtZero, rawBrokenCountProcess } from '../../src/model/rawHits.js';
import { familiesAtZero } from '../../src/chain/binProbabilities.js';
import { bonferroni, exactTest, judgeProportionEquals, type StatTest } from '../../src/stats/judge.js';
import { fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { q } from '../../src/exact/Rational.js';
import { configurationGrid } from '../../src/claims/configurationGrid.js';
import { stackedStateLinesSpec } from '../../src/figures/stackedStateLines.js';

const ALPHA = q(1, 1000);
const GRID = configurationGrid(
  [
    { d: 6, T: 6, N: 40 },
    { d: 4, T: 8, N: 60 },
    { d: 5, T: 6, N: 40 }, // odd d: coordinate 5 in no family
  ].map((c) => ({ ...c, label: `d = ${c.d}, T = ${c.T}, N = ${c.N}` })),
  (c) => ({ d: String(c.d), m: String(Math.floor(c.d / 2)), T: String(c.T), N: String(c.N) }),
);
const CONFIGS = GRID.items;

export default defineClaim<StatClaim<null>>({
  id: 'all_families_zero_prob_eq_product',
  specRef: 'C3',
  paperRef: 'Figure 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'R-empty'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement:
    'P(every family has no broken bin after N neurons) = Π_i P(B^{(i)}_N = 0) ≤ P(B^bd_N = 0)^m (independent families).',
  smtNote:
    'Statistical: a probability over Gaussian networks whose values are Cauchy bin masses (atan/π, transcendental), outside polynomial real arithmetic; the pure-death chain law it is compared with is proved for all p by the polynomial encoding of C1.',
  uses: ['family_breakpoints_independent', 'broken_count_dominates_bd_chain'],
  expected: 'holds',
  hypotheses: 'Gaussian neurons; the m = ⌊d/2⌋ families use disjoint coordinates; all families share T.',
  domain:
    '(d, T, N) ∈ {(6, 6, 40), (4, 8, 60), (5, 6, 40)} over seeded networks; exact per-network decisions; Clopper–Pearson against the exact product.',
  proofSketch:
    'By P2 the families’ breakpoint sequences are independent, so the events "family i has no broken bin" are independent and the joint probability is the product; each factor is at most P(B^bd_N = 0) by C2.',
  parameters: [
    { name: 'd', description: 'input dimension (odd d: a coordinate in no family)', special: '2' },
    { name: 'm', description: 'number of families ⌊d/2⌋', special: '1' },
    { name: 'T', description: 'bins per family' },
    { name: 'N', description: 'hidden neurons' },
  ],
  configurations: GRID.configurations,
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 3000, full: 20000 }); // full: a 5 % relative deviation is detected with power ≥ 9/10
    const a = bonferroni(ALPHA, CONFIGS.length);
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    const ran: string[] = [];
    for (const [c, { d, T, N, label }] of CONFIGS.entries()) {
      const m = Math.floor(d / 2);
      let k = 0;
      for (let t = 0; t < n; t++) {
        if (t % 256 === 0 && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
        const raw = randomRawNetwork(`${ctx.seed}:C3:${c}:${t}`, N, d);
        if (rawAllFamiliesAtZero(raw, m, T)) k++;
      }
      const { product: prod, chainBound: bd } = familiesAtZero(T, N, m);
      tests.push(
        judgeProportionEquals(`d = ${d} (m = ${m}), T = ${T}, N = ${N}: P(all families at 0)`, k, n, prod, a, q(1, 12)),
      );
      tests.push(
        exactTest(
          `d = ${d} (m = ${m}), T = ${T}, N = ${N}: Π_i P(B^(i)_N = 0) ≤ P(B^bd_N = 0)^m`,
          'exact (inclusion–exclusion enclosures, exact chain law)',
          1,
          prod,
          `≤ ${bd.toDecimal(9)}`,
          prod.hi.le(bd) ? 'holds' : prod.lo.gt(bd) ? 'refuted' : 'inconclusive',
          'the product enclosure',
        ),
      );
      rows.push([d, m, T, N, fmtInterval(prod, 6), bd.toDecimal(6), prod.hi.le(bd) ? 'yes' : 'NO', `${k}/${n}`]);
      ran.push(label);
    }
    // Figure 2: stacked state lines of one seeded network
    const d = 8,
      T = 8,
      N = 120;
    const raw = randomRawNetwork(`${ctx.seed}:C3:figure`, N, d);
    const values: { s: number; state: number; family: string }[] = [];
    for (let i = 1; i <= d / 2; i++)
      rawBrokenCountProcess(raw, i, T).forEach((b, s) => values.push({ s, state: b, family: `family ${i}` }));
    const figure: Figure = {
      name: 'stacked_state_lines',
      title: 'Figure 2: the m broken-bin chains of one seeded network',
      spec: stackedStateLinesSpec(values, d, T),
    };
    return {
      tests,
      configurationsRun: ran,
      figures: [figure],
      tables: [
        {
          name: 'families_product',
          title: 'All families at 0: product formula vs real networks',
          columns: ['d', 'm', 'T', 'N', 'Π_i P(B^(i)_N = 0)', 'P(B^bd_N = 0)^m', 'product ≤ bound', 'observed'],
          rows,
        },
      ],
    };
  },
});

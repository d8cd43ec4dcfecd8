/**
 * # C2 `broken_count_dominates_bd_chain` (the coupling)
 *
 * Statement: let p_k = P(Cauchy ∈ B_k) and p̄ ≥ max_k p_k rational with T·p̄ ≤ 1. Then B_s ≥ B^bd_s in
 * a coupling, so P(B_s = 0) ≤ P(B^bd_s = 0) for every s, where B^bd is C1's pure-death chain with p̄.
 *
 * Checked two ways: exactly — P(B_s = 0) = Σ_K (−1)^{|K|}(1 − p_K)^s by inclusion–exclusion over the
 * true bin masses (rigorous enclosures) against C1's exact P(B^bd_s = 0), for T ≤ 12 and a range of
 * s ≥ T (for s < T both sides are 0) (a violation would be certified by the enclosure's lower end exceeding the bound); the
 * hypothesis on the bin masses (p_k ≤ p̄, T·p̄ ≤ 1) decided exactly on the enclosures; and by Monte
 * Carlo over real seeded networks (Clopper–Pearson, n sized so that a 5 % relative excess over the
 * chain bound is detected at the default depth with power ≥ 9/10). The figure sets the empirical absorption-time
 * distribution of real networks against both exact curves.
 */
import { defineClaim, type StatClaim, type Figure } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { rawAbsorptionTime } from '../../src/model/rawHits.js';
import { binMasses, pBarOf, allBinsHitEnclosure } from '../../src/chain/binProbabilities.js';
import { pureDeathZeroProbIE } from '../../src/chain/BirthDeathChain.js';
import { Interval } from '../../src/exact/Interval.js';
import { bonferroni, exactTest, judgeProportionAtMost, type StatTest } from '../../src/stats/judge.js';
import { pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { absorptionTimeSpec } from '../../src/figures/absorptionTime.js';
import { configurationGrid } from '../../src/claims/configurationGrid.js';

const ALPHA = q(1, 1000);
const EXACT_T = [2, 3, 4, 5, 6, 8, 10, 12];
const EXACT_S = [1, 2, 5, 10, 20, 50, 100, 200];
/** Monte Carlo configurations (the figure shows the last); family 2 of d = 5 besides family 1 of d = 2. */
const MC: { T: number; N: number; d: number; i: number; stream: string }[] = [
  { T: 8, N: 30, d: 5, i: 2, stream: 'C2:d5:2' },
  { T: 8, N: 30, d: 2, i: 1, stream: 'C2:0' },
  { T: 12, N: 50, d: 2, i: 1, stream: 'C2:1' },
  { T: 12, N: 100, d: 2, i: 1, stream: 'C2:2' },
];
const EXACT_LABEL = 'exact: inclusion–exclusion against the chain law';
const mcLabel = (c: (typeof MC)[number]) => `Monte Carlo: T = ${c.T}, N = ${c.N}, d = ${c.d}, family ${c.i}`;

/** The configuration grid: the exact (T, s) sweep and the Monte Carlo configurations. */
const GRID = configurationGrid(
  [
    {
      label: EXACT_LABEL,
      part: 'exact (rigorous enclosures)',
      T: EXACT_T.map(String),
      s: EXACT_S.map(String),
      d: ['—'],
      i: ['—'],
    },
    ...MC.map((c) => ({
      label: mcLabel(c),
      part: 'Monte Carlo over seeded networks',
      T: [String(c.T)],
      s: [String(c.N)],
      d: [String(c.d)],
      i: [String(c.i)],
    })),
  ],
  (c) => ({ part: c.part, T: c.T, 's (N)': c.s, d: c.d, i: c.i }),
);

/** Certificate input: one (T, s). */
interface Cert {
  T: number;
  s: number;
}

function exactPair(T: number, s: number): { ie: Interval; bd: Rational; pBar: Rational } {
  const m = binMasses(T);
  const pBar = pBarOf(m);
  return { ie: allBinsHitEnclosure(m, s), bd: pureDeathZeroProbIE(T, pBar, s), pBar };
}

export default defineClaim<StatClaim<Cert>>({
  id: 'broken_count_dominates_bd_chain',
  specRef: 'C2',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'R-empty'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement:
    'With p̄ ≥ max_k P(Cauchy ∈ B_k), T·p̄ ≤ 1: B_s ≥ B^bd_s in a coupling, so P(B_s = 0) ≤ P(B^bd_s = 0) for every s (B^bd the pure-death chain with p̄).',
  smtNote:
    'Statistical: a coupling of random processes, not a first-order formula; the pure-death law it is compared with is proved for all p by the polynomial encoding of C1.',
  uses: ['pure_death_zero_prob_eq_inclusion_exclusion', 'broken_count_nonincreasing', 'breakpoint_is_standard_cauchy'],
  expected: 'holds',
  hypotheses: 'p_k = P(Cauchy ∈ B_k); p̄ ≥ max_k p_k rational with T·p̄ ≤ 1.',
  domain:
    'exact: T ∈ {2,…,12}, s ∈ {1,…,200} (rigorous atan enclosures); Monte Carlo over seeded networks: (T, N) ∈ {(8, 30), (12, 50), (12, 100)} on family 1 of d = 2, and (8, 30) on family 2 of d = 5.',
  proofSketch:
    'Couple the two processes: at each step draw the new breakpoint’s bin; a bin k with mass p_k is hit at most as often as a coupon of mass p̄, so the true process never has fewer broken bins than the pure-death chain with p̄. Hence P(B_s = 0) ≤ P(B^bd_s = 0); exactly, inclusion–exclusion over the true masses is compared with C1.',
  check: ({ T, s }) => {
    const { ie, bd } = exactPair(T, s);
    return [rel(`P(B_s = 0) lower enclosure (T = ${T}, s = ${s})`, ie.lo, '<=', 'P(B^bd_s = 0) with p̄', bd)];
  },
  parameters: [
    { name: 'part', description: 'exact sweep or Monte Carlo' },
    { name: 'T', description: 'bins', special: '1' },
    { name: 's (N)', description: 'steps (neurons)' },
    { name: 'd', description: 'input dimension (Monte Carlo)' },
    { name: 'i', description: 'the family (Monte Carlo)' },
  ],
  configurations: GRID.configurations,
  run: (ctx) => {
    const tests: StatTest[] = [];
    const ran: string[] = [];
    // exact part
    let worstLo: Rational | undefined;
    let worstHi: Rational | undefined;
    let cert: Cert | undefined;
    let pairs = 0;
    // the bin masses: p_k ≤ p̄ for every k (rigorous enclosures) and T·p̄ ≤ 1, for every T used
    let massesOk = true;
    let massesDecided = true;
    let worstMassRatio = Rational.ZERO;
    for (const T of [...new Set([...EXACT_T, ...MC.map((c) => c.T)])]) {
      const m = binMasses(T);
      const pBar = pBarOf(m);
      if (Rational.of(T).mul(pBar).gt(Rational.ONE)) massesOk = false;
      for (const pk of m) {
        if (pk.lo.gt(pBar)) massesOk = false;
        else if (pk.hi.gt(pBar)) massesDecided = false;
        worstMassRatio = worstMassRatio.max(pk.hi.div(pBar));
      }
    }
    tests.push(
      exactTest(
        'exact: the bin masses p_k = P(Cauchy ∈ B_k) against p̄ (largest upper end of p_k/p̄ over all T used)',
        'exact (rigorous atan/π enclosures)',
        [...new Set([...EXACT_T, ...MC.map((c) => c.T)])].length,
        Interval.point(worstMassRatio),
        'p_k ≤ p̄ for every k, and T·p̄ ≤ 1',
        !massesOk ? 'refuted' : massesDecided ? 'holds' : 'inconclusive',
        'the bin-mass enclosures',
      ),
    );
    for (const T of EXACT_T)
      for (const s of EXACT_S) {
        if (s < T) continue; // both sides are 0: T bins need T draws (a shared edge has probability 0)
        pairs++;
        const { ie, bd } = exactPair(T, s);
        const dLo = ie.lo.sub(bd),
          dHi = ie.hi.sub(bd);
        if (worstHi === undefined || dHi.gt(worstHi)) worstHi = dHi;
        if (worstLo === undefined || dLo.gt(worstLo)) worstLo = dLo;
        if (dLo.sign() > 0 && !cert) cert = { T, s };
      }
    tests.push(
      exactTest(
        `exact: max over ${pairs} pairs (T, s), s ≥ T, of P(B_s = 0) − P(B^bd_s = 0)`,
        'exact (inclusion–exclusion, rigorous enclosures)',
        pairs,
        new Interval(worstLo!, worstHi!.max(worstLo!)),
        'difference ≤ 0',
        worstLo!.sign() > 0 ? 'refuted' : worstHi!.sign() <= 0 ? 'holds' : 'inconclusive',
        'the inclusion–exclusion enclosures',
      ),
    );
    ran.push(EXACT_LABEL);
    // Monte Carlo part
    const n = trialsFor(ctx, { ci: 2000, full: 25000 }); // full: a 5 % relative excess over the chain bound is detected with power ≥ 9/10
    const a = bonferroni(ALPHA, MC.length);
    const curves: { s: number; value: number; series: string }[] = [];
    for (const [c, cfg] of MC.entries()) {
      const { T, N, d, i, stream } = cfg;
      const times: number[] = [];
      for (let t = 0; t < n; t++) {
        if (t % 256 === 0 && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
        times.push(rawAbsorptionTime(randomRawNetwork(`${ctx.seed}:${stream}:${t}`, N, d), i, T));
      }
      const k = times.filter((x) => x >= 0).length;
      const m = binMasses(T);
      const bd = pureDeathZeroProbIE(T, pBarOf(m), N);
      tests.push(
        judgeProportionAtMost(
          `real networks: P(B_N = 0), T = ${T}, N = ${N}${d === 2 ? '' : ` (d = ${d}, family ${i})`}`,
          k,
          n,
          Interval.point(bd),
          a,
        ),
      );
      ran.push(mcLabel(cfg));
      if (c === MC.length - 1) {
        for (let s = 0; s <= N; s += 2) {
          curves.push({
            s,
            value: times.filter((x) => x >= 0 && x <= s).length / n,
            series: 'real networks (empirical)',
          });
          curves.push({
            s,
            value: allBinsHitEnclosure(m, s).lo.toNumber(),
            series: 'exact P(B_s = 0), true bin masses',
          });
          curves.push({
            s,
            value: pureDeathZeroProbIE(T, pBarOf(m), s).toNumber(),
            series: 'exact P(B^bd_s = 0), chain with p̄',
          });
        }
      }
    }
    const figure: Figure = {
      name: 'absorption_time_vs_bd_chain',
      title: 'Absorption time of real networks against the exact chain bound',
      spec: absorptionTimeSpec(curves, MC[MC.length - 1]!.T),
    };
    return {
      tests,
      configurationsRun: ran,
      figures: [figure],
      certificate: cert ? { input: cert, note: 'inclusion–exclusion enclosure above the chain bound' } : undefined,
    };
  },
});

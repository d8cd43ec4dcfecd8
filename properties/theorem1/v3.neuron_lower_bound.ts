/**
 * # `v3.neuron_lower_bound` — the v3 headline: neuron pruning needs Ω(1/ε) hidden units
 *
 * Reading: A1, D-cube, T1-fixed. Statement: for a fixed unit target with κ_1 > 0 and a fitting window,
 * N < πκ/(16ε) ⇒ P(∃S : g_S ε-approximates f) ≤ 1/2 — so N = Ω(κ/ε) neurons are needed for success
 * with probability > 1/2.
 *
 * Experiment: ε = 2^−4 … 2^−10, N = the largest integer with N·16ε < πκ (exact, via the π enclosure);
 * the exact bound 8Nε/(πκ) ≤ 1/2 is checked on enclosures, and the frequency of the necessary
 * condition (a breakpoint in the window, decided exactly; E7 makes APPROX a subset of it) over seeded
 * networks in d = 2 and d = 8 is judged ≤ 1/2 by Clopper–Pearson.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../../src/model/rawHits.js';
import { piEnclosure, Interval } from '../../src/exact/Interval.js';
import { windowFits } from '../../src/model/window.js';
import { bonferroni, exactTest, judgeProportionAtMost, type StatTest } from '../../src/stats/judge.js';
import { fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { familyOneTarget, fixedTargetBounds } from '../../src/model/fixedTarget.js';

const ALPHA = q(1, 1000);
const EXPONENTS = [4, 5, 6, 7, 8, 9, 10];
const DIMS = [2, 8];

export default defineClaim<StatClaim<null>>({
  id: 'v3.neuron_lower_bound',
  specRef: '§7 (T1-fixed)',
  paperRef: 'Theorem 1',
  versions: ['v3'],
  readings: ['A1', 'D-cube', 'T1-fixed'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'Neuron pruning needs Ω(1/ε) hidden units: for a fixed unit target, N < πκ/(16ε) ⇒ P(∃S : g_S ε-approximates f) ≤ 1/2.',
  smtNote: 'Statistical headline (a probability over Gaussian networks with atan/π window masses); its deterministic step E7 is proved for every N by the SMT encoding of breakpoint_near_target_of_approx.',
  uses: ['approx_prob_le_hit_prob_of_fixed_target', 'breakpoint_near_target_of_approx'],
  expected: 'holds',
  hypotheses: 'A fixed unit target with κ_1 > 0 and a fitting window (T1-fixed); N < πκ/(16ε).',
  domain: 'ε = 2^−4, …, 2^−10, N the largest integer with 16Nε < πκ (via a π enclosure), d ∈ {2, 8}, seeded networks.',
  proofSketch: 'From T1-fixed, the success probability is at most 8Nε/(πκ), which is below 1/2 when N < πκ/(16ε). So succeeding with probability above 1/2 needs N = Ω(κ/ε) = Ω(1/ε) for a fixed target with κ bounded below.',
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 1500, full: 12000 }); // full: a 5 % excess over 1/2 is detected with power ≥ 9/10 (10 000 gave 5.3 %)
    const a = bonferroni(ALPHA, EXPONENTS.length * DIMS.length + 1);
    const pi = piEnclosure();
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    let maxBound = Rational.ZERO;
    for (const e of EXPONENTS) {
      const eps = q(1, 2 ** e);
      for (const d of DIMS) {
        const f = familyOneTarget(d, q(12, 13), q(-5, 13));
        const kappa = q(12, 13);
        // largest N with N·16ε < π.lo·κ  (so N < πκ/(16ε) for sure)
        const N = Number(pi.lo.mul(kappa).div(eps.mul(q(16))).ceil()) - 1;
        const b = fixedTargetBounds(f, eps, N);
        if (!windowFits(b.tStar, b.r)) continue;
        maxBound = maxBound.max(b.linear.hi);
        const win = rawWindow(b.tStar, b.r);
        let hits = 0;
        for (let t = 0; t < n; t++) {
          if (t % 512 === 0 && pastDeadline(ctx)) return { tests, timedOut: true };
          if (firstHitIndex(randomRawNetwork(`${ctx.seed}:v3:${e}:${d}:${t}`, N, d), 1, win) >= 0) hits++;
        }
        tests.push(judgeProportionAtMost(`d = ${d}, ε = 2^−${e}, N = ${N} < πκ/(16ε): P(necessary condition) ≤ 1/2`, hits, n, Interval.point(Rational.HALF), a));
        rows.push([d, `2^-${e}`, N, fmtInterval(b.hit, 4), fmtInterval(b.linear, 4), `${hits}/${n}`]);
      }
    }
    tests.unshift(
      exactTest('exact: the largest 8Nε/(πκ) over the N used (upper end of its π enclosure)', 'exact (rigorous enclosure)', rows.length, Interval.point(maxBound), '≤ 1/2', maxBound.le(Rational.HALF) ? 'holds' : 'refuted', 'the upper end of the π enclosure'),
    );
    return {
      tests,
      tables: [{ name: 'v3_lower_bound', title: 'v3: N < πκ/(16ε) keeps the success probability ≤ 1/2 (w* = (12/13, −5/13, 0, …))', columns: ['d', 'ε', 'N', '1 − (1−p)^N', '8Nε/(πκ)', 'observed necessary condition'], rows }],
      evidence: {
        verdictSentence: tests.every((t) => t.judgement === 'holds')
          ? 'v3 (Ω(1/ε)) holds under T1-fixed: at N just below πκ/(16ε) the probability that any neuron-pruned subnetwork ε-approximates the fixed target stays ≤ 1/2, for ε down to 2^−10, in d = 2 and d = 8.'
          : 'v3 (Ω(1/ε)) is NOT supported under T1-fixed at some (d, ε): see the tests.',
      },
    };
  },
});

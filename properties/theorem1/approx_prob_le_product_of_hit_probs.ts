/**
 * # T1-product `approx_prob_le_product_of_hit_probs` (paper Theorem 1, product reading)
 *
 * Statement: P(∃S : g_S ε-approximates f) ≤ Π_i (1 − (1 − p_i)^N) over the families i where the
 * window fits (P2, E7).
 *
 * Experiment (d = 4, a unit target with both windows fitting): E7 makes {∃S ε-approximating} a subset
 * of {every fitting family has a breakpoint in its window} for every network (an exact claim), so
 * it suffices to measure the latter, whose probability is exactly the product (P2 + P3): its
 * frequency, decided exactly per network, is judged equal to the product's enclosure (n sized so that
 * an absolute error of 0.006 at p ≈ 0.16 — a 3.6 % relative deviation — is detected at the default
 * depth with power ≥ 9/10).
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../../src/model/rawHits.js';
import { TargetNeuron } from '../../src/model/Network.js';
import { targetBreakpoint, windowFits, windowRadius } from '../../src/model/window.js';
import { cauchyMassEnclosure, Interval } from '../../src/exact/Interval.js';
import { bonferroni, judgeProportionEquals, type StatTest } from '../../src/stats/judge.js';
import { enclosureOfOneMinusPow, fmtInterval, pastDeadline, roundOut, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';

const ALPHA = q(1, 1000);
// w* = (3/5·(12/13, −5/13), 4/5·(4/5, −3/5)): unit, t_1* = 5/12, t_2* = 3/4
const W = [q(36, 65), q(-15, 65), q(16, 25), q(-12, 25)];
const CONFIGS = [
  { eps: q(1, 64), N: 10 },
  { eps: q(1, 128), N: 40 },
];

export default defineClaim<StatClaim<null>>({
  id: 'approx_prob_le_product_of_hit_probs',
  specRef: 'T1-product',
  paperRef: 'Theorem 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'T1-product'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'P(∃S : g_S ε-approximates f) ≤ Π_i (1 − (1 − p_i)^N) over the families where the window fits.',
  smtNote: 'Statistical: a probability over Gaussian networks (Cauchy masses, atan/π: transcendental). The per-family step is E7\'s window, proved for every N by the SMT encoding of breakpoint_near_target_of_approx.',
  uses: ['breakpoint_near_target_of_approx', 'family_breakpoints_independent', 'hit_probability_eq'],
  expected: 'holds',
  hypotheses: 'A unit target whose windows fit in every family counted; independent Gaussian neurons.',
  domain: 'd = 4, w* = (36/65, −15/65, 16/25, −12/25), (ε, N) ∈ {(1/64, 10), (1/128, 40)}, seeded networks.',
  proofSketch: 'E7 applies in every family where the window fits, so success requires a hit in each; by P2 the per-family hit events are independent and by P3 each has probability 1 − (1 − p_i)^N, so the joint probability is their product.',
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 5000, full: 100000 }); // full: a 3.6 % relative deviation at p ≈ 0.16 is detected with power ≥ 9/10
    const a = bonferroni(ALPHA, CONFIGS.length);
    const f = new TargetNeuron(W);
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    for (const [c, { eps, N }] of CONFIGS.entries()) {
      const wins = [];
      let prod = Interval.point(Rational.ONE);
      for (let i = 1; i <= 2; i++) {
        const { tStar, kappa } = targetBreakpoint(f, i);
        const r = windowRadius(eps, kappa);
        if (!windowFits(tStar!, r)) continue;
        wins.push({ i, win: rawWindow(tStar!, r) });
        const h = enclosureOfOneMinusPow(cauchyMassEnclosure(tStar!.sub(r), tStar!.add(r)), N);
        prod = new Interval(roundOut(prod.lo.mul(h.lo), false), roundOut(prod.hi.mul(h.hi), true));
      }
      let k = 0;
      for (let t = 0; t < n; t++) {
        if (t % 512 === 0 && pastDeadline(ctx)) return { tests, timedOut: true };
        const raw = randomRawNetwork(`${ctx.seed}:T1p:${c}:${t}`, N, 4);
        if (wins.every(({ i, win }) => firstHitIndex(raw, i, win) >= 0)) k++;
      }
      tests.push(judgeProportionEquals(`ε = ${eps}, N = ${N}, ${wins.length} fitting families: P(every window hit) = Π_i (1 − (1−p_i)^N)`, k, n, prod, a, q(1, 15)));
      rows.push([eps.toString(), N, wins.length, fmtInterval(prod, 5), `${k}/${n}`]);
    }
    return { tests, tables: [{ name: 't1_product', title: 'Theorem 1, product reading (d = 4)', columns: ['ε', 'N', 'fitting families', 'Π_i (1 − (1−p_i)^N)', 'observed (every window hit)'], rows }] };
  },
});

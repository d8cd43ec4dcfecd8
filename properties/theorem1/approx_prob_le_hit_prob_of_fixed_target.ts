/**
 * # T1-fixed `approx_prob_le_hit_prob_of_fixed_target` (paper Theorem 1, fixed-target reading)
 *
 * Statement: for a fixed unit target with κ_i > 0 and |t_i*| + r_i < 1 (r_i = 4ε/κ_i),
 * P(∃S : g_S ε-approximates f) ≤ 1 − (1 − p_i)^N ≤ 8Nε/(πκ_i), p_i the Cauchy mass of the window.
 *
 * Experiment: (1) d = 2 and N ≤ 14 (brute force over all subsets) and N = 40 (branch and bound,
 * `decideNeuronPruningBnB`): the exact decision (APPROX with a witness S, or NO with a certificate:
 * the empty window, the exact minimum, or the exhaustive search record) for every seeded network; the APPROX frequency is judged against 1 − (1 − p)^N;
 * (2) any d: the frequency of the necessary condition (a breakpoint in the window, decided exactly)
 * is judged against 8Nε/(πκ). Clopper–Pearson, Bonferroni over all sampled tests. The deterministic
 * half of the statement — the window fits and 1 − (1 − p)^N ≤ 8Nε/(πκ) — is decided exactly per
 * configuration on rigorous enclosures. Power: the breakpoint tests detect a 5 % excess over
 * 8Nε/(πκ) at the default depth; the exact decisions (d = 2) cost ~10 ms each, so their tests state a
 * weaker power (see each test).
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { exactNetwork, randomRawNetwork } from '../../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../../src/model/rawHits.js';
import { TargetNeuron } from '../../src/model/Network.js';
import { decideNeuronPruning } from '../../src/model/exactDecision.js';
import { decideNeuronPruningBnB } from '../../src/model/exactDecisionBnB.js';
import { bonferroni, exactTest, judgeProportionAtMost, type StatTest } from '../../src/stats/judge.js';
import { fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { familyOneTarget, fixedTargetBounds } from '../../src/model/fixedTarget.js';

const ALPHA = q(1, 1000);

/** A fixed-target configuration. */
export interface FixedConfig {
  w: Rational[];
  eps: Rational;
  N: number;
}

/**
 * The exact half of T1-fixed for one configuration: the window fits (|t*| + r < 1) and
 * 1 − (1 − p)^N ≤ 8Nε/(πκ), decided on rigorous enclosures (holds when the upper end of the left
 * side is at most the lower end of the right side).
 */
export function boundsTest(label: string, b: ReturnType<typeof fixedTargetBounds>): StatTest {
  const fits = b.tStar.abs().add(b.r).lt(Rational.ONE);
  const judgement = !fits ? 'refuted' : b.hit.hi.le(b.linear.lo) ? 'holds' : b.hit.lo.gt(b.linear.hi) ? 'refuted' : 'inconclusive';
  return exactTest(`${label}: |t*| + r < 1 and 1 − (1−p)^N ≤ 8Nε/(πκ)`, 'exact (rigorous atan/π enclosures)', 1, b.hit, `≤ 8Nε/(πκ) ∈ ${fmtInterval(b.linear, 9)}`, judgement, 'the enclosure of 1 − (1−p)^N');
}

const EXACT: FixedConfig[] = [
  { w: [q(12, 13), q(-5, 13)], eps: q(1, 64), N: 11 },
  { w: [q(4, 5), q(-3, 5)], eps: q(1, 32), N: 5 },
  { w: [q(12, 13), q(-5, 13)], eps: q(1, 32), N: 14 },
  { w: [q(12, 13), q(-5, 13)], eps: q(1, 128), N: 40 },
];
/** Above this N the exact decision is branch and bound (brute force enumerates 2^N subsets). */
const BRUTE_MAX_N = 14;
const ANY_D: (FixedConfig & { d: number })[] = [
  { d: 4, w: [q(12, 13), q(-5, 13)], eps: q(1, 128), N: 20 },
  { d: 8, w: [q(3, 5), q(4, 5)].map((x, k) => (k === 0 ? q(4, 5) : q(-3, 5))), eps: q(1, 256), N: 40 },
];

export default defineClaim<StatClaim<null>>({
  id: 'approx_prob_le_hit_prob_of_fixed_target',
  specRef: 'T1-fixed',
  paperRef: 'Theorem 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'T1-fixed'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'For a fixed unit target with κ_i > 0 and |t_i*| + r_i < 1: P(∃S : g_S ε-approximates f) ≤ 1 − (1 − p_i)^N ≤ 8Nε/(πκ_i).',
  smtNote: 'Statistical: a probability over Gaussian networks (the window\'s Cauchy mass involves atan/π, transcendental). Its deterministic step, E7\'s window, is proved for every N by the SMT encoding of breakpoint_near_target_of_approx; its exact decisions use branch and bound (decideNeuronPruningBnB).',
  uses: ['breakpoint_near_target_of_approx', 'hit_probability_eq'],
  expected: 'holds',
  hypotheses: 'A fixed unit target with κ_i > 0 and |t_i*| + r_i < 1, r_i = 4ε/κ_i; Gaussian networks of N neurons.',
  domain: 'exact decisions for d = 2 with (w*, ε, N) ∈ {((12/13, −5/13), 1/64, 11), ((4/5, −3/5), 1/32, 5), ((12/13, −5/13), 1/32, 14), ((12/13, −5/13), 1/128, 40)}; the necessary condition for d ∈ {4, 8}, N ∈ {20, 40}; seeded networks.',
  proofSketch: 'By E7 an ε-approximating subset needs a breakpoint within r_i of t_i*; by P3 that event has probability 1 − (1 − p_i)^N ≤ Np_i ≤ 2Nr_i/π = 8Nε/(πκ_i).',
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 150, full: 1000 });
    const nAny = trialsFor(ctx, { ci: 3000, full: 20000 });
    const a = bonferroni(ALPHA, EXACT.length + ANY_D.length);
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    for (const [c, cfg] of EXACT.entries()) {
      const f = new TargetNeuron(cfg.w);
      const b = fixedTargetBounds(f, cfg.eps, cfg.N);
      const bnb = cfg.N > BRUTE_MAX_N;
      // branch and bound costs ~0.1 s per network at N = 40: fewer trials, a weaker stated power
      const nc = bnb ? trialsFor(ctx, { ci: 40, full: 400 }) : n;
      let approx = 0, windowCert = 0, exactCert = 0;
      for (let t = 0; t < nc; t++) {
        if ((bnb || t % 16 === 0) && pastDeadline(ctx)) return { tests, timedOut: true };
        const g = exactNetwork(randomRawNetwork(`${ctx.seed}:T1f:${c}:${t}`, cfg.N, 2));
        const dec = bnb ? decideNeuronPruningBnB(f, g, cfg.eps, { deadline: ctx }) : decideNeuronPruning(f, g, cfg.eps);
        if (dec.answer === 'APPROX') approx++;
        else if (dec.certificate.kind === 'window') windowCert++;
        else exactCert++;
      }
      tests.push(judgeProportionAtMost(`d = 2, w* = (${cfg.w.join(', ')}), ε = ${cfg.eps}, N = ${cfg.N}: APPROX (exact decision${bnb ? ', branch and bound' : ''}) ≤ 1 − (1−p)^N`, approx, nc, b.hit, a));
      tests.push(boundsTest(`d = 2, w* = (${cfg.w.join(', ')}), ε = ${cfg.eps}, N = ${cfg.N}`, b));
      rows.push([2, `(${cfg.w.join(', ')})`, cfg.eps.toString(), cfg.N, fmtInterval(b.hit, 4), fmtInterval(b.linear, 4), `${approx}/${nc} APPROX; NO: ${windowCert} window, ${exactCert} ${bnb ? 'exhaustive search' : 'exact-minimum'}`]);
    }
    for (const [c, cfg] of ANY_D.entries()) {
      const f = familyOneTarget(cfg.d, cfg.w[0]!, cfg.w[1]!);
      const b = fixedTargetBounds(f, cfg.eps, cfg.N);
      const win = rawWindow(b.tStar, b.r);
      let hits = 0;
      for (let t = 0; t < nAny; t++) {
        if (t % 512 === 0 && pastDeadline(ctx)) return { tests, timedOut: true };
        if (firstHitIndex(randomRawNetwork(`${ctx.seed}:T1f:any:${c}:${t}`, cfg.N, cfg.d), 1, win) >= 0) hits++;
      }
      tests.push(judgeProportionAtMost(`d = ${cfg.d}, ε = ${cfg.eps}, N = ${cfg.N}: necessary condition (exact breakpoint test) ≤ 8Nε/(πκ)`, hits, nAny, b.linear, a));
      tests.push(boundsTest(`d = ${cfg.d}, ε = ${cfg.eps}, N = ${cfg.N}`, b));
      rows.push([cfg.d, `(${cfg.w.join(', ')}, 0, …)`, cfg.eps.toString(), cfg.N, fmtInterval(b.hit, 4), fmtInterval(b.linear, 4), `${hits}/${nAny} with a breakpoint in the window`]);
    }
    return { tests, tables: [{ name: 't1_fixed', title: 'Theorem 1, fixed target: observed frequencies against the bounds', columns: ['d', 'w*', 'ε', 'N', '1 − (1−p)^N', '8Nε/(πκ)', 'observed'], rows }] };
  },
});

/**
 * # `v2.weight_upper_bound@A1` — W2: O(d log(1/ε)) neurons suffice for every target (reading A1) — false
 *
 * Statement (v1/v2 headline, reading A1): with N = O(d·log(1/ε)) hidden neurons, with high
 * probability some weight-pruned subnetwork ε-approximates every unit target.
 *
 * Refutation: take w* = (12/13, −5/13, 0, …) (t_1* = 5/12, κ = 12/13) and r = 4ε/κ with
 * r < |t_1*| < 1 − r. By E12 every breakpoint of a weight-pruned network along family 1 is some
 * t_1(w_j) or 0, and 0 is farther than r from t*; by E7 an ε-approximation needs one within r. So a
 * network none of whose N breakpoints lies within r of t* has no good mask at all — an exact
 * certificate, stored as a replayable counterexample. At N = ⌈C·d·log₂(1/ε)⌉ (C = 4) the frequency of
 * networks that could possibly work is judged against "at least 1/2" (the weakest "with high
 * probability"), by Clopper–Pearson.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { fact, rel, type Relation } from '../../src/claims/Relation.js';
import { exactNetwork, randomRawNetwork } from '../../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../../src/model/rawHits.js';
import { targetBreakpoint, windowHit, windowRadius } from '../../src/model/window.js';
import { Interval } from '../../src/exact/Interval.js';
import { bonferroni, judgeProportionAtLeast, type StatTest } from '../../src/stats/judge.js';
import { fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { familyOneTarget, fixedTargetBounds } from '../../src/model/fixedTarget.js';

const ALPHA = q(1, 1000);
const C = 4;
const D = 4;
const EXPS = [10, 12, 14];

/** A certificate: the seeded network (regenerated exactly from its seed) and the window. */
export interface W2Certificate {
  seed: string;
  N: number;
  d: number;
  eps: Rational;
  w: Rational[];
}

export default defineClaim<StatClaim<W2Certificate>>({
  id: 'v2.weight_upper_bound@A1',
  specRef: '§7 (W2)',
  paperRef: null,
  versions: ['v1', 'v2'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'With N = O(d log(1/ε)) neurons, w.h.p. weight pruning ε-approximates every unit target (reading A1) — refuted by E12 + E7 with exact certificates.',
  smtNote: 'Statistical headline about random networks; its refutation rests on E12 + E7, which carry SMT proofs (weight_pruned_breakpoints_subset, breakpoint_near_target_of_approx).',
  uses: ['weight_pruned_breakpoints_subset', 'breakpoint_near_target_of_approx', 'hit_probability_eq'],
  expected: 'refuted',
  hypotheses: 'Reading A1 (no output ReLU); every unit target; N = ⌈C·d·log₂(1/ε)⌉ with C = 4.',
  domain: 'd = 4, w* = (12/13, −5/13, 0, 0), ε ∈ {2^−10, 2^−12, 2^−14}, seeded networks.',
  proofSketch: 'For this target t_1* = 5/12 and κ = 12/13, and the window of radius r = 4ε/κ around t_1* excludes 0. By E12 every breakpoint of a weight-pruned network lies among the t_1(w_j) and 0, and by E7 an approximation needs one within r; so a network with no t_1(w_j) in the window has no good mask. That event has probability ≥ (1 − 8ε/(πκ))^N → 1 as ε → 0 at N = O(d log(1/ε)), so the claim fails; each failing network is a replayable certificate.',
  check: ({ seed, N, d, eps, w }) => {
    const f = familyOneTarget(d, w[0]!, w[1]!);
    const { tStar, kappa } = targetBreakpoint(f, 1);
    const r = windowRadius(eps, kappa);
    const g = exactNetwork(randomRawNetwork(seed, N, d));
    const rels: Relation[] = [
      rel('r = 4ε/κ', r, '<', '|t*| (so the extra breakpoint 0 of E12 is outside the window)', tStar!.abs()),
      rel('|t*| + r', tStar!.abs().add(r), '<', '1 (the window fits, E7 applies)', Rational.ONE),
      fact(`some neuron of the seeded network (N = ${N}) has |t_1(w_j) − t*| ≤ r — necessary for any mask to reach ε (E12 + E7)`, windowHit(g, 1, tStar!, r)),
    ];
    return rels;
  },
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 400, full: 2000 });
    const a = bonferroni(ALPHA, EXPS.length);
    const w = [q(12, 13), q(-5, 13)];
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    let certificate: { input: W2Certificate; note: string } | undefined;
    for (const e of EXPS) {
      const eps = q(1, 2 ** e);
      const N = Math.ceil(C * D * e);
      const f = familyOneTarget(D, w[0]!, w[1]!);
      const b = fixedTargetBounds(f, eps, N);
      const win = rawWindow(b.tStar, b.r);
      let possible = 0;
      for (let t = 0; t < n; t++) {
        if (t % 256 === 0 && pastDeadline(ctx)) return { tests, timedOut: true };
        const seed = `${ctx.seed}:W2:${e}:${t}`;
        if (firstHitIndex(randomRawNetwork(seed, N, D), 1, win) >= 0) possible++;
        else if (!certificate && e === EXPS[EXPS.length - 1]) certificate = { input: { seed, N, d: D, eps, w }, note: `no breakpoint within r of t* among the N = ${N} = ⌈${C}·${D}·log₂(1/ε)⌉ neurons: no mask can reach ε = ${eps} (E12 + E7)` };
      }
      tests.push(judgeProportionAtLeast(`d = ${D}, ε = 2^−${e}, N = ⌈${C}·d·log₂(1/ε)⌉ = ${N}: P(some mask ε-approximates) ≥ 1/2`, possible, n, Interval.point(Rational.HALF), a));
      rows.push([`2^-${e}`, N, fmtInterval(b.hit, 5), fmtInterval(b.linear, 5), `${possible}/${n}`]);
    }
    return {
      tests,
      certificate,
      tables: [{ name: 'w2', title: `W2: weight pruning at N = ⌈${C}·d·log₂(1/ε)⌉, d = ${D}, w* = (12/13, −5/13, 0, 0)`, columns: ['ε', 'N', 'P(a breakpoint within r) = 1 − (1−p)^N', '≤ 8Nε/(πκ)', 'networks where some mask could work'], rows }],
      evidence: {
        verdictSentence: tests.some((t) => t.judgement === 'refuted')
          ? `W2 (v1/v2, reading A1) is refuted: at N = ⌈${C}·d·log₂(1/ε)⌉ the probability that any mask works is at most 1 − (1 − p)^N ≤ 8Nε/(πκ) → 0 as ε → 0, and the observed frequencies fall below 1/2; the stored certificate is a seeded network with no breakpoint in the window, replayable exactly.`
          : 'W2 was not refuted at these (d, ε): see the tests.',
      },
    };
  },
});

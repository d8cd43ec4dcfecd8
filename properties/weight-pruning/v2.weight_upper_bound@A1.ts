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
 * probability"), by Clopper–Pearson. Configuration grid: d = 4 with ε ∈ {2^−10, 2^−12, 2^−14}, and at
 * ε = 2^−12 a target off family 1 in d = 3 ((2/3, 1/3, 2/3), κ = 2/3), one with w*_1 < 0 in d = 8, and
 * one on family 2 of d = 4, off it ((0, 2/3, −2/3, 1/3), κ_2 = 2/3).
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
import { TargetNeuron } from '../../src/model/Network.js';
import {
  configurationGrid,
  fmtQ,
  targetParams,
  TARGET_PARAMETERS,
  type GridItem,
} from '../../src/claims/configurationGrid.js';

const ALPHA = q(1, 1000);
const C = 4;

/** A W2 configuration; `w` is the full target (or its first two coordinates, zero-padded to d). */
interface W2Config extends GridItem {
  readonly d: number;
  readonly i: number;
  readonly w: readonly Rational[];
  readonly e: number;
  readonly stream: string;
  /** The configuration whose first failing network is stored as the certificate. */
  readonly certify: boolean;
}

const targetOf = (d: number, w: readonly Rational[]) =>
  w.length === d ? new TargetNeuron(w) : familyOneTarget(d, w[0]!, w[1]!);
const W_12_13 = [q(12, 13), q(-5, 13)];
const w2 = (d: number, w: readonly Rational[], e: number, stream: string, certify = false, i = 1): W2Config => ({
  label: `d = ${d}${i === 1 ? '' : `, family ${i}`}, w* = (${targetOf(d, w).w.map(fmtQ).join(', ')}), ε = 2^−${e}`,
  d,
  i,
  w,
  e,
  stream,
  certify,
});

/** The configuration grid. */
export const W2_GRID = configurationGrid<W2Config>(
  [
    w2(4, W_12_13, 10, 'W2:10'),
    w2(4, W_12_13, 12, 'W2:12'),
    w2(4, W_12_13, 14, 'W2:14', true),
    w2(3, [q(2, 3), q(1, 3), q(2, 3)], 12, 'W2:d3:12'),
    w2(8, [q(-4, 5), q(3, 5), ...Array.from({ length: 6 }, () => Rational.ZERO)], 12, 'W2:d8:12'),
    // family 2, off it (mass on e_2): t_2* = 1/2, κ_2 = 2/3, w*_3 < 0
    w2(4, [Rational.ZERO, q(2, 3), q(-2, 3), q(1, 3)], 12, 'W2:f2:12', false, 2),
  ],
  (c) => ({ ...targetParams(targetOf(c.d, c.w), c.i), ε: `2^−${c.e}`, N: String(Math.ceil(C * c.d * c.e)) }),
);

/** A certificate: the seeded network (regenerated exactly from its seed) and the window. */
export interface W2Certificate {
  seed: string;
  N: number;
  d: number;
  eps: Rational;
  w: Rational[];
  /** The family carrying the window (default 1). */
  i?: number;
}

export default defineClaim<StatClaim<W2Certificate>>({
  id: 'v2.weight_upper_bound@A1',
  specRef: '§7 (W2)',
  paperRef: null,
  versions: ['v1', 'v2'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement:
    'With N = O(d log(1/ε)) neurons, w.h.p. weight pruning ε-approximates every unit target (reading A1) — refuted by E12 + E7 with exact certificates.',
  smtNote:
    'Statistical headline about random networks; its refutation rests on E12 + E7, which carry SMT proofs (weight_pruned_breakpoints_subset, breakpoint_near_target_of_approx).',
  uses: ['weight_pruned_breakpoints_subset', 'breakpoint_near_target_of_approx', 'hit_probability_eq'],
  expected: 'refuted',
  hypotheses: 'Reading A1 (no output ReLU); every unit target; N = ⌈C·d·log₂(1/ε)⌉ with C = 4.',
  domain:
    'd = 4, w* = (12/13, −5/13, 0, 0), ε ∈ {2^−10, 2^−12, 2^−14}; at ε = 2^−12 also d = 3, w* = (2/3, 1/3, 2/3) (off family 1), d = 8, w* = (−4/5, 3/5, 0, …), and family 2 of d = 4, w* = (0, 2/3, −2/3, 1/3); seeded networks.',
  proofSketch:
    'For this target t_1* = 5/12 and κ = 12/13, and the window of radius r = 4ε/κ around t_1* excludes 0. By E12 every breakpoint of a weight-pruned network lies among the t_1(w_j) and 0, and by E7 an approximation needs one within r; so a network with no t_1(w_j) in the window has no good mask. That event has probability ≥ (1 − 8ε/(πκ))^N → 1 as ε → 0 at N = O(d log(1/ε)), so the claim fails; each failing network is a replayable certificate.',
  check: ({ seed, N, d, eps, w, i = 1 }) => {
    const f = targetOf(d, w);
    const { tStar, kappa } = targetBreakpoint(f, i);
    const r = windowRadius(eps, kappa);
    const g = exactNetwork(randomRawNetwork(seed, N, d));
    const rels: Relation[] = [
      rel('r = 4ε/κ', r, '<', '|t*| (so the extra breakpoint 0 of E12 is outside the window)', tStar!.abs()),
      rel('|t*| + r', tStar!.abs().add(r), '<', '1 (the window fits, E7 applies)', Rational.ONE),
      fact(
        `some neuron of the seeded network (N = ${N}) has |t_${i}(w_j) − t*| ≤ r — necessary for any mask to reach ε (E12 + E7)`,
        windowHit(g, i, tStar!, r),
      ),
    ];
    return rels;
  },
  parameters: [
    ...TARGET_PARAMETERS,
    { name: 'ε', description: 'accuracy' },
    { name: 'N', description: '⌈C·d·log₂(1/ε)⌉, C = 4' },
  ],
  configurations: W2_GRID.configurations,
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 400, full: 2000 });
    const a = bonferroni(ALPHA, W2_GRID.items.length);
    const tests: StatTest[] = [];
    const rows: (string | number)[][] = [];
    const ran: string[] = [];
    let certificate: { input: W2Certificate; note: string } | undefined;
    for (const { d, i, w, e, stream, certify, label } of W2_GRID.items) {
      const eps = q(1, 2 ** e);
      const N = Math.ceil(C * d * e);
      const f = targetOf(d, w);
      const b = fixedTargetBounds(f, eps, N, i);
      const win = rawWindow(b.tStar, b.r);
      let possible = 0;
      for (let t = 0; t < n; t++) {
        if (t % 256 === 0 && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
        const seed = `${ctx.seed}:${stream}:${t}`;
        if (firstHitIndex(randomRawNetwork(seed, N, d), i, win) >= 0) possible++;
        else if (!certificate && certify)
          certificate = {
            input: { seed, N, d, eps, w: [...w] },
            note: `no breakpoint within r of t* among the N = ${N} = ⌈${C}·${d}·log₂(1/ε)⌉ neurons: no mask can reach ε = ${eps} (E12 + E7)`,
          };
      }
      const where =
        d === 4 && i === 1
          ? `d = ${d}`
          : `d = ${d}${i === 1 ? '' : `, family ${i}`}, w* = (${f.w.map(fmtQ).join(', ')})`;
      tests.push(
        judgeProportionAtLeast(
          `${where}, ε = 2^−${e}, N = ⌈${C}·d·log₂(1/ε)⌉ = ${N}: P(some mask ε-approximates) ≥ 1/2`,
          possible,
          n,
          Interval.point(Rational.HALF),
          a,
        ),
      );
      rows.push([
        d,
        i,
        `(${f.w.map(fmtQ).join(', ')})`,
        `2^-${e}`,
        N,
        fmtInterval(b.hit, 5),
        fmtInterval(b.linear, 5),
        `${possible}/${n}`,
      ]);
      ran.push(label);
    }
    return {
      tests,
      certificate,
      configurationsRun: ran,
      tables: [
        {
          name: 'w2',
          title: `W2: weight pruning at N = ⌈${C}·d·log₂(1/ε)⌉`,
          columns: [
            'd',
            'family',
            'w*',
            'ε',
            'N',
            'P(a breakpoint within r) = 1 − (1−p)^N',
            '≤ 8Nε/(πκ)',
            'networks where some mask could work',
          ],
          rows,
        },
      ],
      evidence: {
        verdictSentence: tests.some((t) => t.judgement === 'refuted')
          ? `W2 (v1/v2, reading A1) is refuted: at N = ⌈${C}·d·log₂(1/ε)⌉ the probability that any mask works is at most 1 − (1 − p)^N ≤ 8Nε/(πκ) → 0 as ε → 0, and the observed frequencies fall below 1/2; the stored certificate is a seeded network with no breakpoint in the window, replayable exactly.`
          : 'W2 was not refuted at these (d, ε): see the tests.',
      },
    };
  },
});

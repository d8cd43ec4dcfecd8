/**
 * # P2 `family_breakpoints_independent`
 *
 * Statement: for w ~ N(0, I_d), the breakpoints t_1(w), …, t_m(w) of the m = ⌊d/2⌋ families are
 * independent (they use disjoint coordinates).
 *
 * Experiment (d = 4): n seeded vectors; the four cells {|t_1| ≤ 1 or not} × {|t_2| ≤ 1 or not} and
 * the four sign cells {t_1 ≤ 0 or not} × {t_2 ≤ 0 or not} must each have probability exactly
 * 1/2 · 1/2 = 1/4 (P1 gives the marginals 1/2); Clopper–Pearson per cell, Bonferroni over 8 cells.
 * All cell memberships are decided exactly on the sampled doubles.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { Interval } from '../../src/exact/Interval.js';
import { bonferroni, judgeProportionEquals } from '../../src/stats/judge.js';
import { trialsFor } from '../../src/claims/statHelpers.js';
import { checkDeadline } from '../../src/util/checkDeadline.js';
import { q } from '../../src/exact/Rational.js';

const ALPHA = q(1, 1000);

export default defineClaim<StatClaim<null>>({
  id: 'family_breakpoints_independent',
  specRef: 'P2',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'For w ~ N(0, I_d), t_1(w), …, t_m(w) are independent (disjoint coordinates).',
  smtNote: 'Statistical: independence of random variables (a statement about a joint law), not a first-order formula over real parameters; judged from seeds.',
  uses: ['breakpoint_is_standard_cauchy'],
  expected: 'holds',
  hypotheses: 'w ~ N(0, I_d); families use disjoint coordinate pairs.',
  domain: 'd = 4 (two families), seeded samples; 8 cells (|t| ≤ 1 and sign cells) each judged equal to 1/4 by Clopper–Pearson with Bonferroni.',
  proofSketch: 'Each t_i is a function of the coordinates (w_{2i−1}, w_{2i}) only, and these pairs are independent for a standard Gaussian vector, so the t_i are independent; with P1 each cell has probability 1/4.',
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 8000, full: 40000 });
    const raw = randomRawNetwork(`${ctx.seed}:P2`, n, 4);
    checkDeadline(ctx);
    const unit = [0, 0, 0, 0];
    const sign = [0, 0, 0, 0];
    for (let j = 0; j < n; j++) {
      if (j % 4096 === 0) checkDeadline(ctx);
      const [a1, b1, a2, b2] = [raw.w[4 * j]!, raw.w[4 * j + 1]!, raw.w[4 * j + 2]!, raw.w[4 * j + 3]!];
      const u1 = Math.abs(b1) <= Math.abs(a1) ? 1 : 0;
      const u2 = Math.abs(b2) <= Math.abs(a2) ? 1 : 0;
      // t = −b/a ≤ 0 ⟺ a·b ≥ 0 (signs only: exact); a = 0 never happens for Gaussian doubles in practice, counted as t > 0
      const s1 = a1 !== 0 && Math.sign(a1) * Math.sign(b1) >= 0 ? 1 : 0;
      const s2 = a2 !== 0 && Math.sign(a2) * Math.sign(b2) >= 0 ? 1 : 0;
      unit[2 * u1 + u2]!++;
      sign[2 * s1 + s2]!++;
    }
    checkDeadline(ctx);
    const a = bonferroni(ALPHA, 8);
    const quarter = Interval.point(q(1, 4));
    const names = ['no/no', 'no/yes', 'yes/no', 'yes/yes'];
    return {
      tests: [
        ...unit.map((k, c) => judgeProportionEquals(`P(|t_1| ≤ 1: ${names[c]!.split('/')[0]}, |t_2| ≤ 1: ${names[c]!.split('/')[1]}) = 1/4`, k, n, quarter, a, q(1, 20))),
        ...sign.map((k, c) => judgeProportionEquals(`P(t_1 ≤ 0: ${names[c]!.split('/')[0]}, t_2 ≤ 0: ${names[c]!.split('/')[1]}) = 1/4`, k, n, quarter, a, q(1, 20))),
      ],
      evidence: { n, unitCells: unit, signCells: sign },
    };
  },
});

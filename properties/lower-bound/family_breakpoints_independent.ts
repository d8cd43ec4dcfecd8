/**
 * # P2 `family_breakpoints_independent`
 *
 * Statement: for w ~ N(0, I_d), the breakpoints t_1(w), …, t_m(w) of the m = ⌊d/2⌋ families are
 * independent (they use disjoint coordinates).
 *
 * Experiment (d = 4): n seeded vectors; the four cells {|t_1| ≤ 1 or not} × {|t_2| ≤ 1 or not} and
 * the four sign cells {t_1 ≤ 0 or not} × {t_2 ≤ 0 or not} must each have probability exactly
 * 1/2 · 1/2 = 1/4 (P1 gives the marginals 1/2); Clopper–Pearson per cell, Bonferroni over 8 cells.
 * All cell memberships are decided exactly on the sampled doubles. Configuration grid: families 1
 * and 2 of d = 4, and families 1 and 3 of d = 7.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { Interval } from '../../src/exact/Interval.js';
import { bonferroni, judgeProportionEquals } from '../../src/stats/judge.js';
import { trialsFor } from '../../src/claims/statHelpers.js';
import { checkDeadline } from '../../src/util/checkDeadline.js';
import { q } from '../../src/exact/Rational.js';
import type { StatTest } from '../../src/stats/judge.js';
import type { Json } from '../../src/claims/codec.js';
import { configurationGrid } from '../../src/claims/configurationGrid.js';

const ALPHA = q(1, 1000);

/** The configuration grid: families (1, 2) of d = 4, and (1, 3) of d = 7 (m = 3, a coordinate in no family). */
const P2_GRID = configurationGrid(
  [
    { label: 'd = 4, families 1 and 2', d: 4, families: [1, 2] as const, stream: 'P2' },
    { label: 'd = 7, families 1 and 3', d: 7, families: [1, 3] as const, stream: 'P2:d7:1:3' },
  ],
  (c) => ({ d: String(c.d), families: c.families.map(String) }),
);

export default defineClaim<StatClaim<null>>({
  id: 'family_breakpoints_independent',
  specRef: 'P2',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'For w ~ N(0, I_d), t_1(w), …, t_m(w) are independent (disjoint coordinates).',
  smtNote:
    'Statistical: independence of random variables (a statement about a joint law), not a first-order formula over real parameters; judged from seeds.',
  uses: ['breakpoint_is_standard_cauchy'],
  expected: 'holds',
  hypotheses: 'w ~ N(0, I_d); families use disjoint coordinate pairs.',
  domain:
    'd = 4 (families 1, 2) and d = 7 (families 1, 3), seeded samples; per pair 8 cells (|t| ≤ 1 and sign cells) each judged equal to 1/4 by Clopper–Pearson with Bonferroni.',
  proofSketch:
    'Each t_i is a function of the coordinates (w_{2i−1}, w_{2i}) only, and these pairs are independent for a standard Gaussian vector, so the t_i are independent; with P1 each cell has probability 1/4.',
  check: () => [],
  parameters: [
    { name: 'd', description: 'input dimension', special: '2' },
    { name: 'families', description: 'the pair of families (i, i′) whose breakpoints are crossed' },
  ],
  configurations: P2_GRID.configurations,
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 8000, full: 40000 });
    const a = bonferroni(ALPHA, 8 * P2_GRID.items.length);
    const quarter = Interval.point(q(1, 4));
    const names = ['no/no', 'no/yes', 'yes/no', 'yes/yes'];
    const tests: StatTest[] = [];
    const evidence: Record<string, Json> = { n };
    const ran: string[] = [];
    for (const cfg of P2_GRID.items) {
      const raw = randomRawNetwork(`${ctx.seed}:${cfg.stream}`, n, cfg.d);
      checkDeadline(ctx);
      const unit = [0, 0, 0, 0];
      const sign = [0, 0, 0, 0];
      const [i1, i2] = cfg.families;
      for (let j = 0; j < n; j++) {
        if (j % 4096 === 0) checkDeadline(ctx);
        const o = cfg.d * j;
        const [a1, b1, a2, b2] = [
          raw.w[o + 2 * i1 - 2]!,
          raw.w[o + 2 * i1 - 1]!,
          raw.w[o + 2 * i2 - 2]!,
          raw.w[o + 2 * i2 - 1]!,
        ];
        const u1 = Math.abs(b1) <= Math.abs(a1) ? 1 : 0;
        const u2 = Math.abs(b2) <= Math.abs(a2) ? 1 : 0;
        // t = −b/a ≤ 0 ⟺ a·b ≥ 0 (signs only: exact); a = 0 never happens for Gaussian doubles in practice, counted as t > 0
        const s1 = a1 !== 0 && Math.sign(a1) * Math.sign(b1) >= 0 ? 1 : 0;
        const s2 = a2 !== 0 && Math.sign(a2) * Math.sign(b2) >= 0 ? 1 : 0;
        unit[2 * u1 + u2]!++;
        sign[2 * s1 + s2]!++;
      }
      checkDeadline(ctx);
      const where = cfg.d === 4 ? '' : ` (d = ${cfg.d})`;
      const t1 = `t_${i1}`,
        t2 = `t_${i2}`;
      tests.push(
        ...unit.map((k, c) =>
          judgeProportionEquals(
            `P(|${t1}| ≤ 1: ${names[c]!.split('/')[0]}, |${t2}| ≤ 1: ${names[c]!.split('/')[1]}) = 1/4${where}`,
            k,
            n,
            quarter,
            a,
            q(1, 20),
          ),
        ),
        ...sign.map((k, c) =>
          judgeProportionEquals(
            `P(${t1} ≤ 0: ${names[c]!.split('/')[0]}, ${t2} ≤ 0: ${names[c]!.split('/')[1]}) = 1/4${where}`,
            k,
            n,
            quarter,
            a,
            q(1, 20),
          ),
        ),
      );
      const key = cfg.d === 4 ? '' : `_d${cfg.d}`;
      evidence[`unitCells${key}`] = unit;
      evidence[`signCells${key}`] = sign;
      ran.push(cfg.label);
    }
    return { tests, evidence, configurationsRun: ran };
  },
});

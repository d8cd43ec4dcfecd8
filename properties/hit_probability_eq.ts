/**
 * # P3 `hit_probability_eq`
 *
 * Statement: with p = (atan(t* + r) − atan(t* − r))/π ≤ 2r/π,
 * P(∃ j ≤ N : |t_i(w_j) − t*| ≤ r) = 1 − (1 − p)^N.
 *
 * Experiment: for several (t*, r, N), n seeded networks; the hit is decided exactly (float filter
 * with exact fallback); Clopper–Pearson against the rigorous enclosure of 1 − (1 − p)^N. The
 * inequality p ≤ 2r/π is checked exactly on the enclosures.
 */
import { defineClaim, type StatClaim } from '../src/claims/defineClaim.js';
import { randomRawNetwork } from '../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../src/model/rawHits.js';
import { cauchyMassEnclosure, piEnclosure } from '../src/exact/Interval.js';
import { bonferroni, judgeProportionEquals } from '../src/stats/judge.js';
import { enclosureOfOneMinusPow, fmtInterval, pastDeadline, trialsFor } from '../src/claims/statHelpers.js';
import { Rational, q } from '../src/exact/Rational.js';

const ALPHA = q(1, 1000);
const CONFIGS: { tStar: Rational; r: Rational; N: number; d: number; i: number }[] = [
  { tStar: q(1, 3), r: q(1, 8), N: 4, d: 2, i: 1 },
  { tStar: Rational.ZERO, r: q(1, 16), N: 10, d: 4, i: 2 },
  { tStar: q(-3, 4), r: q(1, 10), N: 3, d: 6, i: 3 },
  { tStar: q(7, 8), r: q(1, 32), N: 20, d: 2, i: 1 },
];

export default defineClaim<StatClaim<null>>({
  id: 'hit_probability_eq',
  specRef: 'P3',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'With p = (atan(t*+r) − atan(t*−r))/π ≤ 2r/π: P(∃ j ≤ N : |t_i(w_j) − t*| ≤ r) = 1 − (1 − p)^N.',
  uses: ['breakpoint_is_standard_cauchy'],
  expected: 'holds',
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 3000, full: 20000 });
    const a = bonferroni(ALPHA, CONFIGS.length);
    const tests = [];
    const rows: (string | number)[][] = [];
    const pi = piEnclosure();
    for (const [c, cfg] of CONFIGS.entries()) {
      const p = cauchyMassEnclosure(cfg.tStar.sub(cfg.r), cfg.tStar.add(cfg.r));
      const pBound = cfg.r.mul(q(2)).div(pi.hi); // a lower bound on 2r/π
      const win = rawWindow(cfg.tStar, cfg.r);
      let hits = 0;
      for (let t = 0; t < n; t++) {
        if (t % 512 === 0 && pastDeadline(ctx)) return { tests, timedOut: true };
        const raw = randomRawNetwork(`${ctx.seed}:P3:${c}:${t}`, cfg.N, cfg.d);
        if (firstHitIndex(raw, cfg.i, win) >= 0) hits++;
      }
      const target = enclosureOfOneMinusPow(p, cfg.N);
      tests.push(judgeProportionEquals(`t* = ${cfg.tStar}, r = ${cfg.r}, N = ${cfg.N} (d = ${cfg.d}, family ${cfg.i})`, hits, n, target, a, q(1, 15)));
      rows.push([cfg.tStar.toString(), cfg.r.toString(), cfg.N, fmtInterval(p, 8), p.hi.le(pBound) ? 'yes' : 'NO', fmtInterval(target, 6), `${hits}/${n}`]);
    }
    return {
      tests,
      tables: [{ name: 'hit_probability', title: 'Hit probabilities: exact formula against seeded networks', columns: ['t*', 'r', 'N', 'p (enclosure)', 'p ≤ 2r/π', '1 − (1−p)^N', 'observed'], rows }],
    };
  },
});

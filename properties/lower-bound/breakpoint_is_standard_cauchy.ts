/**
 * # P1 `breakpoint_is_standard_cauchy`
 *
 * Statement: for w ~ N(0, I_d), t_i(w) = −w_{2i}/w_{2i−1} is standard Cauchy:
 * P(t_i(w) ∈ [u, v]) = (atan v − atan u)/π; in particular P(|t_i(w)| ≤ 1) = 1/2.
 *
 * Experiment: n seeded breakpoints (exact rationals of the sampled doubles), sorted exactly.
 * (1) DKW: at 209 rational grid points u (m/20 for |u| ≤ 5, and ±10, ±20, ±50, ±100), the distance from the
 * empirical CDF F_n(u) to the rigorous enclosure of F(u) = 1/2 + atan(u)/π must stay ≤ ε_n =
 * √(ln(2/α)/(2n)); (2) Clopper–Pearson: the count of |t| ≤ 1 against 1/2; (3) exactly: the
 * rigorous enclosure of (atan 1 − atan(−1))/π contains 1/2. At the default depth (n = 40 000) the DKW
 * test detects a CDF off by 0.016 (3 % of 1/2) and the proportion test a 2.4 % deviation, each with
 * power ≥ 9/10 (stated per test). Configuration grid: family 1 of d = 2 and family 2 of d = 5.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { rawBreakpoint } from '../../src/model/rawHits.js';
import { cauchyCdfEnclosure, cauchyMassEnclosure, Interval } from '../../src/exact/Interval.js';
import { dkwEpsilon } from '../../src/stats/binomial.js';
import { bonferroni, exactTest, judgeProportionEquals, judgeStatisticAtMost } from '../../src/stats/judge.js';
import { dkwPower } from '../../src/stats/power.js';
import { trialsFor } from '../../src/claims/statHelpers.js';
import { checkDeadline } from '../../src/util/checkDeadline.js';
import { sortKinks, Kink } from '../../src/model/PiecewiseLinear.js';
import { Rational, q } from '../../src/exact/Rational.js';
import type { StatTest } from '../../src/stats/judge.js';
import type { Json } from '../../src/claims/codec.js';
import { configurationGrid } from '../../src/claims/configurationGrid.js';

const ALPHA = q(1, 1000);

/** The grid: u = m/20 for |u| ≤ 5, and ±10, ±20, ±50, ±100 (exact rationals; no platform function). */
function grid(): Rational[] {
  const out: Rational[] = [];
  for (let m = -100; m <= 100; m++) out.push(q(m, 20));
  for (const u of [10, 20, 50, 100]) out.push(q(u), q(-u));
  return out;
}

/** The configuration grid: family 1 of d = 2 and family 2 of d = 5 (a coordinate in no family). */
const P1_GRID = configurationGrid(
  [
    { label: 'd = 2, family 1', d: 2, i: 1, stream: 'P1' },
    { label: 'd = 5, family 2', d: 5, i: 2, stream: 'P1:d5:2' },
  ],
  (c) => ({ d: String(c.d), i: String(c.i) }),
);

export default defineClaim<StatClaim<null>>({
  id: 'breakpoint_is_standard_cauchy',
  specRef: 'P1',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement:
    'For w ~ N(0, I_d), t_i(w) ~ Cauchy(0, 1): P(t_i(w) ∈ [u, v]) = (atan v − atan u)/π; in particular P(|t_i(w)| ≤ 1) = 1/2.',
  smtNote:
    'Statistical: a law of Gaussian vectors, P(t ∈ [u, v]) = (atan v − atan u)/π — transcendental and not a first-order statement about real parameters; judged by exact intervals from seeds.',
  uses: [],
  expected: 'holds',
  hypotheses:
    'w ~ N(0, I_d), sampled from a seed; the breakpoint −w_{2i}/w_{2i−1} computed exactly from the sampled doubles.',
  domain:
    'd = 2 (family 1) and d = 5 (family 2), seeded samples (count per depth in the claim); DKW at 209 rational grid points in [−100, 100] and a Clopper–Pearson test of P(|t| ≤ 1) = 1/2, α = 10⁻³ split over the tests.',
  proofSketch:
    'The ratio of two independent centred Gaussians of equal variance is standard Cauchy (rotation invariance of the pair: the angle is uniform and the ratio is minus the tangent of a uniform angle), so P(t ∈ [u, v]) = (atan v − atan u)/π.',
  check: () => [],
  parameters: [
    { name: 'd', description: 'input dimension', special: '2' },
    { name: 'i', description: 'the family whose breakpoint is measured', special: '1' },
  ],
  configurations: P1_GRID.configurations,
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 10000, full: 40000 });
    const a = bonferroni(ALPHA, 2 * P1_GRID.items.length);
    const tests: StatTest[] = [];
    const evidence: Record<string, Json> = { n };
    const ran: string[] = [];
    for (const cfg of P1_GRID.items) {
      const raw = randomRawNetwork(`${ctx.seed}:${cfg.stream}`, n, cfg.d);
      checkDeadline(ctx);
      const ts: Rational[] = [];
      let inUnit = 0;
      for (let j = 0; j < n; j++) {
        if (j % 1024 === 0) checkDeadline(ctx);
        const t = rawBreakpoint(raw, j, cfg.i);
        if (t === undefined) continue;
        ts.push(t);
        if (Math.abs(raw.w[cfg.d * j + 2 * cfg.i - 1]!) <= Math.abs(raw.w[cfg.d * j + 2 * cfg.i - 2]!)) inUnit++; // |t| ≤ 1 ⟺ |b| ≤ |a| (exact for doubles)
      }
      const sorted = sortKinks(ts.map((t) => new Kink(t, Rational.ONE, Rational.ONE, t))).map((k) => k.p);
      const countLe = (u: Rational) => {
        let lo = 0,
          hi = sorted.length; // first index with t > u
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sorted[mid]!.le(u)) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      let D = Rational.ZERO;
      let worst = Rational.ZERO;
      for (const u of grid()) {
        checkDeadline(ctx);
        const Fn = Rational.of(countLe(u), sorted.length);
        const F: Interval = cauchyCdfEnclosure(u, 20);
        const dist = Fn.lt(F.lo) ? F.lo.sub(Fn) : Fn.gt(F.hi) ? Fn.sub(F.hi) : Rational.ZERO;
        if (dist.gt(D)) {
          D = dist;
          worst = u;
        }
      }
      const eps = dkwEpsilon(sorted.length, a);
      const where = cfg.d === 2 ? '' : ` (d = ${cfg.d}, family ${cfg.i})`;
      tests.push(
        judgeStatisticAtMost(
          `DKW: max_u dist(F_n(u), F(u)) over 209 grid points${where}`,
          'DKW (Massart)',
          sorted.length,
          D,
          eps,
          a,
          q(1, 20),
          dkwPower(sorted.length, a),
        ),
        judgeProportionEquals(`P(|t| ≤ 1) = 1/2${where}`, inUnit, n, Interval.point(Rational.HALF), a, q(1, 20)),
      );
      const key = cfg.d === 2 ? '' : `_d${cfg.d}_family${cfg.i}`;
      evidence[`dkwEpsilon${key}`] = eps.toDecimal(9);
      evidence[`maxDistance${key}`] = D.toDecimal(9);
      evidence[`worstGridPoint${key}`] = worst.toString();
      ran.push(cfg.label);
    }
    const unitMass = cauchyMassEnclosure(Rational.ONE.neg(), Rational.ONE);
    tests.push(
      exactTest(
        '(atan 1 − atan(−1))/π = 1/2 (the formula at u = −1, v = 1)',
        'exact (rigorous atan/π enclosures)',
        1,
        unitMass,
        '∋ 1/2',
        unitMass.contains(Rational.HALF) ? 'holds' : 'refuted',
        'the enclosure of the Cauchy mass of [−1, 1]',
      ),
    );
    return { tests, evidence, configurationsRun: ran };
  },
});

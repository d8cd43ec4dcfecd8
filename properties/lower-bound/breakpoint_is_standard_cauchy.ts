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
 * power ≥ 9/10 (stated per test).
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

const ALPHA = q(1, 1000);

/** The grid: u = m/20 for |u| ≤ 5, and ±10, ±20, ±50, ±100 (exact rationals; no platform function). */
function grid(): Rational[] {
  const out: Rational[] = [];
  for (let m = -100; m <= 100; m++) out.push(q(m, 20));
  for (const u of [10, 20, 50, 100]) out.push(q(u), q(-u));
  return out;
}

export default defineClaim<StatClaim<null>>({
  id: 'breakpoint_is_standard_cauchy',
  specRef: 'P1',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'statistical',
  alpha: ALPHA.toString(),
  statement: 'For w ~ N(0, I_d), t_i(w) ~ Cauchy(0, 1): P(t_i(w) ∈ [u, v]) = (atan v − atan u)/π; in particular P(|t_i(w)| ≤ 1) = 1/2.',
  smtNote: 'Statistical: a law of Gaussian vectors, P(t ∈ [u, v]) = (atan v − atan u)/π — transcendental and not a first-order statement about real parameters; judged by exact intervals from seeds.',
  uses: [],
  expected: 'holds',
  hypotheses: 'w ~ N(0, I_d), sampled from a seed; the breakpoint −w_{2i}/w_{2i−1} computed exactly from the sampled doubles.',
  domain: 'd = 2, seeded samples (count per depth in the claim); DKW at 209 rational grid points in [−100, 100] and a Clopper–Pearson test of P(|t| ≤ 1) = 1/2, α = 10⁻³ split over the tests.',
  proofSketch: 'The ratio of two independent centred Gaussians of equal variance is standard Cauchy (rotation invariance of the pair: the angle is uniform and the ratio is minus the tangent of a uniform angle), so P(t ∈ [u, v]) = (atan v − atan u)/π.',
  check: () => [],
  run: (ctx) => {
    const n = trialsFor(ctx, { ci: 10000, full: 40000 });
    const a = bonferroni(ALPHA, 2);
    const raw = randomRawNetwork(`${ctx.seed}:P1`, n, 2);
    checkDeadline(ctx);
    const ts: Rational[] = [];
    let inUnit = 0;
    for (let j = 0; j < n; j++) {
      if (j % 1024 === 0) checkDeadline(ctx);
      const t = rawBreakpoint(raw, j, 1);
      if (t === undefined) continue;
      ts.push(t);
      if (Math.abs(raw.w[2 * j + 1]!) <= Math.abs(raw.w[2 * j]!)) inUnit++; // |t| ≤ 1 ⟺ |b| ≤ |a| (exact for doubles)
    }
    const sorted = sortKinks(ts.map((t) => new Kink(t, Rational.ONE, Rational.ONE, t))).map((k) => k.p);
    const countLe = (u: Rational) => {
      let lo = 0, hi = sorted.length; // first index with t > u
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
    const unitMass = cauchyMassEnclosure(Rational.ONE.neg(), Rational.ONE);
    return {
      tests: [
        judgeStatisticAtMost('DKW: max_u dist(F_n(u), F(u)) over 209 grid points', 'DKW (Massart)', sorted.length, D, eps, a, q(1, 20), dkwPower(sorted.length, a)),
        judgeProportionEquals('P(|t| ≤ 1) = 1/2', inUnit, n, Interval.point(Rational.HALF), a, q(1, 20)),
        exactTest('(atan 1 − atan(−1))/π = 1/2 (the formula at u = −1, v = 1)', 'exact (rigorous atan/π enclosures)', 1, unitMass, '∋ 1/2', unitMass.contains(Rational.HALF) ? 'holds' : 'refuted', 'the enclosure of the Cauchy mass of [−1, 1]'),
      ],
      evidence: { n, dkwEpsilon: eps.toDecimal(9), maxDistance: D.toDecimal(9), worstGridPoint: worst.toString() },
    };
  },
});

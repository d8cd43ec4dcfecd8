/**
 * Stated power of the statistical tests, the Clopper–Pearson inversion against exact rational
 * binomial sums, and replayable statistical refutations (a deliberately wrong P3 is refuted at the
 * default depth, with the same counts on every re-run).
 */
import { describe, expect, it } from 'vitest';
import { Rational, q } from '../src/exact/Rational.js';
import { cauchyMassEnclosure, Interval } from '../src/exact/Interval.js';
import { enclosureOfOneMinusPow } from '../src/claims/statHelpers.js';
import { binomialCdf, clopperPearson, decOf, lnBinomialCdf, lnBinomialUpperTail } from '../src/stats/binomial.js';
import { dkwPower, exactPower, proportionPower } from '../src/stats/power.js';
import { judgeProportionAtLeast, judgeProportionAtMost, judgeProportionEquals } from '../src/stats/judge.js';
import { runClaim } from '../src/runner/runClaim.js';
import { mainCounterexample } from '../src/runner/record.js';
import hitProbabilityEq, {
  hitProbabilityClaim,
  HIT_CONFIGS,
  HIT_TRIALS,
} from '../properties/lower-bound/hit_probability_eq.js';
import type { StatClaim } from '../src/claims/defineClaim.js';
import approxProbLeProduct from '../properties/theorem1/approx_prob_le_product_of_hit_probs.js';

/** P(X ≥ k) for X ~ Bin(n, p), exactly in rationals. */
function upperTail(k: number, n: number, p: Rational): Rational {
  // p = a/b: Σ_{i ≥ k} C(n, i)·a^i·(b − a)^(n−i) over b^n, in integers (one reduction at the end)
  const a = p.num,
    b = p.den;
  let s = 0n,
    c = 1n;
  for (let i = 0; i <= n; i++) {
    if (i > 0) c = (c * BigInt(n - i + 1)) / BigInt(i);
    if (i >= k) s += c * a ** BigInt(i) * (b - a) ** BigInt(n - i);
  }
  return Rational.of(s, b ** BigInt(n));
}
const lowerTail = (k: number, n: number, p: Rational) => Rational.ONE.sub(upperTail(k + 1, n, p));

describe('Clopper–Pearson against exact rational tails', () => {
  const cases: [number, number, Rational][] = [
    [3, 10, q(1, 20)],
    [0, 7, q(1, 10)],
    [12, 25, q(1, 1000)],
    [25, 25, q(1, 20)],
    [1, 30, q(1, 100)],
    [29, 30, q(1, 1000)],
    [21, 60, q(1, 8000)],
  ];
  const slack = (x: Rational) =>
    x
      .min(Rational.ONE.sub(x))
      .mul(q(2, 10 ** 9))
      .add(q(2, 10 ** 12));
  for (const [k, n, alpha] of cases) {
    it(`k = ${k}, n = ${n}, α = ${alpha}: the interval contains the exact one and is within 2·10⁻⁹ relative + 2·10⁻¹² of it`, () => {
      const { interval } = clopperPearson(k, n, alpha);
      const a2 = alpha.div(q(2));
      if (k > 0) {
        expect(upperTail(k, n, interval.lo).le(a2)).toBe(true); // lo ≤ root
        expect(upperTail(k, n, interval.lo.add(slack(interval.lo))).gt(a2)).toBe(true); // and close to it
      } else expect(interval.lo.isZero()).toBe(true);
      if (k < n) {
        expect(lowerTail(k, n, interval.hi).le(a2)).toBe(true);
        expect(lowerTail(k, n, interval.hi.sub(slack(interval.hi))).gt(a2)).toBe(true);
      } else expect(interval.hi.eq(Rational.ONE)).toBe(true);
    });
  }
});

describe('deterministic double tails against decimal.js at 30 digits', () => {
  it('ln P(X ≤ k) and ln P(X ≥ k) agree to 1e-10 for n up to 10^5', () => {
    for (const [k, n, p] of [
      [20, 100, q(1, 3)],
      [900, 3000, q(1, 4)],
      [19400, 100000, q(1, 5)],
      [20600, 100000, q(1, 5)],
      [3, 100000, q(1, 10000)],
    ] as const) {
      const ref = binomialCdf(k, n, decOf(p));
      expect(Math.abs(lnBinomialCdf(k, n, p.toNumber()) - Number(ref.ln().toString()))).toBeLessThan(1e-10);
      const refUp = decOf(Rational.ONE).minus(binomialCdf(k - 1, n, decOf(p)));
      expect(Math.abs(lnBinomialUpperTail(k, n, p.toNumber()) - Number(refUp.ln().toString()))).toBeLessThan(1e-10);
    }
  });
});

describe('stated power (exact binomial)', () => {
  /** The exact probability that the Clopper–Pearson rule refutes p = v upward at true p (rejection region by brute force). */
  function powerUp(n: number, alpha: Rational, v: Rational, p: Rational): Rational {
    let kUp = n + 1;
    for (let k = n; k >= 0; k--) if (clopperPearson(k, n, alpha).interval.lo.gt(v)) kUp = k;
    return kUp > n ? Rational.ZERO : upperTail(kUp, n, p);
  }
  function powerDown(n: number, alpha: Rational, v: Rational, p: Rational): Rational {
    let kDown = -1;
    for (let k = 0; k <= n; k++) if (clopperPearson(k, n, alpha).interval.hi.lt(v)) kDown = k;
    return kDown < 0 ? Rational.ZERO : lowerTail(kDown, n, p);
  }
  /** One unit in the last (second significant) digit of a stated deviation, e.g. '0.031' → 1/1000. */
  const unit = (d: string): Rational => {
    const e = Math.floor(Math.log10(Number(d))) - 1;
    return e >= 0 ? q(10 ** e) : q(1, 10 ** -e);
  };

  it('upward (p ≤ b): the stated deviation reaches power 9/10, one unit less does not', () => {
    const n = 40,
      alpha = q(1, 20),
      v = q(3, 10);
    const pw = proportionPower(n, alpha, Interval.point(v), 'up');
    const d = Rational.parse(pw.detectableRelDeviation!);
    expect(powerUp(n, alpha, v, v.mul(Rational.ONE.add(d))).ge(q(9, 10))).toBe(true);
    expect(powerUp(n, alpha, v, v.mul(Rational.ONE.add(d.sub(unit(pw.detectableRelDeviation!))))).lt(q(9, 10))).toBe(
      true,
    );
  });

  it('downward (p ≥ b): the stated deviation reaches power 9/10, one unit less does not', () => {
    const n = 30,
      alpha = q(1, 20),
      v = q(1, 2);
    const pw = proportionPower(n, alpha, Interval.point(v), 'down');
    const d = Rational.parse(pw.detectableRelDeviation!);
    expect(powerDown(n, alpha, v, v.mul(Rational.ONE.sub(d))).ge(q(9, 10))).toBe(true);
    expect(powerDown(n, alpha, v, v.mul(Rational.ONE.sub(d.sub(unit(pw.detectableRelDeviation!))))).lt(q(9, 10))).toBe(
      true,
    );
  });

  it('a point claim states the larger of the two directions; power grows with n', () => {
    const alpha = q(1, 1000),
      v = Interval.point(q(1, 4));
    const both = Number(proportionPower(400, alpha, v, 'both').detectableRelDeviation);
    const up = Number(proportionPower(400, alpha, v, 'up').detectableRelDeviation);
    const down = Number(proportionPower(400, alpha, v, 'down').detectableRelDeviation);
    expect(both).toBe(Math.max(up, down));
    expect(Number(proportionPower(4000, alpha, v, 'both').detectableRelDeviation)).toBeLessThan(both / 2);
  });

  it('no deviation is detectable when the rule can never refute (n = 1, α small)', () => {
    expect(proportionPower(1, q(1, 1000), Interval.point(q(1, 2)), 'both').detectableRelDeviation).toBeNull();
  });

  it('the judges attach the power of their own rule; DKW and exact decisions state theirs', () => {
    const v = Interval.point(q(1, 2));
    expect(judgeProportionEquals('t', 500, 1000, v, q(1, 100), q(1, 10)).power).toEqual(
      proportionPower(1000, q(1, 100), v, 'both'),
    );
    expect(judgeProportionAtMost('t', 400, 1000, v, q(1, 100)).power).toEqual(
      proportionPower(1000, q(1, 100), v, 'up'),
    );
    expect(judgeProportionAtLeast('t', 600, 1000, v, q(1, 100)).power).toEqual(
      proportionPower(1000, q(1, 100), v, 'down'),
    );
    const dkw = dkwPower(40000, q(1, 2000));
    expect(Number(dkw.detectableAbsDeviation)).toBeGreaterThan(Math.sqrt(Math.log(4000) / 80000));
    expect(Number(dkw.detectableAbsDeviation)).toBeLessThan(0.02);
    expect(exactPower(q(1, 10 ** 12)).detectableRelDeviation).toBe('1e-12');
    expect(exactPower(q(31, 1000)).detectableRelDeviation).toBe('0.031');
  });

  it('P3 at the default depth detects a 5 % relative deviation in every configuration', () => {
    for (const cfg of HIT_CONFIGS) {
      const target = enclosureOfOneMinusPow(cauchyMassEnclosure(cfg.tStar.sub(cfg.r), cfg.tStar.add(cfg.r)), cfg.N);
      const pw = proportionPower(HIT_TRIALS.full, q(1, 1000).div(q(HIT_CONFIGS.length)), target, 'both');
      expect(Number(pw.detectableRelDeviation)).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('power at the default depth, end to end', () => {
  it('T1-product at the default depth: 5 % relative everywhere, and an absolute error of 0.006 at p ≈ 0.16', () => {
    const out = (approxProbLeProduct as StatClaim).run({ seed: 11, depth: 'full', deadline: Date.now() + 3_600_000 });
    expect(out.tests.length).toBe((approxProbLeProduct as StatClaim).configurations!.length);
    for (const t of out.tests) {
      expect(t.judgement).toBe('holds');
      expect(Number(t.power!.detectableRelDeviation)).toBeLessThanOrEqual(0.05);
    }
    const small = out.tests.find((t) => t.interval.hi.lt(q(1, 5)))!; // ε = 1/64: p ≈ 0.156
    expect(Number(small.power!.detectableAbsDeviation)).toBeLessThanOrEqual(0.006);
  }, 120_000);
});

describe('replayable statistical refutations', () => {
  const farDeadline = () => Date.now() + 3_600_000;

  it('the true P3 is a pure function of (seed, depth, runs)', () => {
    const ctx = { seed: 7, depth: 'ci' as const, runs: 500, deadline: farDeadline() };
    const a = (hitProbabilityEq as StatClaim).run(ctx).tests.map((t) => t.successes);
    const b = (hitProbabilityEq as StatClaim).run({ ...ctx, deadline: farDeadline() }).tests.map((t) => t.successes);
    expect(a).toEqual(b);
  });

  it('P3 with r replaced by 1.05·r in the formula is refuted at the default depth, and a re-run gives the same counts', async () => {
    const wrong = hitProbabilityClaim({ rScale: q(105, 100), configs: [2] });
    const rec = await runClaim(wrong, { seed: 20260302, depth: 'full', budgetMs: 600_000 });
    expect(rec.record.verdict).toBe('refuted');
    const stat = mainCounterexample(rec)?.statistical;
    expect(stat).toBeDefined();
    const again = wrong.run({
      seed: stat!.seed,
      depth: stat!.depth,
      runs: stat!.runs ?? undefined,
      deadline: farDeadline(),
    });
    expect(again.tests.map((t) => [t.successes ?? null, t.judgement])).toEqual(
      stat!.tests.map((t) => [t.successes, t.judgement]),
    );
  }, 120_000);
});

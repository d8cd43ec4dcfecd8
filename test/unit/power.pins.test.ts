/**
 * # The stated power of every kind of test, pinned against exact references
 *
 * `proportionPower` against the power of the Clopper–Pearson rule computed here from scratch: the
 * rejection region from exact BigInt tails at the claimed value, the 9/10-power point by bisection
 * on exact tails, the deviation rounded up to two significant digits in exact rationals — for
 * upward, downward and two-sided claims, point and interval claims, and the edges (claimed 0 or 1,
 * a rule that can never refute). `dkwPower`, `slopePower`, `exactPower`, `relativeWidth` and the
 * judges' texts against their formulas. The modules are loaded afresh: `power.ts` memoises
 * results for the life of the process.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { Rational as Q } from '../../src/exact/Rational.js';

type Power = typeof import('../../src/stats/power.js');
type Judge = typeof import('../../src/stats/judge.js');
type RationalMod = typeof import('../../src/exact/Rational.js');
type IntervalMod = typeof import('../../src/exact/Interval.js');
let P: Power, J: Judge, R: RationalMod, I: IntervalMod;

beforeAll(async () => {
  vi.resetModules();
  P = await import('../../src/stats/power.js');
  J = await import('../../src/stats/judge.js');
  R = await import('../../src/exact/Rational.js');
  I = await import('../../src/exact/Interval.js');
});

/** P(X ≥ k) for X ~ Bin(n, p), exactly (k = 0..n + 1). */
function upperTails(n: number, p: Q): Q[] {
  const a = p.num,
    b = p.den;
  const terms: bigint[] = [];
  let c = 1n;
  for (let i = 0; i <= n; i++) {
    if (i > 0) c = (c * BigInt(n - i + 1)) / BigInt(i);
    terms.push(c * a ** BigInt(i) * (b - a) ** BigInt(n - i));
  }
  const den = b ** BigInt(n);
  const out: Q[] = new Array(n + 2);
  let s = 0n;
  out[n + 1] = R.Rational.ZERO;
  for (let i = n; i >= 0; i--) {
    s += terms[i]!;
    out[i] = R.Rational.of(s, den);
  }
  return out;
}

/** The p in (0, 1) where the increasing function f crosses 1/10 (or 9/10), enclosed to 2^−44 by bisection over dyadic p. */
function crossing(f: (p: Q) => Q, level: Q): [Q, Q] {
  let lo = R.Rational.ZERO,
    hi = R.Rational.ONE;
  for (let i = 0; i < 44; i++) {
    const mid = lo.add(hi).div(R.q(2));
    if (f(mid).lt(level)) lo = mid;
    else hi = mid;
  }
  return [lo, hi];
}

/** x > 0 rounded up to two significant digits, exactly. */
function up2(x: Q): Q {
  let e = 0;
  while (
    R.q(10)
      .pow(e + 1)
      .le(x)
  )
    e++;
  while (R.q(10).pow(e).gt(x)) e--;
  const unit = R.q(10).pow(e - 1);
  return R.Rational.of(x.div(unit).ceil()).mul(unit);
}

/** up2 of an enclosure [a, b] of x: the same for both ends, or the test case is too close to a rounding boundary. */
function up2Of(a: Q, b: Q): Q {
  const x = up2(a),
    y = up2(b);
  if (!x.eq(y)) throw new Error(`ambiguous rounding: ${a.toDecimal(15)} … ${b.toDecimal(15)}`);
  return x;
}

interface RefPower {
  rel: Q | null;
  abs: Q | null;
}
/** The reference power of the two-sided Clopper–Pearson rule against claimed [vLo, vHi] on `side`. */
function refPower(n: number, alpha: Q, vLo: Q, vHi: Q, side: 'both' | 'up' | 'down'): RefPower {
  const a2 = alpha.div(R.q(2));
  const nine = R.q(9, 10);
  let up: { rel: [Q, Q] | null; abs: [Q, Q] } | null = null;
  if (side !== 'down' && vHi.lt(R.Rational.ONE)) {
    const tails = upperTails(n, vHi);
    let kUp = -1;
    for (let k = 0; k <= n && kUp < 0; k++) if (tails[k]!.lt(a2)) kUp = k;
    if (kUp >= 0) {
      // power P(X ≥ kUp; p) increases in p; its 9/10 point
      const [pl, ph] = crossing((p) => upperTails(n, p)[kUp]!, nine);
      up = {
        rel: vHi.isZero() ? null : [pl.div(vHi).sub(R.Rational.ONE), ph.div(vHi).sub(R.Rational.ONE)],
        abs: [pl.sub(vHi), ph.sub(vHi)],
      };
    }
  }
  let down: { rel: [Q, Q]; abs: [Q, Q] } | null = null;
  if (side !== 'up' && vLo.sign() > 0) {
    const tails = upperTails(n, vLo);
    let kDown = -1;
    for (let k = 0; k <= n; k++) if (R.Rational.ONE.sub(tails[k + 1]!).lt(a2)) kDown = k;
    if (kDown >= 0) {
      // power P(X ≤ kDown; p) decreases in p: 1 − power = P(X ≥ kDown + 1; p) increases; its 1/10 point
      const [pl, ph] = crossing((p) => upperTails(n, p)[kDown + 1]!, R.q(1, 10));
      down = {
        rel: [R.Rational.ONE.sub(ph.div(vLo)), R.Rational.ONE.sub(pl.div(vLo))],
        abs: [vLo.sub(ph), vLo.sub(pl)],
      };
    }
  }
  const fin = (e: [Q, Q] | null | undefined): Q | null => (e ? up2Of(e[0], e[1]) : null);
  if (side === 'up') return { rel: fin(up?.rel), abs: fin(up?.abs) };
  if (side === 'down') return { rel: fin(down?.rel), abs: fin(down?.abs) };
  if (!up || !down || !up.rel) return { rel: null, abs: null };
  const mx = (u: [Q, Q], d: [Q, Q]): [Q, Q] => [u[0].max(d[0]), u[1].max(d[1])];
  return { rel: fin(mx(up.rel, down.rel)), abs: fin(mx(up.abs, down.abs)) };
}

/** A stated decimal ('0.031', '2.3e-6') as an exact rational. */
const dec = (s: string): Q => {
  const [m, e] = s.split('e');
  const x = R.Rational.parse(m!);
  const k = Number(e ?? 0);
  return k >= 0 ? x.mul(R.q(10).pow(k)) : x.div(R.q(10).pow(-k));
};
const asQ = (s: string | null) => (s === null ? null : dec(s));

describe('proportionPower against the exact power of the Clopper–Pearson rule', () => {
  test('rel and abs deviation for up, down and both; point and interval claims; edges', () => {
    const cases: [number, Q, Q, Q, 'both' | 'up' | 'down'][] = [
      [40, R.q(1, 20), R.q(3, 10), R.q(3, 10), 'up'],
      [40, R.q(1, 20), R.q(3, 10), R.q(3, 10), 'down'],
      [40, R.q(1, 20), R.q(3, 10), R.q(3, 10), 'both'],
      [60, R.q(1, 100), R.q(1, 4), R.q(5, 16), 'both'],
      [60, R.q(1, 100), R.q(1, 4), R.q(5, 16), 'up'],
      [60, R.q(1, 100), R.q(1, 4), R.q(5, 16), 'down'],
      [30, R.q(1, 20), R.q(1, 2), R.q(1, 2), 'down'],
      [25, R.q(1, 20), R.q(7, 8), R.q(7, 8), 'both'],
      [50, R.q(1, 1000), R.q(1, 16), R.q(1, 16), 'up'],
      [20, R.q(1, 20), R.q(0), R.q(0), 'up'], // claimed 0: an absolute deviation only
      [20, R.q(1, 20), R.q(0), R.q(0), 'both'], // nothing below 0: no two-sided figure
      [20, R.q(1, 20), R.q(1), R.q(1), 'down'],
      [20, R.q(1, 20), R.q(1), R.q(1), 'up'], // nothing above 1
      [20, R.q(1, 20), R.q(0), R.q(1, 2), 'down'], // claimed down to 0: never refuted downward
      [1, R.q(1, 1000), R.q(1, 2), R.q(1, 2), 'both'], // the rule can never refute
      [3, R.q(1, 2), R.q(1, 2), R.q(1, 2), 'both'],
      [3, R.q(1, 2), R.q(1, 2), R.q(1, 2), 'up'], // k↑ = n: only X = 3 refutes upward
      [3, R.q(1, 2), R.q(1, 2), R.q(1, 2), 'down'], // k↓ = 0
    ];
    for (const [n, alpha, lo, hi, side] of cases) {
      const got = P.proportionPower(n, alpha, new I.Interval(lo, hi), side);
      const ref = refPower(n, alpha, lo, hi, side);
      const label = `n = ${n}, α = ${alpha}, claimed [${lo}, ${hi}], ${side}`;
      expect(got.level, label).toBe('9/10');
      const gr = asQ(got.detectableRelDeviation),
        ga = asQ(got.detectableAbsDeviation);
      if (ref.rel === null) expect(gr, label).toBeNull();
      else
        expect(
          gr !== null && gr.eq(ref.rel),
          `${label}: rel ${got.detectableRelDeviation} vs ${ref.rel.toDecimal(6)}`,
        ).toBe(true);
      if (ref.abs === null) expect(ga, label).toBeNull();
      else
        expect(
          ga !== null && ga.eq(ref.abs),
          `${label}: abs ${got.detectableAbsDeviation} vs ${ref.abs.toDecimal(6)}`,
        ).toBe(true);
      const what = side === 'both' ? 'either direction' : side === 'up' ? 'above the bound' : 'below the bound';
      expect(got.note).toBe(
        `exact binomial power of the Clopper–Pearson rule at n = ${n}, α = ${alpha}: a true probability this far ${what} the claimed value is refuted with probability ≥ 9/10`,
      );
      // memoised: the same object again
      expect(P.proportionPower(n, alpha, new I.Interval(lo, hi), side)).toBe(got);
    }
  });

  test('the memo is bounded: after more than 5000 entries it starts afresh (a fresh object for an old key)', () => {
    const v = I.Interval.point(R.q(1, 2));
    const first = P.proportionPower(7, R.q(1, 3), v, 'up');
    const other = P.proportionPower(7, R.q(1, 3), v, 'down');
    expect(P.proportionPower(7, R.q(1, 3), v, 'up')).toBe(first); // kept while another key was added
    expect(P.proportionPower(7, R.q(1, 3), v, 'down')).toBe(other);
    for (let i = 1; i <= 5001; i++) P.proportionPower(1, R.q(1, 2 + i), v, 'up'); // n = 1: cheap
    const again = P.proportionPower(7, R.q(1, 3), v, 'up');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test('bad input names the API and the parameter', () => {
    const v = I.Interval.point(R.q(1, 2));
    expect(() => P.proportionPower(0, R.q(1, 20), v, 'both')).toThrow(/proportionPower: parameter 'n'/);
    for (const bad of [R.q(0), R.q(1), R.q(3, 2), R.q(-1, 20), 0.05])
      expect(() => P.proportionPower(10, bad as never, v, 'both')).toThrow(/proportionPower: parameter 'alpha'/);
    expect(() => P.proportionPower(10, R.q(1, 20), new I.Interval(R.q(-1, 10), R.q(1, 2)), 'both')).toThrow(
      /proportionPower: parameter 'claimed'/,
    );
    expect(() => P.proportionPower(10, R.q(1, 20), new I.Interval(R.q(1, 2), R.q(11, 10)), 'both')).toThrow(
      /proportionPower: parameter 'claimed'/,
    );
    expect(P.proportionPower(10, R.q(1, 20), new I.Interval(R.q(0), R.q(1)), 'both').detectableRelDeviation).toBeNull();
    expect(() => P.dkwPower(0, R.q(1, 20))).toThrow(/dkwPower: parameter 'n'/);
    expect(() => P.dkwPower(10, R.q(1))).toThrow(/dkwPower: parameter 'alpha'/);
  });
});

describe('DKW, slope and exact powers against their formulas', () => {
  /** up2 of a double known to ~1e-15 relative (the case must not sit on a rounding boundary). */
  const up2d = (x: number): Q => up2Of(R.Rational.fromDouble(x * (1 - 1e-12)), R.Rational.fromDouble(x * (1 + 1e-12)));

  test('dkwPower: ε_n + √(ln 10/(2n)) absolute, twice that relative to F = 1/2', () => {
    for (const [n, alpha] of [
      [100, R.q(1, 20)],
      [40000, R.q(1, 2000)],
      [10 ** 6, R.q(1, 10 ** 6)],
      [7, R.q(1, 3)],
    ] as const) {
      const got = P.dkwPower(n, alpha);
      const abs = Math.sqrt(Math.log(2 / alpha.toNumber()) / (2 * n)) + Math.sqrt(Math.log(10) / (2 * n));
      expect(R.Rational.parse(got.detectableAbsDeviation!).eq(up2d(abs))).toBe(true);
      expect(R.Rational.parse(got.detectableRelDeviation!).eq(up2d(2 * abs))).toBe(true);
      expect(got.level).toBe('9/10');
      expect(got.note).toBe(
        `DKW band at n = ${n}, α = ${alpha}: a CDF off by this much (absolute) at some grid point is refuted with probability ≥ 9/10 (ε_n + √(ln 10/(2n)), one-sided Hoeffding); relative to F(u) = 1/2`,
      );
    }
  });

  test('slopePower: (z + z₀.₉)·se absolute, (margin + |b|)/|b| relative; exponent notation below 10⁻⁴; bad input', () => {
    const Z90 = 1.2815515655446004;
    for (const [b, se, z, n] of [
      [0.5, 0.01, 2.5758, 12],
      [-3, 0.2, 1.96, 8],
      [1, 1e-6, 1, 5],
      [2, 0.3, 3.29, 20],
    ] as const) {
      const got = P.slopePower(b, se, z, n);
      const abs = (z + Z90) * se;
      expect(dec(got.detectableAbsDeviation!).eq(up2d(abs))).toBe(true);
      expect(dec(got.detectableRelDeviation!).eq(up2d(abs / Math.abs(b) + 1))).toBe(true);
      expect(got.note).toBe(
        `normal approximation with the observed standard error (n = ${n} points): a true slope ≤ −${got.detectableAbsDeviation} is refuted with probability ≥ 9/10; the relative figure is (observed slope + that margin)/observed slope, the change of slope that would be detected`,
      );
    }
    expect(P.slopePower(1, 1e-6, 1, 5).detectableAbsDeviation).toBe('2.3e-6');
    expect(P.slopePower(0, 0.1, 2, 5).detectableRelDeviation).toBeNull();
    expect(P.slopePower(Infinity, 0.1, 2, 5).detectableRelDeviation).toBeNull();
    expect(P.slopePower(NaN, 0.1, 2, 5).detectableRelDeviation).toBeNull();
    const zero = P.slopePower(2, 0, 2, 5);
    expect([zero.detectableAbsDeviation, zero.detectableRelDeviation, zero.level]).toEqual(['0', '1', '9/10']);
    for (const se of [-1e-9, NaN, Infinity])
      expect(() => P.slopePower(1, se, 2, 5)).toThrow(/slopePower: parameter 'se'/);
    for (const z of [0, -1, NaN, Infinity])
      expect(() => P.slopePower(1, 0.1, z, 5)).toThrow(/slopePower: parameter 'z'/);
  });

  test('exactPower and relativeWidth', () => {
    expect(P.exactPower(R.q(0))).toEqual({
      level: '1',
      detectableRelDeviation: '0',
      detectableAbsDeviation: null,
      note: 'exact decision: a deviation beyond the width of the rigorous enclosure (relative 0) is detected with certainty',
    });
    expect(P.exactPower(R.q(-1, 10)).detectableRelDeviation).toBe('0');
    expect(P.exactPower(R.q(1234, 100000), 'the exact count').note).toBe(
      'exact decision: a deviation beyond the width of the exact count (relative 0.013) is detected with certainty',
    );
    expect(P.exactPower(R.q(1, 3)).detectableRelDeviation).toBe('0.34');
    expect(P.relativeWidth(new I.Interval(R.q(-2), R.q(-1))).eq(R.q(1, 2))).toBe(true);
    expect(P.relativeWidth(new I.Interval(R.q(-1), R.q(3))).eq(R.q(4, 3))).toBe(true);
    expect(P.relativeWidth(new I.Interval(R.q(1), R.q(5))).eq(R.q(4, 5))).toBe(true);
    expect(P.relativeWidth(I.Interval.point(R.q(0))).isZero()).toBe(true);
    expect(P.relativeWidth(I.Interval.point(R.q(7))).isZero()).toBe(true);
  });
});

describe('the judges state what they tested', () => {
  test('method, claimed text and the power of their own side; a bound poking out of [0, 1] is clamped for the power', () => {
    const alpha = R.q(1, 100),
      v = new I.Interval(R.q(1, 4), R.q(5, 16));
    const most = J.judgeProportionAtMost('t', 10, 60, v, alpha);
    const least = J.judgeProportionAtLeast('t', 10, 60, v, alpha);
    const eq = J.judgeProportionEquals('t', 10, 60, I.Interval.point(R.q(1, 4)), alpha, R.q(1, 10));
    for (const t of [most, least, eq]) expect(t.method).toBe('Clopper–Pearson');
    expect(most.claimed).toBe('p ≤ [0.250000000, 0.312500000]');
    expect(least.claimed).toBe('p ≥ [0.250000000, 0.312500000]');
    expect(eq.claimed).toBe('p = 0.250000000');
    expect(most.power).toEqual(P.proportionPower(60, alpha, v, 'up'));
    expect(least.power).toEqual(P.proportionPower(60, alpha, v, 'down'));
    expect(eq.power).toEqual(P.proportionPower(60, alpha, I.Interval.point(R.q(1, 4)), 'both'));
    // an enclosure of a probability slightly above 1 or below 0 is clamped into [0, 1]
    const out = new I.Interval(R.q(99, 100), R.q(101, 100));
    expect(J.judgeProportionAtMost('t', 60, 60, out, alpha).power).toEqual(
      P.proportionPower(60, alpha, new I.Interval(R.q(99, 100), R.q(1)), 'up'),
    );
    const below = new I.Interval(R.q(-1, 100), R.q(1, 100));
    expect(J.judgeProportionAtLeast('t', 0, 60, below, alpha).power).toEqual(
      P.proportionPower(60, alpha, new I.Interval(R.q(0), R.q(1, 100)), 'down'),
    );
    const neg = new I.Interval(R.q(-2, 100), R.q(-1, 100));
    expect(J.judgeProportionEquals('t', 0, 60, neg, alpha, R.q(1)).power).toEqual(
      P.proportionPower(60, alpha, I.Interval.point(R.q(0)), 'both'),
    );
    const st = J.judgeStatisticAtMost('d', 'DKW', 100, R.q(1, 50), R.q(1, 20), alpha, R.q(1, 10));
    expect([st.name, st.method, st.n, st.alpha, `${st.interval}`, st.claimed, st.judgement, 'power' in st]).toEqual([
      'd',
      'DKW',
      100,
      alpha,
      '[1/50, 1/50]',
      'statistic ≤ 0.050000000',
      'holds',
      false,
    ]);
    const pw = P.dkwPower(100, alpha);
    expect(J.judgeStatisticAtMost('d', 'DKW', 100, R.q(1, 10), R.q(1, 20), alpha, R.q(1, 10), pw)).toMatchObject({
      judgement: 'refuted',
      power: pw,
    });
  });
});

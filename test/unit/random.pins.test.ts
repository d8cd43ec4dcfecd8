/**
 * # Pins for `src/random`: the deterministic elementary functions at their edges, the version-1
 * sampler's rejection rule and draw order, the sampler-version plumbing
 *
 * Main statements:
 * - `detLog`, `detExp`, `detSqrt` reject every input outside their domain with an
 *   `InvalidParameterError` naming the function and `x`; at the special inputs (0, subnormals, 1,
 *   powers of two, the boundaries of each range-reduction branch, the overflow/underflow edges,
 *   `Number.MAX_VALUE`) they return bit-exact golden values, each checked against decimal.js at 60
 *   digits (within one ulp for `detLog`/`detExp`, correctly rounded for `detSqrt`). The bits matter
 *   beyond accuracy: the samplers' streams are built from them, so a one-ulp change is a change of
 *   every report made from the seed.
 * - `detSqrt`'s correction steps (which only run when the platform's `Math.sqrt` is not correctly
 *   rounded) are driven by a deliberately wrong `Math.sqrt` (a few ulps off, NaN, ∞, 0, −1).
 * - `Xor4096Sampler.normal` rejects s = 0 and s = 1 of the polar method (a stubbed uniform stream);
 *   `fillRows` draws exactly rows·(d + 1) normals.
 * - The sampler version is read from `PRUNING_GAP_CHECK_SAMPLER` when the module loads (a fresh
 *   import per case) and `useSamplerVersion` writes it back for forked workers.
 *
 * Implementation notes: the elementary functions are imported statically (they are pure); the
 * version module is loaded afresh (`vi.resetModules()`, dynamic import) so its load-time code runs
 * inside a test. Every global touched (`Math.sqrt`, the environment variable, the process's sampler
 * version) is restored in `finally`.
 *
 * References: IEEE 754-2019 §5.4.1 (squareRoot correctly rounded); Marsaglia & Bray (1964), the polar
 * method.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, test, vi } from 'vitest';
import { InvalidParameterError } from '../../src/errors.js';
import { detExp } from '../../src/random/detExp.js';
import { detLog } from '../../src/random/detLog.js';
import { detSqrt } from '../../src/random/detSqrt.js';
import { Xor4096Sampler } from '../../src/random/xor4096Sampler.js';

const D = Decimal.clone({ precision: 60, toExpNeg: -9e15, toExpPos: 9e15, minE: -9e15, maxE: 9e15 });
const BITS = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double as a 60-digit decimal (sign · mantissa · 2^exponent). */
function exact(x: number): Decimal {
  BITS.setFloat64(0, x);
  const hi = BITS.getUint32(0);
  const lo = BITS.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const mant = new D((hi & 0xfffff) * 2 ** 32 + lo).add(e === 0 ? 0 : new D(2).pow(52));
  const v = mant.mul(new D(2).pow((e === 0 ? 1 : e) - 1075));
  return hi >>> 31 ? v.neg() : v;
}

/** The double nearest to a decimal (JavaScript's string → number conversion is correctly rounded). */
const nearest = (d: Decimal): number => Number(d.toString());

/** Distance in ulps between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  BITS.setFloat64(0, a);
  const ia = BITS.getBigInt64(0);
  BITS.setFloat64(0, b);
  const ib = BITS.getBigInt64(0);
  return Number(ia > ib ? ia - ib : ib - ia);
}

function nextUp(y: number): number {
  BITS.setFloat64(0, y);
  BITS.setBigUint64(0, BITS.getBigUint64(0) + 1n);
  return BITS.getFloat64(0);
}

/** `f(x)` throws an `InvalidParameterError` of `api` for parameter `x`. */
function rejects(f: (x: number) => number, api: string, x: number): void {
  let caught: unknown;
  try {
    f(x);
  } catch (e) {
    caught = e;
  }
  expect(caught, `${api}(${x})`).toBeInstanceOf(InvalidParameterError);
  expect((caught as InvalidParameterError).api).toBe(api);
  expect((caught as InvalidParameterError).parameter).toBe('x');
}

const SQRT2 = 1.4142135623730951;
const SQRT_HALF = 0.7071067811865476;
const MIN_SUB = 5e-324; // 2^−1074
const MIN_NORMAL = 2.2250738585072014e-308; // 2^−1022

describe('detLog: guards, subnormals and the branch boundaries of the range reduction', () => {
  test('every x outside (0, ∞) is rejected with a typed error naming detLog and x', () => {
    for (const x of [0, -0, -MIN_SUB, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      rejects(detLog, 'detLog', x);
  });

  // [x, the bit-exact value of detLog(x)]; each within one ulp of ln x at 60 digits
  const GOLDEN: [number, number][] = [
    [1, 0],
    [2, 0.6931471805599453],
    [0.5, -0.6931471805599453],
    [MIN_SUB, -744.4400719213812],
    [3 * MIN_SUB, -743.3414596327132],
    [1e-310, -713.8013788281542],
    [MIN_NORMAL, -708.3964185322641],
    [1e-300, -690.7755278982137],
    [Number.MAX_VALUE, 709.782712893384],
    [SQRT2, 0.3465735902799727],
    [SQRT_HALF, -0.3465735902799726],
    [4 * SQRT2, 1.7328679513998633],
    [SQRT2 / 8, -1.7328679513998633],
    [1.414213562373003, 0.34657359027990753],
    [1.4142135623729375, 0.3465735902798612],
  ];
  test.each(GOLDEN)('detLog(%s) = %s (bit-exact; ≤ 1 ulp from ln x)', (x, y) => {
    expect(detLog(x)).toBe(y);
    const ref = nearest(exact(x).ln());
    if (y === 0) expect(ref).toBe(0);
    else expect(ulps(y, ref)).toBeLessThanOrEqual(1);
  });
});

describe('detExp: guards, overflow and underflow edges, the split scaling', () => {
  test('NaN and ±∞ are rejected with a typed error naming detExp and x', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) rejects(detExp, 'detExp', x);
  });

  test('far outside the range the result is ∞ or 0 at once (no scaling loop over a huge exponent)', () => {
    for (const x of [710, 1e5, 1e300, Number.MAX_VALUE]) expect(detExp(x)).toBe(Number.POSITIVE_INFINITY);
    for (const x of [-746, -1e5, -1e300, -Number.MAX_VALUE]) expect(detExp(x)).toBe(0);
    expect(Object.is(detExp(-1e300), 0)).toBe(true);
  });

  // [x, the bit-exact value of detExp(x)]; each within one ulp of e^x at 60 digits
  const GOLDEN: [number, number][] = [
    [0, 1],
    [30, 10686474581524.46],
    [-30, 9.357622968840175e-14],
    [709.782712893384, 1.7976931348622732e308], // ln(MAX_VALUE) rounded: the last finite input
    [709.7, 1.6549840276802644e308], // k = 1024: the scaling split at k > 1000
    [700, 1.0142320547350045e304],
    [-700, 9.85967654375977e-305],
    [-708.5, 2.006132305331306e-308], // subnormal
    [-740, 4.1995579896506e-322],
    [-745, MIN_SUB], // k = −1075: rounds up to the least subnormal
    [-745.2, 0], // the last input computed (k = −1075, below half the least subnormal)
  ];
  test.each(GOLDEN)('detExp(%s) = %s (bit-exact; ≤ 1 ulp from e^x)', (x, y) => {
    expect(detExp(x)).toBe(y);
    const ref = nearest(exact(x).exp());
    if (y === 0 || y < MIN_NORMAL) expect(Math.abs(y - ref)).toBeLessThanOrEqual(MIN_SUB);
    else expect(ulps(y, ref)).toBeLessThanOrEqual(1);
  });
});

describe('detSqrt: guards, special inputs, and the correction steps under a wrong Math.sqrt', () => {
  test('every x outside [0, ∞) is rejected with a typed error naming detSqrt and x', () => {
    for (const x of [-MIN_SUB, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      rejects(detSqrt, 'detSqrt', x);
  });

  test('±0 are returned unchanged (IEEE: √−0 = −0)', () => {
    expect(Object.is(detSqrt(0), 0)).toBe(true);
    expect(Object.is(detSqrt(-0), -0)).toBe(true);
  });

  const INPUTS = [MIN_SUB, 3 * MIN_SUB, 1e-310, MIN_NORMAL, 1, 2, 3, 0.5, 1 + 2 ** -50, 2 ** 1023, Number.MAX_VALUE];
  test.each(INPUTS)('detSqrt(%s) is the correctly rounded √x (decimal.js at 60 digits)', (x) => {
    expect(detSqrt(x)).toBe(nearest(exact(x).sqrt()));
  });

  /** detSqrt(x) while Math.sqrt returns `wrong(trueRoot)`. */
  function withWrongSqrt(wrong: (y: number) => number, x: number): number {
    const orig = Math.sqrt;
    const spy = vi.spyOn(Math, 'sqrt').mockImplementation((v) => wrong(orig(v)));
    try {
      return detSqrt(x);
    } finally {
      spy.mockRestore();
    }
  }

  test('a guess a few ulps too high or too low is corrected to the correctly rounded root', () => {
    const up3 = (y: number) => nextUp(nextUp(nextUp(y)));
    const down3 = (y: number) => -up3(-y);
    expect(withWrongSqrt(up3, 2)).toBe(SQRT2);
    expect(withWrongSqrt(down3, 2)).toBe(SQRT2);
    expect(withWrongSqrt(up3, MIN_SUB)).toBe(2.2227587494850775e-162);
    expect(withWrongSqrt(down3, Number.MAX_VALUE)).toBe(1.3407807929942596e154);
  });

  test('a guess that is NaN, ∞, 0 or negative is replaced by 1 and stepped to the root', () => {
    const x = 1 + 2 ** -50; // √x rounds to 1 + 2^−51: two steps from 1
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 0, -0, -1])
      expect(
        withWrongSqrt(() => bad, x),
        `guess ${bad}`,
      ).toBe(1 + 2 ** -51);
  });
});

describe('Xor4096Sampler: the polar method rejects s = 0 and s = 1; fillRows draws rows·(d + 1) normals', () => {
  /** A sampler whose uniform stream is `us` (then fails). */
  function stubbed(us: number[]): Xor4096Sampler {
    const s = new Xor4096Sampler('n:1');
    let i = 0;
    (s as unknown as { prng: { double(): number } }).prng = {
      double: () => {
        if (i >= us.length) throw new Error('stub stream exhausted');
        return us[i++]!;
      },
    };
    return s;
  }

  test('u = v = 0 (s = 0) and (u, v) = (1, 0) (s = 1) are rejected; (½, 0) is accepted', () => {
    const s = stubbed([0.5, 0.5, 1, 0.5, 0.75, 0.5]);
    const f = Math.sqrt((-2 * detLog(0.25)) / 0.25);
    expect(s.normal()).toBe(0.5 * f);
    expect(Object.is(s.normal(), 0)).toBe(true); // the spare v·f with v = 0
  });

  test('fillRows(rows = 2, d = 3) consumes exactly 8 normals of the stream', () => {
    const a = new Xor4096Sampler('n:7');
    const w = new Float64Array(6);
    const alpha = new Float64Array(2);
    a.fillRows(w, alpha, 2, 3);
    const b = new Xor4096Sampler('n:7');
    const seq = Array.from({ length: 9 }, () => b.normal());
    expect([...w.subarray(0, 3), alpha[0], ...w.subarray(3, 6), alpha[1]]).toEqual(seq.slice(0, 8));
    expect(a.normal()).toBe(seq[8]);
  });
});

describe('sampler version: read from the environment at load time, written back for workers', () => {
  const ENV = 'PRUNING_GAP_CHECK_SAMPLER';
  type Mod = typeof import('../../src/random/samplerVersion.js');
  async function load(env: string | undefined): Promise<Mod> {
    const saved = process.env[ENV];
    if (env === undefined) delete process.env[ENV];
    else process.env[ENV] = env;
    try {
      vi.resetModules();
      return await import('../../src/random/samplerVersion.js');
    } finally {
      if (saved === undefined) delete process.env[ENV];
      else process.env[ENV] = saved;
    }
  }

  test('unset or empty → the default 2; "1"/"2" → that version; anything else → a typed error naming the variable', async () => {
    const fresh = await load(undefined);
    expect(fresh.SAMPLER_VERSION).toBe(2);
    expect(fresh.SAMPLER_VERSIONS).toEqual([1, 2]);
    expect((await load('')).SAMPLER_VERSION).toBe(2);
    expect((await load('1')).SAMPLER_VERSION).toBe(1);
    expect((await load('2')).SAMPLER_VERSION).toBe(2);
    // (a fresh module graph: the error class is that graph's own, so it is checked by name)
    await expect(load('3')).rejects.toMatchObject({ name: 'InvalidParameterError', api: 'SeededRng' });
    await expect(load('3')).rejects.toThrow(/SeededRng: parameter 'PRUNING_GAP_CHECK_SAMPLER'/);
  });

  test('useSamplerVersion sets the version and the environment variable', async () => {
    const saved = process.env[ENV];
    const m = await load(undefined);
    try {
      m.useSamplerVersion(1);
      expect(m.SAMPLER_VERSION).toBe(1);
      expect(process.env[ENV]).toBe('1');
      m.useSamplerVersion(2);
      expect(m.SAMPLER_VERSION).toBe(2);
      expect(process.env[ENV]).toBe('2');
      expect(() => m.useSamplerVersion(3 as 1)).toThrow(/useSamplerVersion: parameter 'version'/);
    } finally {
      if (saved === undefined) delete process.env[ENV];
      else process.env[ENV] = saved;
    }
  });
});

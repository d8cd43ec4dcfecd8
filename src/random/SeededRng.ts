/**
 * # Seeded randomness
 *
 * Main definitions: {@link SeededRng} — uniform doubles, standard normals, integers, all from a seed,
 * by sampler version 2 (below, the default) or version 1 (seedrandom's xor4096 and the polar method,
 * `xor4096Sampler.ts`: the one a researcher can reproduce from any JavaScript notebook with
 * `seedrandom` alone — the recipe is in that module's header); {@link SAMPLER_VERSION}, the version
 * of the seed → value mapping in use (`samplerVersion.ts`).
 *
 * Main statements: the mapping seed → values is a fixed function built from integer operations and
 * IEEE-754 basic operations only, so every machine produces the same doubles for the same seed.
 *
 * Implementation notes (sampler version 2; version 1, seedrandom's xor4096 with Marsaglia's polar
 * method, ~5–12 M normals/s, is chosen by the constructor's `sampler` option or
 * {@link useSamplerVersion}; see CHANGELOG.md):
 * - Key: a seed n (safe integer) gives the key `n:<n>`, a string s the key `s:<s>`; {@link
 *   SeededRng.derive}(label) is the string seed `<key>/<label>` (key `s:<key>/<label>`), so per-claim
 *   streams do not depend on run order or sharding. Both versions start from this key.
 * - State: {@link seedState}(key), 128 bits. Words: xoshiro128** (Blackman–Vigna), 32-bit outputs
 *   w_1, w_2, … by `Math.imul`, shifts and xor.
 * - {@link SeededRng.uniform}: two words a, b → ((a >>> 11)·2^32 + b)·2^−53 (53 bits, exact).
 * - {@link SeededRng.normal}: ziggurat with 256 layers ({@link ZIG_X}, {@link ZIG_Y}). Two words
 *   a, b: layer i = a & 255, sign bit a & 256, u = ((a >>> 11)·2^32 + b)·2^−53, x = u·x_i. If
 *   x < x_{i+1}, return ±x (≈ 98.5 % of draws, no transcendental function). Else for i = 0 the tail
 *   beyond r (Marsaglia 1964: ξ = −ln(u₁)/r, η = −ln(u₂) until 2η > ξ², return ±(r + ξ), with
 *   u₁, u₂ = (53-bit uniform + 2^−53) ∈ (0, 1] and the deterministic {@link detLog}); for i ≥ 1
 *   the wedge test y_i + (y_{i+1} − y_i)·u₂ < e^{−x²/2} with a fresh uniform u₂ and the deterministic
 *   {@link detExp}, and on rejection the whole draw restarts with the next two words.
 *   {@link SeededRng.fillNormals} and {@link SeededRng.fillNormalRows} (network draw order: w_{j,1..d}
 *   then α_j) are the same stream written to arrays, with the generator state in locals: they equal
 *   as many calls of `normal()`.
 * - How the loop computes this mapping (same values, faster): the fast-path test u·x_i < x_{i+1} is
 *   decided on the 53-bit integer U = u·2^53 as U < {@link ZIG_CORE_LIMIT}[i], a bound found at load
 *   by bisection over the monotone map U ↦ fl(U·x_i·2^−53) (so the decision is the same for every U);
 *   the value ±fl(U·x_i·2^−53) is one multiply by a signed table entry indexed by a & 511 (rounding is
 *   symmetric, so this is the sign flip of the unsigned product, with no unpredictable branch); the
 *   draws outside the cores leave the hot loop (one loop for consecutive normals, one for the
 *   network draw order, state in locals) and are finished one at a time by a module function on the
 *   state array, with no per-stream buffers; the wedge test's answer is read off linear bounds of
 *   e^{−x²/2} (chord and tangents) when y is clear of them by 10^−9 relative, and only otherwise
 *   computed with `detExp` ({@link zigWedgeTest}: same answers, proof there). Tests compare the loops
 *   with the mapping written out naively and the wedge shortcut with the plain test
 *   (`test/random.test.ts`).
 * - A platform `Math.log`/`Math.exp` never enters a sampled value, and the platform's unseeded generator is never used.
 *
 * References: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS
 * 47(4), 2021 (xoshiro128**); Marsaglia–Tsang 2000 and Doornik 2005 (ziggurat, see
 * `zigguratTables.ts`).
 */
import { detLog } from './detLog.js';
import { detExp } from './detExp.js';
import { seedState } from './seedHash.js';
import { ZIG_LAYERS, ZIG_R, ZIG_X, ZIG_Y } from './zigguratTables.js';
import { InvalidParameterError, show, requireInt } from '../errors.js';
import { Xor4096Sampler } from './xor4096Sampler.js';
import { SAMPLER_VERSION, parseSamplerVersion, type SamplerVersion } from './samplerVersion.js';

/**
 * The version of the seed → value mapping used by default in this process (2 unless
 * {@link useSamplerVersion} chose 1; a live binding). A version changes whenever any sampled value
 * for some seed changes (generator, seeding, normal method); reports record it in their settings
 * (`settings.samplerVersion`) so that runs of different samplers are never compared.
 */
export { SAMPLER_VERSION };
export { DEFAULT_SAMPLER_VERSION, SAMPLER_VERSIONS, useSamplerVersion, type SamplerVersion } from './samplerVersion.js';

/** Options of {@link SeededRng}. */
export interface SeededRngOptions {
  /** The sampler version (default: {@link SAMPLER_VERSION}, the process's current one). */
  readonly sampler?: SamplerVersion;
}

/** A seed: a string or a safe integer. */
export type Seed = string | number;

const TWO32 = 4294967296;
const TWO53 = 9007199254740992;
const TWO_M53 = 1.1102230246251565e-16; // 2^−53 (a decimal literal is correctly rounded: exactly 2^−53)
/** x_i·2^−53 (exact: a power-of-two scaling of a normal double). */
const X_SCALED = ZIG_X.map((x) => x * TWO_M53);
/**
 * ±x_i·2^−53 indexed by the low 9 bits of word a: entry i + 256·s is (−1)^s·x_i·2^−53. Since
 * rounding to nearest is symmetric, U·(−c) = −(U·c) in doubles (also for U = 0: −0), so one multiply
 * gives the signed value of the sampler's `u·x_i` followed by the sign flip, with no branch on the sign.
 */
const X_SIGNED = new Float64Array(2 * ZIG_LAYERS);
for (let i = 0; i < ZIG_LAYERS; i++) {
  X_SIGNED[i] = X_SCALED[i]!;
  X_SIGNED[i + ZIG_LAYERS] = -X_SCALED[i]!;
}

/**
 * The fast-path test of the ziggurat as an integer bound (internal; exported for its test). For the
 * 53-bit integer U = (a >>> 11)·2^32 + b of a draw in layer i, the sampler's test
 * fl(U·x_i·2^−53) < x_{i+1} holds exactly when U < ZIG_CORE_LIMIT[i].
 *
 * Why: U ↦ fl(U·c) is non-decreasing for c > 0 (rounding is monotone), so the U passing the test
 * form an initial segment of [0, 2^53); its end — the least U in [0, 2^53] failing the test, 2^53
 * standing for "none below 2^53" — is found by bisection at load (53 steps per layer, exact integer
 * midpoints, the same test in doubles). The bound is a double holding an integer ≤ 2^53 exactly.
 */
export const ZIG_CORE_LIMIT = new Float64Array(ZIG_LAYERS);
for (let i = 0; i < ZIG_LAYERS; i++) {
  const c = X_SCALED[i]!,
    next = ZIG_X[i + 1]!;
  let lo = 0,
    hi = TWO53; // the least failing U is in [lo, hi] (hi = 2^53 counts as failing)
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2); // exact: hi − lo ≤ 2^53, and lo + ⌊·⌋ < hi ≤ 2^53
    if (mid * c < next) lo = mid + 1;
    else hi = mid;
  }
  ZIG_CORE_LIMIT[i] = lo;
}

function seedKey(api: string, seed: Seed): string {
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed))
      throw new InvalidParameterError(api, 'seed', 'a safe integer or a string', show(seed));
    return `n:${seed}`;
  }
  if (typeof seed !== 'string') throw new InvalidParameterError(api, 'seed', 'a safe integer or a string', show(seed));
  return `s:${seed}`;
}

/** A reproducible stream of random numbers. */
export class SeededRng {
  /** xoshiro128** state s0..s3 (int32 words; version 2). */
  private readonly s: Int32Array;
  /** The version-1 stream, or null under version 2. */
  private readonly v1: Xor4096Sampler | null;
  /** The key this stream was made from. */
  readonly key: string;
  /** The sampler version of this stream (and of the streams it derives). */
  readonly sampler: SamplerVersion;

  /**
   * @param seed a string or a safe integer
   * @param options `sampler`: 1 or 2 (default {@link SAMPLER_VERSION})
   * @throws InvalidParameterError for a seed that is neither, or a sampler other than 1 or 2
   */
  constructor(seed: Seed, options: SeededRngOptions = {}) {
    this.key = seedKey('SeededRng', seed);
    this.sampler =
      options.sampler === undefined ? SAMPLER_VERSION : parseSamplerVersion('SeededRng', 'sampler', options.sampler);
    this.s = seedState(this.key);
    this.v1 = this.sampler === 1 ? new Xor4096Sampler(this.key) : null;
  }

  /** An independent stream for `label`, derived from this stream's key (not its position), same sampler. */
  derive(label: string | number): SeededRng {
    return new SeededRng(`${this.key}/${label}`, { sampler: this.sampler });
  }

  /** The next 32-bit word of xoshiro128**, as an int32. */
  private word(): number {
    return nextWord(this.s);
  }

  /** Uniform double with 53 random bits: in [0, 1) from two words (version 2), `double()` of xor4096 (version 1). */
  uniform(): number {
    if (this.v1) return this.v1.uniform();
    const a = this.word();
    const b = this.word();
    return ((a >>> 11) * TWO32 + (b >>> 0)) * TWO_M53;
  }

  /** Uniform 32-bit unsigned integer (one word; version 1: `int32() >>> 0` of xor4096). */
  uint32(): number {
    if (this.v1) return this.v1.uint32();
    return this.word() >>> 0;
  }

  /** Uniform integer in [0, n) for a safe integer n ≥ 1 (rejection sampling, no modulo bias). */
  int(n: number): number {
    requireInt('SeededRng.int', 'n', n, 1, 2 ** 32);
    const lim = Math.floor(TWO32 / n) * n;
    for (;;) {
      const r = this.uint32();
      if (r < lim) return r % n;
    }
  }

  /** A standard normal N(0, 1) double (version 2: ziggurat, see the module header; version 1: polar method). */
  normal(): number {
    if (this.v1) return this.v1.normal();
    fillFlat(this.s, ONE, 0, 1);
    return ONE[0]!;
  }

  /**
   * Write standard normals to out[start..end), the same values as successive {@link normal} calls.
   * @throws InvalidParameterError for a range outside the array
   */
  fillNormals(out: Float64Array, start = 0, end: number = out.length): void {
    requireInt('SeededRng.fillNormals', 'start', start, 0, out.length);
    requireInt('SeededRng.fillNormals', 'end', end, start, out.length);
    if (this.v1) this.v1.fill(out, start, end);
    else fillFlat(this.s, out, start, end);
  }

  /**
   * Write rows·(d + 1) standard normals in network draw order: for each row j, w[j·d .. j·d + d)
   * then alpha[j] — the same values as rows·(d + 1) successive {@link normal} calls.
   * @throws InvalidParameterError for rows, d out of range or arrays too short
   */
  fillNormalRows(w: Float64Array, alpha: Float64Array, rows: number, d: number): void {
    requireInt('SeededRng.fillNormalRows', 'd', d, 1, 2 ** 20);
    requireInt('SeededRng.fillNormalRows', 'rows', rows, 0, Math.min(alpha.length, Math.floor(w.length / d)));
    if (this.v1) this.v1.fillRows(w, alpha, rows, d);
    else fillRows(this.s, w, alpha, rows, d);
  }
}

/** A one-value buffer for {@link SeededRng.normal} (filled and read in the same synchronous call). */
const ONE = new Float64Array(1);

/** The next word of the xoshiro128** state `st` (advanced in place), as an int32. */
function nextWord(st: Int32Array): number {
  const s0 = st[0]!,
    s1 = st[1]!;
  let s2 = st[2]!,
    s3 = st[3]!;
  const m = Math.imul(s1, 5);
  const r = Math.imul((m << 7) | (m >>> 25), 9);
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  st[1] = s1 ^ s2;
  st[0] = s0 ^ s3;
  st[2] = s2 ^ t;
  st[3] = (s3 << 11) | (s3 >>> 21);
  return r;
}

/** The 53-bit uniform of the next two words of `st` (as {@link SeededRng.uniform}). */
function nextUniform(st: Int32Array): number {
  const a = nextWord(st);
  const b = nextWord(st);
  return ((a >>> 11) * TWO32 + (b >>> 0)) * TWO_M53;
}

/**
 * Hand-over from the core loops ({@link coreFlat}, {@link coreRows}) to their callers, one synchronous
 * call at a time (never re-entered): the words a, b of the draw outside the cores that stopped the
 * loop, and the row cursor of {@link coreRows} (row j, position o in it; o = d means α_j is next).
 */
const STOP = { wa: 0, wb: 0, j: 0, o: 0 };

/**
 * A draw whose words a, b fell outside the rectangle cores (≈ 1.5 % of draws), finished as the
 * module header says — the tail for layer 0, the wedge test for layers i ≥ 1, further words from
 * `st` — with its sign applied; NaN when the wedge test rejects it (the draw then restarts).
 */
function outsideCore(st: Int32Array, wa: number, wb: number): number {
  const i = wa & 255;
  let x: number;
  if (i === 0) {
    for (;;) {
      const xi = -detLog(nextUniform(st) + TWO_M53) / ZIG_R;
      const eta = -detLog(nextUniform(st) + TWO_M53);
      if (eta + eta > xi * xi) {
        x = ZIG_R + xi;
        break;
      }
    }
  } else {
    x = ((wa >>> 11) * TWO32 + (wb >>> 0)) * X_SCALED[i]!;
    const y = ZIG_Y[i]! + (ZIG_Y[i + 1]! - ZIG_Y[i]!) * nextUniform(st);
    if (!zigWedgeTest(i, x, y)) return NaN;
  }
  return wa & 256 ? -x : x;
}

/**
 * Per layer i ≥ 1, entries 6i … 6i + 5: kind (1: x_{i+1} ≥ 1, f = e^{−x²/2} convex on the layer;
 * −1: x_i ≤ 1, concave; 0: the layer contains the inflection point x = 1, or a check below failed),
 * x_a = x_{i+1}, F_a, the chord's slope (F_b − F_a)/(x_b − x_a), x_b = x_i, F_b, where F_e is
 * detExp(−x_e²/2) — f at the layer's ends within 2·10^−14 relative (see {@link zigWedgeTest}).
 */
const WEDGE = new Float64Array(6 * ZIG_LAYERS);
for (let i = 1; i < ZIG_LAYERS; i++) {
  const xa = ZIG_X[i + 1]!,
    xb = ZIG_X[i]!;
  const fa = detExp(-0.5 * xa * xa),
    fb = detExp(-0.5 * xb * xb);
  let kind = xa >= 1 ? 1 : xb <= 1 ? -1 : 0;
  // the tangent factors 1 − x_a·(x − x_a) and 1 + x_b·(x_b − x) are linear in x: positive at both ends
  // means positive on the layer, so F·factor is a positive multiple of the exact tangent
  if (!(1 - xa * (xb - xa) > 0.25)) kind = 0; // (the other factor is ≥ 1)
  WEDGE.set([kind, xa, fa, (fb - fa) / (xb - xa), xb, fb], 6 * i);
}
const BELOW = 0.999999999; // 1 − 10^−9 (within an ulp)
const ABOVE = 1.000000001; // 1 + 10^−9

/**
 * The wedge test of layer i ≥ 1 (internal; exported for its test): y < detExp(−x²/2), for the x of a
 * draw outside the core (so x_{i+1} ≤ x ≤ x_i: x = fl(U·x_i·2^−53) with U < 2^53) and any y — the
 * same answer, mostly without the deterministic exponential (≈ 93 % of wedge draws).
 *
 * Why it is the same answer: f(x) = e^{−x²/2} is convex on [1, ∞) and concave on [0, 1]. On a convex
 * layer the chord through (x_a, f(x_a)), (x_b, f(x_b)) lies above f and the tangents at x_a and x_b
 * below it; on a concave layer the other way round. The bounds are built from F_a, F_b instead of
 * f(x_a), f(x_b), as positive combinations (chord) or positive multiples (tangents, checked at load),
 * so they are the exact bounds within the relative error θ of F. That error, and the error of
 * E(x) := detExp(fl(−x²/2)) against f(x), is below 2·10^−14 for x ∈ [0, 3.66]: the rounded argument
 * moves e^a by ≤ x²/2·2^−53 ≤ 7.5·10^−16 relative; in `detExp` (|k| ≤ 10) the Cody–Waite reduction
 * errs by ≤ 10^−16, the degree-17 Horner sum by ≤ γ_34·e^{2|t|} ≤ 7.8·10^−15 (|t| ≤ 0.35,
 * γ_n = n·2^−53/(1 − n·2^−53)), the rounded coefficients by ≤ 2.3·10^−16, the truncation by < 10^−20,
 * and the scaling by 2^k is exact (the results are normal). Evaluating a bound in doubles adds a few
 * ulps relative to its terms, each at most 4 times the bound (the chord's terms are ≤ F_a ≤ 2.1·F_b,
 * and the load check keeps the tangent factors above 1/4 — the smallest is 0.29, in layer 1). So
 * y < lo·(1 − 10^−9) implies y < E(x), and y ≥ hi·(1 + 10^−9) implies
 * y ≥ E(x), with five orders of magnitude to spare; between the two (≈ 7 % of the draws, and the
 * whole layer containing x = 1) E(x) itself decides. `test/random.test.ts` compares this function
 * with the plain test on every layer, near the curve and at random.
 */
export function zigWedgeTest(i: number, x: number, y: number): boolean {
  const B = WEDGE,
    k = 6 * i,
    kind = B[k]!;
  if (kind !== 0) {
    const xa = B[k + 1]!,
      fa = B[k + 2]!,
      xb = B[k + 4]!,
      fb = B[k + 5]!;
    const chord = fa + B[k + 3]! * (x - xa);
    const ta = fa * (1 - xa * (x - xa)),
      tb = fb * (1 + xb * (xb - x));
    const lo = kind > 0 ? Math.max(ta, tb) : chord;
    const hi = kind > 0 ? chord : Math.min(ta, tb);
    if (y < lo * BELOW) return true;
    if (!(y < hi * ABOVE)) return false;
  }
  return y < detExp(-0.5 * x * x);
}

/**
 * The hot loop for consecutive normals, generator state in locals: writes out[k], out[k + 1], …
 * while the draws fall in their layer's rectangle core (U < {@link ZIG_CORE_LIMIT}[i]; the value is
 * U·(±x_i·2^−53)) and returns the index it stopped at: `end`, or the index of a draw outside the
 * cores, whose words (consumed) are then in {@link STOP}. The state `st` is written back.
 */
function coreFlat(st: Int32Array, out: Float64Array, k: number, end: number): number {
  const LIMIT = ZIG_CORE_LIMIT,
    XS = X_SIGNED,
    two32 = TWO32;
  let s0 = st[0]!,
    s1 = st[1]!,
    s2 = st[2]!,
    s3 = st[3]!;
  while (k < end) {
    // word a
    let m = Math.imul(s1, 5);
    const wa = Math.imul((m << 7) | (m >>> 25), 9);
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    // word b
    m = Math.imul(s1, 5);
    const wb = Math.imul((m << 7) | (m >>> 25), 9);
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const u = (wa >>> 11) * two32 + (wb >>> 0); // the 53-bit integer U, exact
    if (!(u < LIMIT[wa & 255]!)) {
      STOP.wa = wa;
      STOP.wb = wb;
      break;
    }
    out[k++] = u * XS[wa & 511]!; // ±fl(U·x_i·2^−53): layer i = a & 255, sign bit a & 256
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
  return k;
}

/** Normals into out[k..end), the stream of `normal()` calls. Unvalidated. */
function fillFlat(st: Int32Array, out: Float64Array, k: number, end: number): void {
  for (;;) {
    k = coreFlat(st, out, k, end);
    if (k >= end) return;
    const z = outsideCore(st, STOP.wa, STOP.wb);
    if (z === z) out[k++] = z; // NaN: a rejected wedge draw
  }
}

/**
 * {@link coreFlat} for the network draw order (row j: w[j·d .. j·d + d), then alpha[j]), from the row
 * cursor in {@link STOP} to row `rows`; true when it stopped at a draw outside the cores (words in
 * STOP), false when done. The state and the cursor are written back. Each row's w-part is a tight
 * inner loop like {@link coreFlat}'s and α_j a draw of its own (the same code, written twice: one
 * loop with a per-value "w or α?" branch was ≈ 10 % slower).
 */
function coreRows(st: Int32Array, w: Float64Array, alpha: Float64Array, rows: number, d: number): boolean {
  const LIMIT = ZIG_CORE_LIMIT,
    XS = X_SIGNED,
    two32 = TWO32,
    cur = STOP;
  let s0 = st[0]!,
    s1 = st[1]!,
    s2 = st[2]!,
    s3 = st[3]!;
  let j = cur.j;
  let iw = j * d + cur.o;
  let stopped = false;
  rows: while (j < rows) {
    const rowEnd = j * d + d;
    while (iw < rowEnd) {
      // word a
      let m = Math.imul(s1, 5);
      const wa = Math.imul((m << 7) | (m >>> 25), 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      // word b
      m = Math.imul(s1, 5);
      const wb = Math.imul((m << 7) | (m >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const u = (wa >>> 11) * two32 + (wb >>> 0);
      if (!(u < LIMIT[wa & 255]!)) {
        cur.wa = wa;
        cur.wb = wb;
        stopped = true;
        break rows;
      }
      w[iw++] = u * XS[wa & 511]!;
    }
    // α_j: the same draw
    let m = Math.imul(s1, 5);
    const wa = Math.imul((m << 7) | (m >>> 25), 9);
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    m = Math.imul(s1, 5);
    const wb = Math.imul((m << 7) | (m >>> 25), 9);
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const u = (wa >>> 11) * two32 + (wb >>> 0);
    if (!(u < LIMIT[wa & 255]!)) {
      cur.wa = wa;
      cur.wb = wb;
      stopped = true;
      break;
    }
    alpha[j++] = u * XS[wa & 511]!;
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
  cur.j = j;
  cur.o = iw - j * d; // d when the stop was at α_j
  return stopped;
}

/** rows·(d + 1) normals in network draw order (see {@link SeededRng.fillNormalRows}). Unvalidated. */
function fillRows(st: Int32Array, w: Float64Array, alpha: Float64Array, rows: number, d: number): void {
  const cur = STOP;
  cur.j = 0;
  cur.o = 0;
  while (coreRows(st, w, alpha, rows, d)) {
    const z = outsideCore(st, cur.wa, cur.wb);
    if (z !== z) continue; // a rejected wedge draw
    if (cur.o < d) {
      w[cur.j * d + cur.o] = z;
      cur.o++;
    } else {
      alpha[cur.j] = z;
      cur.j++;
      cur.o = 0;
    }
  }
}

/**
 * # Seeded randomness
 *
 * Main definitions: {@link SeededRng} — uniform doubles, standard normals, integers, all from a seed;
 * {@link SAMPLER_VERSION}, the version of the seed → value mapping below.
 *
 * Main statements: the mapping seed → values is a fixed function built from integer operations and
 * IEEE-754 basic operations only, so every machine produces the same doubles for the same seed.
 *
 * Implementation notes (sampler version 2; version 1 was seedrandom's xor4096 with Marsaglia's polar
 * method, ~12 M normals/s; see CHANGELOG.md):
 * - Key: a seed n (safe integer) gives the key `n:<n>`, a string s the key `s:<s>`; {@link
 *   SeededRng.derive} appends `/<label>`, so per-claim streams do not depend on run order or sharding.
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
 *   symmetric, so this is the sign flip of the unsigned product, with no unpredictable branch); and
 *   the draws outside the cores leave the hot loop to be finished one at a time. A test compares
 *   the loop with the mapping written out naively (`test/random.test.ts`).
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

/**
 * The version of the seed → value mapping. It changes whenever any sampled value for some seed
 * changes (generator, seeding, normal method); reports should record it in their settings
 * (`settings.samplerVersion`) so that runs of different samplers are never compared.
 */
export const SAMPLER_VERSION = 2;

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
  const c = X_SCALED[i]!, next = ZIG_X[i + 1]!;
  let lo = 0, hi = TWO53; // the least failing U is in [lo, hi] (hi = 2^53 counts as failing)
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2); // exact: hi − lo ≤ 2^53, and lo + ⌊·⌋ < hi ≤ 2^53
    if (mid * c < next) lo = mid + 1;
    else hi = mid;
  }
  ZIG_CORE_LIMIT[i] = lo;
}

function seedKey(api: string, seed: Seed): string {
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed)) throw new InvalidParameterError(api, 'seed', 'a safe integer or a string', show(seed));
    return `n:${seed}`;
  }
  if (typeof seed !== 'string') throw new InvalidParameterError(api, 'seed', 'a safe integer or a string', show(seed));
  return `s:${seed}`;
}

/** A reproducible stream of random numbers. */
export class SeededRng {
  /** xoshiro128** state s0..s3 (int32 words). */
  private readonly s: Int32Array;
  private readonly one = new Float64Array(1);
  /** The key this stream was made from. */
  readonly key: string;

  /** @param seed a string or a safe integer */
  constructor(seed: Seed) {
    this.key = seedKey('SeededRng', seed);
    this.s = seedState(this.key);
  }

  /** An independent stream for `label`, derived from this stream's key (not its position). */
  derive(label: string | number): SeededRng {
    return new SeededRng(`${this.key}/${label}`);
  }

  /** The next 32-bit word of xoshiro128**, as an int32. */
  private word(): number {
    const s = this.s;
    const s0 = s[0]!, s1 = s[1]!;
    let s2 = s[2]!, s3 = s[3]!;
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return r;
  }

  /** Uniform double in [0, 1) with 53 random bits (two words). */
  uniform(): number {
    const a = this.word();
    const b = this.word();
    return ((a >>> 11) * TWO32 + (b >>> 0)) * TWO_M53;
  }

  /** Uniform 32-bit unsigned integer (one word). */
  uint32(): number {
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

  /** A standard normal N(0, 1) double (ziggurat; see the module header for the exact mapping). */
  normal(): number {
    this.fill(this.one, 0, 1, this.one, 2);
    return this.one[0]!;
  }

  /**
   * Write standard normals to out[start..end), the same values as successive {@link normal} calls.
   * @throws InvalidParameterError for a range outside the array
   */
  fillNormals(out: Float64Array, start = 0, end: number = out.length): void {
    requireInt('SeededRng.fillNormals', 'start', start, 0, out.length);
    requireInt('SeededRng.fillNormals', 'end', end, start, out.length);
    this.fill(out, start, end - start, out, end - start + 1);
  }

  /**
   * Write rows·(d + 1) standard normals in network draw order: for each row j, w[j·d .. j·d + d)
   * then alpha[j] — the same values as rows·(d + 1) successive {@link normal} calls.
   * @throws InvalidParameterError for rows, d out of range or arrays too short
   */
  fillNormalRows(w: Float64Array, alpha: Float64Array, rows: number, d: number): void {
    requireInt('SeededRng.fillNormalRows', 'd', d, 1, 2 ** 20);
    requireInt('SeededRng.fillNormalRows', 'rows', rows, 0, Math.min(alpha.length, Math.floor(w.length / d)));
    this.fill(w, 0, rows * d, alpha, d);
  }

  /**
   * n values go to a[ia..] except that after every `period` of them the next goes to b[0..], and the
   * last a-value of a full period is followed by its b-value (period > n: all to a). Unvalidated.
   * The draws in a rectangle core are made by {@link fillCore}; this loop takes the others (≈ 1.5 %)
   * one at a time through {@link slowPath} — the same words in the same order as `normal()` calls.
   */
  private fill(a: Float64Array, ia: number, na: number, b: Float64Array, period: number): void {
    const st = this.s, cur = CURSOR;
    const endA = ia + na;
    cur[0] = ia;
    cur[1] = 0;
    cur[2] = 0;
    while (fillCore(st, a, endA, b, period)) {
      const wa = cur[3]!, wb = cur[4]!;
      const i = wa & 255;
      let z = this.slowPath(i, ((wa >>> 11) * TWO32 + (wb >>> 0)) * X_SCALED[i]!);
      if (z !== z) continue; // NaN marks a rejected wedge draw
      if (wa & 256) z = -z;
      if (cur[2] === period) {
        b[cur[1]!++] = z;
        cur[2] = 0;
      } else {
        a[cur[0]!++] = z;
        cur[2]!++;
      }
    }
  }

  /** The tail (layer 0, x ≥ r) or the wedge test (layer i ≥ 1); NaN when the draw is rejected. */
  private slowPath(i: number, x: number): number {
    if (i === 0) {
      for (;;) {
        const xi = -detLog(this.uniform() + TWO_M53) / ZIG_R;
        const eta = -detLog(this.uniform() + TWO_M53);
        if (eta + eta > xi * xi) return ZIG_R + xi;
      }
    }
    const y = ZIG_Y[i]! + (ZIG_Y[i + 1]! - ZIG_Y[i]!) * this.uniform();
    return y < detExp(-0.5 * x * x) ? x : NaN;
  }
}

/**
 * Hand-over between {@link fillCore} and `SeededRng.fill` (one synchronous call at a time, never
 * re-entered): [0] next a-index, [1] next b-index, [2] phase, [3] and [4] the words a, b of a draw
 * outside the cores.
 */
const CURSOR = new Float64Array(5);

/**
 * The hot loop of `SeededRng.fill`, generator state in locals: draws normals while they fall in
 * their layer's rectangle core (U < {@link ZIG_CORE_LIMIT}[i], then the value is U·(±x_i·2^−53)),
 * placing them as `fill` does from the cursor in {@link CURSOR}. Returns true when it stopped at a
 * draw outside the core (its words in CURSOR[3], CURSOR[4], both consumed), false when done; the
 * state `st` and the cursor are written back either way.
 */
function fillCore(st: Int32Array, a: Float64Array, endA: number, b: Float64Array, period: number): boolean {
  const cur = CURSOR, LIMIT = ZIG_CORE_LIMIT, XS = X_SIGNED, two32 = TWO32;
  let s0 = st[0]!, s1 = st[1]!, s2 = st[2]!, s3 = st[3]!;
  let ia = cur[0]!, ib = cur[1]!, phase = cur[2]!;
  let stopped = false;
  while (ia < endA || phase === period) {
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
      cur[3] = wa;
      cur[4] = wb;
      stopped = true;
      break;
    }
    const z = u * XS[wa & 511]!; // ±fl(U·x_i·2^−53): layer i = a & 255, sign bit a & 256
    if (phase === period) {
      b[ib++] = z;
      phase = 0;
    } else {
      a[ia++] = z;
      phase++;
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
  cur[0] = ia;
  cur[1] = ib;
  cur[2] = phase;
  return stopped;
}

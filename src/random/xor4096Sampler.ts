/**
 * # Sampler version 1: seedrandom's xor4096 and Marsaglia's polar method
 *
 * Main definitions: {@link Xor4096Sampler} — the uniform doubles, 32-bit words and standard normals
 * of sampler version 1 for a seed key, the source behind `new SeededRng(seed, { sampler: 1 })` and
 * `npm run check -- --sampler 1`.
 *
 * Main statements: the values are those of the following recipe, which needs nothing but the npm
 * package `seedrandom` (3.x) and can be run in any JavaScript notebook:
 *
 * ```js
 * import seedrandom from 'seedrandom';
 * // 1. the key: `n:${seed}` for an integer seed, `s:${seed}` for a string seed (new SeededRng(42):
 * //    'n:42'; new SeededRng('golden'): 's:golden'); rng.derive(label) is the string seed
 * //    `${rng.key}/${label}`, so its key is `s:${rng.key}/${label}` (e.g. 's:n:42/run')
 * const prng = seedrandom.xor4096('n:42');
 * // 2. uniform(): prng.double()  (53 bits, in (0, 1));  uint32(): prng.int32() >>> 0
 * // 3. normal(): Marsaglia's polar method, values in pairs
 * function* normals(prng, ln = Math.log) {
 *   for (;;) {
 *     const u = 2 * prng.double() - 1, v = 2 * prng.double() - 1;
 *     const s = u * u + v * v;
 *     if (s >= 1 || s === 0) continue;          // rejected pair: draw two new uniforms
 *     const f = Math.sqrt((-2 * ln(s)) / s);
 *     yield u * f;                              // this call's value
 *     yield v * f;                              // the next call's value (kept as a spare)
 *   }
 * }
 * // 4. a random network (randomNetwork(seed, N, d)): for j = 1..N the normals w_{j,1..d}, then α_j,
 * //    each double converted exactly to a rational
 * ```
 *
 * With `ln = Math.log` the accept/reject decisions and the pairing are exactly those of this module
 * (they use no logarithm) and every normal agrees to within a few units in the last place; for
 * bit-identical normals pass this project's deterministic logarithm `detLog`
 * (`src/random/detLog.ts`, thirty lines of IEEE-754 basic operations) as `ln` — the product uses
 * `detLog`, so that no platform `Math.log` enters a sampled value. `Math.sqrt` is the correctly
 * rounded IEEE-754 square root on every engine in use. Interleaved calls share the one xor4096
 * stream: a `uniform()` between two normals takes the next double after the pair's uniforms, and
 * the spare of a pair is still returned by the next `normal()`.
 *
 * Implementation notes: this is the sampler of the project's first releases, unchanged (reports
 * made with it record `samplerVersion: 1`). It is about 5 times slower than version 2 (see
 * `bench/sampling.ts`), which stays the default.
 *
 * References: D. P. Baker, `seedrandom` (xor4096: R. P. Brent's xorgens, 2006); G. Marsaglia,
 * T. A. Bray, "A convenient method for generating normal variables", SIAM Review 6 (1964).
 */
import seedrandom from 'seedrandom';
import { detLog } from './detLog.js';

/** The version-1 stream of one seed key (see the module header for the exact recipe). */
export class Xor4096Sampler {
  private readonly prng: seedrandom.PRNG;
  /** The second value of the last accepted pair, or NaN when none is pending. */
  private spare = NaN;

  /** @param key the seed key (`n:<seed>`, `s:<seed>`, with `/<label>` per derivation) */
  constructor(key: string) {
    this.prng = seedrandom.xor4096(key);
  }

  /** `prng.double()`: a uniform double in (0, 1) with 53 random bits. */
  uniform(): number {
    return this.prng.double();
  }

  /** `prng.int32() >>> 0`: a uniform 32-bit unsigned integer. */
  uint32(): number {
    return this.prng.int32() >>> 0;
  }

  /** A standard normal: Marsaglia's polar method with `detLog` (the spare of a pair first). */
  normal(): number {
    const spare = this.spare;
    if (spare === spare) {
      this.spare = NaN;
      return spare;
    }
    for (;;) {
      const u = 2 * this.prng.double() - 1;
      const v = 2 * this.prng.double() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * detLog(s)) / s);
      this.spare = v * f;
      return u * f;
    }
  }

  /** out[start..end) ← successive {@link normal} values. Unvalidated. */
  fill(out: Float64Array, start: number, end: number): void {
    for (let k = start; k < end; k++) out[k] = this.normal();
  }

  /** rows·(d + 1) successive normals in network draw order (w[j·d .. j·d + d), then alpha[j]). Unvalidated. */
  fillRows(w: Float64Array, alpha: Float64Array, rows: number, d: number): void {
    for (let j = 0; j < rows; j++) {
      this.fill(w, j * d, j * d + d);
      alpha[j] = this.normal();
    }
  }
}

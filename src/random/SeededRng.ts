/**
 * # Seeded randomness
 *
 * Main definitions: {@link SeededRng} — uniform doubles, standard normals, integers, all from a seed.
 *
 * Implementation notes:
 * - Uniforms come from seedrandom's `xor4096` generator (integer-only state updates; its `double()`
 *   builds 53-bit doubles from 32-bit words by exact scaling), so they are identical on every machine.
 * - Normals use Marsaglia's polar method: u, v uniform on (−1, 1), s = u² + v² ∈ (0, 1),
 *   z = u·√(−2 ln s / s). It needs only +, ×, ÷, √ (correctly rounded in IEEE-754) and ln, for which
 *   the platform-independent {@link detLog} is used: no platform transcendental function and no
 *   unseeded randomness anywhere.
 * - A seed is a string or a safe integer; {@link SeededRng.derive} makes independent streams from a
 *   parent seed and a label, so per-claim streams do not depend on run order or sharding.
 */
import seedrandom from 'seedrandom';
import { detLog } from './detLog.js';
import { InvalidParameterError, show, requireInt } from '../errors.js';

/** A seed: a string or a safe integer. */
export type Seed = string | number;

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
  private readonly prng: seedrandom.PRNG;
  private spare: number | undefined;
  /** The key this stream was made from. */
  readonly key: string;

  /** @param seed a string or a safe integer */
  constructor(seed: Seed) {
    this.key = seedKey('SeededRng', seed);
    this.prng = seedrandom.xor4096(this.key);
  }

  /** An independent stream for `label`, derived from this stream's key (not its position). */
  derive(label: string | number): SeededRng {
    return new SeededRng(`${this.key}/${label}`);
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    return this.prng.double();
  }

  /** Uniform 32-bit unsigned integer. */
  uint32(): number {
    return this.prng.int32() >>> 0;
  }

  /** Uniform integer in [0, n) for a safe integer n ≥ 1 (rejection sampling, no modulo bias). */
  int(n: number): number {
    requireInt('SeededRng.int', 'n', n, 1, 2 ** 32);
    const lim = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const r = this.uint32();
      if (r < lim) return r % n;
    }
  }

  /** A standard normal N(0, 1) double (Marsaglia polar method, deterministic ln). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * detLog(s)) / s);
      this.spare = v * f;
      return u * f;
    }
  }
}

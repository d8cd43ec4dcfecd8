/**
 * Benchmarks of seeded sampling: normals per second of the version-2 sampler (xoshiro128** +
 * ziggurat, deterministic) against a plain float baseline in the same run — the same xoshiro128**
 * uniforms through Marsaglia's polar method with the platform `Math.log` (what a straightforward,
 * not reproducible, float sampler does; no `Math.random`) — and against the version-1 sampler
 * (seedrandom xor4096 + polar method + deterministic ln), kept here only as a baseline.
 */
import seedrandom from 'seedrandom';
import { SeededRng } from '../src/random/SeededRng.js';
import { detLog } from '../src/random/detLog.js';
import type { ExtraRow } from './extra.js';

type Measure = (name: string, fn: () => unknown, time?: number, iterations?: number) => Promise<number>;

/** Normals per batch in the sampling rows. */
export const NORMALS = 1_000_000;

/** xoshiro128** uniforms in [0, 1) with 53 bits, through the polar method with `Math.log`. */
function floatPolarFill(out: Float64Array, seed: number): void {
  let s0 = seed | 0 || 1,
    s1 = 0x9e3779b9 | 0,
    s2 = 0x243f6a88,
    s3 = 0x85a308d3 | 0;
  const word = (): number => {
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return r;
  };
  const uniform = () => ((word() >>> 11) * 4294967296 + (word() >>> 0)) * 2 ** -53;
  for (let k = 0; k < out.length; ) {
    const u = 2 * uniform() - 1,
      v = 2 * uniform() - 1;
    const s = u * u + v * v;
    if (s >= 1 || s === 0) continue;
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    out[k++] = u * f;
    if (k < out.length) out[k++] = v * f;
  }
}

/** The version-1 sampler: seedrandom xor4096 doubles, polar method, deterministic ln. */
function v1Fill(out: Float64Array, key: string): void {
  const prng = seedrandom.xor4096(key);
  for (let k = 0; k < out.length; ) {
    const u = 2 * prng.double() - 1,
      v = 2 * prng.double() - 1;
    const s = u * u + v * v;
    if (s >= 1 || s === 0) continue;
    const f = Math.sqrt((-2 * detLog(s)) / s);
    out[k++] = u * f;
    if (k < out.length) out[k++] = v * f;
  }
}

/** Million normals per second for a batch time in ms. */
export function mPerSecond(ms: number): number {
  return NORMALS / ms / 1000;
}

/** The sampling rows. */
export async function samplingBenches(measure: Measure): Promise<ExtraRow[]> {
  const out = new Float64Array(NORMALS);
  const rng = new SeededRng('bench-normals');
  const v2 = await measure('normals v2', () => rng.fillNormals(out), 1500, 10);
  let seed = 1;
  const flt = await measure('normals float polar', () => floatPolarFill(out, seed++), 1500, 10);
  let key = 0;
  const v1 = await measure('normals v1', () => v1Fill(out, `v1:${key++}`), 1500, 5);
  const fmt = (ms: number) => `${mPerSecond(ms).toFixed(1)} M/s`;
  return [
    {
      name: `10^6 standard normals, sampler v2 (xoshiro128** + ziggurat, deterministic): ${fmt(v2)} (target ≥ 60 M/s); float polar ${fmt(flt)}`,
      exactMs: v2,
      baselineMs: flt,
      baseline: 'xoshiro128** + polar method with Math.log',
      targetMs: 1000 / 60,
    },
    {
      name: `the same, sampler v1 (seedrandom xor4096 + polar + detLog): ${fmt(v1)}`,
      exactMs: v1,
      baselineMs: flt,
      baseline: 'xoshiro128** + polar method with Math.log',
    },
  ];
}

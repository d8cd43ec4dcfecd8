/**
 * # Seeded random networks
 *
 * Main definitions: {@link randomNetwork}(seed, N, d): w_j ~ N(0, I_d), α_j ~ N(0, 1), independent.
 *
 * Implementation notes: each sample is a double from {@link SeededRng.normal} converted *exactly*
 * to a rational (m·2^e), so the network is an exact object, identical on every machine for a seed.
 * Draw order: for j = 1..N, first w_{j,1..d}, then α_j — so the first N' neurons of a network with
 * N > N' are the network with N' (prefix property, used by the broken-bin process).
 *
 * The arrays of a raw network of at most {@link POOLED_BYTES} bytes are carved from a shared
 * ArrayBuffer (a slab 32 times the size of the network that opens it, like Node's Buffer pool):
 * creating an ArrayBuffer costs ≈ 1.5 µs whatever its size, as much as sampling a few hundred
 * normals, and dominated the per-network overhead of the 10^5-network benchmark. Consequences:
 * `w.buffer` is shared with other networks (never transfer or detach it), and a network kept alive
 * keeps its slab (at most 256 KiB) alive.
 *
 * References: arXiv:2603.02234 (the random network, as defined above).
 */
import { Rational } from '../exact/Rational.js';
import { SeededRng, type Seed } from '../random/SeededRng.js';
import { Network, type Neuron } from './Network.js';
import { requireDimension } from './validate.js';
import { requireInt } from '../errors.js';

/** The largest N accepted (a guard against absurd sizes). */
export const MAX_NEURONS = 10_000_000;

/** Raw doubles of a random network: for the float filters (exactly the same values as the Network). */
export interface RawNetwork {
  readonly N: number;
  readonly d: number;
  /** w_{j,k} at index j·d + k. */
  readonly w: Float64Array;
  readonly alpha: Float64Array;
}

/** Raw networks of at most this many bytes (N·(d + 1) doubles) share slabs. */
export const POOLED_BYTES = 8192;
/** The current slab and how much of it is handed out. */
let slab = new ArrayBuffer(0);
let slabUsed = 0;

/**
 * The raw doubles of the seeded network (same draws as {@link randomNetwork}). For N·(d + 1)·8 ≤
 * {@link POOLED_BYTES}, `w` and `alpha` are views into a slab shared with other networks.
 * @throws InvalidParameterError for N < 0, d < 2 or a bad seed
 */
export function randomRawNetwork(seed: Seed, N: number, d: number): RawNetwork {
  requireInt('randomNetwork', 'N', N, 0, MAX_NEURONS);
  requireDimension('randomNetwork', d);
  const rng = new SeededRng(seed);
  // w and α share one buffer — a slice of the pool's slab for small networks (see the module
  // header); the normals are written straight into it in draw order (w_{j,1..d}, α_j for each j)
  const bytes = 8 * N * (d + 1);
  let buf: ArrayBuffer,
    at = 0;
  if (bytes > POOLED_BYTES) buf = new ArrayBuffer(bytes);
  else {
    if (slabUsed + bytes > slab.byteLength) {
      slab = new ArrayBuffer(32 * bytes);
      slabUsed = 0;
    }
    buf = slab;
    at = slabUsed;
    slabUsed += bytes; // a multiple of 8, so every offset is aligned for Float64Array
  }
  const w = new Float64Array(buf, at, N * d);
  const alpha = new Float64Array(buf, at + 8 * N * d, N);
  rng.fillNormalRows(w, alpha, N, d);
  return { N, d, w, alpha };
}

/** The exact network of a raw one. */
export function exactNetwork(raw: RawNetwork): Network {
  const neurons: Neuron[] = [];
  for (let j = 0; j < raw.N; j++) {
    const w: Rational[] = [];
    for (let k = 0; k < raw.d; k++) w.push(Rational.fromDouble(raw.w[j * raw.d + k]!));
    neurons.push({ alpha: Rational.fromDouble(raw.alpha[j]!), w });
  }
  return new Network(raw.d, neurons);
}

/**
 * The exact random network for (seed, N, d).
 * @throws InvalidParameterError for N < 0, d < 2 or a bad seed
 */
export function randomNetwork(seed: Seed, N: number, d: number): Network {
  return exactNetwork(randomRawNetwork(seed, N, d));
}

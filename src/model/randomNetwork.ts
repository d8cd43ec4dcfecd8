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

/**
 * The raw doubles of the seeded network (same draws as {@link randomNetwork}).
 * @throws InvalidParameterError for N < 0, d < 2 or a bad seed
 */
export function randomRawNetwork(seed: Seed, N: number, d: number): RawNetwork {
  requireInt('randomNetwork', 'N', N, 0, MAX_NEURONS);
  requireDimension('randomNetwork', d);
  const rng = new SeededRng(seed);
  // w and α share one buffer (one allocation: typed-array allocation dominates small networks);
  // the normals are written straight into it in draw order (w_{j,1..d}, α_j for each j)
  const buf = new ArrayBuffer(8 * N * (d + 1));
  const w = new Float64Array(buf, 0, N * d);
  const alpha = new Float64Array(buf, 8 * N * d, N);
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

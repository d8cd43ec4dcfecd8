/**
 * # Bias-free two-layer ReLU networks and their pruned subnetworks
 *
 * Main definitions:
 * - {@link Network}: g(x) = Σ_j α_j σ(⟨w_j, x⟩) (reading A1), with {@link Network.evalA2}
 *   g(x) = σ(Σ_j α_j σ(⟨w_j, x⟩)) (reading A2, output ReLU);
 * - {@link Network.neuronPrune}: g_S, keeping the neurons of S (structured pruning);
 * - {@link Network.weightPrune}: g_{M,m}(x) = Σ_j m_j α_j σ(⟨M_j ⊙ w_j, x⟩) (unstructured pruning);
 * - {@link TargetNeuron}: f(x) = σ(⟨w*, x⟩) with ‖w*‖₂ = 1 exactly (or explicitly unchecked).
 *
 * Main statements: a pruned network is again a {@link Network}, so every exact tool applies to
 * pruned networks unchanged (E13 `neuron_pruned_eq_weight_pruned` is checked, not assumed).
 *
 * Implementation notes: immutable; every coordinate is a {@link Rational}; validated on
 * construction (lengths, dimension, types). Neuron indices are 0-based in code, 1-based in the
 * paper.
 *
 * References: arXiv:2603.02234 (the network, neuron pruning, weight pruning and the target neuron,
 * as defined above); readings A1 and A2 as in the blueprint (`docs/blueprint.md`), where A2 (output
 * ReLU) is the reading of E16 and §7 (W3).
 */
import { Rational } from '../exact/Rational.js';
import { dot, relu } from './relu.js';
import { networkValueAt } from './neuronValues.js';
import { requireDimension, requireRational, requireUnitVector, requireVector } from './validate.js';
import { InvalidParameterError, show } from '../errors.js';

/** One hidden neuron: output weight α and input weights w ∈ Q^d. */
export interface Neuron {
  readonly alpha: Rational;
  readonly w: readonly Rational[];
}

/** A bias-free two-layer ReLU network with exact rational parameters. */
export class Network {
  /** Input dimension. */
  readonly d: number;
  /** The hidden neurons. */
  readonly neurons: readonly Neuron[];

  /**
   * @param d input dimension, an integer ≥ 2 — or ≥ 1 when `allowD1` (for 1-D helpers)
   * @param neurons hidden neurons, each with `w` of length d
   * @throws InvalidParameterError on a bad dimension, a length mismatch or a non-Rational entry
   */
  constructor(d: number, neurons: readonly Neuron[]) {
    requireDimension('Network', d);
    if (!Array.isArray(neurons))
      throw new InvalidParameterError('Network', 'neurons', 'an array of {alpha, w}', show(neurons));
    neurons.forEach((n, j) => {
      requireRational('Network', `neurons[${j}].alpha`, n?.alpha);
      requireVector('Network', `neurons[${j}].w`, n?.w, d);
    });
    this.d = d;
    this.neurons = neurons.map((n) => Object.freeze({ alpha: n.alpha, w: Object.freeze([...n.w]) }));
    Object.freeze(this.neurons);
  }

  /** Number of hidden neurons N. */
  get N(): number {
    return this.neurons.length;
  }

  private requireInput(api: string, x: readonly Rational[]): void {
    requireVector(api, 'x', x, this.d);
  }

  /** g(x) = Σ_j α_j σ(⟨w_j, x⟩) (reading A1). */
  eval(x: readonly Rational[]): Rational {
    this.requireInput('Network.eval', x);
    return networkValueAt(this, x); // Σ_j α_j σ(⟨w_j, x⟩) over one common denominator
  }

  /** σ(g(x)) (reading A2: output ReLU). */
  evalA2(x: readonly Rational[]): Rational {
    return relu(this.eval(x));
  }

  /**
   * g_S: keep the neurons whose (0-based) indices are in S.
   * @throws InvalidParameterError for an index outside [0, N) or a repeated index
   */
  neuronPrune(S: Iterable<number>): Network {
    const seen = new Set<number>();
    for (const j of S) {
      if (!Number.isSafeInteger(j) || j < 0 || j >= this.N)
        throw new InvalidParameterError('Network.neuronPrune', 'S', `a set of indices in [0, ${this.N})`, show(j));
      if (seen.has(j))
        throw new InvalidParameterError('Network.neuronPrune', 'S', 'a set (no repeated index)', show(j));
      seen.add(j);
    }
    return new Network(
      this.d,
      [...seen].sort((a, b) => a - b).map((j) => this.neurons[j]!),
    );
  }

  /**
   * g_{M,m}: neuron j is kept iff m[j], and its weight k iff M[j][k].
   * Kept neurons stay in place (pruned weights become 0), dropped neurons are removed.
   * @throws InvalidParameterError when the mask shapes do not match N×d and N
   */
  weightPrune(M: readonly (readonly boolean[])[], m: readonly boolean[]): Network {
    if (!Array.isArray(m) || m.length !== this.N)
      throw new InvalidParameterError(
        'Network.weightPrune',
        'm',
        `a boolean array of length N = ${this.N}`,
        Array.isArray(m) ? `length ${m.length}` : show(m),
      );
    if (!Array.isArray(M) || M.length !== this.N)
      throw new InvalidParameterError(
        'Network.weightPrune',
        'M',
        `an N×d boolean matrix (N = ${this.N})`,
        Array.isArray(M) ? `${M.length} rows` : show(M),
      );
    const out: Neuron[] = [];
    this.neurons.forEach((n, j) => {
      const row = M[j]!;
      if (!Array.isArray(row) || row.length !== this.d)
        throw new InvalidParameterError(
          'Network.weightPrune',
          `M[${j}]`,
          `a boolean row of length d = ${this.d}`,
          Array.isArray(row) ? `length ${row.length}` : show(row),
        );
      if (!m[j]) return;
      out.push({ alpha: n.alpha, w: n.w.map((x, k) => (row[k] ? x : Rational.ZERO)) });
    });
    return new Network(this.d, out);
  }

  /** A network with every α_j multiplied by c (e.g. −1 to form differences). */
  scaleOutput(c: Rational): Network {
    return new Network(
      this.d,
      this.neurons.map((n) => ({ alpha: n.alpha.mul(c), w: n.w })),
    );
  }

  /** The concatenation of two networks' neurons (their sum as functions). */
  plus(o: Network): Network {
    if (o.d !== this.d)
      throw new InvalidParameterError('Network.plus', 'o', `a network of dimension ${this.d}`, `dimension ${o.d}`);
    return new Network(this.d, [...this.neurons, ...o.neurons]);
  }

  /** JSON form (rationals as "p/q"). */
  toJSON(): { d: number; alpha: string[]; w: string[][] } {
    return {
      d: this.d,
      alpha: this.neurons.map((n) => n.alpha.toString()),
      w: this.neurons.map((n) => n.w.map((x) => x.toString())),
    };
  }
}

/** The target neuron f(x) = σ(⟨w*, x⟩). */
export class TargetNeuron {
  /** Input dimension. */
  readonly d: number;
  /** w*, exact. */
  readonly w: readonly Rational[];

  /**
   * @param w the target's weight vector
   * @param options `requireUnit` (default true): refuse w with ‖w‖₂ ≠ 1
   * @throws InvalidParameterError for a bad dimension or a non-unit w where a unit one is required
   */
  constructor(w: readonly Rational[], options: { requireUnit?: boolean } = {}) {
    const requireUnit = options.requireUnit ?? true;
    requireDimension('TargetNeuron', Array.isArray(w) ? w.length : w);
    if (requireUnit) requireUnitVector('TargetNeuron', 'w', w);
    else requireVector('TargetNeuron', 'w', w);
    this.d = w.length;
    this.w = Object.freeze([...w]);
  }

  /** f(x) = σ(⟨w*, x⟩) */
  eval(x: readonly Rational[]): Rational {
    requireVector('TargetNeuron.eval', 'x', x, this.d);
    return relu(dot(this.w, x));
  }

  /** f as a one-neuron network (α = 1). */
  asNetwork(): Network {
    return new Network(this.d, [{ alpha: Rational.ONE, w: this.w }]);
  }

  /** The error network e = f − g as a network (f with α = 1, g's α negated). */
  minus(g: Network): Network {
    return this.asNetwork().plus(g.scaleOutput(Rational.MINUS_ONE));
  }

  /** JSON form. */
  toJSON(): { w: string[] } {
    return { w: this.w.map((x) => x.toString()) };
  }
}

/**
 * # The exact A2 sup over the cube for general networks
 *
 * Main definitions: {@link a2CubeSup}(f, g) — sup_{x ∈ [−1, 1]^d} |σ(⟨w*, x⟩) − σ(g(x))| exactly,
 * with a witness point, for any bias-free two-layer network g (reading A2: an output ReLU after the
 * sum) and d ≤ 4; {@link A2CubeSup}.
 *
 * Main statements: every neuron hyperplane {⟨w_j, x⟩ = 0}, the target's {⟨w*, x⟩ = 0} and the zero
 * set of each linear piece g_P(x) = Σ_{j ∈ P} α_j ⟨w_j, x⟩ (P an activation pattern) pass through
 * the origin, so h(x) = σ(⟨w*, x⟩) − σ(g(x)) is positively homogeneous of degree 1 and |h| attains
 * its max over X = [−1, 1]^d on the boundary of X (h(0) = 0 and h(sx) = s·h(x)). On a face of X
 * (x_k = ±1) the neuron hyperplanes cut full-dimensional convex cells Q, each with one pattern P, on
 * which g = g_P is affine; the target's hyperplane and {g_P = 0} cut Q into pieces on which h is
 * affine, so |h| is convex there and its max is at a vertex: a point of X where d linearly
 * independent constraints among {x_k = ±1} (at least one), the neuron hyperplanes, ⟨w*, x⟩ = 0 and
 * ⟨v_P, x⟩ = 0 are active. Every full-dimensional cell Q has a vertex p among the vertices of the
 * neuron arrangement on the faces, and Q's pattern is one of the patterns obtained at p by choosing
 * a side of each hyperplane through p (the others' sides are fixed by p). So the candidate set —
 * those vertices for the neuron hyperplanes, w* and every such v_P — is a finite superset of the
 * maximisers; h is evaluated exactly at every candidate (a superset is harmless).
 *
 * Implementation notes: reuses E11's candidate enumeration (`cubeCandidatePoints`: fraction-free
 * Bareiss elimination in BigInt) and integer form (`integerForm`); patterns are collected per
 * vertex of the neuron arrangement, with neurons on one hyperplane (ties, cancelling pairs,
 * antipodal pairs) grouped so that a hyperplane through p contributes one binary choice. At most
 * {@link A2_MAX_PATTERNS} distinct pieces (a degenerate network with very many hyperplanes through
 * one point exceeds it: an InvalidParameterError, never a wrong answer). Cost grows like
 * C(H, d − 1) for H hyperplanes and pieces: meant for d ≤ 4 and tens of neurons.
 *
 * References: blueprint E11 (the A1 argument, `cubeSup.ts`), E16 and §7 W3 (reading A2,
 * `axisConstructions.ts` for the axis-aligned special case); arXiv:2603.02234, Definition 1.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, show } from '../errors.js';
import { Network, TargetNeuron } from './Network.js';
import { cubeCandidatePoints, integerForm } from './cubeSup.js';
import { dot, relu } from './relu.js';

/** The most distinct linear pieces g_P {@link a2CubeSup} collects. */
export const A2_MAX_PATTERNS = 4096;

/** Result of {@link a2CubeSup}. */
export interface A2CubeSup {
  /** sup_X |σ(⟨w*, x⟩) − σ(g(x))| exactly */
  readonly value: Rational;
  /** a point of X attaining it */
  readonly witness: Rational[];
  /** candidate points examined */
  readonly candidates: number;
  /** distinct non-zero linear pieces g_P collected */
  readonly pieces: number;
}

function gcdBig(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The primitive integer vector of v up to a positive scale, or undefined for v = 0. */
function primitive(v: readonly bigint[]): bigint[] | undefined {
  let g = 0n;
  for (const x of v) g = gcdBig(g, x);
  return g === 0n ? undefined : v.map((x) => x / g);
}

/**
 * sup over X = [−1, 1]^d of |σ(⟨w*, x⟩) − σ(g(x))| exactly, with a witness (reading A2), for d ≤ 4.
 * @throws InvalidParameterError for f, g of different or unsupported dimensions, or a network whose
 *   arrangement has more than {@link A2_MAX_PATTERNS} linear pieces
 */
export function a2CubeSup(f: TargetNeuron, g: Network): A2CubeSup {
  const api = 'a2CubeSup';
  if (!(f instanceof TargetNeuron)) throw new InvalidParameterError(api, 'f', 'a TargetNeuron', show(f));
  if (!(g instanceof Network)) throw new InvalidParameterError(api, 'g', 'a Network', show(g));
  if (g.d !== f.d) throw new InvalidParameterError(api, 'g', `a network of dimension d = ${f.d}`, `dimension ${g.d}`);
  if (g.d > 4) throw new InvalidParameterError(api, 'g.d', 'an integer in [2, 4] (vertex enumeration)', String(g.d));
  const d = g.d;
  const net = integerForm(g); // g(x) = Σ_j (B_j/L)·σ(⟨W_j, x⟩)
  // distinct hyperplanes up to sign; each neuron's hyperplane and orientation
  const planes: bigint[][] = [];
  const key = new Map<string, number>();
  const planeOf: number[] = [];
  const orient: bigint[] = [];
  for (const w of net.W) {
    const first = w.find((v) => v !== 0n)!;
    const o = first < 0n ? -1n : 1n;
    const n = w.map((v) => v * o);
    const k = n.join(',');
    if (!key.has(k)) {
      key.set(k, planes.length);
      planes.push(n);
    }
    planeOf.push(key.get(k)!);
    orient.push(o);
  }
  // the linear pieces v_P = Σ_{j ∈ P} B_j W_j at every vertex of the neuron arrangement on the faces
  const pieces = new Map<string, bigint[]>();
  for (const p of cubeCandidatePoints(d, planes)) {
    const side = planes.map((h) => {
      let z = 0n;
      for (let k = 0; k < d; k++) z += h[k]! * p.P[k]!;
      return z > 0n ? 1n : z < 0n ? -1n : 0n;
    });
    const through = side.flatMap((s, h) => (s === 0n ? [h] : []));
    if (through.length > 12)
      throw new InvalidParameterError(
        api,
        'g',
        `a network with at most 12 distinct hyperplanes through one point of a face`,
        `${through.length}`,
      );
    for (let mask = 0; mask < 1 << through.length; mask++) {
      const s = [...side];
      through.forEach((h, t) => (s[h] = (mask >> t) & 1 ? 1n : -1n));
      const v: bigint[] = new Array(d).fill(0n);
      net.W.forEach((w, j) => {
        if (orient[j]! * s[planeOf[j]!]! > 0n) for (let k = 0; k < d; k++) v[k]! += net.B[j]! * w[k]!;
      });
      const pv = primitive(v);
      if (!pv) continue;
      const first = pv.find((x) => x !== 0n)!;
      const n = first < 0n ? pv.map((x) => -x) : pv; // a zero set: the sign does not matter
      pieces.set(n.join(','), n);
      if (pieces.size > A2_MAX_PATTERNS)
        throw new InvalidParameterError(
          api,
          'g',
          `a network with at most ${A2_MAX_PATTERNS} linear pieces`,
          `more pieces`,
        );
    }
  }
  const target = primitive(integerForm(new Network(d, [{ alpha: Rational.ONE, w: f.w }])).W[0] ?? []);
  const hyper = [...planes, ...(target ? [target] : []), ...pieces.values()];
  const pts = cubeCandidatePoints(d, hyper);
  let best = Rational.ZERO;
  let witness = Array.from({ length: d }, () => Rational.ZERO);
  for (const pt of pts) {
    const x = pt.P.map((v) => Rational.of(v, pt.D));
    const e = relu(dot(f.w, x))
      .sub(relu(g.eval(x)))
      .abs();
    if (e.gt(best)) {
      best = e;
      witness = x;
    }
  }
  return { value: best, witness, candidates: pts.length, pieces: pieces.size };
}

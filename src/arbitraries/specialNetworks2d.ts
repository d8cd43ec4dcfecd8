/**
 * # Special d = 2 networks: the bounded-exhaustive grids of the foundations
 *
 * Main definitions: {@link specialNetworks2d} — small d = 2 networks of special neurons
 * ({@link SPECIAL_W2}) whose kink lines run through the square's corners and edge midpoints; the
 * special points {@link SPECIAL_X2} and unit targets {@link SPECIAL_TARGETS2}; the grids
 * {@link familyRestrictGrid} (E1), {@link homogeneityGrid} (E3), {@link cubeSupGrid} (E11) and
 * {@link pruningGrid} (E13), each with its domain in words for a claim's `exhaustive.domain`.
 *
 * Main statements: none (fixed data; a few hundred inputs per grid).
 *
 * Implementation notes: the grids are built fresh on each call (claims may keep references).
 *
 * References: blueprint E1, E3, E11, E13 (`docs/blueprint.md`).
 */
import { Rational, q } from '../exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import { SPECIAL_C } from './negativeScaleArb.js';

/**
 * Special d = 2 weight vectors: kink lines x_1 = ±x_2 (through the square's corners; family
 * breakpoints t = ∓1), x_1 = 0 and x_2 = 0 (through the edge midpoints; t = 0 and none), and the
 * breakpoints t = −1/2 and t = 2 (outside [−1, 1]).
 */
export const SPECIAL_W2: readonly (readonly Rational[])[] = [
  [q(1), q(1)],
  [q(1), q(-1)],
  [q(-1), q(1)],
  [q(1), q(0)],
  [q(0), q(1)],
  [q(2), q(1)],
  [q(1, 2), q(-1)],
];

/** Special points of [−1, 1]²: the corners, edge midpoints, the centre and a kink point. */
export const SPECIAL_X2: readonly (readonly Rational[])[] = [
  [q(1), q(1)],
  [q(1), q(-1)],
  [q(-1), q(1)],
  [q(-1), q(-1)],
  [q(1), q(0)],
  [q(0), q(1)],
  [q(0), q(0)],
  [q(1, 2), q(-1, 2)],
];

/** Small d = 2 networks: each special neuron with α ∈ {1, −1/2}, and the pairs ±(x_1 + x_2)/(x_1 − x_2), x_1/x_2, and a cancelling pair. */
export function specialNetworks2d(): Network[] {
  const out: Network[] = [];
  for (const w of SPECIAL_W2) for (const alpha of [q(1), q(-1, 2)]) out.push(new Network(2, [{ alpha, w: [...w] }]));
  const n = (alpha: Rational, w: readonly Rational[]): Neuron => ({ alpha, w: [...w] });
  out.push(new Network(2, [n(q(1), SPECIAL_W2[0]!), n(q(-1), SPECIAL_W2[1]!)]));
  out.push(new Network(2, [n(q(1), SPECIAL_W2[3]!), n(q(1), SPECIAL_W2[4]!)]));
  out.push(new Network(2, [n(q(1), SPECIAL_W2[0]!), n(q(-1), SPECIAL_W2[0]!)]));
  return out;
}

/** The grid of {@link familyRestrictGrid} in words. */
export const FAMILY_RESTRICT_GRID_DOMAIN =
  'd = 2: every special network (each of 7 special neurons with α ∈ {1, −1/2}, and 3 pairs) × t ∈ {−1, −1/2, 0, 1/2, 1}; d = 4, family 2: each special neuron embedded in coordinates 3, 4 × the same t';

/** E1's grid: (network, family, t) with breakpoints on the square's corners and edges. */
export function familyRestrictGrid(): { g: Network; i: number; t: Rational }[] {
  const ts = [q(-1), q(-1, 2), q(0), q(1, 2), q(1)];
  const out: { g: Network; i: number; t: Rational }[] = [];
  for (const g of specialNetworks2d()) for (const t of ts) out.push({ g, i: 1, t });
  for (const w of SPECIAL_W2) {
    const g = new Network(4, [{ alpha: q(1), w: [q(1, 2), q(-1), w[0]!, w[1]!] }]);
    for (const t of ts) out.push({ g, i: 2, t });
  }
  return out;
}

/** The grid of {@link homogeneityGrid} in words. */
export const HOMOGENEITY_GRID_DOMAIN =
  'd = 2: every special network × x ∈ {corners, edge midpoints, 0, (1/2, −1/2)} × c ∈ {0, 1/2, 1, 2, −1/1024 (a near miss of c ≥ 0)}';

/** E3's grid. */
export function homogeneityGrid(): { g: Network; x: Rational[]; c: Rational }[] {
  return specialNetworks2d().flatMap((g) => SPECIAL_X2.flatMap((x) => SPECIAL_C.map((c) => ({ g, x: [...x], c }))));
}

/** Special unit targets of d = 2: e_1, e_2, (3/5, 4/5), (−4/5, 3/5). */
export const SPECIAL_TARGETS2: readonly (readonly Rational[])[] = [
  [q(1), q(0)],
  [q(0), q(1)],
  [q(3, 5), q(4, 5)],
  [q(-4, 5), q(3, 5)],
];

/** The grid of {@link cubeSupGrid} in words. */
export const CUBE_SUP_GRID_DOMAIN =
  'd = 2: f ∈ {e_1, e_2, (3/5, 4/5), (−4/5, 3/5)} × g ∈ {every special network, f itself, f with α = 1/2} × the corners and the centre as sample points × the diagonal segment from (−1, −1) to (1, 1)';

/** E11's grid: special targets and networks with kink lines through the square's corners and edges. */
export function cubeSupGrid(): {
  f: TargetNeuron;
  g: Network;
  points: Rational[][];
  segment: [Rational[], Rational[]];
}[] {
  const points = [SPECIAL_X2[0]!, SPECIAL_X2[2]!, SPECIAL_X2[6]!, SPECIAL_X2[7]!].map((x) => [...x]);
  const segment: [Rational[], Rational[]] = [
    [q(-1), q(-1)],
    [q(1), q(1)],
  ];
  return SPECIAL_TARGETS2.flatMap((w) => {
    const f = new TargetNeuron(w);
    const gs = [
      ...specialNetworks2d(),
      new Network(2, [{ alpha: q(1), w: [...w] }]),
      new Network(2, [{ alpha: q(1, 2), w: [...w] }]),
    ];
    return gs.map((g) => ({ f, g, points, segment }));
  });
}

/** The grid of {@link pruningGrid} in words. */
export const PRUNING_GRID_DOMAIN =
  'd = 2: three networks of special neurons (N = 2, 3, 3) × every subset S of their neurons × x ∈ {(1, 1), (−1, 1/2)}';

/** E13's grid: every subset of three small special networks. */
export function pruningGrid(): { g: Network; S: number[]; x: Rational[] }[] {
  const n = (alpha: Rational, k: number): Neuron => ({ alpha, w: [...SPECIAL_W2[k]!] });
  const nets = [
    new Network(2, [n(q(1), 0), n(q(-1), 1)]),
    new Network(2, [n(q(1), 3), n(q(1), 4), n(q(-1, 2), 5)]),
    new Network(2, [n(q(1), 0), n(q(-1), 0), n(q(2), 6)]),
  ];
  const xs = [
    [q(1), q(1)],
    [q(-1), q(1, 2)],
  ];
  const out: { g: Network; S: number[]; x: Rational[] }[] = [];
  for (const g of nets)
    for (let mask = 0; mask < 1 << g.N; mask++) {
      const S = Array.from({ length: g.N }, (_, j) => j).filter((j) => (mask >> j) & 1);
      for (const x of xs) out.push({ g, S, x });
    }
  return out;
}

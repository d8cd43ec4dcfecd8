/**
 * # E11 `sup_over_cube_eq_max_over_vertices` (Definition 1, exactly)
 *
 * Statement: sup_{x∈[−1,1]^d} |e(x)| for e = f − g equals the max of |e| over the finite vertex set
 * (d independent active constraints among cube faces and the hyperplanes ⟨w_j, x⟩ = 0, at least
 * one a face). Checked four ways against {@link cubeSupAbs}:
 * - attainment: the witness lies in X and |e(witness)| equals the sup;
 * - soundness at points: no sampled rational point of X exceeds it;
 * - soundness on segments: the exact 1-D sup of e along a random segment inside X (an independent
 *   algorithm, the sorted sweep) does not exceed it;
 * - for d = 2, exactness: it equals the max of the exact 1-D sups over the square's four edges, and
 *   a dense exact grid (spacing 1/8) comes within Lip(e)·(1/16) of it.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { fact, rel, type Relation } from '../../src/claims/Relation.js';
import { networkArb } from '../../src/arbitraries/networkArb.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { unitVectorArb } from '../../src/arbitraries/unitVectorArb.js';
import { CUBE_SUP_GRID_DOMAIN, cubeSupGrid } from '../../src/arbitraries/specialNetworks2d.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { cubeSupAbs } from '../../src/model/cubeSup.js';
import { PiecewiseLinear } from '../../src/model/PiecewiseLinear.js';
import { dot } from '../../src/model/relu.js';
import { Rational, q, maxOf } from '../../src/exact/Rational.js';

interface Input {
  f: TargetNeuron;
  g: Network;
  points: Rational[][];
  segment: [Rational[], Rational[]];
}

/** sup over s ∈ [0,1] of |e(p + s(r − p))|, exactly, by the 1-D sweep. */
function segmentSup(e: Network, p: readonly Rational[], r: readonly Rational[]): Rational {
  const dir = r.map((v, k) => v.sub(p[k]!));
  const pl = PiecewiseLinear.sum(e.neurons.map((n) => PiecewiseLinear.neuron(n.alpha, dot(n.w, dir), dot(n.w, p))));
  return pl.supAbs(Rational.ZERO, Rational.ONE).value;
}

const inCube = (x: readonly Rational[]) => x.every((v) => v.abs().le(Rational.ONE));

export default defineClaim<ExactClaim<Input>>({
  id: 'sup_over_cube_eq_max_over_vertices',
  specRef: 'E11',
  paperRef: 'Definition 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube'],
  kind: 'exact-forall',
  statement:
    'sup_{x∈[−1,1]^d} |f(x) − g(x)| is attained on the finite set of points of X where d independent constraints among {x_k = ±1} ∪ {⟨w_j,x⟩ = 0} ∪ {⟨w*,x⟩ = 0} are active (at least one a face); it is the max of |f − g| there.',
  smtNote:
    'A statement about the algorithm (its finite vertex set equals the sup): as a formula it quantifies over every point of the cube and every network, and its d = 2 instance is the check-point lemma the SMT encodings themselves use (squareCheckPoints), so encoding it would be circular; checked against points, 1-D sweeps and grids.',
  uses: ['network_positive_homogeneous'],
  expected: 'holds',
  hypotheses: 'f = σ(⟨w*, ·⟩) with w* a rational unit vector, g a bias-free network, X = [−1, 1]^d.',
  domain:
    'd ∈ {2, 3}, N ≤ 6 (d = 2) or ≤ 4 (d = 3); compared with up to 6 sampled points and a random segment of X (denominators ≤ 16), and for d = 2 with the square’s edges and a dense grid.',
  proofSketch:
    'The hyperplanes ⟨w_j, x⟩ = 0 and ⟨w*, x⟩ = 0 cut X into convex polytopes on which e = f − g is affine, so |e| is convex on each piece and peaks at a vertex of some piece. Such a vertex is where d independent constraints are active; since e(0) = 0 and e is positively homogeneous, a maximiser can be pushed to the boundary, so one active constraint can be taken as a cube face. Enumerating these finitely many points gives the exact sup.',
  numRuns: { ci: 150, full: 1000 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 3 }).chain((d) => {
      const pt = fc.array(rationalArb({ maxDen: 16 }), { minLength: d, maxLength: d });
      return fc.record({
        f: unitVectorArb({ d }).map((w) => new TargetNeuron(w)),
        g: networkArb({ d, maxN: d === 2 ? 6 : 4 }),
        points: fc.array(pt, { minLength: 1, maxLength: 6 }),
        segment: fc.tuple(pt, pt),
      });
    }),
  exhaustive: { domain: CUBE_SUP_GRID_DOMAIN, inputs: cubeSupGrid },
  check: ({ f, g, points, segment }) => {
    const e = f.minus(g);
    const sup = cubeSupAbs(e);
    const rels: Relation[] = [
      fact('witness ∈ [−1,1]^d', inCube(sup.witness)),
      rel('|e(witness)|', e.eval(sup.witness).abs(), '=', 'sup', sup.value),
    ];
    for (const x of points) rels.push(rel('|e(x)| at a sampled point', e.eval(x).abs(), '<=', 'sup', sup.value));
    rels.push(
      rel('exact sup of |e| on a random segment in X', segmentSup(e, segment[0], segment[1]), '<=', 'sup', sup.value),
    );
    if (f.d === 2) {
      const one = Rational.ONE;
      const corners = [
        [one, one],
        [one, one.neg()],
        [one.neg(), one.neg()],
        [one.neg(), one],
      ];
      const edges = corners.map((c, k) => segmentSup(e, c, corners[(k + 1) % 4]!));
      rels.push(rel('max over the 4 edges of the exact 1-D sup', maxOf(edges), '=', 'sup', sup.value));
      let grid = Rational.ZERO;
      for (let a = -8; a <= 8; a++) for (let b = -8; b <= 8; b++) grid = grid.max(e.eval([q(a, 8), q(b, 8)]).abs());
      let lip = Rational.ZERO; // |e(x) − e(y)| ≤ Σ|α_j|‖w_j‖₁ ‖x − y‖_∞
      for (const n of e.neurons) lip = lip.add(n.alpha.abs().mul(n.w.reduce((s, v) => s.add(v.abs()), Rational.ZERO)));
      rels.push(rel('max over the 1/8-grid', grid, '<=', 'sup', sup.value));
      rels.push(rel('sup − grid max', sup.value.sub(grid), '<=', 'Lip·(1/16)', lip.mul(q(1, 16))));
    }
    return rels;
  },
});

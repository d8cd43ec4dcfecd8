/**
 * # E10 `hat_certificate_of_not_approx`
 *
 * Statement: if for some family i, centre c and h > 0 with [c−h, c+h] ⊆ [−1, 1],
 * |Σ_k J_k (h − |τ_k − c|)_+| > 4ε where (τ_k, J_k) are the breakpoints of f∘x_i − φ_{S,i}, then g_S
 * does not ε-approximate f. This certificate also covers cancelling kinks.
 *
 * The conclusion is checked independently with the exact sup over the cube (E11, d ∈ {2, 3}).
 * Generator: ε = s·|hat sum|/4, so the hypothesis |hat| > 4ε reads s < 1. Half the cases are random
 * networks (coinciding breakpoints and cancelling jumps included) with s ∈ (0, 1) — the hypothesis
 * holds by construction —; the other half come from `hatCaseArb` (src/arbitraries/boundary.ts): the
 * extremal approximant of a window [t* − δ, t* + δ] (and perturbations of it), whose hat sum at
 * c = t*, h = δ is κδ = 4·(its exact error), with s = 1 (the equality case: vacuous for the constant
 * 4, refuted as soon as 4 is lowered by 1 %), s = 1023/1024 or a dyadic s ∈ (0, 1). The bounded-
 * exhaustive grid runs every special window × perturbation × s ∈ {1, 1023/1024, 1/2}.
 * Shares: 6 : 3 : 1 — random networks, the extremal cases, and near misses (`hatNearMissArb`): the
 * hat's window [c − h, c + h] sticks out of [−1, 1] by a little, with |hat| > 4ε while
 * sup_X |f − g| < ε (the overhang approximant of `extremal.ts`) — vacuous here, they refute the
 * variant that drops the window hypothesis (test/variants.test.ts).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, type Relation } from '../../src/claims/Relation.js';
import type { Network, TargetNeuron } from '../../src/model/Network.js';
import { restrictError } from '../../src/model/family.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { EXTREMAL_GRID_DOMAIN } from '../../src/arbitraries/extremalCaseArb.js';
import { hatCaseArb, hatGrid, hatNearMissArb, randomHatArb } from '../../src/arbitraries/hatCaseArb.js';
import { cubeError } from '../../src/model/cubeError.js';

interface Input {
  f: TargetNeuron;
  i: number;
  g: Network;
  c: Rational;
  h: Rational;
  s: Rational;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'hat_certificate_of_not_approx',
  specRef: 'E10',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube'],
  kind: 'exact-forall',
  statement:
    'If |Σ_k J_k (h − |τ_k − c|)_+| > 4ε for the breakpoints (τ_k, J_k) of f∘x_i − φ_{S,i} and [c−h, c+h] ⊆ [−1,1], then g_S does not ε-approximate f.',
  uses: ['second_difference_eq_hat_sum', 'sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  hypotheses:
    'A family i, a centre c and h > 0 with [c − h, c + h] ⊆ [−1, 1] and |Σ_k J_k (h − |τ_k − c|)_+| > 4ε over the breakpoints of f∘x_i − φ_{S,i}.',
  domain:
    'd ∈ {2, 3}, N ≤ 4 (with twin neurons whose jumps cancel), c = t* or c ∈ [−7/8, 7/8], h ∈ [1/32, 1], ε a fraction s ∈ [1/32, 31/32] of the certified value; plus the exhaustive grid.',
  proofSketch:
    'By E4 the hat sum equals the second difference e(c−h) − 2e(c) + e(c+h) of the error e, which is at most 4·max|e| by the triangle inequality; so max|e| > ε at one of three points of X.',
  numRuns: { ci: 200, full: 1500 },
  // 6 : 3 : 1 — random networks, extremal cases, near misses (the hat's window sticks out of [−1, 1])
  arbitrary: () =>
    fc.oneof(
      { arbitrary: randomHatArb(), weight: 6 },
      { arbitrary: hatCaseArb(), weight: 3 },
      { arbitrary: hatNearMissArb(), weight: 1 },
    ),
  hypothesis: (input) => hatEps(input) !== undefined,
  constants: [
    {
      name: 'c',
      value: q(4),
      falseSide: 'down',
      tight: true,
      description: "|hat| > 4ε: the hat certificate's constant (E4 + triangle inequality)",
    },
  ],
  exhaustive: {
    domain: `${EXTREMAL_GRID_DOMAIN} (family-supported targets) × hat at c = t*, h = δ × s ∈ {1, 1023/1024, 1/2}`,
    inputs: hatGrid,
  },
  check: (input, constants) => {
    const C = constants?.c ?? q(4);
    const rels: Relation[] = [];
    const he = hatEps(input);
    if (he === undefined || !he.hat.gt(he.eps.mul(C))) return rels;
    rels.push(
      rel(
        'sup_X |f − g_S| (exact, E11)',
        cubeError(input.f, input.g),
        '>',
        `ε = s·|hat|/4, |hat| = ${he.hat.toDecimal(6)}`,
        he.eps,
      ),
    );
    return rels;
  },
});

/** |hat| and ε = s·|hat|/4 when [c−h, c+h] ⊆ [−1, 1], h > 0 and ε ∈ (0, 1); undefined otherwise. */
function hatEps({ f, i, g, c, h, s }: Input): { hat: Rational; eps: Rational } | undefined {
  if (h.sign() <= 0 || c.abs().add(h).gt(Rational.ONE)) return undefined;
  const hat = restrictError(f, g, i).hatSum(c, h).abs();
  const eps = hat.mul(s).div(q(4));
  if (eps.sign() <= 0 || eps.ge(Rational.ONE)) return undefined;
  return { hat, eps };
}

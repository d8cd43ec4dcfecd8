/**
 * # Lemma 2's hypothesis and conclusion as exact relations
 *
 * Main definitions: {@link affineOnWindow} (the hypothesis: φ_{S,i} is affine on [t* − δ, t* + δ])
 * and {@link affineWindowRelations} (the conclusion: the three-point error is ≥ c·κδ, c = 1/4 by
 * default), for a reading of the network's value (A1: g, A2: σ(g)).
 *
 * Implementation notes: shared by E5 and its A2 control E17 (the same relation, a different value
 * function), and by the tightness probes (the constant c). Returns no relation when the hypothesis
 * fails, so such a case counts as not meeting the hypothesis.
 *
 * References: Lemma 2 of the paper.
 */
import { rel, type Relation } from '../Relation.js';
import type { AffineWindowInput } from '../../arbitraries/affineWindowArb.js';
import { restrictNetwork } from '../../model/family.js';
import { threePointError } from '../../model/window.js';
import { Rational, q } from '../../exact/Rational.js';

/** Lemma 2's hypothesis: φ_{S,i} is affine on [t*−δ, t*+δ]. */
export function affineOnWindow({ f, i, delta, g }: AffineWindowInput): boolean {
  const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
  return restrictNetwork(g, i).isAffineOn(tStar.sub(delta), tStar.add(delta));
}

/**
 * Lemma 2's conclusion for one input and one reading of the network's value (A1: g, A2: σ(g)):
 * none when the inner sum is not affine on the window (the hypothesis fails: vacuous).
 */
export function affineWindowRelations(
  { f, i, delta, g }: AffineWindowInput,
  value: (x: Rational[]) => Rational,
  name: string,
  c: Rational = q(1, 4),
): Relation[] {
  const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
  const kappa = f.w[2 * i - 2]!.abs();
  if (!affineOnWindow({ f, i, delta, g })) return [];
  const label = c.eq(q(1, 4)) ? 'κδ/4' : `${c}·κδ`;
  return [
    rel(
      `max_{t∈{t*−δ,t*,t*+δ}} |f − ${name}|`,
      threePointError(f, value, i, tStar, delta),
      '>=',
      label,
      kappa.mul(delta).mul(c),
    ),
  ];
}

/**
 * # Positive homogeneity as an exact relation
 *
 * Main definitions: {@link homogeneityRelation} — g(c·x) = c·g(x), shared by E3 (c ≥ 0, holds) and
 * its negative control (c < 0, refuted).
 */
import { rel, type Relation } from '../Relation.js';
import type { HomogeneityInput } from '../../arbitraries/homogeneityArb.js';

/** g(c x) = c g(x). */
export function homogeneityRelation({ g, x, c }: HomogeneityInput): Relation[] {
  return [rel('g(c·x)', g.eval(x.map((v) => v.mul(c))), '=', 'c·g(x)', c.mul(g.eval(x)))];
}

/**
 * # fast-check arbitraries for targets with a window on a family
 *
 * Main definitions: {@link targetOnFamilyArb} — a rational unit target w* ∈ Q^d and a family i with
 * κ_i = |w*_{2i−1}| > 0 and |t_i*| < 1, in both signs of a* = w*_{2i−1}; {@link windowArb} adds a
 * half-width δ with [t*−δ, t*+δ] ⊆ [−1, 1], including windows touching ±1.
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { TargetNeuron } from '../model/Network.js';
import { targetBreakpoint } from '../model/window.js';
import { unitVectorArb } from './unitVectorArb.js';
import { rationalArb } from './rationalArb.js';
import { checkConstraints, intIn } from './constraints.js';

/** A target, its family, t* and κ. */
export interface TargetOnFamily {
  f: TargetNeuron;
  i: number;
  tStar: Rational;
  kappa: Rational;
}

/** Targets whose breakpoint on family i lies in (−1, 1). */
export function targetOnFamilyArb(constraints: { minD?: number; maxD?: number } = {}): fc.Arbitrary<TargetOnFamily> {
  checkConstraints('targetOnFamilyArb', constraints, { minD: intIn(2, 16), maxD: intIn(2, 16) });
  const minD = constraints.minD ?? 2;
  const maxD = constraints.maxD ?? 4;
  return fc
    .integer({ min: minD, max: maxD })
    .chain((d) => fc.tuple(unitVectorArb({ d }), fc.integer({ min: 1, max: Math.floor(d / 2) })))
    .map(([w, i]) => {
      const f = new TargetNeuron(w);
      const { tStar, kappa } = targetBreakpoint(f, i);
      return { f, i, tStar, kappa };
    })
    .filter((x): x is TargetOnFamily => x.tStar !== undefined && x.tStar.abs().lt(Rational.ONE));
}

/** A target with a window half-width δ ∈ (0, 1 − |t*|]. */
export function windowArb(constraints: { minD?: number; maxD?: number } = {}): fc.Arbitrary<TargetOnFamily & { delta: Rational }> {
  return fc
    .tuple(targetOnFamilyArb(constraints), rationalArb({ min: q(1, 64), max: Rational.ONE, maxDen: 64 }))
    .map(([t, s]) => ({ ...t, delta: s.mul(Rational.ONE.sub(t.tStar.abs())) }));
}

/**
 * # fast-check arbitraries for targets with a window on a family
 *
 * Main definitions: {@link targetOnFamilyArb} — a rational unit target w* ∈ Q^d and a family i with
 * κ_i = |w*_{2i−1}| > 0 and |t_i*| < 1, in both signs of a* = w*_{2i−1}; {@link windowArb} adds a
 * half-width δ with [t*−δ, t*+δ] ⊆ [−1, 1], including windows touching ±1; {@link targetLabels} and
 * {@link windowLabels} — the boundary labels of a target and of a window.
 *
 * Main statements: both generators mix in, at the share `constraints.boundary` (default 1/4, 0 turns
 * it off), the targets and windows at which the lower bound's inequalities are extremal or change
 * form (see {@link targetOnFamilyArb}, {@link windowArb}); every such value carries its labels
 * (`boundaryTagsOf`).
 *
 * Implementation notes: the boundary values come from `boundaryTargetArb` / `boundaryWindowArb`
 * (dimensions ≤ 8; with `minD` > 8 there is no boundary part). Labels are computed from the value
 * itself (t* = 0, κ, the sign of a*, support off the family, window ends), so a plain draw that
 * happens to land on a structure is labelled too.
 *
 * References: Lemma 1, Lemma 2 and Definition 2 of the paper (t*, κ, windows).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { TargetNeuron } from '../model/Network.js';
import { targetBreakpoint } from '../model/window.js';
import { unitVectorArb } from './unitVectorArb.js';
import { rationalArb } from './rationalArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { InvalidParameterError } from '../errors.js';
import { boundaryTargetArb, SPECIAL_T } from './boundaryTargetArb.js';
import { boundaryWindowArb } from './boundaryWindowArb.js';
import { boundaryShareOf, mixBoundary, shareIn01, tagBoundary } from './boundaryTags.js';

/** A target, its family, t* and κ. */
export interface TargetOnFamily {
  f: TargetNeuron;
  i: number;
  tStar: Rational;
  kappa: Rational;
}

/** Constraints of {@link targetOnFamilyArb} and {@link windowArb}. */
export interface TargetConstraints {
  /** smallest dimension, 2..16 (default 2) */
  minD?: number;
  /** largest dimension, 2..16 (default 4) */
  maxD?: number;
  /** share of boundary structures in [0, 1] (default 1/4; 0 turns them off) */
  boundary?: number;
}

/** The boundary labels of a target on family i: t* = 0, κ = 1, κ < 1 off the family, the sign of a*, |t*| ≥ 3/4. */
export function targetLabels(t: { f: TargetNeuron; i: number; tStar: Rational; kappa: Rational }): string[] {
  const out: string[] = [];
  if (t.tStar.isZero()) out.push('target: t* = 0');
  if (t.kappa.eq(Rational.ONE)) out.push('target: κ = 1');
  const off = t.f.w.some((v, k) => k !== 2 * t.i - 2 && k !== 2 * t.i - 1 && !v.isZero());
  const neg = t.f.w[2 * t.i - 2]!.sign() < 0;
  if (off) out.push(`target: off-family κ < 1, a* ${neg ? '< 0' : '> 0'}`);
  else if (neg) out.push('target: a* < 0');
  if (t.tStar.abs().ge(q(3, 4))) out.push('target: |t*| ≥ 3/4');
  if (SPECIAL_T.some((s) => s.eq(t.tStar)) && !t.tStar.isZero()) out.push('target: special t*');
  return out;
}

/** The boundary labels of a window: its target's, plus an end at ±1, δ = half the room, δ ∈ {1/4, 1/2}. */
export function windowLabels(w: TargetOnFamily & { delta: Rational }): string[] {
  const out = targetLabels(w);
  const room = Rational.ONE.sub(w.tStar.abs());
  if (w.delta.eq(room)) out.push('window: end at ±1');
  else if (w.delta.eq(room.div(q(2)))) out.push('window: δ = (1 − |t*|)/2');
  if (w.delta.eq(q(1, 4)) || w.delta.eq(q(1, 2))) out.push('window: δ ∈ {1/4, 1/2}');
  return out;
}

function dims(api: string, c: TargetConstraints): { minD: number; maxD: number; share: number } {
  checkConstraints(api, c, { minD: intIn(2, 16), maxD: intIn(2, 16), boundary: shareIn01 });
  const minD = c.minD ?? 2;
  const maxD = c.maxD ?? 4;
  if (minD > maxD)
    throw new InvalidParameterError(api, 'constraints.minD', `≤ constraints.maxD = ${maxD}`, String(minD));
  return { minD, maxD, share: boundaryShareOf(api, c) };
}

/** Tag the case object with `labels` and its target neuron with the target's own labels (a target is reused across windows while fast-check shrinks δ, so window labels stay on the window object). */
function tagTarget<T extends TargetOnFamily>(t: T, labels: string[]): T {
  const own = targetLabels(t);
  if (own.length > 0) tagBoundary(t.f, ...own);
  return labels.length > 0 ? tagBoundary(t, ...labels) : t;
}

/**
 * Targets whose breakpoint on family i lies in (−1, 1): random unit vectors (w* from
 * `unitVectorArb`), mixed at the share `constraints.boundary` (default 1/4) with the boundary targets
 * of `boundaryTargetArb` — t* = 0, the special breakpoints ±1/2, ±2/3, ±3/4, 7/8, … and dyadic ones,
 * on the family (κ = 1 − …, both signs of a*) or off it (κ < 1 with one extra coordinate, both signs).
 * Labels (see {@link targetLabels}): `target: t* = 0`, `target: κ = 1`, `target: off-family κ < 1,
 * a* > 0|< 0`, `target: a* < 0`, `target: |t*| ≥ 3/4`, `target: special t*`.
 * @throws InvalidParameterError for bad constraints
 */
export function targetOnFamilyArb(constraints: TargetConstraints = {}): fc.Arbitrary<TargetOnFamily> {
  const { minD, maxD, share } = dims('targetOnFamilyArb', constraints);
  const plain = fc
    .integer({ min: minD, max: maxD })
    .chain((d) => fc.tuple(unitVectorArb({ d, boundary: 0 }), fc.integer({ min: 1, max: Math.floor(d / 2) })))
    .map(([w, i]) => {
      const f = new TargetNeuron(w);
      const { tStar, kappa } = targetBreakpoint(f, i);
      return { f, i, tStar, kappa };
    })
    .filter((x): x is TargetOnFamily => x.tStar !== undefined && x.tStar.abs().lt(Rational.ONE))
    .map((t) => tagTarget(t, targetLabels(t)));
  if (minD > 8) return plain;
  const boundary = boundaryTargetArb({ minD, maxD: Math.min(maxD, 8) }).map((t) =>
    tagTarget({ f: t.f, i: t.i, tStar: t.tStar, kappa: t.kappa }, ['target: boundary', ...targetLabels(t)]),
  );
  return mixBoundary(plain, boundary, share);
}

/**
 * A target with a window half-width δ ∈ (0, 1 − |t*|]: δ = s·(1 − |t*|) with s ∈ [1/64, 1] for a
 * {@link targetOnFamilyArb} target, mixed at the share `constraints.boundary` (default 1/4) with the
 * windows of `boundaryWindowArb` — the window touching the cube's edge (|t*| + δ = 1, the window's end
 * on a bin edge ±1), δ = (1 − |t*|)/2, δ ∈ {1/4, 1/2, 1/64} — on the boundary targets. Labels: the
 * target's, plus `window: end at ±1`, `window: δ = (1 − |t*|)/2`, `window: δ ∈ {1/4, 1/2}`.
 * @throws InvalidParameterError for bad constraints
 */
export function windowArb(constraints: TargetConstraints = {}): fc.Arbitrary<TargetOnFamily & { delta: Rational }> {
  const { minD, maxD, share } = dims('windowArb', constraints);
  const plain = fc
    .tuple(targetOnFamilyArb(constraints), rationalArb({ min: q(1, 64), max: Rational.ONE, maxDen: 64 }))
    .map(([t, s]) => {
      const w = { ...t, delta: s.mul(Rational.ONE.sub(t.tStar.abs())) };
      return tagTarget(w, windowLabels(w));
    });
  if (minD > 8) return plain;
  const boundary = boundaryWindowArb({ minD, maxD: Math.min(maxD, 8) }).map((w) =>
    tagTarget({ f: w.f, i: w.i, tStar: w.tStar, kappa: w.kappa, delta: w.delta }, [
      'window: boundary',
      ...windowLabels(w),
    ]),
  );
  return mixBoundary(plain, boundary, share);
}

/**
 * # Boundary targets: target neurons at the special breakpoints of the lower bound
 *
 * Main definitions: {@link boundaryTargetArb} — a target neuron f with |t_i*| < 1 at special values
 * (t* = 0, ±1/2, ±2/3, ±3/4, …, from the stereographic parameters {@link SPECIAL_U} and the
 * breakpoints {@link SPECIAL_T}) or dyadic ones, both signs of a*, optionally supported on family i
 * only; {@link TargetCase} — a target with its family data (t*, κ); {@link gridTargets} — the targets
 * of the bounded-exhaustive grids.
 *
 * Main statements: every target has |t_i*| < 1 and κ = |a_i*| > 0 along its family i.
 *
 * Implementation notes: a target on a family's two coordinates comes from a stereographic parameter
 * (exactly a unit vector); any other rational breakpoint is reached exactly with one extra coordinate
 * (d ≥ 3). Shrinks toward the special values and short dyadic fractions.
 *
 * References: blueprint E5–E10 (`docs/blueprint.md`); `extremal.ts` for the unit targets.
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { type TargetNeuron } from '../model/Network.js';
import { InvalidParameterError } from '../errors.js';
import { dyadicArb } from './dyadicArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { familyUnitTarget, targetWindowData, unitTargetWithBreakpoint } from './extremal.js';

/** A target neuron f with its breakpoint t* and slope κ = |a_i*| along family i. */
export interface TargetCase {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly tStar: Rational;
  readonly kappa: Rational;
}

/** Stereographic parameters u with |t*(u)| < 1: t* ∈ {0, ∓3/4, ∓8/15, ∓5/12, ∓20/21, ∓7/24}. */
export const SPECIAL_U: readonly Rational[] = [
  q(0),
  q(1, 3),
  q(-1, 3),
  q(1, 4),
  q(-1, 4),
  q(1, 5),
  q(-1, 5),
  q(2, 5),
  q(-2, 5),
  q(1, 7),
];

/** Special breakpoints t* (any rational is reachable exactly with one extra coordinate). */
export const SPECIAL_T: readonly Rational[] = [
  q(0),
  q(1, 2),
  q(-1, 2),
  q(2, 3),
  q(-2, 3),
  q(1, 3),
  q(-1, 3),
  q(3, 4),
  q(-3, 4),
  q(7, 8),
];

/** The largest |u| used: 53/128 < √2 − 1, so |t*| < 1. */
const U_MAX = q(53, 128);

/** Constraints of the target and window arbitraries. */
export interface BoundaryTargetConstraints {
  /** smallest dimension, 2..8 (default 2) */
  minD?: number;
  /** largest dimension, 2..8 (default 4) */
  maxD?: number;
  /** only targets supported on family i's two coordinates (needed for exact cube errors; default false) */
  familySupported?: boolean;
}

function targetConstraints(api: string, c: BoundaryTargetConstraints) {
  checkConstraints(api, c, {
    minD: intIn(2, 8),
    maxD: intIn(2, 8),
    familySupported: (v) => (typeof v === 'boolean' ? undefined : 'a boolean'),
  });
  const minD = c.minD ?? 2;
  const maxD = c.maxD ?? 4;
  if (minD > maxD)
    throw new InvalidParameterError(api, 'constraints.minD', `≤ constraints.maxD = ${maxD}`, String(minD));
  return { minD, maxD, familySupported: c.familySupported ?? false };
}

/** The {@link TargetCase} of target f on family i (its t* and κ computed exactly). */
export function targetCase(f: TargetNeuron, i: number): TargetCase {
  const { tStar, kappa } = targetWindowData(f, i);
  return { f, i, tStar, kappa };
}

/**
 * Targets with |t_i*| < 1 at special values (t* = 0 among them) or dyadic ones; both signs of a*.
 * @throws InvalidParameterError for bad constraints
 */
export function boundaryTargetArb(constraints: BoundaryTargetConstraints = {}): fc.Arbitrary<TargetCase> {
  const { minD, maxD, familySupported } = targetConstraints('boundaryTargetArb', constraints);
  const di = fc
    .integer({ min: minD, max: maxD })
    .chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: 1, max: Math.floor(d / 2) })));
  const u = fc.oneof(
    { arbitrary: fc.constantFrom(...SPECIAL_U), weight: 2 },
    { arbitrary: dyadicArb({ min: U_MAX.neg(), max: U_MAX, bits: 7 }), weight: 1 },
  );
  const onFamily = fc
    .tuple(di, u, fc.boolean())
    .map(([[d, i], uu, neg]) => targetCase(familyUnitTarget(d, i, uu, neg), i));
  if (familySupported || maxD < 3) return onFamily;
  const t = fc.oneof(
    { arbitrary: fc.constantFrom(...SPECIAL_T), weight: 2 },
    { arbitrary: dyadicArb({ min: q(-15, 16), max: q(15, 16), bits: 5 }), weight: 1 },
  );
  const completed = fc
    .tuple(fc.integer({ min: Math.max(3, minD), max: maxD }), t, fc.boolean())
    .chain(([d, tt, neg]) =>
      fc.integer({ min: 1, max: Math.floor(d / 2) }).map((i) => targetCase(unitTargetWithBreakpoint(d, i, tt, neg), i)),
    );
  return fc.oneof(onFamily, completed);
}

/** Targets of the grids: family-supported ones (t* ∈ {0, −3/4, 5/12}, both signs) and, unless `familySupported`, t* ∈ {−1/2, 1/2, 2/3} with a third coordinate. */
export function gridTargets(familySupported: boolean): TargetCase[] {
  const out: TargetCase[] = [];
  for (const u of [q(0), q(1, 3), q(-1, 5)])
    for (const neg of [false, true]) out.push(targetCase(familyUnitTarget(2, 1, u, neg), 1));
  out.push(targetCase(familyUnitTarget(4, 2, q(1, 4)), 2));
  if (!familySupported)
    for (const t of [q(-1, 2), q(1, 2), q(2, 3)])
      out.push(targetCase(unitTargetWithBreakpoint(3, 1, t, t.sign() < 0), 1));
  return out;
}

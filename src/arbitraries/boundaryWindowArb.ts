/**
 * # Boundary windows: a target and a window [t* − δ, t* + δ] at special half-widths
 *
 * Main definitions: {@link boundaryWindowArb} — a target and a window half-width δ at special values:
 * the window touching the cube's edge (|t*| + δ = 1), δ = (1 − |t*|)/2, 1/4, 1/2, 1/64, or a dyadic
 * fraction of the room 1 − |t*|; {@link overhangArb} — how far a near-miss window sticks out of
 * [−1, 1]; {@link windowGrid} — every grid target with δ ∈ {1/4, 1/2, 1 − |t*|}
 * ({@link WINDOW_GRID_DOMAIN} in words).
 *
 * Main statements: every window of {@link boundaryWindowArb} lies in [−1, 1] (strictly inside with
 * `strict`).
 *
 * Implementation notes: shrinks toward the edge-touching window and short dyadic fractions.
 *
 * References: Lemma 2's window hypothesis; blueprint E5–E10 (`docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import { dyadicArb } from './dyadicArb.js';
import {
  boundaryTargetArb,
  gridTargets,
  type BoundaryTargetConstraints,
  type TargetCase,
} from './boundaryTargetArb.js';

/** A target with a window of half-width δ around t* on family i. */
export interface WindowCase extends TargetCase {
  readonly delta: Rational;
}

/** How δ is chosen relative to room = 1 − |t*|. */
const DELTA_KINDS = ['edge', 'half-room', '1/4', '1/2', '1/64'] as const;

function pickDelta(room: Rational, kind: (typeof DELTA_KINDS)[number] | Rational, strict: boolean): Rational {
  let d: Rational;
  if (kind instanceof Rational) d = room.mul(kind);
  else if (kind === 'edge') d = room;
  else if (kind === 'half-room') d = room.div(q(2));
  else d = (kind === '1/4' ? q(1, 4) : kind === '1/2' ? q(1, 2) : q(1, 64)).min(room);
  // strict windows (|t*| + δ < 1): pull an edge-touching δ just inside
  if (strict && d.eq(room)) d = room.mul(q(63, 64));
  return d;
}

/**
 * A target and a window [t* − δ, t* + δ] ⊆ [−1, 1] at special half-widths (including the window that
 * touches the cube's edge unless `strict`).
 * @throws InvalidParameterError for bad constraints
 */
export function boundaryWindowArb(
  constraints: BoundaryTargetConstraints & { strict?: boolean } = {},
): fc.Arbitrary<WindowCase> {
  const { strict, ...rest } = constraints;
  if (strict !== undefined && typeof strict !== 'boolean')
    throw new InvalidParameterError('boundaryWindowArb', 'constraints.strict', 'a boolean', String(strict));
  const kind = fc.oneof(
    { arbitrary: fc.constantFrom(...DELTA_KINDS), weight: 2 },
    { arbitrary: dyadicArb({ min: q(1, 64), max: Rational.ONE, bits: 6 }), weight: 1 },
  );
  return fc
    .tuple(boundaryTargetArb(rest), kind)
    .map(([t, k]) => ({ ...t, delta: pickDelta(Rational.ONE.sub(t.tStar.abs()), k, strict ?? false) }));
}

/** How far a near-miss window sticks out of [−1, 1]: 1/1000, 1/64, 1/4 or a dyadic in [2^−10, 1/2]. */
export function overhangArb(): fc.Arbitrary<Rational> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(q(1, 1000), q(1, 64), q(1, 4)), weight: 2 },
    { arbitrary: dyadicArb({ min: q(1, 1024), max: q(1, 2), bits: 10 }), weight: 1 },
  );
}

/** The grid of {@link windowGrid} in words (for a claim's `exhaustive.domain`). */
export const WINDOW_GRID_DOMAIN =
  't* ∈ {0, −3/4, 5/12} on family 1 of d = 2 (both signs of a*), t* = −8/15 on family 2 of d = 4, t* ∈ {−1/2, 1/2, 2/3} with a third coordinate (d = 3) × δ ∈ {1/4, 1/2, 1 − |t*|}';

/** Every grid target with δ ∈ {1/4, 1/2, 1 − |t*|} (those that fit; edge windows excluded with `strict`). */
export function windowGrid(opts: { familySupported?: boolean; strict?: boolean } = {}): WindowCase[] {
  const out: WindowCase[] = [];
  for (const t of gridTargets(opts.familySupported ?? false)) {
    const room = Rational.ONE.sub(t.tStar.abs());
    const ds = [q(1, 4), q(1, 2), room].filter(
      (d, j, all) => d.le(room) && all.findIndex((e) => e.eq(d)) === j && !(opts.strict && d.eq(room)),
    );
    for (const delta of ds) out.push({ ...t, delta });
  }
  return out;
}

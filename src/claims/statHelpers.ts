/**
 * # Helpers for statistical claims
 *
 * Main definitions: {@link trialsFor} (the number of trials for a depth, overridable with --runs),
 * {@link pastDeadline}, {@link enclosureOfOneMinusPow} (1 − (1 − p)^N for an enclosure of p),
 * {@link fmtInterval}.
 */
import type { ClaimContext } from './defineClaim.js';
import { Interval } from '../exact/Interval.js';
import { oneMinusPowEnclosure, roundOut } from '../exact/fixedPoint.js';
import { resolveRuns, type RunsPerDepth } from './depth.js';

export { roundOut };

/** Trials for this run: --runs if given, else the claim's default for the depth ({@link resolveRuns}). */
export function trialsFor(ctx: ClaimContext, defaults: RunsPerDepth): number {
  return resolveRuns(ctx.depth, ctx.runs, defaults);
}

/** Whether the claim's deadline has passed. */
export function pastDeadline(ctx: ClaimContext): boolean {
  return Date.now() > ctx.deadline;
}

/** Enclosure of 1 − (1 − p)^N from an enclosure of p ∈ [0, 1] (monotone increasing in p). */
export function enclosureOfOneMinusPow(p: Interval, N: number): Interval {
  const e = oneMinusPowEnclosure(p, N);
  return new Interval(roundOut(e.lo, false), roundOut(e.hi, true));
}

/** "[0.1234, 0.1235]" */
export function fmtInterval(x: Interval, digits = 6): string {
  const lo = x.lo.toDecimal(digits);
  const hi = x.hi.toDecimal(digits);
  return lo === hi ? lo : `[${lo}, ${hi}]`;
}

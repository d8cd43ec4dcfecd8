/**
 * # Budgets inside claims and long kernels
 *
 * Main definitions: {@link checkDeadline}(ctx) — throws {@link BudgetExceeded} once the claim's
 * deadline has passed; the runner turns it into `timeout (not judged)`. {@link overBudget}(ctx) —
 * the same test as a boolean, for loops that prefer to stop and report `timedOut` themselves.
 *
 * Implementation notes: call it once per trial (or per chunk of cheap trials) in every loop of a
 * statistical claim, so `--budget s` ends a claim within about a trial of s seconds. `Date.now()`
 * costs tens of nanoseconds; no verdict depends on the clock unless the budget runs out (then the
 * verdict is `timeout`, which is never a pass).
 */
import { BudgetExceeded } from '../errors.js';

/** Anything with a deadline in ms since the epoch (a claim's context, a decision's options). */
export interface HasDeadline {
  readonly deadline: number;
}

/** True once the claim's deadline has passed. */
export function overBudget(ctx: HasDeadline): boolean {
  return Date.now() > ctx.deadline;
}

/** Throw {@link BudgetExceeded} once the claim's deadline has passed. @throws BudgetExceeded */
export function checkDeadline(ctx: HasDeadline): void {
  if (Date.now() > ctx.deadline) throw new BudgetExceeded(ctx.deadline);
}

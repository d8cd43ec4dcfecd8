/**
 * # Named error classes
 *
 * Main definitions: {@link PruningCheckError} (the root), {@link InvalidParameterError} (a parameter
 * outside its allowed range, naming both), {@link ZeroDenominatorError}, {@link InexactNumberError}
 * (a JS number that cannot enter an exact path), {@link CliUsageError} (bad command line, exit 2).
 *
 * Implementation notes: every error that bad input can raise is one of these, so the command line can
 * print one line and exit 2 instead of a stack trace.
 */

/** Root of every error this package throws on purpose. */
export class PruningCheckError extends Error {
  /** @param message what went wrong, in one line */
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A parameter is outside its allowed range; the message names the API, the parameter and the range. */
export class InvalidParameterError extends PruningCheckError {
  /**
   * @param api the function or constructor that rejected the value, e.g. `randomNetwork`
   * @param parameter the parameter's name, e.g. `d`
   * @param allowed the allowed range in words, e.g. `an integer ≥ 2`
   * @param got a short rendering of the rejected value
   */
  constructor(
    readonly api: string,
    readonly parameter: string,
    readonly allowed: string,
    readonly got: string,
  ) {
    super(`${api}: parameter '${parameter}' must be ${allowed}, got ${got}`);
  }
}

/** A rational with denominator zero was requested. */
export class ZeroDenominatorError extends PruningCheckError {
  /** @param api the operation that would divide by zero */
  constructor(readonly api: string) {
    super(`${api}: denominator must be non-zero, got 0`);
  }
}

/** A JS number that is not a safe integer (or not finite) was offered to an exact path. */
export class InexactNumberError extends PruningCheckError {
  /**
   * @param api the exact API that refused the number
   * @param parameter the parameter's name
   * @param got the number
   */
  constructor(
    readonly api: string,
    readonly parameter: string,
    readonly got: number,
  ) {
    super(
      `${api}: parameter '${parameter}' must be a safe integer (|n| ≤ 2^53−1) or go through Rational.fromDouble, got ${String(got)}`,
    );
  }
}

/** A malformed command line, claim pattern, shard spec or counterexample file: exit code 2. */
export class CliUsageError extends PruningCheckError {}

/**
 * A claim ran past its time budget (`ClaimContext.deadline`): the runner turns it into the verdict
 * `timeout (not judged)`. Thrown by `checkDeadline` inside the loops of statistical claims.
 */
export class BudgetExceeded extends PruningCheckError {
  /** @param deadline the deadline that passed (ms since epoch) */
  constructor(readonly deadline: number) {
    super(`time budget exceeded (deadline ${new Date(deadline).toISOString()})`);
  }
}

/** Render a value for an error message without throwing on exotic inputs. */
export function show(x: unknown): string {
  if (typeof x === 'bigint') return `${x}n`;
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  if (typeof x === 'string') return JSON.stringify(x);
  if (x === null || x === undefined) return String(x);
  if (typeof x === 'object' && 'toString' in x && typeof (x as { toString: unknown }).toString === 'function') {
    const s = String(x);
    if (s !== '[object Object]') return s;
  }
  try {
    return JSON.stringify(x) ?? typeof x;
  } catch {
    return typeof x;
  }
}

/** Validate that `v` is an integer (JS safe integer) within [lo, hi]; throws {@link InvalidParameterError}. */
export function requireInt(
  api: string,
  parameter: string,
  v: unknown,
  lo: number,
  hi: number = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < lo || v > hi) {
    const range = hi === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${lo}` : `an integer in [${lo}, ${hi}]`;
    throw new InvalidParameterError(api, parameter, range, show(v));
  }
  return v;
}

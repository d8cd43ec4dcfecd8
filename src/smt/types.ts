/**
 * # SMT encodings: types only
 *
 * Main definitions: {@link SmtEncoding} — what a claim declares for the SMT engine. This module
 * has no runtime import of the solver, so loading a claim never loads Z3.
 */

/** A claim's SMT encoding (refined by the SMT engine). */
export interface SmtEncoding {
  /** The shapes to decide, smallest first, e.g. ["d=2,N=1", "d=2,N=2"]. */
  readonly ladder: readonly string[];
}

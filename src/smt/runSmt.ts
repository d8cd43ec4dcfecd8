/**
 * # The SMT ladder runner (placeholder until the engine lands)
 *
 * Main definitions: {@link runSmtLadder}.
 */
import type { Claim } from '../claims/defineClaim.js';
import type { CounterexampleFile } from '../claims/counterexampleFile.js';
import type { Json } from '../claims/codec.js';

/** What the SMT engine returns for one claim. */
export interface SmtResult {
  /** Deterministic JSON stored as `record.smt`. */
  readonly record: Json;
  /** Counterexample files (name without `.json`). */
  readonly counterexamples: readonly { readonly name: string; readonly file: CounterexampleFile }[];
  /** A model confirmed by the claim's exact check: the claim's refutation. */
  readonly refutation?: CounterexampleFile;
  /** Solver times (ms), not part of the verdict files. */
  readonly timingsMs?: Readonly<Record<string, number>>;
}

/** Decide the claim's SMT ladder within `budgetMs`. */
export async function runSmtLadder(_claim: Claim, _opts: { budgetMs: number; seed: number }): Promise<SmtResult | null> {
  return null;
}

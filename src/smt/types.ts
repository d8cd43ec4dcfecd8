/**
 * # SMT encodings: the types (no runtime import of the solver)
 *
 * Main definitions:
 * - {@link SmtEncoding} — a claim's `smt` field: the default ladder of shapes and a lazy `load()` of
 *   its encoding module. The registry builds it from the claim's SMT file `<id>.smt.ts` beside the
 *   claim file (or a claim declares it inline);
 * - {@link SmtEncodingFile} — the default export of `<id>.smt.ts`: the encoding with its one-line
 *   summary and default ladder;
 * - {@link SmtClaimEncoding} — the encoding proper: the negated claim at one shape
 *   as a {@link SmtQuery} (Z3 terms), or a direct {@link ShapeDecision} (exact polynomial identities),
 *   and the claim's {@link SmtConstant}s for exact optimal constants and 1 % perturbations;
 * - {@link SmtRecord} — the deterministic JSON the runner stores as `record.smt`.
 *
 * Main statements: unsat of `hypotheses ∧ ¬conclusion` at a shape is a proof for all real parameters
 * of that shape; a sat model is mapped back to a claim input by `toInput` and counts as a
 * counterexample only after the claim's own exact `check` confirms it.
 *
 * Implementation notes: this module imports Z3's *types* only (`import type`), so loading a claim
 * never loads the solver; the solver is loaded by `src/smt/z3Context.ts` through a dynamic import.
 *
 * References: issue 12; blueprint E11 (`docs/blueprint.md`) (the check points of sup norms).
 */
import type { Arith, Bool, Context } from 'z3-solver';
import type { Rational } from '../exact/Rational.js';

/** The Z3 high-level context the encodings build terms in. */
export type Z3Ctx = Context<'main'>;
/** A real-valued Z3 term. */
export type ZArith = Arith<'main'>;
/** A Boolean Z3 term. */
export type ZBool = Bool<'main'>;

/**
 * A claim's SMT encoding, its `smt` field: attached by the registry from the SMT file beside the claim
 * (`<id>.smt.ts`), or declared inline in the claim file (loaded lazily by the SMT engine only).
 */
export interface SmtEncoding {
  /** What is encoded, in one line (e.g. "Lemma 2 on the family line, kink-form neurons"). */
  readonly summary: string;
  /** The default ladder: shape names, smallest first, e.g. ["d=2,N=1", "d=2,N=2"]. */
  readonly ladder: readonly string[];
  /** Loads the encoding module (a dynamic import, so the claim file never loads Z3). */
  load(): Promise<{ readonly default: SmtClaimEncoding }>;
}

/** Values of a model: reals as exact rationals, Booleans as booleans. */
export type SmtValues = Readonly<Record<string, Rational | boolean>>;

/** Options of one query. */
export interface QueryOptions {
  /** Overrides of the claim's constants (name → value), e.g. `{ quarter: 99/400 }`. */
  readonly constants?: Readonly<Record<string, Rational>>;
  /**
   * `true` when a model will be turned into a counterexample: the encoding then restricts the
   * parameters to the claim's input domain (e.g. a unit target via stereographic projection);
   * `false` for proofs, where a larger domain (any target with w*_1 ≠ 0) gives a stronger theorem.
   */
  readonly forModel: boolean;
  /** For constants: `true` asks for the conclusion to fail non-strictly (attainment). */
  readonly attained?: boolean;
}

/** The negated claim at one shape. */
export interface SmtQuery {
  /** hypotheses ∧ ¬conclusion. */
  readonly assertions: readonly ZBool[];
  /** The variables read back from a model; only these are rounded when a value is algebraic. */
  readonly vars: Readonly<Record<string, ZArith | ZBool>>;
  /** The claim input for exact values of `vars`; null if the values are outside the claim's domain. */
  toInput(values: SmtValues): unknown | null;
  /** Caveats of the encoding at this shape (shown in the record). */
  readonly note?: string;
}

/** A decision made without the solver (e.g. a polynomial identity expanded exactly). */
export interface ShapeDecision {
  readonly result: 'proved' | 'refuted';
  readonly note: string;
  /** For a refutation: the claim input that violates it. */
  readonly input?: unknown;
}

/** A constant of the claim whose exact optimal value the engine computes per shape. */
export interface SmtConstant {
  /** The key `check(input, constants)` reads (the claim's `constants[].name`). */
  readonly name: string;
  /** The constant in words, e.g. "κδ/4 (Lemma 2)". */
  readonly description: string;
  /** The paper's value. */
  readonly paper: Rational;
  /** Moving the value this way makes the claim stronger (and false, if the paper's value is tight). */
  readonly falseSide: 'up' | 'down';
  /** Whether the paper's value is known to be optimal. */
  readonly tight: boolean;
  /** Shapes at which the optimum is computed (a subset of the ladder; may be empty). */
  readonly shapes: readonly string[];
  /**
   * The shape of the 1 % perturbation (it need not be in the ladder, e.g. a shape whose encoding adds
   * the full cube sup so that a model is a counterexample to the claim's own check); default: the
   * first shape where the computed optimum equals the paper's value.
   */
  readonly perturbAt?: string;
  /**
   * The claim's constant at one input, the quantity whose inf (falseSide up) or sup (down) over
   * the shape is the optimal constant, e.g. max|e|/(κδ) for Lemma 2; null outside the hypotheses.
   */
  ratio(input: unknown): Rational | null;
  /**
   * The same quantity from a model's exact values, when the encoding's variables determine it but
   * the claim input does not (e.g. κδ/ε of the three-point reduction: δ is not part of the input).
   * Preferred over {@link SmtConstant.ratio} when present.
   */
  ratioOfModel?(values: SmtValues): Rational | null;
}

/** The module behind {@link SmtEncoding.load}. */
export interface SmtClaimEncoding {
  /** The negated claim at a shape (the solver path). */
  negation?(z: Z3Ctx, shape: string, opts: QueryOptions): SmtQuery;
  /** A direct exact decision (the polynomial path, no solver). */
  decide?(shape: string): ShapeDecision;
  /** Constants for exact optima and perturbations. */
  readonly constants?: readonly SmtConstant[];
  /** Statement of what "proved at a shape" covers, e.g. "all real α_j, w_j, w* (w*_1 ≠ 0), δ". */
  readonly domain: string;
}

/**
 * The default export of a claim's SMT file `<id>.smt.ts`, beside its claim file `<id>.ts`: the
 * encoding with what the runner shows of it. The SMT file may import types from its claim file; the
 * claim file never imports its SMT file (the registry attaches it as the claim's `smt`).
 */
export interface SmtEncodingFile extends SmtClaimEncoding {
  /** What is encoded, in one line (the record's `smt.encoding`). */
  readonly summary: string;
  /** The default ladder: shape names, smallest first. */
  readonly ladder: readonly string[];
}

/** One rung of the ladder in the record. */
export interface LadderEntry {
  readonly shape: string;
  readonly result: 'proved' | 'refuted' | 'unknown' | 'timeout (not judged)' | 'sat (model not confirmed)' | 'error';
  readonly note?: string;
  /** Counterexample file name (without directory) for a refutation. */
  readonly file?: string;
}

/** An exact optimal constant per shape. */
export interface OptimalConstantEntry {
  readonly name: string;
  readonly description: string;
  readonly paper: string;
  /** shape → the exact optimum "p/q", or a bracket "[lo, hi]" when not closed. */
  readonly optimal: Readonly<Record<string, string>>;
  /** Whether the paper's value is optimal at every computed shape. */
  readonly tight: boolean;
  readonly note: string;
}

/** A 1 % perturbation of a constant and its fate. */
export interface PerturbedEntry {
  readonly name: string;
  readonly shape: string;
  readonly eta: string;
  readonly value: string;
  readonly result: 'refuted' | 'proved' | 'unknown' | 'timeout (not judged)' | 'sat (model not confirmed)';
  readonly file?: string;
  readonly note?: string;
}

/** The deterministic JSON stored as `record.smt`. */
export interface SmtRecord {
  readonly engine?: string;
  /** The result in one line (the report's SMT cell), e.g. "proved for all real parameters up to d=2,N=3 (Z3)". */
  readonly summary?: string;
  /** What is encoded (the claim's {@link SmtEncoding.summary}). */
  readonly encoding?: string;
  readonly domain?: string;
  readonly ladder?: readonly LadderEntry[];
  /** The largest shape proved with every smaller rung proved too. */
  readonly provedUpTo?: string | null;
  readonly refutedAt?: string | null;
  readonly optimalConstants?: readonly OptimalConstantEntry[];
  readonly perturbed?: readonly PerturbedEntry[];
  /** One line, when the solver could not be loaded or failed. */
  readonly unavailable?: string;
}

/**
 * # Claim definitions: every statement of SPEC.md as data
 *
 * Main definitions: {@link defineClaim} (validates a claim's metadata up front), the claim shapes
 * {@link ExactClaim} (an exact for-all statement checked by fast-check) and {@link StatClaim} (a
 * statistical statement judged from seeded trials), and the metadata every claim carries
 * ({@link ClaimMeta}: id, paper reference, versions, readings, statement, uses, expected verdict).
 *
 * Implementation notes (after the PFR blueprint and mathlib naming): the id states the conclusion
 * (`not_approx_of_broken_bin`) and is stable; the paper's numbering ("Lemma 1") is metadata, so
 * renumbering the paper renames nothing. A claim's `check` returns exact {@link Relation}s; the claim
 * holds on an input iff every relation holds, and a violated relation is the counterexample's
 * certificate. Statistical claims also carry a `check`, which re-verifies the exact certificate they
 * attach (for example W2's "no mask can work on this seeded network"), so every counterexample,
 * exact or statistical, is replayable.
 *
 * References: SPEC.md §2–§7.
 */
import type fc from 'fast-check';
import type { Relation } from './Relation.js';
import type { StatTest } from '../stats/judge.js';
import type { Json } from './codec.js';
import { InvalidParameterError, show } from '../errors.js';

/** Paper versions. */
export type PaperVersion = 'v1' | 'v2' | 'v3';
/** A claim's expected verdict from SPEC.md. */
export type Expected = 'holds' | 'refuted';
/** The verdict of a run. */
export type Verdict = 'holds' | 'refuted' | 'inconclusive' | 'timeout';
/** exact for-all statement, exact witness construction, or statistical judgement. */
export type ClaimKind = 'exact-forall' | 'exact-witness' | 'statistical';
/** How deep to run: `ci` for `npm test`, `full` for `npm run check`. */
export type Depth = 'ci' | 'full';

/** Metadata every claim carries (the manifest record). */
export interface ClaimMeta {
  /** The stable id, stating the conclusion; the SPEC name, with `@reading` where SPEC reuses a name. */
  readonly id: string;
  /** The paper's reference ("Lemma 2", "Theorem 1", "Figure 3") or null. */
  readonly paperRef: string | null;
  /** SPEC.md's label of the statement (E5, P1, C2, W1, §7 …). */
  readonly specRef: string;
  readonly versions: readonly PaperVersion[];
  readonly readings: readonly string[];
  readonly kind: ClaimKind;
  /** The statement in words and symbols. */
  readonly statement: string;
  /** Ids of the claims this one uses. */
  readonly uses: readonly string[];
  readonly expected: Expected;
  /** For a negative control: the id of the true claim it perturbs. */
  readonly negativeControlOf?: string;
}

/** Run context handed to a claim. */
export interface ClaimContext {
  readonly seed: number;
  readonly depth: Depth;
  /** Number of runs/trials requested on the command line (overrides the claim's default). */
  readonly runs?: number;
  /** Wall-clock deadline (ms since epoch); statistical claims stop and report timeout past it. */
  readonly deadline: number;
}

/** An exact for-all claim checked by fast-check. */
export interface ExactClaim<I = unknown> extends ClaimMeta {
  readonly kind: 'exact-forall' | 'exact-witness';
  /** The input generator. */
  arbitrary(): fc.Arbitrary<I>;
  /** Exact relations that must all hold on the input. */
  check(input: I): Relation[];
  /** Default numbers of runs per depth. */
  readonly numRuns: { readonly ci: number; readonly full: number };
  /** Pinned regression inputs, run first. */
  readonly examples?: readonly I[];
}

/** A figure: a vega-lite spec with inline data. */
export interface Figure {
  readonly name: string;
  readonly title: string;
  readonly spec: Json;
}

/** A table for the report. */
export interface Table {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** What a statistical experiment reports. */
export interface StatOutcome<I = unknown> {
  readonly tests: readonly StatTest[];
  /** Extra deterministic evidence (numbers, fits, sentences). */
  readonly evidence?: Json;
  readonly figures?: readonly Figure[];
  readonly tables?: readonly Table[];
  /** An exact certificate (replayable through `check`) backing a refutation, if any. */
  readonly certificate?: { readonly input: I; readonly note: string };
  /** True when the deadline stopped the experiment early. */
  readonly timedOut?: boolean;
}

/** A statistical claim. */
export interface StatClaim<I = unknown> extends ClaimMeta {
  readonly kind: 'statistical';
  /** Claim-level significance level (split over its tests). */
  readonly alpha: string;
  run(ctx: ClaimContext): StatOutcome<I>;
  /** Re-verifies a certificate exactly (used by replay); the certificate stands iff some relation is violated. */
  check(input: I): Relation[];
}

/** Any claim. */
export type Claim = ExactClaim<any> | StatClaim<any>;

const ID_RE = /^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$/;
const VERSIONS: readonly PaperVersion[] = ['v1', 'v2', 'v3'];

/**
 * Validate and return a claim definition.
 * @throws InvalidParameterError naming the bad field
 */
export function defineClaim<C extends Claim>(c: C): C {
  const api = 'defineClaim';
  if (typeof c.id !== 'string' || !ID_RE.test(c.id)) throw new InvalidParameterError(api, 'id', 'a snake_case id (optionally @Reading)', show(c.id));
  const where = `${api}(${c.id})`;
  if (c.paperRef !== null && typeof c.paperRef !== 'string') throw new InvalidParameterError(where, 'paperRef', 'a string or null', show(c.paperRef));
  if (!Array.isArray(c.versions) || c.versions.length === 0 || c.versions.some((v) => !VERSIONS.includes(v)))
    throw new InvalidParameterError(where, 'versions', 'a non-empty list of v1, v2, v3', show(c.versions));
  if (!Array.isArray(c.readings)) throw new InvalidParameterError(where, 'readings', 'a list of reading names', show(c.readings));
  if (!['exact-forall', 'exact-witness', 'statistical'].includes(c.kind)) throw new InvalidParameterError(where, 'kind', 'exact-forall, exact-witness or statistical', show(c.kind));
  if (c.expected !== 'holds' && c.expected !== 'refuted') throw new InvalidParameterError(where, 'expected', "'holds' or 'refuted'", show(c.expected));
  if (typeof c.statement !== 'string' || c.statement.length < 10) throw new InvalidParameterError(where, 'statement', 'a statement in words', show(c.statement));
  if (!Array.isArray(c.uses)) throw new InvalidParameterError(where, 'uses', 'a list of claim ids', show(c.uses));
  if (typeof c.check !== 'function') throw new InvalidParameterError(where, 'check', 'a function input → Relation[]', show(c.check));
  if (c.kind === 'statistical') {
    if (typeof (c as StatClaim).run !== 'function') throw new InvalidParameterError(where, 'run', 'a function', 'missing');
  } else {
    const e = c as ExactClaim;
    if (typeof e.arbitrary !== 'function') throw new InvalidParameterError(where, 'arbitrary', 'a function returning an Arbitrary', 'missing');
    if (!e.numRuns || !Number.isSafeInteger(e.numRuns.ci) || !Number.isSafeInteger(e.numRuns.full) || e.numRuns.ci < 1 || e.numRuns.full < 1)
      throw new InvalidParameterError(where, 'numRuns', '{ ci, full } positive integers', show(e.numRuns));
  }
  return Object.freeze(c);
}

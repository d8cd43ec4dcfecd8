/**
 * # Claim definitions: every statement the suite checks, as data
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
 * References: the claims of `properties/<chapter>/<id>.ts`; the blueprint (`docs/blueprint.md`),
 * generated from these definitions.
 */
import type fc from 'fast-check';
import type { Relation } from './Relation.js';
import type { StatTest } from '../stats/judge.js';
import type { Json } from './codec.js';
import type { Rational } from '../exact/Rational.js';
import type { SmtEncoding } from '../smt/types.js';
import { InvalidParameterError, show } from '../errors.js';

/** Paper versions. */
export type PaperVersion = 'v1' | 'v2' | 'v3';
/**
 * A claim's expected verdict: `holds`, `refuted` (a negative control or a false headline reading),
 * or `open` — a statement the suite's technique cannot settle either way (a lower bound it can
 * neither confirm nor refute): its verdict reads "not decided" unless a counterexample turns up.
 */
export type Expected = 'holds' | 'refuted' | 'open';
/** The verdict of a run (`open`: not refuted, and not decidable by the suite). */
export type Verdict = 'holds' | 'refuted' | 'inconclusive' | 'timeout' | 'open';
/** exact for-all statement, exact witness construction, or statistical judgement. */
export type ClaimKind = 'exact-forall' | 'exact-witness' | 'statistical';
/** How deep to run: `ci` for `npm test`, `full` for `npm run check`. */
export type Depth = 'ci' | 'full';

/** Metadata every claim carries (the manifest record). */
export interface ClaimMeta {
  /** The stable id, stating the conclusion, with `@reading` where one name has two readings. */
  readonly id: string;
  /** The paper's reference ("Lemma 2", "Theorem 1", "Figure 3") or null. */
  readonly paperRef: string | null;
  /** The statement's label in the blueprint: its first word (E5, P1, C2, §7 …), then any qualifier ("E6 (negative control)", "§7 (W1)"). */
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
  /** The proof sketch, in the project's own words (blueprint). */
  readonly proofSketch?: string;
  /** The hypotheses in words (blueprint). */
  readonly hypotheses?: string;
  /** The tested domain in words, e.g. "d ∈ {2,3,4}, N ≤ 6, denominators ≤ 64" (blueprint). */
  readonly domain?: string;
  /**
   * An SMT encoding for bounded proofs (loaded lazily by the SMT engine only). The registry attaches
   * it from the SMT file `<id>.smt.ts` beside the claim file; a claim may instead declare it inline.
   */
  readonly smt?: SmtEncoding;
  /** Why the claim has no SMT encoding (when it has none). */
  readonly smtNote?: string;
}

/**
 * A constant of an inequality claim, for automatic tightness probes: the runner moves `value`
 * toward `falseSide` by η ∈ {1 %, 10 %, 100 %} (×(1+η) for `up`, ÷(1+η) for `down`), re-runs the
 * claim with the same generators and records the smallest η that is refuted.
 */
export interface ClaimConstant {
  /** The key under which `check` receives an overriding value. */
  readonly name: string;
  /** The paper's value. */
  readonly value: Rational;
  /** Moving the value this way makes the claim stronger (false, if the value is tight). */
  readonly falseSide: 'up' | 'down';
  /** Whether the value is known to be optimal (e.g. Lemma 2's 1/4, by E6); reports mark the others. */
  readonly tight: boolean;
  /** What the constant is, e.g. "κδ/4: Lemma 2's constant". */
  readonly description: string;
}

/** A bounded-exhaustive grid (SmallCheck style): every input is checked exactly. */
export interface ExhaustiveGrid<I> {
  /** The grid in words, e.g. "t* ∈ {−1/2, 0, 1/2} × δ ∈ {1/4, 1/2} × …". */
  readonly domain: string;
  /** Every input of the grid (finite). */
  inputs(): Iterable<I>;
}

/** Constant overrides handed to `check` by tightness probes (name → value). */
export type ConstantOverrides = Readonly<Record<string, Rational>>;

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
  /**
   * The hypothesis, apart from the conclusion (default: always met). A case meets the hypothesis
   * iff this is not false and `check` returns at least one relation.
   */
  hypothesis?(input: I): boolean;
  /** The conclusion: exact relations that must all hold on the input; `constants` overrides declared constants. */
  check(input: I, constants?: ConstantOverrides): Relation[];
  /** The claim's constants, for tightness probes. */
  readonly constants?: readonly ClaimConstant[];
  /** A bounded-exhaustive pass over special values. */
  readonly exhaustive?: ExhaustiveGrid<I>;
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
  /**
   * The labels of the configurations this run went through, in order: equal to the labels of the
   * claim's declared {@link StatClaim.configurations} when the run completed (a test checks it).
   */
  readonly configurationsRun?: readonly string[];
}

/**
 * A parameter that a statistical claim's statement or hypothesis names (d, ε, κ, t*, …): the
 * configuration grid must give it at least two values, one of them away from `special`, unless the
 * statement itself fixes it (`fixedBy`).
 */
export interface StatParameter {
  /** The name used as a key of every configuration's `params`, e.g. `κ`. */
  readonly name: string;
  /** What the parameter is, e.g. "kink size |w*_1| of the target on family 1". */
  readonly description: string;
  /** The value at which the statement is special or degenerate (e.g. `1` for κ, `2` for d). */
  readonly special?: string;
  /** Why the statement holds this parameter at one value (then one value is enough), e.g. "the statement is about σ(x_1)". */
  readonly fixedBy?: string;
}

/**
 * One configuration of a statistical claim's grid: a label (unique within the claim) and the value
 * of every declared parameter, as text — one value, or a list when the configuration runs a sub-grid
 * (e.g. every ε of a sweep).
 */
export interface StatConfiguration {
  readonly label: string;
  readonly params: Readonly<Record<string, string | readonly string[]>>;
}

/** A statistical claim. */
export interface StatClaim<I = unknown> extends ClaimMeta {
  readonly kind: 'statistical';
  /** Claim-level significance level (split over its tests). */
  readonly alpha: string;
  run(ctx: ClaimContext): StatOutcome<I>;
  /**
   * The parameters the statement names (for the configuration grid); given together with
   * `configurations`.
   */
  readonly parameters?: readonly StatParameter[];
  /**
   * The configuration grid the claim runs: `run` iterates over exactly these configurations and
   * reports their labels in `configurationsRun`. Rendered per claim in the blueprint.
   */
  readonly configurations?: readonly StatConfiguration[];
  /** Re-verifies a certificate exactly (used by replay); the certificate stands iff some relation is violated. */
  check(input: I, constants?: ConstantOverrides): Relation[];
}

/** Any claim. */
export type Claim = ExactClaim<any> | StatClaim<any>;

const ID_RE = /^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$/;
const VERSIONS: readonly PaperVersion[] = ['v1', 'v2', 'v3'];

const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/** The configuration grid of a statistical claim: `parameters` and `configurations` together, every configuration giving every parameter. */
function validateGrid(where: string, c: StatClaim): void {
  if (c.parameters === undefined && c.configurations === undefined) return;
  if (!Array.isArray(c.parameters) || c.parameters.length === 0)
    throw new InvalidParameterError(
      where,
      'parameters',
      'a non-empty list of { name, description, special?, fixedBy? } (required with configurations)',
      show(c.parameters),
    );
  const names = new Set<string>();
  for (const p of c.parameters) {
    if (typeof p !== 'object' || p === null || !nonEmpty(p.name) || names.has(p.name))
      throw new InvalidParameterError(where, 'parameters[].name', 'a unique non-empty name', show(p?.name));
    names.add(p.name);
    if (!nonEmpty(p.description))
      throw new InvalidParameterError(
        where,
        `parameters.${p.name}.description`,
        'a non-empty string',
        show(p.description),
      );
    for (const f of ['special', 'fixedBy'] as const)
      if (p[f] !== undefined && !nonEmpty(p[f]))
        throw new InvalidParameterError(
          where,
          `parameters.${p.name}.${f}`,
          'a non-empty string when given',
          show(p[f]),
        );
  }
  if (!Array.isArray(c.configurations) || c.configurations.length === 0)
    throw new InvalidParameterError(
      where,
      'configurations',
      'a non-empty list of { label, params } (required with parameters)',
      show(c.configurations),
    );
  const labels = new Set<string>();
  for (const k of c.configurations) {
    if (typeof k !== 'object' || k === null || !nonEmpty(k.label) || labels.has(k.label))
      throw new InvalidParameterError(where, 'configurations[].label', 'a unique non-empty label', show(k?.label));
    labels.add(k.label);
    const keys = typeof k.params === 'object' && k.params !== null ? Object.keys(k.params) : [];
    const missing = [...names].filter((n) => !keys.includes(n));
    const extra = keys.filter((n) => !names.has(n));
    if (missing.length > 0 || extra.length > 0)
      throw new InvalidParameterError(
        where,
        `configurations.${k.label}.params`,
        `exactly the declared parameters (${[...names].join(', ')})`,
        `missing [${missing.join(', ')}], undeclared [${extra.join(', ')}]`,
      );
    for (const [n, v] of Object.entries(k.params))
      if (!(nonEmpty(v) || (Array.isArray(v) && v.length > 0 && v.every(nonEmpty))))
        throw new InvalidParameterError(
          where,
          `configurations.${k.label}.params.${n}`,
          'a non-empty string or a non-empty list of them',
          show(v),
        );
  }
}

/**
 * Validate and return a claim definition.
 * @throws InvalidParameterError naming the bad field
 */
export function defineClaim<C extends Claim>(c: C): C {
  const api = 'defineClaim';
  if (typeof c.id !== 'string' || !ID_RE.test(c.id))
    throw new InvalidParameterError(api, 'id', 'a snake_case id (optionally @Reading)', show(c.id));
  const where = `${api}(${c.id})`;
  if (c.paperRef !== null && typeof c.paperRef !== 'string')
    throw new InvalidParameterError(where, 'paperRef', 'a string or null', show(c.paperRef));
  if (!Array.isArray(c.versions) || c.versions.length === 0 || c.versions.some((v) => !VERSIONS.includes(v)))
    throw new InvalidParameterError(where, 'versions', 'a non-empty list of v1, v2, v3', show(c.versions));
  if (!Array.isArray(c.readings))
    throw new InvalidParameterError(where, 'readings', 'a list of reading names', show(c.readings));
  if (!['exact-forall', 'exact-witness', 'statistical'].includes(c.kind))
    throw new InvalidParameterError(where, 'kind', 'exact-forall, exact-witness or statistical', show(c.kind));
  if (c.expected !== 'holds' && c.expected !== 'refuted' && c.expected !== 'open')
    throw new InvalidParameterError(where, 'expected', "'holds', 'refuted' or 'open'", show(c.expected));
  for (const f of ['proofSketch', 'hypotheses', 'domain', 'smtNote'] as const)
    if (c[f] !== undefined && (typeof c[f] !== 'string' || c[f]!.length === 0))
      throw new InvalidParameterError(where, f, 'a non-empty string when given', show(c[f]));
  if (typeof c.statement !== 'string' || c.statement.length < 10)
    throw new InvalidParameterError(where, 'statement', 'a statement in words', show(c.statement));
  if (!Array.isArray(c.uses)) throw new InvalidParameterError(where, 'uses', 'a list of claim ids', show(c.uses));
  if (typeof c.check !== 'function')
    throw new InvalidParameterError(where, 'check', 'a function input → Relation[]', show(c.check));
  if (c.smt !== undefined) {
    const s = c.smt;
    if (
      typeof s !== 'object' ||
      s === null ||
      typeof s.summary !== 'string' ||
      s.summary.length === 0 ||
      typeof s.load !== 'function'
    )
      throw new InvalidParameterError(
        where,
        'smt',
        '{ summary, ladder, load } (or an SMT file <id>.smt.ts beside the claim file)',
        show(s),
      );
    if (
      !Array.isArray(s.ladder) ||
      s.ladder.length === 0 ||
      s.ladder.some((x) => typeof x !== 'string' || x.length === 0)
    )
      throw new InvalidParameterError(where, 'smt.ladder', 'a non-empty list of shape names', show(s.ladder));
  }
  if (c.kind === 'statistical') {
    if (typeof (c as StatClaim).run !== 'function')
      throw new InvalidParameterError(where, 'run', 'a function', 'missing');
    validateGrid(where, c as StatClaim);
  } else {
    const e = c as ExactClaim;
    if (typeof e.arbitrary !== 'function')
      throw new InvalidParameterError(where, 'arbitrary', 'a function returning an Arbitrary', 'missing');
    if (
      !e.numRuns ||
      !Number.isSafeInteger(e.numRuns.ci) ||
      !Number.isSafeInteger(e.numRuns.full) ||
      e.numRuns.ci < 1 ||
      e.numRuns.full < 1
    )
      throw new InvalidParameterError(where, 'numRuns', '{ ci, full } positive integers', show(e.numRuns));
    if (e.hypothesis !== undefined && typeof e.hypothesis !== 'function')
      throw new InvalidParameterError(where, 'hypothesis', 'a function input → boolean', show(e.hypothesis));
    if (
      e.exhaustive !== undefined &&
      (typeof e.exhaustive.inputs !== 'function' || typeof e.exhaustive.domain !== 'string')
    )
      throw new InvalidParameterError(
        where,
        'exhaustive',
        '{ domain: string, inputs(): Iterable }',
        show(e.exhaustive),
      );
    const names = new Set<string>();
    for (const k of e.constants ?? []) {
      if (typeof k.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k.name) || names.has(k.name))
        throw new InvalidParameterError(where, 'constants[].name', 'a unique identifier', show(k.name));
      names.add(k.name);
      if (k.falseSide !== 'up' && k.falseSide !== 'down')
        throw new InvalidParameterError(where, `constants.${k.name}.falseSide`, "'up' or 'down'", show(k.falseSide));
      if (typeof k.value?.sign !== 'function' || k.value.sign() <= 0)
        throw new InvalidParameterError(where, `constants.${k.name}.value`, 'a positive Rational', show(k.value));
    }
  }
  return Object.freeze(c);
}

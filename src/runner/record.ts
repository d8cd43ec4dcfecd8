/**
 * # The run record of a claim
 *
 * Main definitions: {@link RunRecord} — one claim's run: its manifest {@link ClaimRecord} (the static
 * type of `ClaimRecordSchema`), every counterexample file, figures, tables, the stored-input re-run
 * and the timings; {@link buildRecord} — the manifest record from the phases' outcomes;
 * {@link claimMetadata} — a claim's metadata fields (no verdict); {@link mainCounterexample} — the
 * file named after the claim, if any.
 *
 * Main statements: the main counterexample is the file named `<id>` in `counterexamples` (it is not
 * stored a second time); the record's `counterexample` field is its path, `counterexamples/<id>.json`.
 * Timings are kept apart from the record, so verdict files stay byte-identical.
 */
import type { Claim, Figure, Table, Verdict } from '../claims/defineClaim.js';
import type { CounterexampleFile } from '../claims/counterexampleFile.js';
import type { Json } from '../claims/codec.js';
import type { ClaimRecord, ExactEvidence, StatEvidence, TightnessEntry } from '../schema/schemas.js';
import type { RegressionResult } from './regression.js';

export type { ClaimRecord, RegressionResult };

/** A counterexample file to write as `counterexamples/<name>.json`. */
export interface NamedCounterexample {
  readonly name: string;
  readonly file: CounterexampleFile;
}

/** The result of running one claim. */
export interface RunRecord {
  readonly id: string;
  readonly record: ClaimRecord;
  /** Every counterexample file of the run: the main one (named `<id>`) first, then tightness, statistical and SMT ones. */
  readonly counterexamples: readonly NamedCounterexample[];
  readonly figures: readonly Figure[];
  readonly tables: readonly Table[];
  readonly regression: RegressionResult | null;
  readonly ms: number;
  /** Solver times, for timings.json. */
  readonly smtTimingsMs?: Readonly<Record<string, number>>;
}

/** The claim's main counterexample (the file named after the claim), or null. */
export function mainCounterexample(r: Pick<RunRecord, 'id' | 'counterexamples'>): CounterexampleFile | null {
  return r.counterexamples.find((c) => c.name === r.id)?.file ?? null;
}

/** The manifest metadata of a claim (no verdict). */
export function claimMetadata(
  c: Claim,
): Pick<
  ClaimRecord,
  | 'id'
  | 'specRef'
  | 'paperRef'
  | 'versions'
  | 'readings'
  | 'kind'
  | 'statement'
  | 'uses'
  | 'expected'
  | 'negativeControlOf'
> {
  return {
    id: c.id,
    specRef: c.specRef,
    paperRef: c.paperRef,
    versions: [...c.versions],
    readings: [...c.readings],
    kind: c.kind,
    statement: c.statement,
    uses: [...c.uses],
    expected: c.expected,
    negativeControlOf: c.negativeControlOf ?? null,
  };
}

/** The phases' outcomes a record is built from. */
export interface RecordParts {
  readonly verdict: Verdict;
  readonly verdictText: string;
  readonly evidence: ExactEvidence | StatEvidence;
  readonly tightness: TightnessEntry[] | null;
  readonly smt: Json;
  readonly hasMain: boolean;
  readonly figures: readonly Figure[];
}

/** The manifest record of a claim's run. */
export function buildRecord(claim: Claim, p: RecordParts): ClaimRecord {
  return {
    ...claimMetadata(claim),
    verdict: p.verdict,
    asExpected: p.verdict === claim.expected,
    verdictText: p.verdictText,
    evidence: p.evidence,
    tightness: p.tightness,
    smt: p.smt,
    counterexample: p.hasMain ? `counterexamples/${claim.id}.json` : null,
    figures: p.figures.map((f) => `figures/${f.name}.svg`),
  };
}

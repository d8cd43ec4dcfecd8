/**
 * # JSON Schemas of every file the tool reads: one source of truth for the types and the checks
 *
 * Main definitions (TypeBox schemas; the TypeScript types are derived from them with `Static`):
 * - {@link CounterexampleFileSchema} — `counterexamples/<name>.json` (format `pruning-gap-check/counterexample@1`);
 * - {@link ClaimRecordSchema}, {@link ManifestSchema} — one claim's record and `claims.json`
 *   (format `pruning-gap-check/claims@1`);
 * - {@link RunRecordSchema}, {@link ShardFileSchema} — `shards/shard-k-of-n.json` (format `pruning-gap-check/shard@1`);
 * - {@link SCHEMA_FILES} — the schemas committed under `schemas/` (written by `npm run schemas`).
 *
 * Implementation notes: free-form exact data (claim inputs, relations, evidence) is the recursive
 * {@link JSON_DEF} (`#/$defs/Json`), bounded in string length, array length and object size; its
 * nesting depth is bounded before validation by `assertJsonLimits` (JSON Schema cannot bound depth,
 * and a validator recursing 3000 levels would overflow the stack). Records allow extra properties
 * (the runner and the blueprint add metadata), files are closed where the format is ours alone.
 *
 * References: JSON Schema 2020-12 (validated with ajv); TypeBox.
 */
import { createRequire } from 'node:module';
import type { Static, TSchema } from '@sinclair/typebox';

/**
 * TypeBox's builder, from its CommonJS build: the same package and version as its ES-module build,
 * but one file instead of ~270. Under the TypeScript loader (tsx) every ES module goes through the
 * loader's hooks: importing TypeBox's ES build took 656 ms against 205 ms for the CommonJS one
 * (measured). The commands no longer load this module at all (they validate with the precompiled
 * `src/generated/validators.ts`); `npm run schemas`, the tests and library users do. The types still
 * come from the package's declarations.
 */
const { Type } = createRequire(import.meta.url)('@sinclair/typebox') as typeof import('@sinclair/typebox');
import type { Json } from '../util/Json.js';

import { CEX_FORMAT, LIMITS, MANIFEST_FORMAT, SHARD_FORMAT } from './formats.js';
export { CEX_FORMAT, LIMITS, MANIFEST_FORMAT, SHARD_FORMAT };

/** The recursive definition of a bounded JSON value, referenced as `#/$defs/Json`. */
export const JSON_DEF = {
  anyOf: [
    { type: 'null' },
    { type: 'boolean' },
    { type: 'number' },
    { type: 'string', maxLength: LIMITS.maxString },
    { type: 'array', maxItems: LIMITS.maxItems, items: { $ref: '#/$defs/Json' } },
    { type: 'object', maxProperties: LIMITS.maxProperties, additionalProperties: { $ref: '#/$defs/Json' } },
  ],
} as const;

/** A bounded JSON value (typed as the codec's {@link Json}). */
const JsonValue = Type.Unsafe<Json>({ $ref: '#/$defs/Json' });
const Str = (maxLength = 100_000) => Type.String({ maxLength });
const ClaimId = Type.String({ pattern: '^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$', maxLength: 200 });
/** An exact rational "p/q". */
const RationalText = Type.String({ pattern: '^-?[0-9]+/[0-9]+$', maxLength: LIMITS.maxString });
const SafeInt = (minimum = 0) => Type.Integer({ minimum, maximum: Number.MAX_SAFE_INTEGER });

/** How a counterexample was found. */
export const CounterexampleSourceSchema = Type.Union([
  Type.Literal('fast-check'),
  Type.Literal('pinned'),
  Type.Literal('certificate'),
  Type.Literal('exhaustive'),
  Type.Literal('smt'),
  Type.Literal('statistical'),
  Type.Literal('tightness'),
]);

/** A refuted statistical test, to re-run on replay. */
export const StatisticalReplaySchema = Type.Object(
  {
    seed: SafeInt(),
    depth: Type.Union([Type.Literal('ci'), Type.Literal('full')]),
    runs: Type.Union([SafeInt(1), Type.Null()]),
    tests: Type.Array(
      Type.Object(
        {
          name: Str(1000),
          n: SafeInt(),
          successes: Type.Union([SafeInt(), Type.Null()]),
          judgement: Type.Union([Type.Literal('holds'), Type.Literal('refuted'), Type.Literal('inconclusive')]),
        },
        { additionalProperties: false },
      ),
      { maxItems: 10_000 },
    ),
  },
  { additionalProperties: false },
);

const defs = { $defs: { Json: JSON_DEF } };

/** `counterexamples/<name>.json`: the exact input, how it was found, the violated relation, a SHA-256. */
export const CounterexampleFileSchema = Type.Object(
  {
    format: Type.Literal(CEX_FORMAT),
    claim: ClaimId,
    expected: Str(100),
    source: CounterexampleSourceSchema,
    seed: Type.Union([SafeInt(), Type.Null()]),
    path: Type.Union([Str(100_000), Type.Null()]),
    input: JsonValue,
    violated: JsonValue,
    relations: JsonValue,
    note: Type.Union([Str(100_000), Type.Null()]),
    constants: Type.Optional(
      Type.Union([
        Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,100}$' }), RationalText, { maxProperties: 1000 }),
        Type.Null(),
      ]),
    ),
    statistical: Type.Optional(Type.Union([StatisticalReplaySchema, Type.Null()])),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  },
  {
    additionalProperties: false,
    $id: 'https://pruning-gap-check/schemas/counterexample.schema.json',
    title: 'pruning-gap-check counterexample file',
    ...defs,
  },
);

/** The stored counterexample (type derived from {@link CounterexampleFileSchema}). */
export type CounterexampleFile = Static<typeof CounterexampleFileSchema>;

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Verdict = Type.Union([
  Type.Literal('holds'),
  Type.Literal('refuted'),
  Type.Literal('inconclusive'),
  Type.Literal('timeout'),
  Type.Literal('open'),
]);
const StrList = (maxItems = 1000) => Type.Array(Str(10_000), { maxItems });

/** An exact claim's evidence: the search, the hypothesis count, the grid, the closest case, what refuted it. */
export const ExactEvidenceSchema = Type.Object(
  {
    seed: SafeInt(),
    /** The number of cases that had to meet the hypothesis. */
    numRuns: SafeInt(),
    /** The health check: `met` of `draws` draws met the hypothesis (at most `maxDraws`); `filteredTooMuch` when met < numRuns. */
    hypothesis: Type.Object(
      { met: SafeInt(), draws: SafeInt(), maxDraws: SafeInt(), filteredTooMuch: Type.Boolean() },
      { additionalProperties: false },
    ),
    /** Per boundary label (`boundaryTagsOf`), the cases that met the hypothesis and carried it, sorted by label. */
    boundaryHits: Type.Array(Type.Object({ label: Str(1000), cases: SafeInt() }, { additionalProperties: false }), {
      maxItems: 1000,
    }),
    examples: SafeInt(),
    exhaustive: Nullable(
      Type.Object(
        { domain: Str(10_000), inputs: SafeInt(), met: SafeInt(), complete: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
    closestCase: Nullable(
      Type.Object({ ratio: RationalText, approx: Str(1000), relation: Str(10_000) }, { additionalProperties: false }),
    ),
    refutedBy: Nullable(
      Type.Object(
        {
          source: Type.Union([
            Type.Literal('search'),
            Type.Literal('exhaustive'),
            Type.Literal('stored counterexample'),
          ]),
          foundAfterCases: Type.Optional(SafeInt()),
          numShrinks: Type.Optional(SafeInt()),
          gridInput: Type.Optional(SafeInt()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** One judged statistical test as recorded. */
export const StatTestRecordSchema = Type.Object(
  {
    name: Str(1000),
    method: Str(1000),
    n: SafeInt(),
    successes: Nullable(SafeInt()),
    alpha: RationalText,
    interval: Type.Object(
      { lo: RationalText, hi: RationalText, approx: Type.Optional(Str(1000)) },
      { additionalProperties: JsonValue },
    ),
    claimed: Str(10_000),
    judgement: Type.Union([Type.Literal('holds'), Type.Literal('refuted'), Type.Literal('inconclusive')]),
    power: Type.Optional(JsonValue),
  },
  { additionalProperties: false },
);

/** A statistical claim's evidence: its tests at the claim-level α and the claim's own details. */
export const StatEvidenceSchema = Type.Object(
  {
    seed: SafeInt(),
    alpha: Str(1000),
    tests: Type.Array(StatTestRecordSchema, { maxItems: 10_000 }),
    details: Type.Optional(JsonValue),
  },
  { additionalProperties: false },
);

/** The evidence of a claim that could not be judged (its job failed). */
export const FailureEvidenceSchema = Type.Object({ error: Str(100_000) }, { additionalProperties: false });

/** One declared constant's tightness probe. */
export const TightnessEntrySchema = Type.Object(
  {
    name: Str(1000),
    description: Str(10_000),
    value: RationalText,
    falseSide: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    specTight: Type.Boolean(),
    result: Str(10_000),
    eta: Nullable(RationalText),
    counterexample: Nullable(Str(1000)),
  },
  { additionalProperties: false },
);

/** One claim's record in `claims.json`. */
export const ClaimRecordSchema = Type.Object(
  {
    id: ClaimId,
    specRef: Str(1000),
    paperRef: Nullable(Str(1000)),
    versions: StrList(),
    readings: StrList(),
    kind: Type.Union([Type.Literal('exact-forall'), Type.Literal('exact-witness'), Type.Literal('statistical')]),
    statement: Str(100_000),
    uses: StrList(10_000),
    expected: Type.Union([Type.Literal('holds'), Type.Literal('refuted'), Type.Literal('open')]),
    negativeControlOf: Nullable(ClaimId),
    verdict: Verdict,
    asExpected: Type.Boolean(),
    verdictText: Str(10_000),
    evidence: Type.Union([ExactEvidenceSchema, StatEvidenceSchema, FailureEvidenceSchema]),
    tightness: Type.Optional(Nullable(Type.Array(TightnessEntrySchema, { maxItems: 1000 }))),
    smt: Type.Optional(JsonValue),
    counterexample: Nullable(Str(1000)),
    figures: StrList(10_000),
  },
  { additionalProperties: false },
);

/** One claim's record (type derived from {@link ClaimRecordSchema}). */
export type ClaimRecord = Static<typeof ClaimRecordSchema>;
/** An exact claim's evidence. */
export type ExactEvidence = Static<typeof ExactEvidenceSchema>;
/** A statistical claim's evidence. */
export type StatEvidence = Static<typeof StatEvidenceSchema>;
/** A tightness probe's entry. */
export type TightnessEntry = Static<typeof TightnessEntrySchema>;
/** A recorded statistical test. */
export type StatTestRecord = Static<typeof StatTestRecordSchema>;

/** `claims.json`. */
export const ManifestSchema = Type.Object(
  {
    format: Type.Literal(MANIFEST_FORMAT),
    settings: Type.Object(
      {
        seed: SafeInt(),
        depth: Type.Union([Type.Literal('ci'), Type.Literal('full')]),
        runs: Type.Union([SafeInt(1), Type.Null()]),
      },
      { additionalProperties: JsonValue },
    ),
    claims: Type.Array(ClaimRecordSchema, { maxItems: 100_000 }),
  },
  {
    additionalProperties: JsonValue,
    $id: 'https://pruning-gap-check/schemas/claims.schema.json',
    title: 'pruning-gap-check claims.json',
    ...defs,
  },
);

const FigureSchema = Type.Object(
  { name: Type.String({ pattern: '^[A-Za-z0-9_.@-]{1,200}$' }), title: Str(10_000), spec: JsonValue },
  { additionalProperties: JsonValue },
);
const TableSchema = Type.Object(
  {
    name: Str(1000),
    title: Str(10_000),
    columns: Type.Array(Str(10_000), { maxItems: 1000 }),
    rows: Type.Array(
      Type.Array(Type.Union([Type.String({ maxLength: LIMITS.maxString }), Type.Number()]), { maxItems: 1000 }),
      { maxItems: LIMITS.maxItems },
    ),
  },
  { additionalProperties: JsonValue },
);
/** `tables.json`: claim id → its tables. */
export const TablesFileSchema = Type.Record(ClaimId, Type.Array(TableSchema, { maxItems: 10_000 }), {
  maxProperties: 100_000,
  $id: 'https://pruning-gap-check/schemas/tables.schema.json',
  title: 'pruning-gap-check tables.json',
  ...defs,
});

/** `tables.json` (type derived from {@link TablesFileSchema}). */
export type TablesFile = Static<typeof TablesFileSchema>;

/** Counterexample file names: `<id>` or `<id>.<something>`. */
const CexName = Type.String({ pattern: '^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$', maxLength: 300 });

/** One claim's run as stored in a shard file. */
export const RunRecordSchema = Type.Object(
  {
    id: ClaimId,
    record: ClaimRecordSchema,
    counterexamples: Type.Optional(
      Type.Array(Type.Object({ name: CexName, file: CounterexampleFileSchemaRef() }, { additionalProperties: false }), {
        maxItems: 10_000,
      }),
    ),
    figures: Type.Array(FigureSchema, { maxItems: 10_000 }),
    tables: Type.Array(TableSchema, { maxItems: 10_000 }),
    regression: Type.Optional(
      Nullable(Type.Object({ stored: SafeInt(), stillRefuting: SafeInt() }, { additionalProperties: false })),
    ),
    ms: Type.Number({ minimum: 0 }),
    smtTimingsMs: Type.Optional(
      Type.Record(Type.String({ maxLength: 1000 }), Type.Number({ minimum: 0 }), { maxProperties: 10_000 }),
    ),
  },
  { additionalProperties: JsonValue },
);

function CounterexampleFileSchemaRef() {
  // the counterexample schema without its own $id/$defs, so it can nest inside the shard schema
  const {
    $id: _id,
    $defs: _defs,
    title: _title,
    ...rest
  } = CounterexampleFileSchema as unknown as Record<string, unknown>;
  return Type.Unsafe<CounterexampleFile>(rest);
}

/** `shards/shard-k-of-n.json`. */
export const ShardFileSchema = Type.Object(
  {
    format: Type.Literal(SHARD_FORMAT),
    settings: Type.Object(
      {
        seed: SafeInt(),
        depth: Type.Union([Type.Literal('ci'), Type.Literal('full')]),
        runs: Type.Union([SafeInt(1), Type.Null()]),
        /** The sampler version that drew the shard's random inputs (shards of different versions never merge). */
        samplerVersion: SafeInt(1),
      },
      { additionalProperties: false },
    ),
    shard: Type.String({ pattern: '^[0-9]{1,4}/[0-9]{1,4}$' }),
    pattern: Type.Union([Str(10_000), Type.Null()]),
    /** Every claim id selected before sharding (the shards together must cover it exactly once). */
    claimSet: Type.Array(ClaimId, { maxItems: 100_000 }),
    results: Type.Array(RunRecordSchema, { maxItems: 100_000 }),
  },
  {
    additionalProperties: false,
    $id: 'https://pruning-gap-check/schemas/shard.schema.json',
    title: 'pruning-gap-check shard file',
    ...defs,
  },
);

/** A shard file (type derived from {@link ShardFileSchema}). */
export type ShardFile = Static<typeof ShardFileSchema>;

/** The schema files committed under `schemas/`, by file name. */
export const SCHEMA_FILES: Readonly<Record<string, TSchema>> = {
  'counterexample.schema.json': CounterexampleFileSchema,
  'claims.schema.json': ManifestSchema,
  'shard.schema.json': ShardFileSchema,
  'tables.schema.json': TablesFileSchema,
};

/**
 * # Boundary tags: which extremal structure a generated value came from
 *
 * Main definitions: {@link tagBoundary}(value, …labels) — attach labels to a freshly built object;
 * {@link boundaryTagsOf}(input) — the sorted, deduplicated labels found anywhere inside an input;
 * {@link boundaryShareOf} — the validated `boundary` share of a generator's constraints object;
 * {@link mixBoundary} — a plain generator mixed with its boundary structures at a share;
 * {@link DEFAULT_BOUNDARY_SHARE} (1/4).
 *
 * Main statements: tags live in a `WeakMap` keyed by object identity, so they cost nothing to the
 * tagged value (no extra field: the value's JSON, codec and equality are unchanged) and disappear
 * with it. A primitive cannot be tagged: tag the object that encloses it. `boundaryTagsOf` visits at
 * most {@link BOUNDARY_WALK_LIMIT} objects: it enters arrays and plain objects only; any other
 * object (a `Network`, a `TargetNeuron`, a class instance) contributes its own tags but is not
 * entered — tags go on the network or target, never on its neurons — and `Rational`s are skipped
 * (shared constants as often as not, they never carry tags); so it is linear in the input's size,
 * bounded whatever the input, and costs a few microseconds for a case of a window and a network.
 *
 * Implementation notes: the boundary generators tag *inside* their `.map`, so every value fast-check
 * produces from them — including every shrink, which re-runs the map on a smaller source value —
 * carries its tag (`test/boundaryMixtures.test.ts` checks it). A value rebuilt by a claim's own
 * `.map` (e.g. `({ f, i, delta }) => ({ f, i, delta })`) keeps the tags of the objects it reuses, which
 * is why the generators tag both the case object and the objects inside it (target, network).
 * Tag only objects built for this value, never shared constants such as `Rational.ONE`.
 *
 * References: Hypothesis's `event()` and fast-check's `fc.statistics` (per-check counts of labels).
 */
import fc from 'fast-check';
import { InvalidParameterError, show } from '../errors.js';
import { Rational } from '../exact/Rational.js';

const TAGS = new WeakMap<object, readonly string[]>();

/** The share of boundary structures a generator mixes in when its constraints do not say (1/4). */
export const DEFAULT_BOUNDARY_SHARE = 0.25;

/** The most objects {@link boundaryTagsOf} visits in one input. */
export const BOUNDARY_WALK_LIMIT = 10_000;

/**
 * Attach boundary labels to an object (merged with the labels it already has) and return the object.
 * A primitive or a `Rational` is returned unchanged (tag the object that encloses it instead).
 * @throws InvalidParameterError when a label is not a non-empty string
 */
export function tagBoundary<T>(value: T, ...labels: string[]): T {
  for (const l of labels)
    if (typeof l !== 'string' || l.length === 0)
      throw new InvalidParameterError('tagBoundary', 'label', 'a non-empty string', show(l));
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || value instanceof Rational)
    return value;
  const old = TAGS.get(value as object);
  TAGS.set(value as object, old ? [...new Set([...old, ...labels])] : [...new Set(labels)]);
  return value;
}

/** The labels attached to this very object (not to the objects inside it). */
export function ownBoundaryTags(value: unknown): readonly string[] {
  return value !== null && typeof value === 'object' ? (TAGS.get(value) ?? []) : [];
}

function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
}

/**
 * Every boundary label found in an input: the input itself and, depth first, the objects inside its
 * arrays and plain objects (a `Network` or `TargetNeuron` met there contributes its own labels) —
 * sorted, deduplicated. Visits at most {@link BOUNDARY_WALK_LIMIT} objects; cycles are visited once.
 * The runner calls it once per generated case and counts the labels.
 */
export function boundaryTagsOf(input: unknown): string[] {
  const out = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [input];
  while (stack.length > 0 && seen.size < BOUNDARY_WALK_LIMIT) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const t = TAGS.get(v);
    if (t) for (const l of t) out.add(l);
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object' && !(x instanceof Rational)) stack.push(x);
    } else if (isPlain(v)) {
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object' && !(x instanceof Rational)) stack.push(x);
      }
    }
  }
  return [...out].sort();
}

/**
 * The `boundary` share of a constraints object: a number in [0, 1] (default
 * {@link DEFAULT_BOUNDARY_SHARE}); 0 turns the boundary structures off.
 * @throws InvalidParameterError naming `api` when the share is not a number in [0, 1]
 */
export function boundaryShareOf(api: string, c: { boundary?: unknown } | undefined): number {
  const b = c?.boundary;
  if (b === undefined) return DEFAULT_BOUNDARY_SHARE;
  if (typeof b !== 'number' || !Number.isFinite(b) || b < 0 || b > 1)
    throw new InvalidParameterError(
      api,
      'constraints.boundary',
      'a number in [0, 1] (the share of boundary structures)',
      show(b),
    );
  return b;
}

/** The check of a `boundary` key for `checkConstraints`. */
export const shareIn01 = (v: unknown): string | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1
    ? undefined
    : 'a number in [0, 1] (the share of boundary structures)';

/**
 * `plain` with probability 1 − share and `boundary` with probability `share` (share in [0, 1],
 * resolved to a weight out of 1000). Share 0 returns `plain` itself (the same generator, the same
 * cases); share 1 returns `boundary`.
 */
export function mixBoundary<T>(plain: fc.Arbitrary<T>, boundary: fc.Arbitrary<T>, share: number): fc.Arbitrary<T> {
  const w = Math.round(share * 1000);
  if (w <= 0) return plain;
  if (w >= 1000) return boundary;
  return fc.oneof({ arbitrary: plain, weight: 1000 - w }, { arbitrary: boundary, weight: w });
}

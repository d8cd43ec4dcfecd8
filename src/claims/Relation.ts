/**
 * # Exact relations: the atoms of every verdict
 *
 * Main definitions: {@link Relation} — `lhs op rhs` between two exact values, each with a label
 * saying what it is; {@link rel}; {@link relationHolds}; {@link renderRelation}.
 *
 * Main statements: a claim's check returns relations; the claim holds on an input iff all of them
 * hold. A violated relation is the certified content of a counterexample: both sides are exact
 * rationals (or booleans), stored as "p/q" strings, and re-checked by `npm run replay`.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, show } from '../errors.js';

/** A comparison operator. */
export type RelOp = '<' | '<=' | '=' | '>=' | '>' | '!=';
const OPS: readonly RelOp[] = ['<', '<=', '=', '>=', '>', '!='];

/** An exact value: a rational or a boolean. */
export type ExactValue = Rational | boolean;

/** lhs op rhs, with labels. */
export interface Relation {
  readonly lhsLabel: string;
  readonly lhs: ExactValue;
  readonly op: RelOp;
  readonly rhsLabel: string;
  readonly rhs: ExactValue;
}

/**
 * Build a relation.
 * @throws InvalidParameterError for an unknown operator or mixed value types
 */
export function rel(lhsLabel: string, lhs: ExactValue, op: RelOp, rhsLabel: string, rhs: ExactValue): Relation {
  if (!OPS.includes(op)) throw new InvalidParameterError('rel', 'op', `one of ${OPS.join(' ')}`, show(op));
  if (typeof lhs !== typeof rhs || (typeof lhs === 'boolean' && op !== '=' && op !== '!='))
    throw new InvalidParameterError(
      'rel',
      'rhs',
      'a value of the same type as lhs (booleans only with = and !=)',
      show(rhs),
    );
  return { lhsLabel, lhs, op, rhsLabel, rhs };
}

/** A boolean fact stated as a relation `label = true`. */
export function fact(label: string, value: boolean): Relation {
  return rel(label, value, '=', 'true', true);
}

/** Whether the relation holds, exactly. */
export function relationHolds(r: Relation): boolean {
  if (typeof r.lhs === 'boolean' || typeof r.rhs === 'boolean') return r.op === '=' ? r.lhs === r.rhs : r.lhs !== r.rhs;
  const c = r.lhs.cmp(r.rhs);
  switch (r.op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '=':
      return c === 0;
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '!=':
      return c !== 0;
  }
}

/** JSON form of a relation (exact values as "p/q"), plus whether it holds. */
export function relationToJSON(r: Relation): Record<string, string | boolean> {
  const v = (x: ExactValue) => (typeof x === 'boolean' ? x : x.toString());
  const out: Record<string, string | boolean> = {
    lhsLabel: r.lhsLabel,
    lhs: v(r.lhs),
    op: r.op,
    rhsLabel: r.rhsLabel,
    rhs: v(r.rhs),
    holds: relationHolds(r),
  };
  if (typeof r.lhs !== 'boolean' && typeof r.rhs !== 'boolean') {
    out.lhsApprox = r.lhs.toDecimal(12);
    out.rhsApprox = r.rhs.toDecimal(12);
  }
  return out;
}

/** One human line: "max|e| = 3/8 (≈0.375) >= κδ/4 = 1/2 (≈0.5)  — VIOLATED". */
export function renderRelation(r: Relation): string {
  const v = (x: ExactValue) => (typeof x === 'boolean' ? String(x) : `${x} (≈${x.toDecimal(9)})`);
  return `${r.lhsLabel} = ${v(r.lhs)}  ${r.op}  ${r.rhsLabel} = ${v(r.rhs)}  — ${relationHolds(r) ? 'holds' : 'VIOLATED'}`;
}

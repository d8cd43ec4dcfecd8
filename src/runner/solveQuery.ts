/**
 * # Deciding one query and reading its model exactly
 *
 * Main definitions: {@link solveQuery} — asserts a {@link SmtQuery} in a fresh solver with a time
 * limit and returns unsat / sat (with the model's exact values) / unknown / timeout;
 * {@link confirmModel} — maps model values to a claim input and re-checks it with the claim's own
 * exact `check`, rounding algebraic values to nearby rationals when needed.
 *
 * Main statements: a model value is either a rational (read exactly from Z3's numeral) or a real
 * algebraic number; an algebraic value is replaced by Z3's rational lower and upper approximations
 * at 10^−6, 10^−12, 10^−24, and the rounded point counts only if the claim's check still finds a
 * violated relation. The solver's random seed is fixed (0), so the same query gives the same model.
 *
 * References: issue 12 (algebraic models are rounded and re-checked, honestly reported otherwise).
 */
import { Rational } from '../exact/Rational.js';
import type { Claim, ConstantOverrides } from '../claims/defineClaim.js';
import { relationHolds, type Relation } from '../claims/Relation.js';
import type { Z3Handle } from '../smt/z3Context.js';
import type { SmtQuery, SmtValues, ZArith } from '../smt/types.js';

/** The outcome of one query. */
export type QueryOutcome =
  | { readonly status: 'unsat'; readonly ms: number }
  | {
      readonly status: 'sat';
      readonly ms: number;
      readonly values: SmtValues;
      readonly algebraic: readonly string[];
      readonly approx: (digits: number, side: 'lower' | 'upper') => SmtValues;
    }
  | { readonly status: 'unknown' | 'timeout'; readonly ms: number; readonly reason: string };

/** Decide `q` within `timeoutMs`. */
export async function solveQuery(h: Z3Handle, q: SmtQuery, timeoutMs: number): Promise<QueryOutcome> {
  const { z } = h;
  const s = new z.Solver();
  s.set('timeout', Math.max(1, Math.floor(timeoutMs)));
  s.set('random_seed', 0);
  for (const a of q.assertions) s.add(a);
  const t0 = performance.now();
  let res: 'sat' | 'unsat' | 'unknown';
  try {
    res = await s.check();
  } catch (e) {
    return {
      status: 'unknown',
      ms: Math.round(performance.now() - t0),
      reason: String((e as Error).message ?? e).split('\n')[0]!,
    };
  }
  const ms = Math.round(performance.now() - t0);
  if (res === 'unsat') return { status: 'unsat', ms };
  if (res === 'unknown') {
    const reason = s.reasonUnknown();
    return { status: /timeout|canceled|cancelled/i.test(reason) ? 'timeout' : 'unknown', ms, reason };
  }
  const m = s.model();
  const exact: Record<string, Rational | boolean> = {};
  const alg: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(q.vars)) {
    const e = m.eval(v as ZArith, true);
    if (z.isBool(e)) {
      exact[name] = z.isTrue(e);
      continue;
    }
    if (z.isRealVal(e) || z.isIntVal(e)) {
      const r = (e as unknown as { value(): { numerator: bigint; denominator: bigint } | bigint }).value();
      exact[name] = typeof r === 'bigint' ? Rational.of(r) : Rational.of(r.numerator, r.denominator);
      continue;
    }
    if (h.low.is_algebraic_number(z.ptr, e.ast)) {
      alg[name] = e.ast;
      continue;
    }
    return { status: 'unknown', ms, reason: `model value of ${name} is not a number: ${e.toString()}` };
  }
  const approx = (digits: number, side: 'lower' | 'upper'): SmtValues => {
    const out: Record<string, Rational | boolean> = { ...exact };
    for (const [name, ast] of Object.entries(alg)) {
      const r =
        side === 'lower'
          ? h.low.get_algebraic_number_lower(z.ptr, ast, digits)
          : h.low.get_algebraic_number_upper(z.ptr, ast, digits);
      out[name] = Rational.parse(normaliseNumeral(h.low.get_numeral_string(z.ptr, r)));
    }
    return out;
  };
  return { status: 'sat', ms, values: exact, algebraic: Object.keys(alg), approx };
}

/** Z3 numerals are "p/q", "p" or decimals like "1.5"; return "p/q". */
function normaliseNumeral(s: string): string {
  if (/^-?\d+\/\d+$/.test(s)) return s;
  if (/^-?\d+$/.test(s)) return `${s}/1`;
  const m = /^(-?)(\d+)\.(\d+)$/.exec(s);
  if (m) return `${m[1]}${m[2]}${m[3]}/${10n ** BigInt(m[3]!.length)}`;
  throw new Error(`smt: unreadable numeral ${s}`);
}

/** A model confirmed (or not) by the claim's exact check. */
export interface Confirmation {
  readonly confirmed: boolean;
  readonly input?: unknown;
  readonly relations?: Relation[];
  /** e.g. "exact rational model", "algebraic model rounded to 10^−12" */
  readonly how: string;
}

function checkInput(claim: Claim, input: unknown, constants?: ConstantOverrides): Relation[] | null {
  try {
    return claim.check(input as never, constants);
  } catch {
    return null;
  }
}

/** Map a sat outcome to a claim input and re-check it exactly (see the header). */
export function confirmModel(
  claim: Claim,
  q: SmtQuery,
  out: Extract<QueryOutcome, { status: 'sat' }>,
  constants?: ConstantOverrides,
): Confirmation {
  const attempts: { values: SmtValues; how: string }[] = [];
  if (out.algebraic.length === 0) attempts.push({ values: out.values, how: 'exact rational model' });
  else
    for (const digits of [6, 12, 24])
      for (const side of ['lower', 'upper'] as const)
        attempts.push({
          values: out.approx(digits, side),
          how: `algebraic model (${out.algebraic.join(', ')}) rounded to its rational ${side} approximation at 10^−${digits}`,
        });
  let last: Confirmation = { confirmed: false, how: 'no attempt' };
  for (const a of attempts) {
    let input: unknown;
    try {
      input = q.toInput(a.values);
    } catch (e) {
      last = { confirmed: false, how: `${a.how}: not a valid claim input (${(e as Error).message})` };
      continue;
    }
    if (input === null || input === undefined) {
      last = { confirmed: false, how: `${a.how}: outside the claim's input domain` };
      continue;
    }
    const rels = checkInput(claim, input, constants);
    if (rels === null) {
      last = { confirmed: false, input, how: `${a.how}: the claim's check threw` };
      continue;
    }
    if (rels.some((r) => !relationHolds(r))) return { confirmed: true, input, relations: rels, how: a.how };
    last = {
      confirmed: false,
      input,
      relations: rels,
      how: `${a.how}: the claim's exact check finds no violated relation`,
    };
  }
  return last;
}

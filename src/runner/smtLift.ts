/**
 * # Automatic SMT lifting of an exact claim's check (no hand-written encoding)
 *
 * Main definitions: {@link liftClaim}(claim, samples) → {@link LiftedPath}s — the claim's hypothesis
 * and check re-run *concolically* on sample cases whose rational entries are symbolic; each path is
 * the branch conditions met along the way and the relations as terms over the entries;
 * {@link negationOfPath} — the path's SMT query "branch conditions ∧ some relation fails";
 * {@link runAutoSmt} — the automatic SMT phase of a claim without an SMT file.
 *
 * Main statements (what can be lifted, and what a result means):
 * - the *liftable subset*: inputs built from plain records, arrays and `Rational`s (other entries —
 *   numbers, strings, booleans — stay as in the sample: they fix the input's finite shape), and a
 *   hypothesis and check that compute with `add`, `sub`, `mul`, `div`, `neg`, `abs`, `inv`, `pow`,
 *   `min`, `max` and compare with `sign`, `cmp`, `eq`, `lt`, `le`, `gt`, `ge`, `isZero` (also when a
 *   constant `Rational` is the receiver: `q(2).mul(x)`), returning relations with `rel`/`fact`.
 *   Anything else — reading `num`/`den`, `floor`, `toNumber`, a `Network` or another class in the
 *   input, kit code over BigInt internals — stops the lift with the reason;
 * - a comparison is decided as in the sample and recorded as a branch condition, so a path is the set
 *   of inputs of that shape on which every comparison comes out as in the sample (concolic
 *   execution); on a path the check is a fixed list of polynomial (rational-function) relations;
 * - *proved on a path* (unsat) means: every real assignment of the entries on that path satisfies
 *   every relation — for a claim without branches (a polynomial statement under sign hypotheses),
 *   the whole statement over the reals. A *sat* path is **not** a refutation: the point may lie
 *   outside the generator's domain (a unit vector, an integer count), which the check alone does not
 *   state; the record shows it as "sat (not a verdict)". Refutations stay with the exact search.
 *
 * Implementation notes: while a case is re-run, the comparison and arithmetic methods of
 * `Rational.prototype` dispatch to the symbolic value when their argument is symbolic (restored
 * right after, synchronously). A symbolic value passes `instanceof Rational` and overrides every
 * method of `Rational` (the unsupported ones throw), so kit code cannot silently treat it as
 * something else. Symbolic values build a small expression tree; Z3 terms are built from it only for
 * the query. Division records "divisor ≠ 0" as a branch condition. Class instances in the input
 * (`Network`, `TargetNeuron`) are not lifted: a cached or private field computed from the entries
 * would stay at its sample value and make a "proof" unsound.
 */
import fc from 'fast-check';
import type { ExactClaim } from '../claims/defineClaim.js';
import type { Json } from '../claims/codec.js';
import { Rational } from '../exact/Rational.js';
import type { SmtQuery, Z3Ctx, ZArith, ZBool } from '../smt/types.js';
import { evaluate } from './evaluate.js';

type Expr =
  | { readonly k: 'var'; readonly name: string }
  | { readonly k: 'const'; readonly r: Rational }
  | { readonly k: 'add' | 'sub' | 'mul' | 'div'; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'neg'; readonly a: Expr };
type Cmp = '<' | '<=' | '=' | '!=' | '>' | '>=';

/** The lift stopped: the claim uses something outside the liftable subset. */
class NotLiftable extends Error {
  override name = 'NotLiftable';
}

let path: { a: Expr; op: Cmp; b: Expr }[] | null = null;

/** A symbolic rational: an expression over the input's entries, with its value in the sample. */
class Sym {
  constructor(
    readonly e: Expr,
    readonly v: Rational,
  ) {}
  static of(x: Rational | Sym): Sym {
    if (x instanceof Sym) return x;
    if (x instanceof Rational) return new Sym({ k: 'const', r: x }, x);
    throw new NotLiftable(`a value that is not a Rational (${typeof x}) meets a symbolic one`);
  }
  private branch(op: Cmp, o: Rational | Sym, holds: boolean): boolean {
    const b = Sym.of(o);
    const neg: Record<Cmp, Cmp> = { '<': '>=', '<=': '>', '=': '!=', '!=': '=', '>': '<=', '>=': '<' };
    path?.push({ a: this.e, op: holds ? op : neg[op], b: b.e });
    return holds;
  }
  add(o: Rational | Sym): Sym {
    const b = Sym.of(o);
    return new Sym({ k: 'add', a: this.e, b: b.e }, this.v.add(b.v));
  }
  sub(o: Rational | Sym): Sym {
    const b = Sym.of(o);
    return new Sym({ k: 'sub', a: this.e, b: b.e }, this.v.sub(b.v));
  }
  mul(o: Rational | Sym): Sym {
    const b = Sym.of(o);
    return new Sym({ k: 'mul', a: this.e, b: b.e }, this.v.mul(b.v));
  }
  div(o: Rational | Sym): Sym {
    const b = Sym.of(o);
    b.branch('!=', Rational.ZERO, !b.v.isZero());
    return new Sym({ k: 'div', a: this.e, b: b.e }, this.v.div(b.v));
  }
  neg(): Sym {
    return new Sym({ k: 'neg', a: this.e }, this.v.neg());
  }
  inv(): Sym {
    return Sym.of(Rational.ONE).div(this);
  }
  pow(k: number): Sym {
    if (!Number.isSafeInteger(k) || k < 0 || k > 64) throw new NotLiftable(`pow(${k})`);
    let r = Sym.of(Rational.ONE);
    for (let i = 0; i < k; i++) r = r.mul(this);
    return r;
  }
  abs(): Sym {
    return this.sign() < 0 ? this.neg() : this;
  }
  sign(): -1 | 0 | 1 {
    const s = this.v.sign();
    this.branch(s < 0 ? '<' : s > 0 ? '>' : '=', Rational.ZERO, true);
    return s;
  }
  cmp(o: Rational | Sym): -1 | 0 | 1 {
    const c = this.v.cmp(Sym.of(o).v);
    this.branch(c < 0 ? '<' : c > 0 ? '>' : '=', o, true);
    return c;
  }
  eq(o: Rational | Sym): boolean {
    return this.branch('=', o, this.v.eq(Sym.of(o).v));
  }
  lt(o: Rational | Sym): boolean {
    return this.branch('<', o, this.v.lt(Sym.of(o).v));
  }
  le(o: Rational | Sym): boolean {
    return this.branch('<=', o, this.v.le(Sym.of(o).v));
  }
  gt(o: Rational | Sym): boolean {
    return this.branch('>', o, this.v.gt(Sym.of(o).v));
  }
  ge(o: Rational | Sym): boolean {
    return this.branch('>=', o, this.v.ge(Sym.of(o).v));
  }
  isZero(): boolean {
    return this.branch('=', Rational.ZERO, this.v.isZero());
  }
  min(o: Rational | Sym): Sym {
    return this.le(o) ? this : Sym.of(o);
  }
  max(o: Rational | Sym): Sym {
    return this.ge(o) ? this : Sym.of(o);
  }
  get num(): never {
    throw new NotLiftable('the check reads the numerator of a symbolic value');
  }
  get den(): never {
    throw new NotLiftable('the check reads the denominator of a symbolic value');
  }
  // anything else a Rational offers is outside the liftable subset
  floor(): never {
    throw new NotLiftable('floor of a symbolic value');
  }
  ceil(): never {
    throw new NotLiftable('ceil of a symbolic value');
  }
  isInteger(): never {
    throw new NotLiftable('isInteger of a symbolic value');
  }
  isDyadic(): never {
    throw new NotLiftable('isDyadic of a symbolic value');
  }
  toNumber(): never {
    throw new NotLiftable('toNumber of a symbolic value');
  }
  toDecimal(): never {
    throw new NotLiftable('toDecimal of a symbolic value');
  }
  toString(): string {
    throw new NotLiftable('toString of a symbolic value');
  }
  toJSON(): never {
    throw new NotLiftable('toJSON of a symbolic value');
  }
}

// a symbolic value is a Rational for `instanceof` (kit code that tests for a Rational must not take
// another branch silently); every Rational method is overridden above, so nothing concrete leaks
Object.setPrototypeOf(Sym.prototype, Rational.prototype);

const PATCHED = ['add', 'sub', 'mul', 'div', 'cmp', 'eq', 'lt', 'le', 'gt', 'ge', 'min', 'max'] as const;

/** Run `f` with `Rational.prototype`'s binary methods dispatching to {@link Sym} for a symbolic argument. */
function withSymbolicDispatch<T>(f: () => T): T {
  const proto = Rational.prototype as unknown as Record<string, (o: unknown) => unknown>;
  const saved = PATCHED.map((m) => [m, proto[m]!] as const);
  for (const [m, orig] of saved)
    proto[m] = function (this: Rational, o: unknown) {
      if (o instanceof Sym) return (Sym.of(this) as unknown as Record<string, (o: unknown) => unknown>)[m]!(o);
      return orig.call(this, o);
    };
  try {
    return f();
  } finally {
    for (const [m, orig] of saved) proto[m] = orig;
  }
}

/** The sample with every Rational entry replaced (by `leaf(r, i)`, i its index); throws NotLiftable for other objects. */
function mapLeaves(x: unknown, leaf: (r: Rational, i: number) => unknown, counter = { n: 0 }, depth = 0): unknown {
  if (depth > 50) throw new NotLiftable('the input nests too deeply');
  if (x instanceof Rational) return leaf(x, counter.n++);
  if (x === null || typeof x !== 'object') {
    if (typeof x === 'function') throw new NotLiftable('the input holds a function');
    return x;
  }
  if (Array.isArray(x)) return x.map((y) => mapLeaves(y, leaf, counter, depth + 1));
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null)
    throw new NotLiftable(
      `the input holds a ${(proto as { constructor?: { name?: string } }).constructor?.name ?? 'class instance'} (only records, arrays and Rationals lift)`,
    );
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = mapLeaves((x as Record<string, unknown>)[k], leaf, counter, depth + 1);
  return out;
}

/** One lifted path: its branch conditions, its relations over the entries, and how to rebuild an input. */
export interface LiftedPath {
  /** Number of rational entries (variables v0 … v(n−1)). */
  readonly vars: number;
  readonly conditions: readonly { readonly a: Expr; readonly op: Cmp; readonly b: Expr }[];
  readonly relations: readonly { readonly a: Expr; readonly op: Cmp; readonly b: Expr }[];
  /** The sample with the entries replaced by the given values (a claim input). */
  rebuild(values: readonly Rational[]): unknown;
  /** A stable key of the path (its conditions), to keep distinct paths. */
  readonly key: string;
}

function exprKey(e: Expr): string {
  switch (e.k) {
    case 'var':
      return e.name;
    case 'const':
      return e.r.toString();
    case 'neg':
      return `(-${exprKey(e.a)})`;
    default:
      return `(${exprKey(e.a)}${{ add: '+', sub: '-', mul: '*', div: '/' }[e.k]}${exprKey(e.b)})`;
  }
}

/** Lift one sample case (see the header). @throws NotLiftable */
function liftOne(claim: ExactClaim, sample: unknown): LiftedPath {
  let n = 0;
  const symbolic = mapLeaves(sample, (r, i) => {
    n = i + 1;
    return new Sym({ k: 'var', name: `v${i}` }, r);
  });
  if (n === 0) throw new NotLiftable('the input has no Rational entry');
  const conditions: { a: Expr; op: Cmp; b: Expr }[] = [];
  path = conditions;
  let rels;
  try {
    rels = withSymbolicDispatch(() => {
      if (claim.hypothesis && claim.hypothesis(symbolic) === false)
        throw new NotLiftable('the sample misses the hypothesis');
      return claim.check(symbolic);
    });
  } catch (e) {
    if (e instanceof NotLiftable) throw e;
    throw new NotLiftable(
      `the check fails on symbolic values (${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0]})`,
    );
  } finally {
    path = null;
  }
  const relations: { a: Expr; op: Cmp; b: Expr }[] = [];
  for (const r of rels) {
    if (typeof r.lhs === 'boolean' || typeof r.rhs === 'boolean') continue; // a fact is constant on a path (and true in the sample)
    if (!(r.lhs instanceof Sym) && !(r.rhs instanceof Sym)) continue; // constant on the path
    relations.push({ a: Sym.of(r.lhs as Rational | Sym).e, op: r.op, b: Sym.of(r.rhs as Rational | Sym).e });
  }
  if (relations.length === 0) throw new NotLiftable('no relation depends on the input');
  return {
    vars: n,
    conditions,
    relations,
    rebuild: (values) => mapLeaves(sample, (_r, i) => values[i]),
    key: conditions.map((c) => `${exprKey(c.a)}${c.op}${exprKey(c.b)}`).join('&'),
  };
}

/**
 * Lift the claim on sample cases (those that meet the hypothesis and hold); distinct paths, at most
 * `maxPaths`. `why` says why nothing lifted.
 */
export function liftClaim(
  claim: ExactClaim,
  samples: readonly unknown[],
  maxPaths = 3,
): { paths: LiftedPath[]; why: string | null } {
  const paths: LiftedPath[] = [];
  let why: string | null = 'no sample case met the hypothesis';
  for (const s of samples) {
    const ev = evaluate(claim, s);
    if (!ev.met || !ev.ok) continue;
    try {
      const p = liftOne(claim, s);
      if (!paths.some((q) => q.key === p.key)) paths.push(p);
      if (paths.length >= maxPaths) break;
    } catch (e) {
      if (!(e instanceof NotLiftable)) throw e;
      why = e.message;
      if (paths.length === 0) break; // the same code meets the same obstacle on the other samples
    }
  }
  return { paths, why: paths.length > 0 ? null : why };
}

function term(z: Z3Ctx, vars: readonly ZArith[], e: Expr): ZArith {
  switch (e.k) {
    case 'var':
      return vars[Number(e.name.slice(1))]!;
    case 'const':
      return z.Real.val(e.r.toString());
    case 'neg':
      return term(z, vars, e.a).neg();
    case 'add':
      return term(z, vars, e.a).add(term(z, vars, e.b));
    case 'sub':
      return term(z, vars, e.a).sub(term(z, vars, e.b));
    case 'mul':
      return term(z, vars, e.a).mul(term(z, vars, e.b));
    case 'div':
      return term(z, vars, e.a).div(term(z, vars, e.b));
  }
}

function cmpTerm(a: ZArith, op: Cmp, b: ZArith): ZBool {
  switch (op) {
    case '<':
      return a.lt(b);
    case '<=':
      return a.le(b);
    case '=':
      return a.eq(b);
    case '!=':
      return a.neq(b);
    case '>':
      return a.gt(b);
    case '>=':
      return a.ge(b);
  }
}

/** The path's query: branch conditions ∧ (some relation fails). */
export function negationOfPath(z: Z3Ctx, p: LiftedPath): SmtQuery {
  const vars = Array.from({ length: p.vars }, (_, i) => z.Real.const(`v${i}`));
  const cond = p.conditions.map((c) => cmpTerm(term(z, vars, c.a), c.op, term(z, vars, c.b)));
  const fails = p.relations.map((r) => cmpTerm(term(z, vars, r.a), r.op, term(z, vars, r.b)).not());
  return {
    assertions: [...cond, fails.length === 1 ? fails[0]! : z.Or(...fails)],
    vars: Object.fromEntries(vars.map((v, i) => [`v${i}`, v])),
    toInput: (values) => p.rebuild(vars.map((_, i) => values[`v${i}`] as Rational)),
  };
}

/** Draw sample cases of the claim's generator with the run's seed. */
export function sampleCases(claim: ExactClaim, seed: number, n = 30): unknown[] {
  return fc.sample(claim.arbitrary(), { seed, numRuns: n });
}

/** The automatic SMT phase: lift, then decide each path within the budget (see the header). */
export async function runAutoSmt(
  claim: ExactClaim,
  opts: { readonly seed: number; readonly budgetMs: number },
): Promise<{ record: Json; timings: Record<string, number> }> {
  const { paths, why } = liftClaim(claim, sampleCases(claim, opts.seed));
  const what =
    "lifted automatically from the claim's check (concolic: symbolic entries, comparisons decided as in a sample case)";
  if (paths.length === 0) return { record: { automatic: what, notLifted: why ?? 'nothing to lift' }, timings: {} };
  const { loadZ3 } = await import('../smt/z3Context.js');
  const { solveQuery, confirmModel } = await import('./solveQuery.js');
  const h = await loadZ3();
  if (typeof h === 'string') return { record: { automatic: what, unavailable: h }, timings: {} };
  const deadline = performance.now() + opts.budgetMs;
  const ladder: { shape: string; result: string; note: string }[] = [];
  const timings: Record<string, number> = {};
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i]!;
    const shape = `path ${i + 1}`;
    const left = deadline - performance.now();
    if (left <= 0) {
      ladder.push({ shape, result: 'timeout (not judged)', note: 'the SMT budget ran out' });
      break;
    }
    const q = negationOfPath(h.z, p);
    const out = await solveQuery(h, q, left);
    timings[`auto ${shape}`] = out.ms;
    const where = `${p.vars} rational entries, ${p.conditions.length} branch condition(s), ${p.relations.length} relation(s)`;
    if (out.status === 'unsat')
      ladder.push({
        shape,
        result: 'proved',
        note: `every real assignment on this path satisfies the claim (${where})`,
      });
    else if (out.status === 'sat') {
      const c = confirmModel(claim, q, out);
      ladder.push({
        shape,
        result: 'sat (not a verdict)',
        note: `${c.confirmed ? "the claim's exact check fails at a real point of this path" : c.how}; the point may lie outside the generator's domain (${where})`,
      });
    } else
      ladder.push({
        shape,
        result: out.status === 'timeout' ? 'timeout (not judged)' : 'unknown',
        note: out.status === 'unknown' ? `Z3: ${out.reason}` : 'the solver did not finish within the budget',
      });
  }
  const proved = ladder.filter((e) => e.result === 'proved').length;
  const summary = `automatic lift (no SMT file): proved on ${proved} of ${ladder.length} branch path(s) of sample cases, for all real entries (${h.version})`;
  return { record: { automatic: what, engine: h.version, summary, ladder }, timings };
}

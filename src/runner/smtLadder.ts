/**
 * # The SMT ladder: bounded proofs, exact models, exact optimal constants
 *
 * Main definitions: {@link runSmtLadder}(claim, { budgetMs, seed }) → {@link SmtResult}: the claim's
 * encoding decided shape by shape (proved / refuted / unknown / timeout), the exact optimum of each
 * declared constant per shape, and each constant perturbed by 1 % toward its false side, refuted by an
 * exact model; {@link SmtResult.record} is deterministic JSON (`record.smt`), solver times go to
 * {@link SmtResult.timingsMs}.
 *
 * Main statements:
 * - a rung is *proved* iff Z3 answers unsat for hypotheses ∧ ¬conclusion (or the polynomial path
 *   expands both sides to the same polynomial); *refuted* iff a model, mapped to a claim input, makes
 *   the claim's own exact `check` find a violated relation (the file is then written);
 * - an optimum c* (inf of the claim's ratio for `falseSide: 'up'`, sup for `'down'`) is *exact* when
 *   Z3 proves "no input beats c" (unsat) and a model attains c exactly (its ratio, recomputed exactly,
 *   equals c). It is found by descent with proofs: query "beats c", take the model's exact ratio as the
 *   next c, until unsat; if that does not close in a few steps a proved bracket [lower, upper] is
 *   reported instead. Z3's `Optimize` is not used: the problems are nonlinear (breakpoints are
 *   variables), where `Optimize` gives no guarantee.
 *
 * Implementation notes: one rung's timeout stops the ladder (larger shapes are harder) and reads
 * "timeout (not judged)", never "proved". Z3's seed is fixed, so the record depends only on the claim
 * and the budget; the default ladders finish far inside the default budget.
 *
 * References: issue 12; blueprint E11 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import type { Claim, ConstantOverrides } from '../claims/defineClaim.js';
import type { CounterexampleFile } from '../claims/counterexampleFile.js';
import type { Json } from '../claims/codec.js';
import { relationHolds, type Relation } from '../claims/Relation.js';
import { loadZ3, type Z3Handle } from '../smt/z3Context.js';
import { cloneJson } from '../util/safeJson.js';
import type {
  LadderEntry,
  OptimalConstantEntry,
  PerturbedEntry,
  SmtClaimEncoding,
  SmtConstant,
  SmtRecord,
} from '../smt/types.js';
import { counterexampleOf } from './counterexample.js';
import { confirmModel, solveQuery, type QueryOutcome } from './solveQuery.js';

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

/** Options of {@link runSmtLadder}. */
export interface SmtRunOptions {
  /** Total time budget of the claim's ladder, constants and perturbations (ms). */
  readonly budgetMs: number;
  /** The run's seed (recorded only: Z3's own seed is fixed so that results are seed-independent). */
  readonly seed: number;
  /** Restrict to these shapes (default: the claim's ladder). */
  readonly shapes?: readonly string[];
  /** Skip the optimal-constant and perturbation passes. */
  readonly skipConstants?: boolean;
}

/** The relative perturbation of constants: 1 %. */
export const PERTURBATION = Rational.of(1, 100);

const slug = (shape: string) => shape.replace(/[^A-Za-z0-9=]+/g, '_').replace(/=/g, '');

/** The file of an SMT model confirmed by the claim's exact check (the one counterexample builder). */
function smtFile(
  claim: Claim,
  input: unknown,
  relations: readonly Relation[],
  note: string,
  constants?: ConstantOverrides,
): CounterexampleFile {
  return counterexampleOf(claim, input, {
    source: 'smt',
    seed: null,
    path: null,
    note,
    relations,
    ...(constants ? { constants } : {}),
  })!;
}

class Budget {
  constructor(private readonly deadline: number) {}
  left(): number {
    return this.deadline - performance.now();
  }
}

/**
 * Decide the claim's SMT ladder within `budgetMs`; null when the claim declares no encoding.
 * Never throws: a failure becomes `{ unavailable: '…' }`.
 */
export async function runSmtLadder(claim: Claim, opts: SmtRunOptions): Promise<SmtResult | null> {
  if (!claim.smt) return null;
  const timings: Record<string, number> = {};
  const h = await loadZ3();
  let mod: SmtClaimEncoding;
  try {
    mod = (await claim.smt.load()).default;
  } catch (e) {
    return {
      record: {
        unavailable: `SMT encoding of ${claim.id} could not be loaded: ${String((e as Error).message).split('\n')[0]}`,
      },
      counterexamples: [],
    };
  }
  if (typeof h === 'string' && mod.negation) return { record: { unavailable: h }, counterexamples: [] };
  const handle = typeof h === 'string' ? null : h;
  try {
    return await ladder(claim, mod, handle, opts, timings);
  } catch (e) {
    return {
      record: {
        engine: handle?.version ?? 'exact polynomial arithmetic',
        unavailable: `SMT failed: ${String((e as Error).message).split('\n')[0]}`,
      },
      counterexamples: [],
      timingsMs: timings,
    };
  }
}

async function ladder(
  claim: Claim,
  mod: SmtClaimEncoding,
  h: Z3Handle | null,
  opts: SmtRunOptions,
  timings: Record<string, number>,
): Promise<SmtResult> {
  const budget = new Budget(performance.now() + opts.budgetMs);
  const files: { name: string; file: CounterexampleFile }[] = [];
  let refutation: CounterexampleFile | undefined;
  const entries: LadderEntry[] = [];
  const shapes = opts.shapes ?? claim.smt!.ladder;
  const solve = async (
    label: string,
    build: () => ReturnType<NonNullable<SmtClaimEncoding['negation']>>,
  ): Promise<{ out: QueryOutcome; q: ReturnType<NonNullable<SmtClaimEncoding['negation']>> }> => {
    const q = build();
    const out = await solveQuery(h!, q, Math.max(1, budget.left()));
    timings[label] = (timings[label] ?? 0) + out.ms;
    return { out, q };
  };

  for (const shape of shapes) {
    if (budget.left() <= 0) {
      entries.push({ shape, result: 'timeout (not judged)', note: 'the SMT budget ran out before this shape' });
      break;
    }
    if (mod.decide) {
      const t0 = performance.now();
      const d = mod.decide(shape);
      timings[shape] = Math.round(performance.now() - t0);
      if (d.result === 'proved') {
        entries.push({ shape, result: 'proved', note: d.note });
        continue;
      }
      const rels = claim.check(d.input as never);
      if (rels.some((r) => !relationHolds(r))) {
        const name = `${claim.id}.smt.${slug(shape)}`;
        const file = smtFile(claim, d.input, rels, `exact polynomial arithmetic at ${shape}: ${d.note}`);
        files.push({ name, file });
        refutation ??= file;
        entries.push({ shape, result: 'refuted', note: d.note, file: `${name}.json` });
        break;
      }
      entries.push({
        shape,
        result: 'sat (model not confirmed)',
        note: `${d.note}; the claim's exact check finds no violated relation`,
      });
      break;
    }
    const { out, q } = await solve(shape, () => mod.negation!(h!.z, shape, { forModel: false }));
    if (out.status === 'unsat') {
      entries.push({ shape, result: 'proved', ...(q.note ? { note: q.note } : {}) });
      continue;
    }
    if (out.status !== 'sat') {
      entries.push({
        shape,
        result: out.status === 'timeout' ? 'timeout (not judged)' : 'unknown',
        note: out.status === 'unknown' ? `Z3: ${out.reason}` : 'the solver did not finish within the budget',
      });
      break;
    }
    // a model of the (possibly larger) proof domain: look for one in the claim's input domain
    const m = await solve(`${shape} model`, () => mod.negation!(h!.z, shape, { forModel: true }));
    if (m.out.status === 'sat') {
      const c = confirmModel(claim, m.q, m.out);
      if (c.confirmed) {
        const name = `${claim.id}.smt.${slug(shape)}`;
        const file = smtFile(
          claim,
          c.input,
          c.relations!,
          `Z3 model at ${shape} (${c.how}), re-checked by the claim's exact check`,
        );
        files.push({ name, file });
        refutation ??= file;
        entries.push({ shape, result: 'refuted', note: c.how, file: `${name}.json` });
      } else entries.push({ shape, result: 'sat (model not confirmed)', note: c.how });
    } else if (m.out.status === 'unsat')
      entries.push({
        shape,
        result: 'unknown',
        note: "the negation is satisfiable only outside the claim's input domain (e.g. non-unit targets)",
      });
    else
      entries.push({
        shape,
        result: m.out.status === 'timeout' ? 'timeout (not judged)' : 'unknown',
        note: 'no model in the claim’s input domain within the budget',
      });
    break;
  }

  let provedUpTo: string | null = null;
  for (const e of entries) {
    if (e.result !== 'proved') break;
    provedUpTo = e.shape;
  }
  const refutedAt = entries.find((e) => e.result === 'refuted')?.shape ?? null;

  const optimal: OptimalConstantEntry[] = [];
  const perturbed: PerturbedEntry[] = [];
  if (!opts.skipConstants && h && mod.negation && mod.constants && refutedAt === null)
    for (const k of mod.constants) {
      const per: Record<string, string> = {};
      const notes: string[] = [];
      let tightAll = true;
      let tightShape: string | null = null;
      for (const shape of k.shapes) {
        if (opts.shapes && !opts.shapes.includes(shape)) continue;
        if (budget.left() <= 0) {
          per[shape] = 'timeout (not judged)';
          tightAll = false;
          continue;
        }
        const r = await optimum(mod, k, shape, solve);
        per[shape] = r.value;
        if (r.note) notes.push(`${shape}: ${r.note}`);
        if (r.exact && r.exact.eq(k.paper)) tightShape ??= shape;
        else tightAll = false;
      }
      if (Object.keys(per).length > 0)
        optimal.push({
          name: k.name,
          description: k.description,
          paper: k.paper.toString(),
          optimal: per,
          tight: tightAll && Object.keys(per).length > 0,
          note: notes.join('; '),
        });
      // 1 % toward the false side: at the encoding's perturbation shape, else at the first shape where
      // the paper's constant is exactly optimal
      const shape = k.perturbAt ?? tightShape ?? k.shapes[k.shapes.length - 1];
      if (shape === undefined) continue;
      if (budget.left() <= 0 || (opts.shapes && !opts.shapes.includes(shape))) continue;
      const value =
        k.falseSide === 'up'
          ? k.paper.mul(Rational.ONE.add(PERTURBATION))
          : k.paper.div(Rational.ONE.add(PERTURBATION));
      const constants = { [k.name]: value };
      const p = await solve(`${shape} perturbed ${k.name}`, () =>
        mod.negation!(h.z, shape, { forModel: true, constants }),
      );
      const base = { name: k.name, shape, eta: PERTURBATION.toString(), value: value.toString() };
      if (p.out.status === 'sat') {
        const c = confirmModel(claim, p.q, p.out, constants);
        if (c.confirmed) {
          const name = `${claim.id}.smt-tight.${k.name}`;
          files.push({
            name,
            file: smtFile(
              claim,
              c.input,
              c.relations!,
              `Z3 model refuting ${k.name} = ${value} at ${shape} (${c.how}), re-checked by the claim's exact check with that constant`,
              constants,
            ),
          });
          perturbed.push({ ...base, result: 'refuted', file: `${name}.json`, note: c.how });
        } else perturbed.push({ ...base, result: 'sat (model not confirmed)', note: c.how });
      } else if (p.out.status === 'unsat')
        perturbed.push({ ...base, result: 'proved', note: 'the perturbed constant still holds at this shape' });
      else perturbed.push({ ...base, result: p.out.status === 'timeout' ? 'timeout (not judged)' : 'unknown' });
    }

  const summary = summaryLine(
    mod.decide ? 'exact polynomial arithmetic' : h!.version,
    shapes,
    entries,
    provedUpTo,
    refutedAt,
    optimal,
    perturbed,
  );
  const record: SmtRecord = {
    engine: mod.decide ? 'exact polynomial arithmetic (BigInt)' : h!.version,
    summary,
    encoding: claim.smt!.summary,
    domain: mod.domain,
    ladder: entries,
    provedUpTo,
    refutedAt,
    ...(optimal.length ? { optimalConstants: optimal } : {}),
    ...(perturbed.length ? { perturbed } : {}),
  };
  return {
    record: cloneJson(record),
    counterexamples: files,
    ...(refutation ? { refutation } : {}),
    timingsMs: timings,
  };
}

function summaryLine(
  engine: string,
  shapes: readonly string[],
  entries: readonly LadderEntry[],
  provedUpTo: string | null,
  refutedAt: string | null,
  optimal: readonly OptimalConstantEntry[],
  perturbed: readonly PerturbedEntry[],
): string {
  const parts: string[] = [];
  const eng = engine.startsWith('z3') ? 'Z3' : 'exact polynomials';
  if (refutedAt) parts.push(`refuted at ${refutedAt} by an exact model (${eng})`);
  else if (provedUpTo)
    parts.push(
      `proved for all real parameters ${provedUpTo.includes('=') ? 'up to' : 'of shape'} ${provedUpTo} (${eng})${provedUpTo !== shapes[shapes.length - 1] ? `; ${entries[entries.length - 1]!.shape}: ${entries[entries.length - 1]!.result}` : ''}`,
    );
  else if (entries.length) parts.push(`${entries[0]!.shape}: ${entries[0]!.result}`);
  for (const k of optimal) {
    const vals = Object.entries(k.optimal);
    if (k.tight)
      parts.push(`${k.description} — optimal for every shape up to ${vals[vals.length - 1]![0]} (Z3, exact)`);
    else parts.push(`${k.description}: optimum ${vals.map(([s, v]) => `${v} at ${s}`).join(', ')} (paper ${k.paper})`);
  }
  for (const p of perturbed)
    parts.push(`${p.name} = ${p.value} (1 % off): ${p.result}${p.file ? ' by an exact model' : ''}`);
  return parts.join('; ');
}

interface OptimumResult {
  /** "p/q" exact, or "[lo, hi]" */
  readonly value: string;
  readonly exact?: Rational;
  readonly note?: string;
}

/** The exact optimum of constant `k` at `shape` by descent with proofs (see the header). */
async function optimum(
  mod: SmtClaimEncoding,
  k: SmtConstant,
  shape: string,
  solve: (
    label: string,
    build: () => ReturnType<NonNullable<SmtClaimEncoding['negation']>>,
  ) => Promise<{ out: QueryOutcome; q: ReturnType<NonNullable<SmtClaimEncoding['negation']>> }>,
): Promise<OptimumResult> {
  const up = k.falseSide === 'up';
  const h = await loadZ3();
  if (typeof h === 'string') return { value: 'unavailable' };
  const q = (c: Rational, forModel: boolean, attained = false) =>
    solve(`${shape} optimum ${k.name}`, () =>
      mod.negation!(h.z, shape, { forModel, attained, constants: { [k.name]: c } }),
    );
  const better = (a: Rational, b: Rational) => (up ? a.lt(b) : a.gt(b));
  const modelRatio = (r: {
    out: QueryOutcome;
    q: ReturnType<NonNullable<SmtClaimEncoding['negation']>>;
  }): { ratio: Rational; input: unknown } | null => {
    if (r.out.status !== 'sat') return null;
    const attempts =
      r.out.algebraic.length === 0
        ? [r.out.values]
        : [6, 12, 24].flatMap((dg) => [
            (r.out as Extract<QueryOutcome, { status: 'sat' }>).approx(dg, 'lower'),
            (r.out as Extract<QueryOutcome, { status: 'sat' }>).approx(dg, 'upper'),
          ]);
    let best: { ratio: Rational; input: unknown } | null = null;
    for (const v of attempts) {
      let input: unknown = null;
      try {
        input = r.q.toInput(v);
      } catch {
        if (!k.ratioOfModel) continue;
      }
      if (input == null && !k.ratioOfModel) continue;
      const ratio = k.ratioOfModel ? k.ratioOfModel(v) : k.ratio(input);
      if (ratio && (!best || better(ratio, best.ratio))) best = { ratio, input };
    }
    return best;
  };
  // 1. the paper's constant: proved at this shape?
  let lower: Rational | null = null; // proved: no input beats `lower`
  let upper: Rational | null = null; // an input attains `upper` exactly
  const p0 = await q(k.paper, false);
  if (p0.out.status === 'unsat') lower = k.paper;
  else if (p0.out.status === 'sat') {
    const m = modelRatio(await q(k.paper, true));
    if (m) upper = m.ratio;
  } else return { value: `${p0.out.status === 'timeout' ? 'timeout (not judged)' : 'unknown'}` };
  // 2. attained at the paper's constant?
  if (lower) {
    const a = modelRatio(await q(k.paper, true, true));
    if (a && a.ratio.eq(k.paper))
      return {
        value: k.paper.toString(),
        exact: k.paper,
        note: 'attained exactly by a Z3 model; no input beats it (unsat)',
      };
    if (a) upper = a.ratio;
    if (!upper) {
      // search toward the false side by doubling until some input beats c
      let c = k.paper;
      for (let i = 0; i < 6 && !upper; i++) {
        c = up ? c.mul(Rational.TWO) : c.div(Rational.TWO);
        const r = await q(c, false);
        if (r.out.status === 'unsat') lower = c;
        else if (r.out.status === 'sat') {
          const m = modelRatio(await q(c, true));
          if (m) upper = m.ratio;
          else break;
        } else break;
      }
    }
  }
  // 3. descent: take the model's exact ratio; ask whether anything beats it
  for (let step = 0; step < 8 && upper; step++) {
    const r = await q(upper, false);
    if (r.out.status === 'unsat')
      return {
        value: upper.toString(),
        exact: upper,
        note: `attained exactly by a Z3 model; no input beats it (unsat)${upper.eq(k.paper) ? '' : `; the paper's ${k.paper} is ${up ? 'smaller' : 'larger'} by a factor ${upper.div(k.paper).toString()}`}`,
      };
    if (r.out.status !== 'sat') break;
    const m = modelRatio(await q(upper, true));
    if (!m || !better(m.ratio, upper)) break;
    upper = m.ratio;
  }
  if (lower && upper)
    return {
      value: `[${up ? lower : upper}, ${up ? upper : lower}]`,
      note: 'bracket: proved bound at one end, exact model at the other',
    };
  return { value: upper ? `${up ? '≤' : '≥'} ${upper}` : lower ? `${up ? '≥' : '≤'} ${lower}` : 'unknown' };
}

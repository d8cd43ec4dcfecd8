/**
 * # The wrong-variant catalogue: claims the suite must refute, and true ones it must not
 *
 * Main definitions: {@link VARIANTS} — wrong and true variants of the exact claims (a constant off
 * by 1 %, a margin halved, a closed edge for an open one, a hypothesis dropped or weakened, a `≥`
 * for a `>`, …), each stated as a replacement `check` (and optionally `hypothesis`) of a built-in
 * claim; {@link variantClaim} — the variant as a claim with the base claim's own generator,
 * bounded-exhaustive grid and numbers of runs; {@link runVariant} — one variant through the real
 * runner (`runClaim`) at a depth and seed, judged: a wrong variant must read `refuted`, a true one
 * `holds`.
 *
 * Main statements: the variants marked `wrong` are false (each comment says why, with the input
 * family that refutes it); those marked `true` are theorems (a weaker constant, a weaker
 * conclusion, or a hypothesis that the proof does not use — e.g. Lemma 2's three-point bound needs
 * no window inside [−1, 1], and Lemma 1 holds with open bins).
 *
 * Implementation notes: tests only — nothing here is part of the product. `cost: 'full'` marks the
 * variants that are refuted only at the default depth or are too slow for `npm test`; they run in
 * `npm run variants` (scripts/variants.ts), which runs the whole catalogue at full depth.
 *
 * References: issue 9 (evidence that can fail); blueprint E1–E16, C4 (`docs/blueprint.md`).
 */
import { type Claim, type Depth, type ExactClaim } from '../../src/claims/defineClaim.js';
import { runClaim } from '../../src/runner/runClaim.js';
import { rel, fact, type Relation } from '../../src/claims/Relation.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { restrictError, breakpoint, restrictNetwork, familyPoint } from '../../src/model/family.js';
import { binBounds, binsHitBy, brokenBins } from '../../src/model/bins.js';
import { approxError, cubeSupAbs } from '../../src/model/cubeSup.js';
import { targetBreakpoint, threePointError, windowHit, windowRadius, windowFits } from '../../src/model/window.js';
import { brokenBinHypothesis } from '../../src/claims/relations/brokenBinHypothesis.js';
import { affineOnWindow } from '../../src/claims/relations/affineWindowRelations.js';
import { distanceToBinEnds } from '../../src/model/brokenBinNetwork.js';
import { TargetNeuron, type Network, type Neuron } from '../../src/model/Network.js';
import { axisMaskedNetwork, a2SupAbsAxisAligned } from '../../src/model/axisConstructions.js';
import { blockConstruction } from '../../src/model/blockConstruction.js';
import { relu } from '../../src/model/relu.js';
import { cubeError } from '../../src/model/cubeError.js';

/** One variant of a built-in exact claim. */
export interface Variant {
  /** A short description (unique). */
  readonly name: string;
  /** The id of the built-in claim whose generator, grid and runs it borrows. */
  readonly base: string;
  /** Whether the variant is false (must be refuted) or true (must hold). */
  readonly truth: 'wrong' | 'true';
  readonly check: (x: any) => Relation[];
  /** The variant's hypothesis; `null`: none (the check filters); absent: the base claim's. */
  readonly hypothesis?: ((x: any) => boolean) | null;
  /** `ci`: judged at CI depth in `npm test`; `full`: only in `npm run variants` (default `ci`). */
  readonly cost?: 'ci' | 'full';
}

type Claims = ReadonlyMap<string, Claim>;

const V: Variant[] = [];
let claims: Claims = new Map();
const C = (id: string) => claims.get(id) as ExactClaim<any>;
const withOp = (rs: Relation[], op: Relation['op']) => rs.map((r) => ({ ...r, op }));
const scaleRhs = (rs: Relation[], k: Rational) => rs.map((r) => ({ ...r, rhs: (r.rhs as Rational).mul(k) }));
const cst = (
  base: string,
  name: string,
  truth: Variant['truth'],
  consts: Record<string, Rational>,
  cost?: Variant['cost'],
) => V.push({ name, base, truth, check: (x) => C(base).check(x, consts), cost });
const tStarOf = (f: TargetNeuron, i: number) => f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);

// --- E5 (Lemma 2)
const E5 = 'approx_error_ge_quarter_kink_of_affine';
cst(E5, 'E5 κδ/4 → κδ/3.96 (+1 %)', 'wrong', { c: q(101, 400) });
cst(E5, 'E5 κδ/4 → κδ/3', 'wrong', { c: q(1, 3) });
V.push({ name: 'E5 ≥ → >', base: E5, truth: 'wrong', check: (x) => withOp(C(E5).check(x), '>') });
cst(E5, 'E5 κδ/4 → κδ/4.04 (weaker, true)', 'true', { c: q(100, 404) });
// refuted by the near misses (the extremal approximant of a narrower window: breakpoints just inside)
V.push({
  name: 'E5 hypothesis weakened: affine on [t*−δ/2, t*+δ/2] only',
  base: E5,
  truth: 'wrong',
  hypothesis: null,
  check: ({ f, i, delta, g }) => {
    const t = tStarOf(f, i);
    if (!restrictNetwork(g, i).isAffineOn(t.sub(delta.div(q(2))), t.add(delta.div(q(2))))) return [];
    return [
      rel(
        '3-point error',
        threePointError(f, (x) => g.eval(x), i, t, delta),
        '>=',
        'κδ/4',
        f.w[2 * i - 2]!.abs().mul(delta).div(q(4)),
      ),
    ];
  },
});
// true: the three-point bound is algebra on the line (the second difference of the family error is
// κδ), it never uses the cube; the near misses with windows sticking out of [−1, 1] must not refute
// it (evaluated on the line: family points with |t| > 1 lie outside X)
V.push({
  name: 'E5 hypothesis dropped: [t*−δ, t*+δ] ⊆ [−1, 1] (true, on the line)',
  base: E5,
  truth: 'true',
  hypothesis: affineOnWindow,
  check: ({ f, i, delta, g }) => {
    const t = tStarOf(f, i);
    const e = restrictError(f, g, i);
    const m = [t.sub(delta), t, t.add(delta)].reduce((acc, s) => acc.max(e.eval(s).abs()), Rational.ZERO);
    return [
      rel('max |f∘x_i − φ| at t*, t* ± δ (on the line)', m, '>=', 'κδ/4', f.w[2 * i - 2]!.abs().mul(delta).div(q(4))),
    ];
  },
});

// --- E6
const E6 = 'quarter_kink_bound_attained';
cst(E6, 'E6 = κδ/4 → = κδ/4.04 (−1 %)', 'wrong', { c: q(100, 404) });
cst(E6, 'E6 = κδ/4 → = κδ/3.96 (+1 %)', 'wrong', { c: q(101, 400) });
V.push({
  name: 'E6 sup = κδ/4 → sup ≤ 0.98·κδ/4',
  base: E6,
  truth: 'wrong',
  check: (x) => withOp(scaleRhs(C(E6).check(x), q(98, 100)), '<='),
});
V.push({ name: 'E6 = → ≤ (true)', base: E6, truth: 'true', check: (x) => withOp(C(E6).check(x), '<=') });

// --- E7 (corollary of Lemma 2)
const E7 = 'breakpoint_near_target_of_approx';
cst(E7, 'E7 r = 4ε/κ → 3.96ε/κ (−1 %)', 'wrong', { c: q(400, 101) });
cst(E7, 'E7 r = 4ε/κ → 2ε/κ (halved)', 'wrong', { c: q(2) });
cst(E7, 'E7 r = 4ε/κ → 4.04ε/κ (weaker, true)', 'true', { c: q(404, 100) });
/** E7's conclusion per family, with the window condition optional and the hit relation chosen. */
function e7Check(
  { f, g, margin }: { f: TargetNeuron; g: Network; margin: Rational },
  opts: { window: boolean; strict: boolean },
): Relation[] {
  const eps = cubeError(f, g).mul(margin);
  const rs: Relation[] = [];
  if (eps.sign() <= 0 || eps.ge(Rational.ONE)) return rs;
  for (let i = 1; i <= Math.floor(f.d / 2); i++) {
    const { tStar, kappa } = targetBreakpoint(f, i);
    if (tStar === undefined) continue;
    const r = windowRadius(eps, kappa);
    if (opts.window && !windowFits(tStar, r)) continue;
    const hit = opts.strict
      ? g.neurons.some((n) => {
          const t = breakpoint(n.w, i);
          return t !== undefined && t.sub(tStar).abs().lt(r);
        })
      : windowHit(g, i, tStar, r);
    rs.push(fact(`family ${i}: a breakpoint within r`, hit));
  }
  return rs;
}
V.push({ name: 'E7 ≤ r → < r', base: E7, truth: 'wrong', check: (x) => e7Check(x, { window: true, strict: true }) });
// false (extremal.ts, overhangApproximant): a window sticking out of [−1, 1] lets the error drop to
// κD/(3 + |t*| + D) < κD/4 with the nearest breakpoints at distance D > r
V.push({
  name: 'E7 hypothesis dropped: |t*| + r < 1',
  base: E7,
  truth: 'wrong',
  check: (x) => e7Check(x, { window: false, strict: false }),
});
// false: with ε just below the exact error (margin 1023/1024) the extremal approximant's breakpoints lie at distance δ > r
V.push({
  name: 'E7 hypothesis dropped: g ε-approximates f',
  base: E7,
  truth: 'wrong',
  hypothesis: ({ f, g, margin }) => {
    const eps = cubeError(f, g).mul(margin);
    return eps.sign() > 0 && eps.lt(Rational.ONE);
  },
  check: (x) => C(E7).check(x),
});

// --- E9 (Lemma 1)
const E9 = 'not_approx_of_broken_bin';
cst(E9, 'E9 margin 4ε/κ → 3.96ε/κ (−1 %)', 'wrong', { c: q(400, 101) });
cst(E9, 'E9 margin halved (2ε/κ)', 'wrong', { c: q(2) });
cst(E9, 'E9 margin 4.04ε/κ (weaker, true)', 'true', { c: q(404, 100) });
const e9Sup = (f: TargetNeuron, g: Network, i: number, eps: Rational): Relation =>
  rel('sup', restrictError(f, g, i).supAbs(Rational.MINUS_ONE, Rational.ONE).value, '>', 'ε', eps);
V.push({
  name: 'E9 distance > r → ≥ r',
  base: E9,
  truth: 'wrong',
  check: (x) => {
    const { f, i, T, k, eps, g } = x;
    if (!brokenBinHypothesis(x)) return [];
    if (!distanceToBinEnds(tStarOf(f, i), T, k).ge(eps.mul(q(4)).div(f.w[2 * i - 2]!.abs()))) return [];
    return [e9Sup(f, g, i, eps)];
  },
});
V.push({
  name: 'E9 open bins (breakpoints on the edges allowed; true)',
  base: E9,
  truth: 'true',
  hypothesis: null,
  check: ({ f, i, T, k, eps, g }) => {
    const a = f.w[2 * i - 2]!;
    const t = tStarOf(f, i);
    const { lo, hi } = binBounds(T, k);
    const brokenOpen = !g.neurons.some((n: Neuron) => {
      const b = breakpoint(n.w, i);
      return b !== undefined && b.gt(lo) && b.lt(hi);
    });
    if (!brokenOpen || !binsHitBy(t, T).includes(k) || eps.sign() <= 0 || eps.ge(Rational.ONE)) return [];
    if (!distanceToBinEnds(t, T, k).gt(eps.mul(q(4)).div(a.abs()))) return [];
    return [e9Sup(f, g, i, eps)];
  },
});
V.push({
  name: 'E9 conclusion > ε → ≥ ε (weaker, true)',
  base: E9,
  truth: 'true',
  check: (x) => withOp(C(E9).check(x), '>='),
});
V.push({
  name: 'E9 conclusion sup > ε → sup > 1.01ε',
  base: E9,
  truth: 'wrong',
  check: (x) => scaleRhs(C(E9).check(x), q(101, 100)),
});
// false: near misses with breakpoints just inside B_k and ε = the exact error
V.push({
  name: 'E9 hypothesis dropped: B_k broken',
  base: E9,
  truth: 'wrong',
  hypothesis: null,
  check: ({ f, i, T, k, eps, g }) => {
    const a = f.w[2 * i - 2]!;
    if (a.isZero() || eps.sign() <= 0 || eps.ge(Rational.ONE)) return [];
    const t = tStarOf(f, i);
    if (!binsHitBy(t, T).includes(k) || !distanceToBinEnds(t, T, k).gt(eps.mul(q(4)).div(a.abs()))) return [];
    return [e9Sup(f, g, i, eps)];
  },
});
// false: near misses with t* in the neighbouring bin, far (≥ 1/T) from both ends of the broken B_k
V.push({
  name: 'E9 hypothesis dropped: t* ∈ B_k (distances unsigned)',
  base: E9,
  truth: 'wrong',
  hypothesis: null,
  check: ({ f, i, T, k, eps, g }) => {
    const a = f.w[2 * i - 2]!;
    if (a.isZero() || eps.sign() <= 0 || eps.ge(Rational.ONE)) return [];
    if (
      !brokenBins(
        g.neurons.map((n: Neuron) => breakpoint(n.w, i)),
        T,
      )[k - 1]
    )
      return [];
    const t = tStarOf(f, i);
    const { lo, hi } = binBounds(T, k);
    if (
      !t
        .sub(lo)
        .abs()
        .min(t.sub(hi).abs())
        .gt(eps.mul(q(4)).div(a.abs()))
    )
      return [];
    return [e9Sup(f, g, i, eps)];
  },
});

// --- E10 (hat certificate)
const E10 = 'hat_certificate_of_not_approx';
cst(E10, 'E10 4ε → 3.96ε (−1 %)', 'wrong', { c: q(400, 101) });
cst(E10, 'E10 4ε → 2ε', 'wrong', { c: q(2) });
cst(E10, 'E10 4ε → 4.04ε (weaker, true)', 'true', { c: q(404, 100) });
/** E10's conclusion with the window condition optional and the comparison chosen. */
function e10Check(
  { f, i, g, c, h, s }: { f: TargetNeuron; i: number; g: Network; c: Rational; h: Rational; s: Rational },
  opts: { window: boolean; ge: boolean },
): Relation[] {
  if (h.sign() <= 0 || (opts.window && c.abs().add(h).gt(Rational.ONE))) return [];
  const hat = restrictError(f, g, i).hatSum(c, h).abs();
  const eps = hat.mul(s).div(q(4));
  if (eps.sign() <= 0 || eps.ge(Rational.ONE)) return [];
  if (!(opts.ge ? hat.ge(eps.mul(q(4))) : hat.gt(eps.mul(q(4))))) return [];
  return [rel('sup', approxError(f, g).value, '>', 'ε', eps)];
}
V.push({
  name: 'E10 |hat| > 4ε → ≥ 4ε',
  base: E10,
  truth: 'wrong',
  hypothesis: null,
  check: (x) => e10Check(x, { window: true, ge: true }),
});
// false (extremal.ts, overhangApproximant): hat κD = (3 + R)·E > 4ε > 4E while sup_X |f − g| = E
V.push({
  name: 'E10 hypothesis dropped: [c − h, c + h] ⊆ [−1, 1]',
  base: E10,
  truth: 'wrong',
  hypothesis: null,
  check: (x) => e10Check(x, { window: false, ge: false }),
});

// --- E8, E12
/** E8 with the bins of the definition read with another membership test (lo, t, hi ↦ t ∈ bin). */
const e8WithBins = (name: string, inBin: (lo: Rational, t: Rational, hi: Rational) => boolean): Variant => ({
  name,
  base: 'broken_bins_eq_unhit_bins',
  truth: 'wrong',
  check: ({ T, breakpoints }) => {
    const ts = breakpoints.map((t: Rational | null) => t ?? undefined);
    const fast = brokenBins(ts, T);
    const def = Array.from({ length: T }, (_, k) => {
      const { lo, hi } = binBounds(T, k + 1);
      return !ts.some((t: Rational | undefined) => t !== undefined && inBin(lo, t, hi));
    });
    return [
      fact(
        'eq',
        fast.every((b, k) => b === def[k]),
      ),
    ];
  },
});
V.push(e8WithBins('E8 closed bins → open bins in the definition', (lo, t, hi) => lo.lt(t) && t.lt(hi)));
V.push(e8WithBins('E8 closed bins → half-open [lo, hi)', (lo, t, hi) => lo.le(t) && t.lt(hi)));
V.push({
  name: 'E12 without ∪ {0}',
  base: 'weight_pruned_breakpoints_subset',
  truth: 'wrong',
  check: ({ g, i, M, m }) => {
    const allowed = g.neurons
      .map((n: Neuron) => breakpoint(n.w, i))
      .filter((t: Rational | undefined) => t !== undefined) as Rational[];
    const eff = restrictNetwork(g.weightPrune(M, m), i).effectiveBreakpoints();
    return [
      fact(
        'subset',
        eff.every((k) => allowed.some((t) => t.eq(k.tau))),
      ),
    ];
  },
});

// --- E15, E16, C4
cst('axis_target_weight_pruning_error_eq', 'E15 |1 − c| → 1.01|1 − c|', 'wrong', { lambda: q(101, 100) });
cst('output_relu_construction_error_le_l1', 'E16 l1 bound × 0.99', 'wrong', { lambda: q(100, 101) });
cst('output_relu_construction_error_le_l1', 'E16 l1 bound × 1.01 (weaker, true)', 'true', { lambda: q(101, 100) });
const C4 = 'every_bin_hit_of_universal_approx';
cst(C4, 'C4 4√2 → 2√2 (constant 32 → 8)', 'wrong', { c: q(8) });
cst(C4, 'C4 4√2 → 4√2·1.01 (stronger hypothesis, true)', 'true', { c: q(3264, 100) });
// false: the near misses with ε just too large for the bin width (1/T ≤ 4√2ε) leave no room for the margin
cst(C4, 'C4 hypothesis dropped: 1/T > 4√2·ε', 'wrong', { c: q(1, 1_000_000) });

// --- foundations
/** E2 with the jump compared against another claimed value (α, a ↦ value). */
const e2WithJump = (name: string, label: string, claimed: (alpha: Rational, a: Rational) => Rational): Variant => ({
  name,
  base: 'neuron_jump_eq_alpha_abs',
  truth: 'wrong',
  check: ({ alpha, a, b, h }) => {
    if (a.isZero()) return [];
    const f = (t: Rational) => alpha.mul(relu(a.mul(t).add(b)));
    const beta = b.neg().div(a);
    const jump = f(beta.add(h))
      .sub(f(beta))
      .div(h)
      .sub(
        f(beta)
          .sub(f(beta.sub(h)))
          .div(h),
      );
    return [rel('jump', jump, '=', label, claimed(alpha, a))];
  },
});
V.push(e2WithJump('E2 jump α|a| → α·a', 'α·a', (alpha, a) => alpha.mul(a)));
V.push(e2WithJump('E2 jump α|a| → 1.01·α|a|', '1.01α|a|', (alpha, a) => alpha.mul(a.abs()).mul(q(101, 100))));
V.push({
  name: 'E4 hat (h − |τ−c|)_+ → 1.01·(…)',
  base: 'second_difference_eq_hat_sum',
  truth: 'wrong',
  check: (x) => scaleRhs(C('second_difference_eq_hat_sum').check(x), q(101, 100)),
});
V.push({
  name: 'E4 hat counts only kinks strictly inside (c−h/2, c+h/2)',
  base: 'second_difference_eq_hat_sum',
  truth: 'wrong',
  check: ({ phi, c, h }) => {
    const r0 = C('second_difference_eq_hat_sum').check({ phi, c, h })[0]!;
    let s = Rational.ZERO;
    for (const k of phi.kinks)
      if (
        k.tau
          .sub(c)
          .abs()
          .lt(h.div(q(2)))
      )
        s = s.add(k.jump.mul(h.sub(k.tau.sub(c).abs())));
    return [rel('2nd diff', r0.lhs, '=', 'partial hat', s)];
  },
});
V.push({
  name: 'E1 σ(w_{2i−1}t + w_{2i}) → σ(w_{2i}t + w_{2i−1})',
  base: 'relu_restrict_family',
  truth: 'wrong',
  check: ({ g, i, t }) =>
    g.neurons.map((n: Neuron) =>
      rel(
        'σ',
        relu(n.w.reduce((s, v, k) => s.add(v.mul(familyPoint(g.d, i, t)[k]!)), Rational.ZERO)),
        '=',
        'swapped',
        relu(n.w[2 * i - 1]!.mul(t).add(n.w[2 * i - 2]!)),
      ),
    ),
});
V.push({
  name: 'E11 sup = max over the cube corners only',
  base: 'sup_over_cube_eq_max_over_vertices',
  truth: 'wrong',
  check: ({ f, g }) => {
    const e = f.minus(g);
    let m = Rational.ZERO;
    for (let bits = 0; bits < 1 << f.d; bits++)
      m = m.max(
        e.eval(Array.from({ length: f.d }, (_, k) => ((bits >> k) & 1 ? Rational.ONE : Rational.MINUS_ONE))).abs(),
      );
    return [rel('corner max', m, '=', 'sup', cubeSupAbs(e).value)];
  },
});
V.push({
  name: 'E15 |1 − c| → 1 − c (no abs)',
  base: 'axis_target_weight_pruning_error_eq',
  truth: 'wrong',
  check: ({ g, pick }) => {
    const keep = g.neurons.map((n: Neuron, j: number) => (pick[j] && n.w[0]!.sign() > 0 ? 0 : undefined));
    let c = Rational.ZERO;
    g.neurons.forEach((n: Neuron, j: number) => {
      if (keep[j] === 0) c = c.add(n.alpha.mul(n.w[0]!));
    });
    const f = new TargetNeuron([Rational.ONE, ...Array.from({ length: g.d - 1 }, () => Rational.ZERO)]);
    return [rel('sup', approxError(f, axisMaskedNetwork(g, keep)).value, '=', '1 − c', Rational.ONE.sub(c))];
  },
});
V.push({
  name: 'E3 homogeneity for c ≥ −1/16',
  base: 'network_positive_homogeneous',
  truth: 'wrong',
  check: ({ g, x, c }) => {
    const cc = c.sub(q(1, 16));
    return [rel('g(cx)', g.eval(x.map((v: Rational) => v.mul(cc))), '=', 'c g(x)', cc.mul(g.eval(x)))];
  },
});
// false: the near misses with c just below 0
V.push({
  name: 'E3 hypothesis dropped: c ≥ 0',
  base: 'network_positive_homogeneous',
  truth: 'wrong',
  hypothesis: null,
  check: (x) => C('network_positive_homogeneous').check(x),
});
V.push({
  name: 'E14 hypothesis dropped: c ≥ 0 in σ(cz) = cσ(z)',
  base: 'relu_mul_of_nonneg',
  truth: 'wrong',
  hypothesis: null,
  check: (x) => C('relu_mul_of_nonneg').check(x),
});
V.push({
  name: 'E16 max → min in the l1 bound',
  base: 'output_relu_construction_error_le_l1',
  truth: 'wrong',
  check: ({ f, g, block }) => {
    const { net, c, cp } = blockConstruction(g, block);
    let b = Rational.ZERO;
    f.w.forEach((wk: Rational, k: number) => (b = b.add(c[k]!.sub(wk).abs().min(cp[k]!.add(wk).abs()))));
    return [rel('sup', a2SupAbsAxisAligned(f, net).value, '<=', 'Σ min', b)];
  },
});

/** Every variant, in catalogue order. */
export const VARIANTS: readonly Variant[] = V;

/** Make the loaded claims available to the variants' checks (call once, before running any). */
export function useClaims(all: readonly Claim[]): void {
  claims = new Map(all.map((c) => [c.id, c]));
}

/** The variant as a claim: the base claim's generator, grid and runs, the variant's check and hypothesis. */
export function variantClaim(v: Variant): ExactClaim<any> {
  const base = C(v.base);
  if (!base) throw new Error(`variant '${v.name}': unknown base claim '${v.base}'`);
  return {
    ...base,
    id: `variant_${v.base.replace(/[^a-z0-9_]/g, '_')}`,
    expected: 'holds',
    negativeControlOf: undefined,
    constants: undefined,
    smt: undefined,
    check: v.check,
    hypothesis: v.hypothesis === undefined ? base.hypothesis : (v.hypothesis ?? undefined),
  };
}

/** The result of one variant run. */
export interface VariantResult {
  readonly verdict: string;
  /** refuted for a wrong variant, holds for a true one */
  readonly ok: boolean;
  /** search, exhaustive, … (what refuted it), or '' */
  readonly by: string;
  readonly met: number;
  readonly total: number;
  readonly ms: number;
}

/** Run one variant through the real runner (no tightness probes, no SMT). */
export async function runVariant(v: Variant, depth: Depth, seed: number, budgetMs = 300_000): Promise<VariantResult> {
  const t0 = performance.now();
  const r = await runClaim(variantClaim(v), { seed, depth, budgetMs });
  const verdict = String(r.record.verdict);
  const ev = r.record.evidence as {
    refutedBy?: { source?: string } | null;
    hypothesis?: { met: number; draws: number };
  } | null;
  return {
    verdict,
    ok: v.truth === 'wrong' ? verdict === 'refuted' : verdict === 'holds',
    by: ev?.refutedBy?.source ?? '',
    met: ev?.hypothesis?.met ?? 0,
    total: ev?.hypothesis?.draws ?? 0,
    ms: performance.now() - t0,
  };
}

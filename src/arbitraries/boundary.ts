/**
 * # Generators that reach the boundary of the lower bound's inequalities
 *
 * Main definitions (fast-check arbitraries, each shrinking toward the exact extremal configuration
 * and toward short dyadic fractions):
 * - {@link boundaryTargetArb} — targets at special breakpoints (t* = 0, ±1/2, ±2/3, ±3/4, …) and
 *   dyadic ones, optionally supported on the family only;
 * - {@link boundaryWindowArb} — a target and a window half-width δ at special values: the window
 *   touching the cube's edge (|t*| + δ = 1), δ = (1 − |t*|)/2, 1/4, 1/2, 1/64, or a dyadic fraction;
 * - {@link extremalCaseArb} — a window and a network at or next to the best approximant without a
 *   breakpoint inside the window ({@link extremalApproximant}), with small perturbations (ramp weights
 *   and slopes, the level, breakpoints shifted outward — or inward unless `affine` —, far neurons,
 *   cancelling kink pairs);
 * - {@link brokenBinCaseArb} — Lemma 1 inputs (T, bin k, t* at the bin's centre, a broken network
 *   with breakpoints just outside the bin, ε at, just above and just below its equality values,
 *   T = 1 with t* = 0 and ε = κ/4);
 * - {@link hatCaseArb} — E10 inputs with the hat centred at t*, h = δ and ε = |hat|/4 exactly;
 * - {@link nearMissCaseArb} — the extremal approximant of a slightly narrower window (Lemma 2's
 *   hypothesis just fails), which refutes variants with a weakened hypothesis;
 * - {@link approxCaseArb} — E7 inputs: an extremal approximant and ε = margin × its exact error with
 *   margin 1 (equality) or just above it.
 *
 * Near misses (one hypothesis missed at a time, by a little; the claims mix them in at 10–20 %, so a
 * variant that drops or weakens that hypothesis is refuted when it is false — see
 * `test/variants.test.ts`):
 * - {@link windowOverhangArb} — windows [t* − δ, t* + δ] sticking out of [−1, 1] by o ∈ {1/1000,
 *   1/64, 1/4, dyadic}, with the extremal approximant of that window (E5: the window hypothesis);
 * - {@link overhangCaseArb} — the same windows with {@link overhangApproximant}, whose exact cube
 *   error is below κδ/4 although no breakpoint lies inside the window;
 * - {@link approxNearMissArb} — E7: the window condition |t*| + r < 1 just missed (overhang cases,
 *   margin 1 or 1025/1024), or g not ε-approximating f (margin 1023/1024 or 1/2);
 * - {@link hatNearMissArb} — E10: the hat's window [c − h, c + h] sticking out of [−1, 1];
 * - {@link brokenBinNearMissArb} — E9: B_k not broken because of one breakpoint exactly on its edge
 *   or just inside it, or t* just outside B_k (in the neighbouring bin);
 * - {@link negativeScaleArb} — scales c just below 0 (E3, E14: the hypothesis c ≥ 0).
 *
 * And bounded-exhaustive grids (every combination of special values, a few hundred inputs):
 * {@link windowGrid}, {@link extremalGrid}, {@link brokenBinGrid}, {@link hatGrid}, {@link approxGrid};
 * for the foundations, small d = 2 networks of special neurons whose breakpoint lines run through
 * the square's corners and edge midpoints ({@link SPECIAL_W2}, {@link specialNetworks2d}):
 * {@link familyRestrictGrid} (E1), {@link homogeneityGrid} (E3), {@link cubeSupGrid} (E11),
 * {@link pruningGrid} (E13), {@link SPECIAL_Z} and {@link SPECIAL_C} (E14).
 *
 * Main statements: every case of {@link extremalCaseArb} with `affine: true` is affine on its window
 * (E5's hypothesis holds by construction); every {@link brokenBinCaseArb} network is broken on bin k
 * with t* ∈ B_k; the exact extremal cases are the equality cases of E5, E7, E10 and the
 * near-equality case of E9 (see `extremal.ts`).
 *
 * Implementation notes: the claims mix these generators into their own at a fixed share (≥ 25 %), so
 * a claim whose constant is moved by 1 % toward its false side is refuted by the suite's own runs.
 *
 * References: blueprint E5–E10 (`docs/blueprint.md`); issue 9, items 2 and 6.
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import { binBounds, binsHitBy, brokenBins } from '../model/bins.js';
import { breakpoint, restrictError } from '../model/family.js';
import { targetInBin } from '../model/binTarget.js';
import { approxError } from '../model/cubeSup.js';
import { dyadicArb } from './dyadicArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { InvalidParameterError } from '../errors.js';
import {
  extremalApproximant,
  extremalOnWindow,
  familyUnitTarget,
  optimalAffineNetwork,
  overhangApproximant,
  rampNeuron,
  targetWindowData,
  unitTargetWithBreakpoint,
  type ExtremalOptions,
} from './extremal.js';

/** A target with a window on family i. */
export interface WindowCase {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly tStar: Rational;
  readonly kappa: Rational;
  readonly delta: Rational;
}

/** A window and a network near the extremal approximant; `tag` says which configuration it is. */
export interface ApproximantCase extends WindowCase {
  readonly g: Network;
  readonly tag: string;
}

/** Lemma 1's input shape (E9). */
export interface BrokenBinCase {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly T: number;
  readonly k: number;
  readonly eps: Rational;
  readonly g: Network;
}

/** E10's input shape: ε = s·|hat sum at (c, h)|/4. */
export interface HatCase {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly g: Network;
  readonly c: Rational;
  readonly h: Rational;
  readonly s: Rational;
}

/** E7's input shape: ε = margin × the exact error of g. */
export interface ApproxCase {
  readonly f: TargetNeuron;
  readonly g: Network;
  readonly margin: Rational;
}

/** Stereographic parameters u with |t*(u)| < 1: t* ∈ {0, ∓3/4, ∓8/15, ∓5/12, ∓20/21, ∓7/24}. */
export const SPECIAL_U: readonly Rational[] = [q(0), q(1, 3), q(-1, 3), q(1, 4), q(-1, 4), q(1, 5), q(-1, 5), q(2, 5), q(-2, 5), q(1, 7)];
/** Special breakpoints t* (any rational is reachable exactly with one extra coordinate). */
export const SPECIAL_T: readonly Rational[] = [q(0), q(1, 2), q(-1, 2), q(2, 3), q(-2, 3), q(1, 3), q(-1, 3), q(3, 4), q(-3, 4), q(7, 8)];
/** The largest |u| used: 53/128 < √2 − 1, so |t*| < 1. */
const U_MAX = q(53, 128);

/** Constraints of the target and window arbitraries. */
export interface BoundaryTargetConstraints {
  /** smallest dimension, 2..8 (default 2) */
  minD?: number;
  /** largest dimension, 2..8 (default 4) */
  maxD?: number;
  /** only targets supported on family i's two coordinates (needed for exact cube errors; default false) */
  familySupported?: boolean;
}

function targetConstraints(api: string, c: BoundaryTargetConstraints) {
  checkConstraints(api, c, { minD: intIn(2, 8), maxD: intIn(2, 8), familySupported: (v) => (typeof v === 'boolean' ? undefined : 'a boolean') });
  const minD = c.minD ?? 2;
  const maxD = c.maxD ?? 4;
  if (minD > maxD) throw new InvalidParameterError(api, 'constraints.minD', `≤ constraints.maxD = ${maxD}`, String(minD));
  return { minD, maxD, familySupported: c.familySupported ?? false };
}

/** A target and its family data. */
export type TargetCase = Omit<WindowCase, 'delta'>;

function withData(f: TargetNeuron, i: number): TargetCase {
  const { tStar, kappa } = targetWindowData(f, i);
  return { f, i, tStar, kappa };
}

/**
 * Targets with |t_i*| < 1 at special values (t* = 0 among them) or dyadic ones; both signs of a*.
 * @throws InvalidParameterError for bad constraints
 */
export function boundaryTargetArb(constraints: BoundaryTargetConstraints = {}): fc.Arbitrary<TargetCase> {
  const { minD, maxD, familySupported } = targetConstraints('boundaryTargetArb', constraints);
  const di = fc.integer({ min: minD, max: maxD }).chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: 1, max: Math.floor(d / 2) })));
  const u = fc.oneof({ arbitrary: fc.constantFrom(...SPECIAL_U), weight: 2 }, { arbitrary: dyadicArb({ min: U_MAX.neg(), max: U_MAX, bits: 7 }), weight: 1 });
  const onFamily = fc.tuple(di, u, fc.boolean()).map(([[d, i], uu, neg]) => withData(familyUnitTarget(d, i, uu, neg), i));
  if (familySupported || maxD < 3) return onFamily;
  const t = fc.oneof({ arbitrary: fc.constantFrom(...SPECIAL_T), weight: 2 }, { arbitrary: dyadicArb({ min: q(-15, 16), max: q(15, 16), bits: 5 }), weight: 1 });
  const completed = fc
    .tuple(fc.integer({ min: Math.max(3, minD), max: maxD }), t, fc.boolean())
    .chain(([d, tt, neg]) => fc.integer({ min: 1, max: Math.floor(d / 2) }).map((i) => withData(unitTargetWithBreakpoint(d, i, tt, neg), i)));
  return fc.oneof(onFamily, completed);
}

/** How δ is chosen relative to room = 1 − |t*|. */
const DELTA_KINDS = ['edge', 'half-room', '1/4', '1/2', '1/64'] as const;

function pickDelta(room: Rational, kind: (typeof DELTA_KINDS)[number] | Rational, strict: boolean): Rational {
  let d: Rational;
  if (kind instanceof Rational) d = room.mul(kind);
  else if (kind === 'edge') d = room;
  else if (kind === 'half-room') d = room.div(q(2));
  else d = (kind === '1/4' ? q(1, 4) : kind === '1/2' ? q(1, 2) : q(1, 64)).min(room);
  // strict windows (|t*| + δ < 1): pull an edge-touching δ just inside
  if (strict && d.eq(room)) d = room.mul(q(63, 64));
  return d;
}

/**
 * A target and a window [t* − δ, t* + δ] ⊆ [−1, 1] at special half-widths (including the window that
 * touches the cube's edge unless `strict`).
 * @throws InvalidParameterError for bad constraints
 */
export function boundaryWindowArb(constraints: BoundaryTargetConstraints & { strict?: boolean } = {}): fc.Arbitrary<WindowCase> {
  const { strict, ...rest } = constraints;
  if (strict !== undefined && typeof strict !== 'boolean') throw new InvalidParameterError('boundaryWindowArb', 'constraints.strict', 'a boolean', String(strict));
  const kind = fc.oneof({ arbitrary: fc.constantFrom(...DELTA_KINDS), weight: 2 }, { arbitrary: dyadicArb({ min: q(1, 64), max: Rational.ONE, bits: 6 }), weight: 1 });
  return fc.tuple(boundaryTargetArb(rest), kind).map(([t, k]) => ({ ...t, delta: pickDelta(Rational.ONE.sub(t.tStar.abs()), k, strict ?? false) }));
}

/** One perturbation of the extremal approximant. */
export type Perturbation =
  | { kind: 'alpha' | 'slope'; hi: boolean; p: Rational }
  | { kind: 'level'; p: Rational }
  | { kind: 'shift'; hi: boolean; s: Rational }
  | { kind: 'far'; alpha: Rational; w: Rational[] }
  | { kind: 'cancel'; alpha: Rational; a: Rational; pos: Rational };

function perturbationArb(d: number): fc.Arbitrary<Perturbation> {
  const small = dyadicArb({ min: q(-1, 8), max: q(1, 8), bits: 8 });
  const coef = dyadicArb({ min: q(-2), max: q(2), bits: 3 });
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('alpha' as const, 'slope' as const), hi: fc.boolean(), p: small }),
    fc.record({ kind: fc.constant('level' as const), p: small }),
    fc.record({ kind: fc.constant('shift' as const), hi: fc.boolean(), s: small }),
    fc.record({ kind: fc.constant('far' as const), alpha: dyadicArb({ min: q(-1, 16), max: q(1, 16), bits: 8 }), w: fc.array(coef, { minLength: d, maxLength: d }) }),
    fc.record({ kind: fc.constant('cancel' as const), alpha: coef, a: coef, pos: dyadicArb({ min: q(-15, 16), max: q(15, 16), bits: 4 }) }),
  );
}

/**
 * The network of a window with a list of perturbations applied: shifts move the breakpoints outward
 * (|s|) when `affine`, either way (bounded by δ/2) otherwise; far neurons have w_{2i−1} = 0 (no kink
 * along family i); a cancelling pair has two opposite kinks at one point inside the window.
 */
export function perturbedExtremal(w: WindowCase, ps: readonly Perturbation[], affine: boolean): { g: Network; tag: string } {
  const { f, i, tStar, delta, kappa } = w;
  const a = f.w[2 * i - 2]!;
  let lo = tStar.sub(delta);
  let hi = tStar.add(delta);
  const opts: { -readonly [K in keyof ExtremalOptions]: ExtremalOptions[K] } = {};
  const extra: Neuron[] = [];
  const tags: string[] = [];
  for (const p of ps) {
    tags.push(p.kind);
    if (p.kind === 'alpha' || p.kind === 'slope') {
      if (p.kind === 'alpha') opts[p.hi ? 'alphaHi' : 'alphaLo'] = Rational.HALF.mul(Rational.ONE.add(p.p));
      else opts[p.hi ? 'slopeHi' : 'slopeLo'] = a.mul(Rational.ONE.add(p.p));
    }
    else if (p.kind === 'level') opts.level = kappa.mul(delta).div(q(4)).mul(Rational.ONE.add(p.p));
    else if (p.kind === 'shift') {
      const s = affine ? p.s.abs() : p.s.mul(delta).mul(q(4)); // |s·δ·4| ≤ δ/2
      if (p.hi) hi = hi.add(s);
      else lo = lo.sub(s);
    } else if (p.kind === 'far') {
      const ww = [...p.w];
      ww[2 * i - 2] = Rational.ZERO;
      extra.push({ alpha: p.alpha, w: ww });
    } else if (p.kind === 'cancel') {
      if (p.a.isZero()) continue;
      const tau = tStar.add(delta.mul(p.pos));
      extra.push(rampNeuron(f.d, i, p.alpha, p.a, tau), rampNeuron(f.d, i, p.alpha.neg(), p.a, tau));
    }
  }
  const core = extremalApproximant(f, i, lo, hi, { ...opts, level: opts.level ?? kappa.mul(delta).div(q(4)) });
  return { g: new Network(f.d, [...core.neurons, ...extra]), tag: tags.length ? tags.join('+') : 'extremal' };
}

/** Constraints of {@link extremalCaseArb}. */
export interface ExtremalCaseConstraints extends BoundaryTargetConstraints {
  /** keep the network affine on the window (E5's hypothesis; default true) */
  affine?: boolean;
  /** windows with |t*| + δ < 1 only (default false) */
  strict?: boolean;
  /** most perturbations per case, 0..4 (default 2) */
  maxPerturbations?: number;
}

/**
 * Windows with networks at or next to the extremal approximant; shrinks toward the exact one.
 * @throws InvalidParameterError for bad constraints
 */
export function extremalCaseArb(constraints: ExtremalCaseConstraints = {}): fc.Arbitrary<ApproximantCase> {
  const { affine, strict, maxPerturbations, ...rest } = constraints;
  checkConstraints('extremalCaseArb', { affine, maxPerturbations }, { affine: (v) => (typeof v === 'boolean' ? undefined : 'a boolean'), maxPerturbations: intIn(0, 4) });
  const aff = affine ?? true;
  return boundaryWindowArb({ ...rest, strict: strict ?? false }).chain((w) =>
    fc.array(perturbationArb(w.f.d), { maxLength: maxPerturbations ?? 2 }).map((ps) => ({ ...w, ...perturbedExtremal(w, ps, aff) })),
  );
}

/**
 * Near misses of Lemma 2's hypothesis: a special window [t* − δ, t* + δ] with the extremal approximant
 * of the narrower window of half-width s·δ, s ∈ {1/2, 63/64} or dyadic in [1/2, 1) — its breakpoints
 * lie just inside the window, so φ is not affine there. Vacuous for Lemma 2 itself; they refute a
 * variant whose hypothesis is weakened (e.g. "affine on the middle half of the window").
 */
export function nearMissCaseArb(constraints: BoundaryTargetConstraints = {}): fc.Arbitrary<ApproximantCase> {
  const s = fc.oneof(fc.constantFrom(q(1, 2), q(63, 64)), dyadicArb({ min: q(1, 2), max: q(63, 64), bits: 6 }));
  return fc.tuple(boundaryWindowArb(constraints), s).map(([w, ss]) => ({ ...w, g: extremalApproximant(w.f, w.i, w.tStar.sub(w.delta.mul(ss)), w.tStar.add(w.delta.mul(ss))), tag: `near miss s = ${ss}` }));
}

/** δ(1 + γ) for the "just outside" breakpoints of Lemma 1's near-equality case. */
const OUTSIDE: readonly Rational[] = [q(1, 1000), q(1, 64), q(1, 4)];

/** How ε is chosen in a broken-bin case (dist = distance from t* to the bin's ends). */
export type EpsKind = 'error' | 'equality' | 'below' | 'scaled';

function epsFor(kind: EpsKind, kappa: Rational, dist: Rational, err: Rational, s: Rational): Rational {
  const eq = kappa.mul(dist).div(q(4));
  if (kind === 'error') return err;
  if (kind === 'equality') return eq;
  if (kind === 'below') return eq.mul(Rational.ONE.sub(q(1, 1024)));
  return eq.mul(s);
}

/** The centre of bin k of T. */
export function binCentre(T: number, k: number): Rational {
  const { lo, hi } = binBounds(T, k);
  return lo.add(hi).div(q(2));
}

/**
 * A Lemma 1 case on bin k of T: t* at the bin's centre (exactly, with d ≥ 3 where needed; within
 * 2^−40/T with d = 2), the extremal approximant with breakpoints at t* ± δ(1 + γ) (δ = 1/T, so both
 * lie outside the closed bin), extra neurons exactly on the neighbouring bins' far edges, and ε of the
 * given kind. For T = 1 and t* = 0 with `affine`, g is E6's ψ realised without a breakpoint in [−1, 1]
 * (the equality case of the margin: sup along the family = κ/4).
 */
export function brokenBinCase(
  d: number,
  i: number,
  T: number,
  k: number,
  opts: { gamma: Rational; gammaHi?: Rational; eps: EpsKind; s?: Rational; negate?: boolean; edges?: boolean; affine?: boolean },
): BrokenBinCase {
  const centre = binCentre(T, k);
  let f: TargetNeuron;
  try {
    f = unitTargetWithBreakpoint(d, i, centre, opts.negate ?? false);
  } catch {
    f = targetInBin(d, i, T, k); // d = 2 and a non-Pythagorean centre: within 2^−40/T of it
  }
  const { tStar, kappa } = targetWindowData(f, i);
  const { lo, hi } = binBounds(T, k);
  const dist = tStar.sub(lo).min(hi.sub(tStar));
  const delta = q(1, T);
  let g: Network;
  if (opts.affine && T === 1 && tStar.isZero()) g = optimalAffineNetwork(f, i, Rational.ONE);
  else {
    const out = delta.mul(Rational.ONE.add(opts.gamma));
    // gammaHi = 0: exactly on the bin's upper edge (also when t* is only within 2^−40/T of the centre)
    const outHi = opts.gammaHi === undefined ? out : opts.gammaHi.isZero() ? hi.sub(tStar) : delta.mul(Rational.ONE.add(opts.gammaHi));
    g = extremalApproximant(f, i, tStar.sub(out), tStar.add(outHi));
  }
  if (opts.edges) {
    const extra: Neuron[] = [];
    if (k > 1) extra.push(rampNeuron(d, i, q(1, 8), Rational.ONE, binBounds(T, k - 1).lo));
    if (k < T) extra.push(rampNeuron(d, i, q(-1, 8), Rational.MINUS_ONE, binBounds(T, k + 1).hi));
    g = new Network(d, [...g.neurons, ...extra]);
  }
  const err = opts.eps === 'error' ? restrictError(f, g, i).supAbs(Rational.MINUS_ONE, Rational.ONE).value : Rational.ZERO;
  return { f, i, T, k, eps: epsFor(opts.eps, kappa, dist, err, opts.s ?? Rational.HALF), g };
}

/**
 * (In {@link brokenBinCase}, `gammaHi` moves the upper breakpoint to t* + δ(1 + gammaHi) on its own:
 * 0 puts it exactly on the bin's upper edge, a negative value just inside — near misses of "B_k broken".)
 *
 * Lemma 1 cases at the margin's boundary (see {@link brokenBinCase}); every network is broken on bin k.
 * @throws InvalidParameterError for bad constraints
 */
export function brokenBinCaseArb(constraints: { maxT?: number; maxD?: number } = {}): fc.Arbitrary<BrokenBinCase> {
  checkConstraints('brokenBinCaseArb', constraints, { maxT: intIn(1, 64), maxD: intIn(2, 8) });
  const maxT = constraints.maxT ?? 6;
  const maxD = constraints.maxD ?? 4;
  const T1 = fc.record({ d: fc.integer({ min: 2, max: maxD }), negate: fc.boolean(), eps: fc.constantFrom<EpsKind>('equality', 'error', 'below') }).chain(({ d, negate, eps }) =>
    fc.integer({ min: 1, max: Math.floor(d / 2) }).map((i) => brokenBinCase(d, i, 1, 1, { gamma: q(1, 1000), eps, negate, affine: eps === 'equality' })),
  );
  const general = fc
    .record({
      d: fc.integer({ min: 2, max: maxD }),
      T: fc.integer({ min: 1, max: maxT }),
      gamma: fc.oneof(fc.constantFrom(...OUTSIDE), dyadicArb({ min: q(1, 256), max: Rational.ONE, bits: 8 })),
      // 'below' twice: it meets the margin and lies within 2^−10 of equality
      eps: fc.constantFrom<EpsKind>('error', 'equality', 'below', 'below', 'scaled'),
      s: dyadicArb({ min: q(1, 64), max: q(63, 64), bits: 6 }),
      negate: fc.boolean(),
      edges: fc.boolean(),
    })
    .chain(({ d, T, ...o }) =>
      fc.tuple(fc.integer({ min: 1, max: Math.floor(d / 2) }), fc.integer({ min: 1, max: T })).map(([i, k]) => brokenBinCase(d, i, T, k, o)),
    );
  return fc.oneof({ arbitrary: T1, weight: 1 }, { arbitrary: general, weight: 3 });
}

/**
 * E10 cases: a family-supported target, a network near the extremal approximant (perturbed either
 * way), the hat at centre t* and h = δ, and s = 1 (ε = |hat|/4, the equality case), s just below 1 or
 * a dyadic s ∈ (0, 1).
 */
export function hatCaseArb(constraints: { maxD?: number } = {}): fc.Arbitrary<HatCase> {
  checkConstraints('hatCaseArb', constraints, { maxD: intIn(2, 4) });
  const s = fc.oneof(fc.constantFrom(Rational.ONE, q(1023, 1024)), dyadicArb({ min: q(1, 64), max: q(63, 64), bits: 6 }));
  return fc
    .tuple(extremalCaseArb({ familySupported: true, maxD: constraints.maxD ?? 3, affine: false, maxPerturbations: 1 }), s)
    .map(([w, ss]) => ({ f: w.f, i: w.i, g: w.g, c: w.tStar, h: w.delta, s: ss }));
}

/**
 * E7 cases: a family-supported target, a network at or next to the extremal approximant on a window
 * with |t*| + δ < 1, and margin 1 (ε = the exact error: equality r = δ for the exact extremal network)
 * or 1 + 2^−10 or a dyadic margin in [1, 2].
 */
export function approxCaseArb(constraints: { maxD?: number } = {}): fc.Arbitrary<ApproxCase> {
  checkConstraints('approxCaseArb', constraints, { maxD: intIn(2, 4) });
  const margin = fc.oneof({ arbitrary: fc.constantFrom(Rational.ONE, q(1025, 1024)), weight: 3 }, { arbitrary: dyadicArb({ min: Rational.ONE, max: q(2), bits: 4 }), weight: 1 });
  return fc
    .tuple(extremalCaseArb({ familySupported: true, maxD: constraints.maxD ?? 3, affine: false, strict: true, maxPerturbations: 1 }), margin)
    .map(([w, m]) => ({ f: w.f, g: w.g, margin: m }));
}

// ---------------------------------------------------------------------------------------------
// Near misses of one hypothesis at a time

/** How far a near-miss window sticks out of [−1, 1]: 1/1000, 1/64, 1/4 or a dyadic in [2^−10, 1/2]. */
export function overhangArb(): fc.Arbitrary<Rational> {
  return fc.oneof({ arbitrary: fc.constantFrom(q(1, 1000), q(1, 64), q(1, 4)), weight: 2 }, { arbitrary: dyadicArb({ min: q(1, 1024), max: q(1, 2), bits: 10 }), weight: 1 });
}

/**
 * E5 near misses: a window [t* − δ, t* + δ] with δ = 1 − |t*| + o sticking out of [−1, 1] by o, and
 * the extremal approximant of that window (affine on it; its three-point error is κδ/4 exactly).
 * @throws InvalidParameterError for bad constraints
 */
export function windowOverhangArb(constraints: BoundaryTargetConstraints = {}): fc.Arbitrary<ApproximantCase> {
  return fc.tuple(boundaryTargetArb(constraints), overhangArb()).map(([t, o]) => {
    const delta = Rational.ONE.sub(t.tStar.abs()).add(o);
    return { ...t, delta, g: extremalOnWindow(t.f, t.i, delta), tag: `window sticks out by ${o}` };
  });
}

/**
 * Family-supported targets with δ = 1 − |t*| + o and {@link overhangApproximant}: breakpoints exactly
 * at t* ± δ, exact cube error κδ/(3 + |t*| + δ) < κδ/4.
 * @throws InvalidParameterError for bad constraints
 */
export function overhangCaseArb(constraints: { maxD?: number } = {}): fc.Arbitrary<ApproximantCase> {
  checkConstraints('overhangCaseArb', constraints, { maxD: intIn(2, 8) });
  return fc.tuple(boundaryTargetArb({ familySupported: true, maxD: constraints.maxD ?? 4 }), overhangArb()).map(([t, o]) => {
    const delta = Rational.ONE.sub(t.tStar.abs()).add(o);
    return { ...t, delta, g: overhangApproximant(t.f, t.i, delta), tag: `overhang by ${o}` };
  });
}

/**
 * E7 near misses, one hypothesis at a time: |t*| + r < 1 missed ({@link overhangCaseArb} with margin
 * 1 or 1025/1024: no breakpoint within r = 4ε/κ of t*), or "g ε-approximates f" missed (an E7 case
 * with margin 1023/1024 or 1/2: ε just below the exact error).
 */
export function approxNearMissArb(constraints: { maxD?: number } = {}): fc.Arbitrary<ApproxCase> {
  checkConstraints('approxNearMissArb', constraints, { maxD: intIn(2, 4) });
  const maxD = constraints.maxD ?? 3;
  return fc.oneof(
    fc.tuple(overhangCaseArb({ maxD }), fc.constantFrom(Rational.ONE, q(1025, 1024))).map(([w, margin]) => ({ f: w.f, g: w.g, margin })),
    fc.tuple(approxCaseArb({ maxD }), fc.constantFrom(q(1023, 1024), Rational.HALF)).map(([c, margin]) => ({ ...c, margin })),
  );
}

/**
 * E10 near misses: the hat at c = t*, h = δ of an {@link overhangCaseArb} window, which sticks out of
 * [−1, 1] by o, and s = 1 − o/8 (so |hat| > 4ε while sup_X |f − g| < ε).
 */
export function hatNearMissArb(constraints: { maxD?: number } = {}): fc.Arbitrary<HatCase> {
  checkConstraints('hatNearMissArb', constraints, { maxD: intIn(2, 4) });
  return overhangCaseArb({ maxD: constraints.maxD ?? 3 }).map((w) => {
    const o = w.tStar.abs().add(w.delta).sub(Rational.ONE);
    return { f: w.f, i: w.i, g: w.g, c: w.tStar, h: w.delta, s: Rational.ONE.sub(o.div(q(8))) };
  });
}

/** Which hypothesis of Lemma 1 a {@link brokenBinNearMissArb} case misses. */
export type BrokenBinMiss = 'edge' | 'inside' | 'outside';

/**
 * One near miss of Lemma 1's hypotheses (t* at the centre of bin k, extremal breakpoints at t* ± δ(1 + γ)):
 * `edge` — the upper breakpoint exactly on B_k's edge (B_k is not broken: bins are closed);
 * `inside` — both breakpoints just inside B_k (γ = −2^−10 or −1/64: the window's error drops below κδ/4);
 * `outside` — t* at the centre of the neighbouring bin k ± 1, the bin k broken, ε = the exact error of
 * breakpoints at t* ± δ/2 (t* ∉ B_k, at distance ≥ 1/T from both of B_k's ends).
 */
export function brokenBinNearMiss(d: number, i: number, T: number, k: number, miss: BrokenBinMiss, opts: { eps: EpsKind; negate?: boolean; tiny?: boolean }): BrokenBinCase {
  if (miss === 'outside') {
    const kk = k < T ? k + 1 : k - 1;
    const c = brokenBinCase(d, i, T, kk, { gamma: q(-1, 2), eps: 'error', negate: opts.negate });
    return { ...c, k };
  }
  if (miss === 'edge') return brokenBinCase(d, i, T, k, { gamma: q(1, 1000), gammaHi: Rational.ZERO, eps: opts.eps, negate: opts.negate });
  return brokenBinCase(d, i, T, k, { gamma: opts.tiny ? q(-1, 1024) : q(-1, 64), eps: opts.eps, negate: opts.negate });
}

/**
 * Near misses of Lemma 1 (see {@link brokenBinNearMiss}); with miss `outside`, T ≥ 2.
 * @throws InvalidParameterError for bad constraints
 */
export function brokenBinNearMissArb(constraints: { maxT?: number; maxD?: number } = {}): fc.Arbitrary<BrokenBinCase> {
  checkConstraints('brokenBinNearMissArb', constraints, { maxT: intIn(2, 64), maxD: intIn(2, 8) });
  const maxT = constraints.maxT ?? 6;
  const maxD = constraints.maxD ?? 4;
  return fc
    .record({
      d: fc.integer({ min: 2, max: maxD }),
      T: fc.integer({ min: 2, max: maxT }),
      miss: fc.constantFrom<BrokenBinMiss>('edge', 'inside', 'outside'),
      eps: fc.constantFrom<EpsKind>('error', 'below', 'equality'),
      negate: fc.boolean(),
      tiny: fc.boolean(),
    })
    .chain(({ d, T, miss, ...o }) =>
      fc.tuple(fc.integer({ min: 1, max: Math.floor(d / 2) }), fc.integer({ min: 1, max: T })).map(([i, k]) => brokenBinNearMiss(d, i, T, k, miss, o)),
    );
}

/** Scales just below 0 (near misses of c ≥ 0): −1/1024, −1/16 or a dyadic in [−1, −2^−10]. */
export function negativeScaleArb(): fc.Arbitrary<Rational> {
  return fc.oneof(fc.constantFrom(q(-1, 1024), q(-1, 16)), dyadicArb({ min: Rational.MINUS_ONE, max: q(-1, 1024), bits: 10 }));
}

// ---------------------------------------------------------------------------------------------
// Bounded-exhaustive grids

/** Targets of the grids: family-supported ones (t* ∈ {0, −3/4, 5/12}, both signs) and, unless `familySupported`, t* ∈ {−1/2, 1/2, 2/3} with a third coordinate. */
export function gridTargets(familySupported: boolean): TargetCase[] {
  const out: TargetCase[] = [];
  for (const u of [q(0), q(1, 3), q(-1, 5)]) for (const neg of [false, true]) out.push(withData(familyUnitTarget(2, 1, u, neg), 1));
  out.push(withData(familyUnitTarget(4, 2, q(1, 4)), 2));
  if (!familySupported) for (const t of [q(-1, 2), q(1, 2), q(2, 3)]) out.push(withData(unitTargetWithBreakpoint(3, 1, t, t.sign() < 0), 1));
  return out;
}

/** The grid of {@link windowGrid} in words (for a claim's `exhaustive.domain`). */
export const WINDOW_GRID_DOMAIN =
  't* ∈ {0, −3/4, 5/12} on family 1 of d = 2 (both signs of a*), t* = −8/15 on family 2 of d = 4, t* ∈ {−1/2, 1/2, 2/3} with a third coordinate (d = 3) × δ ∈ {1/4, 1/2, 1 − |t*|}';
/** The grid of {@link extremalGrid} in words. */
export const EXTREMAL_GRID_DOMAIN = `${WINDOW_GRID_DOMAIN} × {the extremal approximant, and each single perturbation: a ramp weight, a slope, the level, a shifted breakpoint, a far neuron, a cancelling pair}`;

/** Every grid target with δ ∈ {1/4, 1/2, 1 − |t*|} (those that fit; edge windows excluded with `strict`). */
export function windowGrid(opts: { familySupported?: boolean; strict?: boolean } = {}): WindowCase[] {
  const out: WindowCase[] = [];
  for (const t of gridTargets(opts.familySupported ?? false)) {
    const room = Rational.ONE.sub(t.tStar.abs());
    const ds = [q(1, 4), q(1, 2), room].filter((d, j, all) => d.le(room) && all.findIndex((e) => e.eq(d)) === j && !(opts.strict && d.eq(room)));
    for (const delta of ds) out.push({ ...t, delta });
  }
  return out;
}

/** The perturbation lists of the grids: none, each kind once at a small size. */
function gridPerturbations(d: number, affine: boolean): Perturbation[][] {
  const far = Array.from({ length: d }, (_, k) => (k === 1 ? q(1) : q(1, 2)));
  return [
    [],
    [{ kind: 'alpha', hi: true, p: q(1, 64) }],
    [{ kind: 'slope', hi: false, p: q(-1, 64) }],
    [{ kind: 'level', p: q(1, 64) }],
    [{ kind: 'shift', hi: true, s: affine ? q(1, 64) : q(-1, 16) }],
    [{ kind: 'far', alpha: q(1, 16), w: far }],
    [{ kind: 'cancel', alpha: q(1), a: q(1), pos: q(1, 2) }],
  ];
}

/** Every {@link windowGrid} window with the extremal network and each single perturbation. */
export function extremalGrid(opts: { familySupported?: boolean; strict?: boolean; affine?: boolean } = {}): ApproximantCase[] {
  const affine = opts.affine ?? true;
  return windowGrid(opts).flatMap((w) => gridPerturbations(w.f.d, affine).map((ps) => ({ ...w, ...perturbedExtremal(w, ps, affine) })));
}

/** Lemma 1 cases for T ∈ {1, 2, 3}, every bin, γ ∈ {1/1000, 1/4}, every ε kind, with and without edge neurons (d = 3). */
export function brokenBinGrid(): BrokenBinCase[] {
  const out: BrokenBinCase[] = [];
  for (const T of [1, 2, 3])
    for (let k = 1; k <= T; k++)
      for (const gamma of [q(1, 1000), q(1, 4)])
        for (const eps of ['error', 'equality', 'below', 'scaled'] as const)
          for (const edges of [false, true]) out.push(brokenBinCase(3, 1, T, k, { gamma, eps, edges, negate: k % 2 === 0 }));
  for (const d of [2, 4]) for (const negate of [false, true]) out.push(brokenBinCase(d, 1, 1, 1, { gamma: q(1, 1000), eps: 'equality', negate, affine: true }));
  return out;
}

/** E10 cases over the family-supported extremal grid, with s ∈ {1, 1023/1024, 1/2}. */
export function hatGrid(): HatCase[] {
  return extremalGrid({ familySupported: true, affine: false }).flatMap((w) => [Rational.ONE, q(1023, 1024), q(1, 2)].map((s) => ({ f: w.f, i: w.i, g: w.g, c: w.tStar, h: w.delta, s })));
}

/** E7 cases over the strict family-supported extremal grid, with margin ∈ {1, 1025/1024}. */
export function approxGrid(): ApproxCase[] {
  return extremalGrid({ familySupported: true, strict: true, affine: false }).flatMap((w) => [Rational.ONE, q(1025, 1024)].map((margin) => ({ f: w.f, g: w.g, margin })));
}

/** Whether bin k of T is broken for g along family i and contains t* (a sanity check for generators). */
export function isBrokenCase(c: BrokenBinCase): boolean {
  const { tStar } = targetWindowData(c.f, c.i);
  return brokenBins(c.g.neurons.map((n) => breakpoint(n.w, c.i)), c.T)[c.k - 1]! && binsHitBy(tStar, c.T).includes(c.k);
}

const errCache = new WeakMap<Network, WeakMap<TargetNeuron, Rational>>();

/**
 * The exact sup over the cube of |f − g| (E11), memoised per (network, target) object pair, so a
 * claim's `hypothesis` and `check` can both ask for it at the cost of one computation.
 */
export function cubeError(f: TargetNeuron, g: Network): Rational {
  let byF = errCache.get(g);
  if (!byF) errCache.set(g, (byF = new WeakMap()));
  let e = byF.get(f);
  if (!e) byF.set(f, (e = approxError(f, g).value));
  return e;
}

// ---------------------------------------------------------------------------------------------
// Bounded-exhaustive grids of the foundations (d = 2 networks of special neurons)

/**
 * Special d = 2 weight vectors: kink lines x_1 = ±x_2 (through the square's corners; family
 * breakpoints t = ∓1), x_1 = 0 and x_2 = 0 (through the edge midpoints; t = 0 and none), and the
 * breakpoints t = −1/2 and t = 2 (outside [−1, 1]).
 */
export const SPECIAL_W2: readonly (readonly Rational[])[] = [
  [q(1), q(1)],
  [q(1), q(-1)],
  [q(-1), q(1)],
  [q(1), q(0)],
  [q(0), q(1)],
  [q(2), q(1)],
  [q(1, 2), q(-1)],
];

/** Special points of [−1, 1]²: the corners, edge midpoints, the centre and a kink point. */
export const SPECIAL_X2: readonly (readonly Rational[])[] = [
  [q(1), q(1)],
  [q(1), q(-1)],
  [q(-1), q(1)],
  [q(-1), q(-1)],
  [q(1), q(0)],
  [q(0), q(1)],
  [q(0), q(0)],
  [q(1, 2), q(-1, 2)],
];

/** Small d = 2 networks: each special neuron with α ∈ {1, −1/2}, and the pairs ±(x_1 + x_2)/(x_1 − x_2), x_1/x_2, and a cancelling pair. */
export function specialNetworks2d(): Network[] {
  const out: Network[] = [];
  for (const w of SPECIAL_W2) for (const alpha of [q(1), q(-1, 2)]) out.push(new Network(2, [{ alpha, w: [...w] }]));
  const n = (alpha: Rational, w: readonly Rational[]): Neuron => ({ alpha, w: [...w] });
  out.push(new Network(2, [n(q(1), SPECIAL_W2[0]!), n(q(-1), SPECIAL_W2[1]!)]));
  out.push(new Network(2, [n(q(1), SPECIAL_W2[3]!), n(q(1), SPECIAL_W2[4]!)]));
  out.push(new Network(2, [n(q(1), SPECIAL_W2[0]!), n(q(-1), SPECIAL_W2[0]!)]));
  return out;
}

/** The grid of {@link familyRestrictGrid} in words. */
export const FAMILY_RESTRICT_GRID_DOMAIN =
  'd = 2: every special network (each of 7 special neurons with α ∈ {1, −1/2}, and 3 pairs) × t ∈ {−1, −1/2, 0, 1/2, 1}; d = 4, family 2: each special neuron embedded in coordinates 3, 4 × the same t';

/** E1's grid: (network, family, t) with breakpoints on the square's corners and edges. */
export function familyRestrictGrid(): { g: Network; i: number; t: Rational }[] {
  const ts = [q(-1), q(-1, 2), q(0), q(1, 2), q(1)];
  const out: { g: Network; i: number; t: Rational }[] = [];
  for (const g of specialNetworks2d()) for (const t of ts) out.push({ g, i: 1, t });
  for (const w of SPECIAL_W2) {
    const g = new Network(4, [{ alpha: q(1), w: [q(1, 2), q(-1), w[0]!, w[1]!] }]);
    for (const t of ts) out.push({ g, i: 2, t });
  }
  return out;
}

/** Scales of the foundations' grids: 0, 1/2, 1, 2 and the near miss −1/1024 (c ≥ 0 just missed). */
export const SPECIAL_C: readonly Rational[] = [q(0), q(1, 2), q(1), q(2), q(-1, 1024)];

/** The grid of {@link homogeneityGrid} in words. */
export const HOMOGENEITY_GRID_DOMAIN = 'd = 2: every special network × x ∈ {corners, edge midpoints, 0, (1/2, −1/2)} × c ∈ {0, 1/2, 1, 2, −1/1024 (a near miss of c ≥ 0)}';

/** E3's grid. */
export function homogeneityGrid(): { g: Network; x: Rational[]; c: Rational }[] {
  return specialNetworks2d().flatMap((g) => SPECIAL_X2.flatMap((x) => SPECIAL_C.map((c) => ({ g, x: [...x], c }))));
}

/** Special unit targets of d = 2: e_1, e_2, (3/5, 4/5), (−4/5, 3/5). */
export const SPECIAL_TARGETS2: readonly (readonly Rational[])[] = [
  [q(1), q(0)],
  [q(0), q(1)],
  [q(3, 5), q(4, 5)],
  [q(-4, 5), q(3, 5)],
];

/** The grid of {@link cubeSupGrid} in words. */
export const CUBE_SUP_GRID_DOMAIN = 'd = 2: f ∈ {e_1, e_2, (3/5, 4/5), (−4/5, 3/5)} × g ∈ {every special network, f itself, f with α = 1/2} × the corners and the centre as sample points × the diagonal segment from (−1, −1) to (1, 1)';

/** E11's grid: special targets and networks with kink lines through the square's corners and edges. */
export function cubeSupGrid(): { f: TargetNeuron; g: Network; points: Rational[][]; segment: [Rational[], Rational[]] }[] {
  const points = [SPECIAL_X2[0]!, SPECIAL_X2[2]!, SPECIAL_X2[6]!, SPECIAL_X2[7]!].map((x) => [...x]);
  const segment: [Rational[], Rational[]] = [
    [q(-1), q(-1)],
    [q(1), q(1)],
  ];
  return SPECIAL_TARGETS2.flatMap((w) => {
    const f = new TargetNeuron(w);
    const gs = [...specialNetworks2d(), new Network(2, [{ alpha: q(1), w: [...w] }]), new Network(2, [{ alpha: q(1, 2), w: [...w] }])];
    return gs.map((g) => ({ f, g, points, segment }));
  });
}

/** The grid of {@link pruningGrid} in words. */
export const PRUNING_GRID_DOMAIN = 'd = 2: three networks of special neurons (N = 2, 3, 3) × every subset S of their neurons × x ∈ {(1, 1), (−1, 1/2)}';

/** E13's grid: every subset of three small special networks. */
export function pruningGrid(): { g: Network; S: number[]; x: Rational[] }[] {
  const n = (alpha: Rational, k: number): Neuron => ({ alpha, w: [...SPECIAL_W2[k]!] });
  const nets = [
    new Network(2, [n(q(1), 0), n(q(-1), 1)]),
    new Network(2, [n(q(1), 3), n(q(1), 4), n(q(-1, 2), 5)]),
    new Network(2, [n(q(1), 0), n(q(-1), 0), n(q(2), 6)]),
  ];
  const xs = [
    [q(1), q(1)],
    [q(-1), q(1, 2)],
  ];
  const out: { g: Network; S: number[]; x: Rational[] }[] = [];
  for (const g of nets)
    for (let mask = 0; mask < 1 << g.N; mask++) {
      const S = Array.from({ length: g.N }, (_, j) => j).filter((j) => (mask >> j) & 1);
      for (const x of xs) out.push({ g, S, x });
    }
  return out;
}

/** Special scalars for E14: 0, ±1, ±1/2, ±1/1000, ±999/1000, ±1000. */
export const SPECIAL_Z: readonly Rational[] = [q(0), q(1), q(-1), q(1, 2), q(-1, 2), q(1, 1000), q(-1, 1000), q(999, 1000), q(-999, 1000), q(1000), q(-1000)];

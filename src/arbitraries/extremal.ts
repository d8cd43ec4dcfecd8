/**
 * # Extremal configurations of the lower bound, exactly
 *
 * Main definitions:
 * - {@link unitTargetWithBreakpoint}(d, i, t) — an exact unit target whose family-i breakpoint is
 *   exactly the rational t (supported on family i when 1 + t² is a rational square, else with one
 *   extra coordinate);
 * - {@link familyUnitTarget}(d, i, u) — the unit target supported on family i with stereographic
 *   parameter u: (a*, b*) = ±((1 − u²), 2u)/(1 + u²), t* = −2u/(1 − u²);
 * - {@link rampNeuron} — a neuron with family-i coefficients (a, −a·τ) (breakpoint τ) and zeros elsewhere;
 * - {@link extremalApproximant}(f, i, lo, hi) — the best approximant of f with no breakpoint inside the
 *   window (lo, hi): g = ½σ(⟨u_lo, x⟩) + ½σ(⟨u_hi, x⟩) − C·σ(x_{2i}) − C·σ(−x_{2i}), u_τ = (a*, −a*τ) on
 *   family i, C = κ(hi − lo)/8;
 * - {@link affineOnFamily}(d, i, A, B) — a network equal to A + B·t along family i for t ∈ [−1, 1],
 *   with no breakpoint in [−1, 1] (its only breakpoint is at −2);
 * - {@link overhangApproximant}(f, i, D) — for a window [t* − D, t* + D] that sticks out of [−1, 1]
 *   (|t*| + D > 1): a network with breakpoints exactly at t* ± D whose exact cube error is
 *   E = κD/(3 + |t*| + D) < κD/4 (the near miss of the window hypotheses of E7 and E10).
 *
 * Main statements (checked exactly in `test/arbitraries.test.ts`): for a target supported on family i,
 * t* = (lo + hi)/2, δ = (hi − lo)/2 and [lo, hi] ⊆ [−1, 1], the extremal approximant has
 * - exact sup error over the cube κδ/4 (the error is even in x, since the linear parts of f and g
 *   agree, and along a ray it is s·e(t) with |e| ≤ κδ/4, equioscillating at t*−δ, t*, t*+δ);
 * - three-point error κδ/4 on the window (equality in Lemma 2, E5);
 * - nearest breakpoint at distance exactly δ = 4ε/κ with ε = κδ/4 (equality in E7);
 * - hat sum κδ = 4ε at centre t*, h = δ (equality in E10);
 * - with lo, hi moved just outside a bin of half-width δ centred at t*, the near-equality case of
 *   Lemma 1's margin (E9).
 *
 * - {@link overhangApproximant}: for a target supported on family i with |t*| + D > 1, the exact sup
 *   error over the cube is E = κD/(3 + R), R = |t*| + D: along the family (x_{2i} = 1) the error is
 *   E, −E, E·R at t* ∓ D, t*, and points with |t| > 1 are only reached scaled by 1/|t| (the cube's
 *   faces x_{2i−1} = ±1), so the value E·R at t = R counts as E; the other half (x_{2i} < 0) gets
 *   its own level E·R. Hence no breakpoint lies within 4E/κ = 4D/(3 + R) < D of t*: **E7 without
 *   "|t*| + r < 1" is false**, and the hat at (t*, D), of size κD = (3 + R)E > 4E, sticks out of
 *   [−1, 1]: **E10 without "[c − h, c + h] ⊆ [−1, 1]" is false**.
 *
 * Implementation notes: everything is exact (Rational); the completion of a non-Pythagorean pair uses
 * n² − c² = q² + p² with n = (s+1)/2, c = (s−1)/2 for odd s = p² + q², and the doubled pair otherwise.
 *
 * References: blueprint E5–E10 (`docs/blueprint.md`); issue 9, item 2.
 */
import { Rational, q } from '../exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import { InvalidParameterError, requireInt } from '../errors.js';

/** Integer square root of a non-negative bigint (floor). */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function requireFamilyOf(api: string, d: number, i: number): void {
  requireInt(api, 'd', d, 2, 4096);
  requireInt(api, 'i', i, 1, Math.floor(d / 2));
}

/**
 * An exact unit target f = σ(⟨w*, x⟩) with t_i(w*) = t exactly and w*_{2i−1} > 0 (< 0 with `negate`).
 * Supported on coordinates 2i−1, 2i when p² + q² is a square (t = p/q), otherwise one more coordinate
 * (the first one outside family i) completes the norm, which needs d ≥ 3.
 * @throws InvalidParameterError for a bad d or i, or d = 2 with a non-Pythagorean t
 */
export function unitTargetWithBreakpoint(d: number, i: number, t: Rational, negate = false): TargetNeuron {
  const api = 'unitTargetWithBreakpoint';
  requireFamilyOf(api, d, i);
  if (!(t instanceof Rational)) throw new InvalidParameterError(api, 't', 'a Rational', String(t));
  const [p, qq] = [t.num, t.den];
  const s = p * p + qq * qq;
  const w = Array.from({ length: d }, () => Rational.ZERO);
  const root = isqrt(s);
  const sign = negate ? -1n : 1n;
  if (root * root === s) {
    w[2 * i - 2] = Rational.of(sign * qq, root);
    w[2 * i - 1] = Rational.of(-sign * p, root);
    return new TargetNeuron(w);
  }
  if (d < 3) throw new InvalidParameterError(api, 'd', `≥ 3 for t = ${t} (1 + t² is not a rational square)`, String(d));
  const extra = 2 * i - 2 === 0 ? 2 : 0; // first coordinate outside family i
  const odd = s % 2n === 1n;
  const [a, b, n, c] = odd ? [qq, -p, (s + 1n) / 2n, (s - 1n) / 2n] : [2n * qq, -2n * p, s + 1n, s - 1n];
  w[2 * i - 2] = Rational.of(sign * a, n);
  w[2 * i - 1] = Rational.of(sign * b, n);
  w[extra] = Rational.of(c, n);
  return new TargetNeuron(w);
}

/**
 * The unit target supported on family i with (a*, b*) = ((1 − u²), 2u)/(1 + u²) (negated with `negate`):
 * t* = −2u/(1 − u²), κ = (1 − u²)/(1 + u²); |t*| < 1 iff |u| < √2 − 1.
 * @throws InvalidParameterError for a bad d or i, or |u| ≥ 1
 */
export function familyUnitTarget(d: number, i: number, u: Rational, negate = false): TargetNeuron {
  const api = 'familyUnitTarget';
  requireFamilyOf(api, d, i);
  if (!(u instanceof Rational) || u.abs().ge(Rational.ONE))
    throw new InvalidParameterError(api, 'u', 'a Rational in (−1, 1)', String(u));
  const u2 = u.mul(u);
  const den = Rational.ONE.add(u2);
  const s = negate ? Rational.MINUS_ONE : Rational.ONE;
  const w = Array.from({ length: d }, () => Rational.ZERO);
  w[2 * i - 2] = Rational.ONE.sub(u2).div(den).mul(s);
  w[2 * i - 1] = u.add(u).div(den).mul(s);
  return new TargetNeuron(w);
}

/** A neuron α·σ(⟨w, x⟩) with w_{2i−1} = a, w_{2i} = −a·τ (breakpoint τ along family i when a ≠ 0), zeros elsewhere. */
export function rampNeuron(d: number, i: number, alpha: Rational, a: Rational, tau: Rational): Neuron {
  const w = Array.from({ length: d }, () => Rational.ZERO);
  w[2 * i - 2] = a;
  w[2 * i - 1] = a.neg().mul(tau);
  return { alpha, w };
}

/** t* = −w*_{2i}/w*_{2i−1} and κ = |w*_{2i−1}| (a* ≠ 0 required). */
export function targetWindowData(f: TargetNeuron, i: number): { a: Rational; tStar: Rational; kappa: Rational } {
  const a = f.w[2 * i - 2]!;
  if (a.isZero()) throw new InvalidParameterError('targetWindowData', 'f', `a target with w*_${2 * i - 1} ≠ 0`, '0');
  return { a, tStar: f.w[2 * i - 1]!.neg().div(a), kappa: a.abs() };
}

/** Options of {@link extremalApproximant}: perturbations of the extremal network (all default to none). */
export interface ExtremalOptions {
  /** output weights of the two ramps (default ½ each) */
  readonly alphaLo?: Rational;
  readonly alphaHi?: Rational;
  /** the ramps' slopes a (default a*; the breakpoints stay at lo, hi) */
  readonly slopeLo?: Rational;
  readonly slopeHi?: Rational;
  /** the level C of −C·σ(x_{2i}) − C·σ(−x_{2i}) (default κ(hi − lo)/8) */
  readonly level?: Rational;
}

/**
 * The best approximant of f without a breakpoint inside (lo, hi) along family i (see the header).
 * @throws InvalidParameterError when w*_{2i−1} = 0 or lo > hi
 */
export function extremalApproximant(
  f: TargetNeuron,
  i: number,
  lo: Rational,
  hi: Rational,
  opts: ExtremalOptions = {},
): Network {
  const { a, kappa } = targetWindowData(f, i);
  if (lo.gt(hi)) throw new InvalidParameterError('extremalApproximant', 'lo', `≤ hi = ${hi}`, lo.toString());
  const C = opts.level ?? kappa.mul(hi.sub(lo)).div(q(8));
  const e = Array.from({ length: f.d }, () => Rational.ZERO);
  const up = [...e];
  up[2 * i - 1] = Rational.ONE;
  const down = [...e];
  down[2 * i - 1] = Rational.MINUS_ONE;
  return new Network(f.d, [
    rampNeuron(f.d, i, opts.alphaLo ?? Rational.HALF, opts.slopeLo ?? a, lo),
    rampNeuron(f.d, i, opts.alphaHi ?? Rational.HALF, opts.slopeHi ?? a, hi),
    { alpha: C.neg(), w: up },
    { alpha: C.neg(), w: down },
  ]);
}

/** The extremal approximant of the symmetric window [t* − δ, t* + δ]. */
export function extremalOnWindow(f: TargetNeuron, i: number, delta: Rational, opts: ExtremalOptions = {}): Network {
  const { tStar } = targetWindowData(f, i);
  return extremalApproximant(f, i, tStar.sub(delta), tStar.add(delta), opts);
}

/**
 * A network equal to A + B·t along family i for t ∈ [−1, 1] with no breakpoint in [−1, 1]:
 * B·σ(x_{2i−1} + 2x_{2i}) + (A − 2B)·σ(x_{2i}).
 * @throws InvalidParameterError for a bad d or i
 */
export function affineOnFamily(d: number, i: number, A: Rational, B: Rational): Network {
  requireFamilyOf('affineOnFamily', d, i);
  const w = Array.from({ length: d }, () => Rational.ZERO);
  w[2 * i - 1] = Rational.ONE;
  return new Network(d, [rampNeuron(d, i, B, Rational.ONE, q(-2)), { alpha: A.sub(B.mul(q(2))), w }]);
}

/**
 * E6's optimal affine function on [t* − δ, t* + δ] as a network along family i (no breakpoint in [−1, 1]):
 * ψ(t) = sgn(a*)(κ/2)(t − t*) + κδ/4.
 */
export function optimalAffineNetwork(f: TargetNeuron, i: number, delta: Rational): Network {
  const { a, tStar, kappa } = targetWindowData(f, i);
  const B = kappa.div(q(2)).mul(q(a.sign()));
  return affineOnFamily(f.d, i, kappa.mul(delta).div(q(4)).sub(B.mul(tStar)), B);
}

/**
 * The overhang network of {@link overhangApproximant} for a target with a* > 0 and t* ≥ 0 (see the
 * header): β_L·σ(a*(t − L)) + β_R·σ(a*(t − R)) − E·σ(x_{2i}) − E·R·σ(−x_{2i}) with L, R = t* ∓ D,
 * β_L = 2E/(κD), β_R = 1 − β_L, E = κD/(3 + R).
 */
function overhangNormalised(f: TargetNeuron, i: number, D: Rational): Network {
  const { a, tStar, kappa } = targetWindowData(f, i);
  const R = tStar.add(D);
  const E = kappa.mul(D).div(q(3).add(R));
  const betaL = E.add(E).div(kappa.mul(D));
  const up = Array.from({ length: f.d }, () => Rational.ZERO);
  up[2 * i - 1] = Rational.ONE;
  return new Network(f.d, [
    rampNeuron(f.d, i, betaL, a, tStar.sub(D)),
    rampNeuron(f.d, i, Rational.ONE.sub(betaL), a, R),
    { alpha: E.neg(), w: up },
    { alpha: E.mul(R).neg(), w: up.map((v) => v.neg()) },
  ]);
}

/**
 * A near miss of the window hypotheses of E7 and E10: for a target supported on family i and a
 * half-width D with |t*| + D > 1, a network whose only breakpoints along family i are t* − D and
 * t* + D and whose exact sup error over the cube is κD/(3 + |t*| + D) (see the header). Any sign
 * of a* and t* (the construction is mirrored by x ↦ −x and x_{2i−1} ↦ −x_{2i−1}, which keep the cube).
 * @throws InvalidParameterError when f is not supported on family i, or |t*| + D ≤ 1
 */
export function overhangApproximant(f: TargetNeuron, i: number, D: Rational): Network {
  const api = 'overhangApproximant';
  const { a, tStar } = targetWindowData(f, i);
  if (f.w.some((v, k) => k !== 2 * i - 2 && k !== 2 * i - 1 && !v.isZero()))
    throw new InvalidParameterError(api, 'f', `a target supported on family ${i}`, f.w.map(String).join(', '));
  if (!(D instanceof Rational) || !tStar.abs().add(D).gt(Rational.ONE))
    throw new InvalidParameterError(api, 'D', `> 1 − |t*| = ${Rational.ONE.sub(tStar.abs())}`, String(D));
  const mirror = tStar.sign() < 0;
  // the sign of a* after the reflection (which flips it when mirrored)
  const sa = a.sign() < 0 !== mirror ? Rational.MINUS_ONE : Rational.ONE;
  // x ↦ M x with M = sa·(reflection of coordinate 2i−1 when mirrored): f∘M has a* > 0 and t* ≥ 0
  const map = (w: readonly Rational[]) => w.map((v, k) => (mirror && k === 2 * i - 2 ? v.neg() : v).mul(sa));
  const g0 = overhangNormalised(new TargetNeuron(map(f.w)), i, D);
  return new Network(
    f.d,
    g0.neurons.map((n) => ({ alpha: n.alpha, w: map(n.w) })),
  );
}

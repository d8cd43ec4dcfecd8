/**
 * # The d = 2 toolkit of the encodings: target, kink-form neurons, the square's check points
 *
 * Main definitions:
 * - {@link zTarget} — the target σ(⟨w*, x⟩) with w*_1 ≠ 0, as (a*, t*) with w* = (a*, −a*·t*);
 *   for a model (`forModel`) w* is a rational unit vector by inverse stereographic projection,
 *   a* = 2v/(1+v²), w*_2 = (v²−1)/(1+v²), so a model always rounds to a unit target;
 * - {@link zNetwork} — N neurons in *kink form*: neuron j is u_j σ(x_1 − τ_j x_2) (kind +),
 *   −u_j σ(τ_j x_2 − x_1) (kind −) or u_j σ(x_2) (kind 0); on the family line x_1(t) = (t, 1)
 *   these are u_j (t − τ_j)_+, −u_j (τ_j − t)_+ and the constant u_j;
 * - {@link squareCheckPoints} — E11's finite set for d = 2: sup_X |e| ≤ ε iff |e(q)| ≤ ε‖q‖_∞ at
 *   the corners, (±1, 0), and ±(τ, 1) for every breakpoint τ (the hyperplanes' boundary points,
 *   scaled by positive homogeneity so that no division is needed).
 *
 * Main statements: every d = 2 network equals, as a function on ℝ² and with the same breakpoints,
 * a kink-form network: α σ(a x_1 + b x_2) = (α|a|) σ(±(x_1 − τ x_2)) with τ = −b/a for a ≠ 0 (E14:
 * σ(cz) = cσ(z), c ≥ 0), and α σ(b x_2) = (α|b|) σ(±x_2) for a = 0. So quantifying over kink-form
 * networks quantifies over all real networks of the shape. (σ(−x_2) is the kind-0 neuron's mirror; it
 * is covered in the proofs by a fourth kind, `−0`, with value u_j σ(−x_2), constant 0 on the line.)
 *
 * Implementation notes: kinds are two Booleans per neuron (plus, minus; neither = constant kind;
 * `flip` selects σ(−x_2) for the constant kind). Products stay of degree ≤ 3, which Z3's nlsat decides
 * quickly at N ≤ 3.
 *
 * References: input families and breakpoints as in `src/model/family.ts` (arXiv:2603.02234, Figure 3);
 * blueprint E1, E11, E14 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import type { SmtValues, Z3Ctx, ZArith, ZBool } from './types.js';
import { and, relu, sum } from './terms.js';

/** A target in the encoding. */
export interface ZTarget {
  /** a* = w*_1 (≠ 0) */
  readonly aS: ZArith;
  /** t* = −w*_2 / w*_1 */
  readonly tS: ZArith;
  /** κ = |a*| */
  readonly kappa: ZArith;
  readonly constraints: ZBool[];
  readonly vars: Record<string, ZArith>;
  /** f at a point of the plane. */
  at(x1: ZArith, x2: ZArith): ZArith;
  /** f on the family line, f(x_1(t)) = σ(a*(t − t*)). */
  line(t: ZArith): ZArith;
  /** The exact target from model values (unit when built for a model). */
  build(v: SmtValues): TargetNeuron | null;
}

const R = (v: SmtValues, k: string): Rational => {
  const x = v[k];
  if (!(x instanceof Rational)) throw new Error(`smt: model value ${k} missing`);
  return x;
};
const B = (v: SmtValues, k: string): boolean => v[k] === true;

/** The target (see the header). */
export function zTarget(z: Z3Ctx, forModel: boolean, prefix = 's'): ZTarget {
  const aS = z.Real.const(`${prefix}_a`);
  const tS = z.Real.const(`${prefix}_t`);
  const kappa = z.If(aS.gt(0), aS, aS.neg()) as ZArith;
  const constraints: ZBool[] = [aS.neq(0)];
  const vars: Record<string, ZArith> = {};
  if (forModel) {
    const v = z.Real.const(`${prefix}_v`);
    const one = z.Real.val(1);
    const den = one.add(v.mul(v));
    constraints.push(
      v.neq(0),
      aS.mul(den).eq(v.mul(2)),
      tS
        .mul(v)
        .mul(2)
        .eq(one.sub(v.mul(v))),
    );
    vars[`${prefix}_v`] = v;
  } else {
    vars[`${prefix}_a`] = aS;
    vars[`${prefix}_t`] = tS;
  }
  const at = (x1: ZArith, x2: ZArith) => relu(z, aS.mul(x1.sub(tS.mul(x2))));
  return {
    aS,
    tS,
    kappa,
    constraints,
    vars,
    at,
    line: (t) => relu(z, aS.mul(t.sub(tS))),
    build: (val) => {
      if (forModel) {
        const v = R(val, `${prefix}_v`);
        if (v.isZero()) return null;
        const den = Rational.ONE.add(v.mul(v));
        return new TargetNeuron([v.mul(Rational.TWO).div(den), v.mul(v).sub(Rational.ONE).div(den)]);
      }
      const a = R(val, `${prefix}_a`);
      if (a.isZero()) return null;
      return new TargetNeuron([a, a.neg().mul(R(val, `${prefix}_t`))], { requireUnit: false });
    },
  };
}

/** The target's (a*, t*) from model values, in either mode. */
export function targetParams(f: TargetNeuron): { aS: Rational; tS: Rational; kappa: Rational } {
  const aS = f.w[0]!;
  return { aS, tS: f.w[1]!.neg().div(aS), kappa: aS.abs() };
}

/** One kink-form neuron. */
export interface ZNeuron {
  readonly plus: ZBool;
  readonly minus: ZBool;
  /** for the constant kind: σ(−x_2) instead of σ(x_2) */
  readonly flip: ZBool;
  readonly u: ZArith;
  readonly tau: ZArith;
  /** has a breakpoint on the family line (kind + or −) */
  readonly kinked: ZBool;
}

/** A kink-form network. */
export interface ZNetwork {
  readonly neurons: readonly ZNeuron[];
  readonly constraints: ZBool[];
  readonly vars: Record<string, ZArith | ZBool>;
  /** g at a point of the plane. */
  at(x1: ZArith, x2: ZArith): ZArith;
  /** neuron j at a point of the plane. */
  neuronAt(j: number, x1: ZArith, x2: ZArith): ZArith;
  /** g on the family line. */
  line(t: ZArith): ZArith;
  /** The exact network from model values. */
  build(v: SmtValues): Network;
}

/** N kink-form neurons (see the header). */
export function zNetwork(z: Z3Ctx, N: number, prefix = 'g'): ZNetwork {
  const neurons: ZNeuron[] = [];
  const constraints: ZBool[] = [];
  const vars: Record<string, ZArith | ZBool> = {};
  for (let j = 0; j < N; j++) {
    const plus = z.Bool.const(`${prefix}${j}_plus`);
    const minus = z.Bool.const(`${prefix}${j}_minus`);
    const flip = z.Bool.const(`${prefix}${j}_flip`);
    const u = z.Real.const(`${prefix}${j}_u`);
    const tau = z.Real.const(`${prefix}${j}_tau`);
    constraints.push(z.Not(z.And(plus, minus)));
    Object.assign(vars, {
      [`${prefix}${j}_plus`]: plus,
      [`${prefix}${j}_minus`]: minus,
      [`${prefix}${j}_flip`]: flip,
      [`${prefix}${j}_u`]: u,
      [`${prefix}${j}_tau`]: tau,
    });
    neurons.push({ plus, minus, flip, u, tau, kinked: z.Or(plus, minus) });
  }
  const neuronAt = (j: number, x1: ZArith, x2: ZArith): ZArith => {
    const n = neurons[j]!;
    const lin = x1.sub(n.tau.mul(x2));
    return z.If(
      n.plus,
      n.u.mul(relu(z, lin)),
      z.If(n.minus, n.u.neg().mul(relu(z, lin.neg())), n.u.mul(z.If(n.flip, relu(z, x2.neg()), relu(z, x2)) as ZArith)),
    ) as ZArith;
  };
  const at = (x1: ZArith, x2: ZArith) =>
    sum(
      z,
      neurons.map((_, j) => neuronAt(j, x1, x2)),
    );
  return {
    neurons,
    constraints,
    vars,
    at,
    neuronAt,
    line: (t) => at(t, z.Real.val(1)),
    build: (val) => {
      const out: Neuron[] = [];
      for (let j = 0; j < N; j++) {
        const u = R(val, `${prefix}${j}_u`);
        const tau = R(val, `${prefix}${j}_tau`);
        if (B(val, `${prefix}${j}_plus`)) out.push({ alpha: u, w: [Rational.ONE, tau.neg()] });
        else if (B(val, `${prefix}${j}_minus`)) out.push({ alpha: u.neg(), w: [Rational.MINUS_ONE, tau] });
        else
          out.push({ alpha: u, w: [Rational.ZERO, B(val, `${prefix}${j}_flip`) ? Rational.MINUS_ONE : Rational.ONE] });
      }
      return new Network(2, out);
    },
  };
}

/**
 * E11's check points for d = 2 as pairs (q, ‖q‖_∞-term): the four corners, (±1, 0), and ±(τ, 1)
 * for every given breakpoint τ (the points where a hyperplane x_1 = τ x_2 meets the square's
 * boundary, scaled by max(1, |τ|)). `active[k]` guards the k-th breakpoint (e.g. a kinked neuron).
 */
export function squareCheckPoints(
  z: Z3Ctx,
  taus: readonly { tau: ZArith; active: ZBool }[],
): { x1: ZArith; x2: ZArith; norm: ZArith; active: ZBool }[] {
  const c = (n: number) => z.Real.val(n);
  const T = z.Bool.val(true);
  const pts: { x1: ZArith; x2: ZArith; norm: ZArith; active: ZBool }[] = [];
  for (const [a, b] of [
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const)
    pts.push({ x1: c(a), x2: c(b), norm: c(1), active: T });
  for (const { tau, active } of taus) {
    const norm = z.If(tau.gt(1), tau, z.If(tau.lt(-1), tau.neg(), c(1))) as ZArith;
    pts.push({ x1: tau, x2: c(1), norm, active });
    pts.push({ x1: tau.neg(), x2: c(-1), norm, active });
  }
  return pts;
}

/** sup_X |e| ≤ ε exactly (d = 2), through {@link squareCheckPoints}. */
export function supSquareLe(
  z: Z3Ctx,
  e: (x1: ZArith, x2: ZArith) => ZArith,
  eps: ZArith,
  taus: readonly { tau: ZArith; active: ZBool }[],
): ZBool {
  return and(
    z,
    squareCheckPoints(z, taus).map((p) => {
      const v = e(p.x1, p.x2);
      const bound = eps.mul(p.norm);
      return z.Implies(p.active, z.And(v.le(bound), v.neg().le(bound)));
    }),
  );
}

/** The breakpoints of a target and a kink-form network (for {@link squareCheckPoints}). */
export function planeBreakpoints(z: Z3Ctx, f: ZTarget | null, g: ZNetwork): { tau: ZArith; active: ZBool }[] {
  const out: { tau: ZArith; active: ZBool }[] = [];
  if (f) out.push({ tau: f.tS, active: z.Bool.val(true) });
  for (const n of g.neurons) out.push({ tau: n.tau, active: n.kinked });
  return out;
}

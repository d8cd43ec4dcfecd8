/**
 * # The three-point core shared by E7, E9 and E10 (shape `affine`: every N at once)
 *
 * Main definitions: {@link threePointCore} — a target (a* ≠ 0, t*), ε ∈ (0, 1), a half-width δ > 0
 * with [t*−δ, t*+δ] ⊆ [−1, 1], an affine φ = A + B t on that window, and |f∘x_1 − φ| ≤ ε at
 * t*−δ, t*, t*+δ; callers add their own side conditions on δ (e.g. δ > c·ε/κ).
 * {@link affineNetwork} — a two-neuron d = 2 network equal to A + B t on the family line, with its
 * only breakpoint at t = −2 (outside every window and bin). {@link kappaDeltaOverEps} — κδ/ε of a
 * model, the quantity whose sup over the core is the optimal constant of E7 and Lemma 1.
 *
 * Main statements: each of E7, E9, E10 reduces to this core by a one-line argument that the
 * encodings state in their notes: finitely many breakpoints, none near t*, make φ affine on a window
 * around t*; ε-approximation bounds the error at the window's three points. Unsat of the core with the
 * caller's condition proves the claim for networks of every size N.
 *
 * References: blueprint E5, E7, E9, E10 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { Network } from '../model/Network.js';
import { abs, and } from './terms.js';
import { zTarget, type ZTarget } from './plane.js';
import type { SmtValues, Z3Ctx, ZArith, ZBool } from './types.js';

/** The core's terms. */
export interface ThreePointCore {
  readonly f: ZTarget;
  readonly eps: ZArith;
  readonly delta: ZArith;
  readonly A: ZArith;
  readonly B: ZArith;
  readonly constraints: ZBool[];
  readonly vars: Record<string, ZArith>;
}

/** Build the core (see the header); `strictEps` uses |e| < ε instead of ≤ ε. */
export function threePointCore(z: Z3Ctx, forModel: boolean): ThreePointCore {
  const f = zTarget(z, forModel);
  const eps = z.Real.const('eps');
  const delta = z.Real.const('delta');
  const A = z.Real.const('phi_A');
  const B = z.Real.const('phi_B');
  const lo = f.tS.sub(delta);
  const hi = f.tS.add(delta);
  const errs = [lo, f.tS, hi].map((t) => abs(z, f.line(t).sub(A.add(B.mul(t)))));
  return {
    f,
    eps,
    delta,
    A,
    B,
    constraints: [
      ...f.constraints,
      eps.gt(0),
      eps.lt(1),
      delta.gt(0),
      lo.ge(-1),
      hi.le(1),
      and(
        z,
        errs.map((e) => e.le(eps)),
      ),
    ],
    vars: { ...f.vars, eps, delta, phi_A: A, phi_B: B },
  };
}

/** (A − 2B)·σ(x_2) + B·σ(x_1 + 2x_2): equal to A + B t on the family line for t ≥ −2. */
export function affineNetwork(v: SmtValues): Network | null {
  const A = v.phi_A;
  const B = v.phi_B;
  if (!(A instanceof Rational) || !(B instanceof Rational)) return null;
  return new Network(2, [
    { alpha: A.sub(B.mul(Rational.TWO)), w: [Rational.ZERO, Rational.ONE] },
    { alpha: B, w: [Rational.ONE, Rational.TWO] },
  ]);
}

/**
 * κδ/ε of a model of the core: κ = |a*| (from `s_a`, or a* = 2v/(1 + v²) from `s_v` for a model built
 * for a unit target); null when a value is missing or ε = 0.
 */
export function kappaDeltaOverEps(v: SmtValues): Rational | null {
  const { eps, delta } = v;
  if (!(eps instanceof Rational) || !(delta instanceof Rational) || eps.isZero()) return null;
  let a: Rational;
  if (v.s_a instanceof Rational) a = v.s_a;
  else if (v.s_v instanceof Rational) a = v.s_v.mul(Rational.TWO).div(Rational.ONE.add(v.s_v.mul(v.s_v)));
  else return null;
  return a.abs().mul(delta).div(eps);
}

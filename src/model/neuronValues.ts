/**
 * # Neuron values at many points, through each neuron's integer form
 *
 * Main definitions: {@link integerNeurons}(g) — per neuron j an integer row R_j and a reduced
 * coefficient A_j/C_j with α_j σ(⟨w_j, x⟩) = (A_j/C_j)·σ(⟨R_j, x⟩) (memoised per network);
 * {@link neuronValuesAt}(g, P, D) — the exact values α_j σ(⟨w_j, P/D⟩) of every neuron at the point
 * P/D (integer P, D > 0); {@link networkValueAt}(g, x) — g(x) = Σ_j α_j σ(⟨w_j, x⟩).
 *
 * Main statements: the values equal `alpha.mul(relu(dot(w, x)))` and their sum (both are canonical
 * rationals; the unit tests compare them on random and adversarial networks).
 *
 * Implementation notes: with w_j = R_j/c_j (c_j the lcm of w_j's denominators), ⟨w_j, P/D⟩ =
 * ⟨R_j, P⟩/(c_j·D), so an entry costs d BigInt multiply-adds and one reduction, against a reduction
 * per coordinate plus two for the product in the rational path — the exact rows of the decisions
 * (`exactDecision.ts`, `exactDecisionBnB.ts`) and network evaluation spent 2.2 s of a test run there
 * (measured, CPU profile of `npm test`). g(x) puts every term over the common denominator
 * lcm_j(C_j)·D and reduces once.
 *
 * References: blueprint E11 (`docs/blueprint.md`): the candidate points at which these rows are read.
 */
import { Rational, gcd, lcm } from '../exact/Rational.js';
/** What the integer form reads of a network: each neuron's input weights w_j and output weight α_j (structural, so this module needs nothing of `Network.ts`). */
export interface NeuronList {
  readonly neurons: readonly { readonly w: readonly Rational[]; readonly alpha: Rational }[];
}

/** The integer form of a network's neurons (see the module header). */
export interface IntegerNeurons {
  /** R_j: w_j times the lcm of its denominators. */
  readonly rows: readonly (readonly bigint[])[];
  /** A_j/C_j = α_j/c_j, reduced (A_j = 0 for a neuron that is identically 0). */
  readonly A: readonly bigint[];
  readonly C: readonly bigint[];
  /** lcm_j C_j, and B_j = A_j·(L/C_j): g(x) = Σ_j B_j σ(⟨R_j, x⟩)/L. */
  readonly L: bigint;
  readonly B: readonly bigint[];
}

const memo = new WeakMap<NeuronList, IntegerNeurons>();

/** The integer form of g's neurons (memoised: networks are immutable). */
export function integerNeurons(g: NeuronList): IntegerNeurons {
  let f = memo.get(g);
  if (f) return f;
  const rows: bigint[][] = [];
  const A: bigint[] = [];
  const C: bigint[] = [];
  for (const n of g.neurons) {
    let c = 1n;
    for (const x of n.w) if (x.den !== 1n) c = lcm(c, x.den);
    rows.push(n.w.map((x) => (x.den === c ? x.num : x.num * (c / x.den))));
    // α/c reduced: α = a/b in lowest terms, so gcd(a, b·c) = gcd(a, c)
    const a = n.alpha.num,
      b = n.alpha.den;
    if (a === 0n) {
      A.push(0n);
      C.push(1n);
      continue;
    }
    const k = gcd(a, c);
    A.push(a / k);
    C.push(b * (c / k));
  }
  let L = 1n;
  for (const c of C) if (c !== 1n) L = lcm(L, c);
  f = { rows, A, C, L, B: A.map((a, j) => a * (L / C[j]!)) };
  memo.set(g, f);
  return f;
}

/** ⟨R, P⟩ for integer vectors of equal length. */
function intDot(R: readonly bigint[], P: readonly bigint[]): bigint {
  let s = 0n;
  for (let i = 0; i < R.length; i++) s += R[i]! * P[i]!;
  return s;
}

/** The values α_j σ(⟨w_j, P/D⟩) of every neuron of g at the point P/D (integer P of length d, D > 0). */
export function neuronValuesAt(g: NeuronList, P: readonly bigint[], D: bigint): Rational[] {
  const { rows, A, C } = integerNeurons(g);
  const out = new Array<Rational>(rows.length);
  for (let j = 0; j < rows.length; j++) {
    const s = A[j] === 0n ? 0n : intDot(rows[j]!, P);
    out[j] = s > 0n ? Rational.of(A[j]! * s, C[j]! * D) : Rational.ZERO;
  }
  return out;
}

/** g(x) = Σ_j α_j σ(⟨w_j, x⟩), exactly, over one common denominator (x of length g.d). */
export function networkValueAt(g: NeuronList, x: readonly Rational[]): Rational {
  let D = 1n;
  for (const v of x) if (v.den !== 1n && v.den !== D) D = lcm(D, v.den);
  const P = x.map((v) => (v.den === D ? v.num : v.num * (D / v.den)));
  const { rows, B, L } = integerNeurons(g);
  let s = 0n;
  for (let j = 0; j < rows.length; j++) {
    if (B[j] === 0n) continue;
    const z = intDot(rows[j]!, P);
    if (z > 0n) s += B[j]! * z;
  }
  return s === 0n ? Rational.ZERO : Rational.of(s, L * D);
}

/**
 * # The exact law of a pure-death (or pure-birth) chain by divided differences
 *
 * Main definitions: {@link pathLawScaled} — the law after s steps of a chain that walks along a path
 * of nodes 0, 1, …, r, staying at node t with probability x_t = stay[t]/L and moving on to node t + 1
 * otherwise, as integers over L^s; {@link pathLawNodes} (how many nodes matter) and {@link
 * pathLawApplies} (whether their stay values are pairwise distinct, which the kernel needs). A
 * pure-death chain started at `start` is this path with node t = state start − t and stay
 * 1 − μ_{start−t}; a pure-birth chain is the mirror image, node t = state start + t.
 *
 * Main statements: for pairwise distinct stays x_0..x_t,
 *   P(Y_s = t) = (Π_{u<t} (1 − x_u)) · f[x_0, …, x_t],  f(x) = x^s,
 * where f[…] is the divided difference. Indeed a path to node t makes exactly t moves and s − t
 * stays, t_u of them at node u, so P(Y_s = t) = Π(1 − x_u) · Σ_{t_0+…+t_t = s−t} Π x_u^{t_u} =
 * Π(1 − x_u) · h_{s−t}(x_0..x_t), h_m the complete homogeneous symmetric polynomial of degree m, and
 * h_{s−t}(x_0..x_t) = f[x_0..x_t] for f = x^s (the classical identity; it also shows the divided
 * difference is ≥ 0 and vanishes for t > s: no path makes more than s moves).
 *
 * Implementation notes: in integers, with Y_u = L·x_u = stay[u], the entries
 *   D[i][t] = L^{s−(t−i)}·f[x_i..x_t] = h_{s−(t−i)}(Y_i..Y_t)   (0 ≤ t − i ≤ s)
 * are integers (polynomials in the Y's with coefficients 1), D[t][t] = Y_t^s, and the divided-
 * difference recurrence f[x_i..x_t] = (f[x_{i+1}..x_t] − f[x_i..x_{t−1}])/(x_t − x_i) becomes
 *   D[i][t] = (D[i+1][t] − D[i][t−1]) / (Y_t − Y_i),
 * a division that is exact (the quotient is the integer h_{s−(t−i)}(Y_i..Y_t)) by a non-zero number
 * of absolute value ≤ L (one BigInt digit when L < 2^64). The answer is
 * num[t] = (Π_{u<t} (L − Y_u))·D[0][t] over L^s. The table is built one column t at a time (Newton's
 * scheme: the new column from the old one, in place, from i = t − 1 down to 0), so only one column
 * of at most r + 1 integers is alive. Only nodes 0..m matter, m = min(r, s, the first absorbing
 * node): past them the probability is 0. When m = s the last column is not built: D[0][s] = h_0 = 1,
 * so only the stays of nodes 0..s − 1 enter (and must be distinct). When the stays that enter are
 * equally spaced, Y_u = Y_0 + u·g (a pure-death chain with μ_b affine in b, such as the broken-bin
 * chain μ_b = b·p; a pure-birth chain with λ_b affine in b), the same table is kept without the
 * divisions — its entries are then the forward differences Δ_g^{t−i}F(Y_i) = (t−i)!·g^{t−i}·D[i][t],
 * F(Y) = Y^s — and each answer is divided once, by t!·g^t; as the weight Π_{u<t}(L − Y_u) multiplies
 * it, the ratio weight/(t!·g^t) is kept reduced (for μ_b = b·p it is the binomial C(start, t),
 * and no division is left). Cost, with w = s·log₂L bits per entry:
 * (m + 1)²/2 subtractions of w-bit integers and as many divisions by a one-digit number (none when
 * equally spaced), m + 1 powers and m + 1 products with the move weights: Θ(m²·s·log L) bit
 * operations, against Θ(T·s²·log L) for stepping the law. Measured on pure-death chains with
 * T = start = 200 (see `npm run bench` for s = 2,000): the equally spaced table (μ_b = b/320) beats
 * stepping from s ≈ 20 on (s = 400: 5 ms against 25 ms); the general one, with its divisions
 * (μ_b = (b² + 3b)/82,001), from s ≈ 1.7·m on (s = 200: 9 ms against 6 ms; s = 1,000: 55 ms against
 * 163 ms). Repeated stays (e.g. a constant
 * death rate) would need confluent divided differences; this kernel refuses them and the chain
 * steps instead.
 *
 * References: Definition 4 of the paper (birth–death chains), C1 (the pure-death chain); divided
 * differences and complete homogeneous symmetric polynomials: de Boor, "Divided differences",
 * Surveys in Approximation Theory 1 (2005).
 */
import { InvalidParameterError, requireInt, show } from '../errors.js';
import { gcd } from '../exact/Rational.js';

/** Options of {@link pathLawScaled}. */
export interface PathLawOptions {
  /** Called after each column of the table with (columns done, columns in all); column t costs ~t operations. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Check that every division is exact (a remainder computation each; for tests). */
  readonly checkExact?: boolean;
}

/** The largest s accepted (as for the stepping kernel). */
const MAX_STEPS = 10_000_000;

function validate(api: string, L: bigint, stay: readonly bigint[], s: number): void {
  if (typeof L !== 'bigint' || L < 1n) throw new InvalidParameterError(api, 'L', 'a bigint ≥ 1', show(L));
  if (!Array.isArray(stay) || stay.length === 0)
    throw new InvalidParameterError(
      api,
      'stay',
      'a non-empty array of bigints',
      Array.isArray(stay) ? 'an empty array' : show(stay),
    );
  for (let u = 0; u < stay.length; u++) {
    const y = stay[u];
    if (typeof y !== 'bigint' || y < 0n || y > L)
      throw new InvalidParameterError(api, `stay[${u}]`, `a bigint in [0, L = ${L}]`, show(y));
  }
  requireInt(api, 's', s, 0, MAX_STEPS);
}

/** The last node that can matter: min(r, s, the first node with stay = L). */
function lastNode(L: bigint, stay: readonly bigint[], s: number): number {
  const r = Math.min(stay.length - 1, s);
  for (let u = 0; u < r; u++) if (stay[u] === L) return u;
  return r;
}

/** The last node whose stay enters the law: m, or m − 1 when m = s (then f[x_0..x_s] = 1 whatever x_s is). */
function lastStayNode(m: number, s: number): number {
  return m === s ? m - 1 : m;
}

function distinct(stay: readonly bigint[], last: number): boolean {
  return new Set(stay.slice(0, last + 1)).size === last + 1;
}

/**
 * How many nodes can carry probability after s steps from node 0: m + 1 with m = min(r, s, the first
 * node whose stay is L, i.e. that never moves on). Only these nodes' stays enter the law.
 * @throws InvalidParameterError for L < 1, an empty `stay`, a stay outside [0, L] or a bad s
 */
export function pathLawNodes(L: bigint, stay: readonly bigint[], s: number): number {
  validate('pathLawNodes', L, stay, s);
  return lastNode(L, stay, s) + 1;
}

/**
 * Whether {@link pathLawScaled} applies: the stays of the nodes that matter ({@link pathLawNodes}:
 * nodes 0..m) are pairwise distinct — all but node m when m = s, whose column is f[x_0..x_s] = 1.
 * @throws InvalidParameterError for L < 1, an empty `stay`, a stay outside [0, L] or a bad s
 */
export function pathLawApplies(L: bigint, stay: readonly bigint[], s: number): boolean {
  validate('pathLawApplies', L, stay, s);
  const m = lastNode(L, stay, s);
  return distinct(stay, lastStayNode(m, s));
}

/** y^e by left-to-right square-and-multiply (the multiplications by y are by a short number; measured ~25% faster than `**`). */
function power(y: bigint, e: number): bigint {
  let acc = 1n;
  for (let k = 31 - Math.clz32(e); k >= 0; k--) {
    acc *= acc;
    if ((e >>> k) & 1) acc *= y;
  }
  return acc;
}

function exactQuotient(x: bigint, d: bigint, check: boolean, where: string): bigint {
  if (check && x % d !== 0n)
    throw new Error(`pathLawScaled: inexact division ${where} (a bug: the quotient is an integer by construction)`);
  return x / d;
}

/**
 * The law after s steps of the path chain on nodes 0..r started at node 0: at node t it stays with
 * probability stay[t]/L and moves to node t + 1 with probability 1 − stay[t]/L (mass leaving node r
 * is not tracked; give stay[r] = L for an absorbing end). Returns num with num[t] = L^s·P(Y_s = t)
 * for t = 0..r, exactly, by the divided-difference table of x^s at the stays (see the module header);
 * the common denominator is L^s.
 * @param L the common denominator of the stay probabilities (≥ 1)
 * @param stay L·(stay probability) of each node, integers in [0, L]
 * @param s the number of steps, an integer in [0, 10^7]
 * @param options `onProgress(done, total)` after each column; `checkExact` to verify every division
 * @throws InvalidParameterError for L < 1, an empty `stay`, a stay outside [0, L], a bad s, bad
 * options, or stays of the nodes that matter ({@link pathLawNodes}) that are not pairwise distinct
 * @throws Error only with `checkExact`, on an inexact division (which would be a bug)
 */
export function pathLawScaled(L: bigint, stay: readonly bigint[], s: number, options: PathLawOptions = {}): bigint[] {
  const api = 'pathLawScaled';
  validate(api, L, stay, s);
  if (options === null || typeof options !== 'object')
    throw new InvalidParameterError(api, 'options', 'an object { onProgress?, checkExact? }', show(options));
  const { onProgress, checkExact = false } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw new InvalidParameterError(api, 'options.onProgress', 'a function or undefined', show(onProgress));
  const m = lastNode(L, stay, s);
  const last = lastStayNode(m, s);
  const Y = stay.slice(0, m + 1);
  if (!distinct(Y, last))
    throw new InvalidParameterError(
      api,
      'stay',
      `pairwise distinct on the nodes whose stays matter (0..${last}: min(r, s, first absorbing node), but not node s itself); repeated stays need confluent divided differences`,
      Y.slice(0, last + 1).join(', '),
    );
  const num: bigint[] = new Array<bigint>(stay.length).fill(0n);
  // the stays that enter (nodes 0..last) equally spaced: Y_u = Y_0 + u·gap
  const gap = last >= 1 ? Y[1]! - Y[0]! : 0n;
  let equallySpaced = true;
  for (let u = 2; u <= last && equallySpaced; u++) equallySpaced = Y[u]! - Y[u - 1]! === gap;
  // col[i] = D[i][t] (or, equally spaced, Δ_gap^{t−i} Y_i^s) after column t
  const col: bigint[] = new Array<bigint>(m + 1);
  let weight = 1n; // Π_{u<t} (L − Y_u)
  let ratioNum = 1n,
    ratioDen = 1n; // equally spaced: weight/(t!·gap^t), reduced by cross-cancellation
  for (let t = 0; t <= m; t++) {
    if (t > last) {
      // t = m = s: every path makes s moves, no stay; f[x_0..x_s] = h_0 = 1
      if (t > 0) weight *= L - Y[t - 1]!;
      num[t] = weight;
      onProgress?.(t + 1, m + 1);
      break;
    }
    const yt = Y[t]!;
    col[t] = power(yt, s);
    if (equallySpaced) for (let i = t - 1; i >= 0; i--) col[i] = col[i + 1]! - col[i]!;
    else
      for (let i = t - 1; i >= 0; i--)
        col[i] = exactQuotient(col[i + 1]! - col[i]!, yt - Y[i]!, checkExact, `at D[${i}][${t}]`);
    if (t > 0) {
      weight *= L - Y[t - 1]!;
      if (equallySpaced) {
        let up = L - Y[t - 1]!,
          down = BigInt(t) * gap;
        const g0 = gcd(up, down),
          g1 = gcd(up / g0, ratioDen),
          g2 = gcd(ratioNum, down / g0);
        up /= g0 * g1;
        down /= g0 * g2;
        ratioNum = (ratioNum / g2) * up;
        ratioDen = (ratioDen / g1) * down;
      }
    }
    if (!equallySpaced) num[t] = weight * col[0]!;
    else
      num[t] =
        ratioNum *
        (ratioDen === 1n
          ? col[0]!
          : exactQuotient(col[0]!, ratioDen, checkExact, `of Δ^${t} by a divisor of ${t}!·g^${t}`));
    onProgress?.(t + 1, m + 1);
  }
  return num;
}

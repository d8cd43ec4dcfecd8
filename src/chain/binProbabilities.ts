/**
 * # Bin probabilities of the Cauchy law and P(every bin is hit), with rigorous enclosures
 *
 * Main definitions: {@link binMasses} (p_k = P(Cauchy ∈ B_k) as enclosures), {@link pBarOf} (a short
 * rational p̄ ≥ max_k p_k), {@link allBinsHitEnclosure} (an enclosure of P(all T bins hit after s
 * i.i.d. breakpoints) = Σ_{K ⊆ [T]} (−1)^{|K|} (1 − p_K)^s, p_K = Σ_{k∈K} p_k, inclusion–exclusion).
 *
 * Implementation notes: the alternating sum cancels heavily, so it is evaluated in 256-bit fixed
 * point (BigInt, {@link powFixedRaw}) with directed rounding: the lower end takes lower bounds of the even terms and upper
 * bounds of the odd ones, the upper end the reverse, and powers are taken by squaring with floor
 * (resp. ceiling) after every product. Bins k and T+1−k have equal mass (the Cauchy law is
 * symmetric), so subsets are enumerated by how many of each symmetric pair they take (0, 1 in two
 * ways, or 2): 3^{⌈T/2⌉} classes instead of 2^T (T = 20: 59,049 instead of 1,048,576).
 *
 * References: blueprint C1, C2, C3 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { Interval, cauchyMassEnclosure } from '../exact/Interval.js';
import { binBounds } from '../model/bins.js';
import { FIXED_ONE, powFixedRaw, roundOut } from '../exact/fixedPoint.js';
import { pureDeathZeroProbIE } from './BirthDeathChain.js';
import { InvalidParameterError, requireInt } from '../errors.js';

function toFixed(x: Rational, up: boolean): bigint {
  const y = x.mul(Rational.of(FIXED_ONE));
  return up ? y.ceil() : y.floor();
}

/** Enclosures of p_k = P(C ∈ B_k), k = 1..T. */
export function binMasses(T: number): Interval[] {
  requireInt('binMasses', 'T', T, 1, 10_000);
  return Array.from({ length: T }, (_, k) => {
    const { lo, hi } = binBounds(T, k + 1);
    return cauchyMassEnclosure(lo, hi, 30);
  });
}

/** A rational p̄ ≥ max_k p_k on the grid 2^−40 (rounded up). */
export function pBarOf(masses: readonly Interval[]): Rational {
  let m = Rational.ZERO;
  for (const p of masses) m = m.max(p.hi);
  const s = Rational.of(1n << 40n);
  return Rational.of(m.mul(s).ceil(), 1n << 40n);
}

/**
 * Enclosure of P(every bin hit after s draws) for the symmetric bin masses (p_k = p_{T+1−k}).
 * @throws InvalidParameterError for T > 24 or masses that are not symmetric enclosures of length T
 */
export function allBinsHitEnclosure(masses: readonly Interval[], s: number): Interval {
  const T = masses.length;
  requireInt('allBinsHitEnclosure', 'T', T, 1, 24);
  requireInt('allBinsHitEnclosure', 's', s, 0, 1_000_000);
  for (let k = 0; k < T; k++)
    if (!masses[k]!.lo.eq(masses[T - 1 - k]!.lo) || !masses[k]!.hi.eq(masses[T - 1 - k]!.hi))
      throw new InvalidParameterError(
        'allBinsHitEnclosure',
        'masses',
        'symmetric enclosures (p_k = p_{T+1−k})',
        `bin ${k + 1} differs from bin ${T - k}`,
      );
  const pairs = Math.floor(T / 2);
  const middle = T % 2 === 1;
  const pLo = masses.slice(0, pairs).map((p) => toFixed(p.lo, false));
  const pHi = masses.slice(0, pairs).map((p) => toFixed(p.hi, true));
  const mLo = middle ? toFixed(masses[pairs]!.lo, false) : 0n;
  const mHi = middle ? toFixed(masses[pairs]!.hi, true) : 0n;
  let lo = 0n;
  let hi = 0n;
  const visit = (sumLo: bigint, sumHi: bigint, size: number, mult: bigint) => {
    // term (1 − p_K)^s: smallest with p_K high, largest with p_K low
    const qLo = FIXED_ONE - sumHi < 0n ? 0n : FIXED_ONE - sumHi;
    const qHi = FIXED_ONE - sumLo;
    const tLo = powFixedRaw(qLo, s, false) * mult;
    const tHi = powFixedRaw(qHi, s, true) * mult;
    if (size % 2 === 0) {
      lo += tLo;
      hi += tHi;
    } else {
      lo -= tHi;
      hi -= tLo;
    }
  };
  const rec = (j: number, sumLo: bigint, sumHi: bigint, size: number, mult: bigint) => {
    if (j === pairs) {
      visit(sumLo, sumHi, size, mult);
      if (middle) visit(sumLo + mLo, sumHi + mHi, size + 1, mult);
      return;
    }
    for (let c = 0; c <= 2; c++) {
      rec(j + 1, sumLo + BigInt(c) * pLo[j]!, sumHi + BigInt(c) * pHi[j]!, size + c, mult * (c === 1 ? 2n : 1n));
    }
  };
  rec(0, 0n, 0n, 0, 1n);
  const loR = Rational.of(lo, FIXED_ONE);
  const hiR = Rational.of(hi, FIXED_ONE);
  return new Interval(loR.max(Rational.ZERO), hiR.min(Rational.ONE).max(loR.max(Rational.ZERO)));
}

/**
 * Enclosure of C1's P(B^bd_s = 0) = Σ_k (−1)^k C(T,k)(1 − kp)^s in 256-bit fixed point (for large s,
 * where the exact rational has ~s·log₂(den p) bits). Directed rounding as in {@link allBinsHitEnclosure}.
 */
export function pureDeathZeroProbEnclosure(T: number, p: Rational, s: number): Interval {
  requireInt('pureDeathZeroProbEnclosure', 'T', T, 1, 100_000);
  requireInt('pureDeathZeroProbEnclosure', 's', s, 0, 10_000_000);
  let lo = 0n;
  let hi = 0n;
  let binom = 1n;
  for (let k = 0; k <= T; k++) {
    if (k > 0) binom = (binom * BigInt(T - k + 1)) / BigInt(k);
    const x = Rational.ONE.sub(Rational.of(k).mul(p));
    const xl = toFixed(x.max(Rational.ZERO), false);
    const xh = toFixed(x.max(Rational.ZERO), true);
    const tLo = powFixedRaw(xl, s, false) * binom;
    const tHi = powFixedRaw(xh, s, true) * binom;
    if (k % 2 === 0) {
      lo += tLo;
      hi += tHi;
    } else {
      lo -= tHi;
      hi -= tLo;
    }
  }
  const loR = Rational.of(lo, FIXED_ONE).max(Rational.ZERO);
  return new Interval(loR, Rational.of(hi, FIXED_ONE).min(Rational.ONE).max(loR));
}

/**
 * For m independent families with T bins each after N draws: an enclosure of the exact product
 * Π_i P(B^{(i)}_N = 0) (inclusion–exclusion) and the chain bound P(B^bd_N = 0)^m (C1 with p̄), exact.
 */
export function familiesAtZero(T: number, N: number, m: number): { product: Interval; chainBound: Rational } {
  requireInt('familiesAtZero', 'm', m, 1, 10_000);
  const masses = binMasses(T);
  const one = allBinsHitEnclosure(masses, N);
  return {
    product: new Interval(roundOut(one.lo.pow(m), false), roundOut(one.hi.pow(m), true)),
    chainBound: pureDeathZeroProbIE(T, pBarOf(masses), N).pow(m),
  };
}

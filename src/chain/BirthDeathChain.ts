/**
 * # Birth–death chains on {0..T}, exactly (paper Definition 4)
 *
 * Main definitions: {@link BirthDeathChain} with rational birth λ_b, death μ_b and stay
 * 1 − λ_b − μ_b probabilities (λ_T = μ_0 = 0), validated on construction; {@link
 * BirthDeathChain.distributionAt} (the exact law after s steps, by either of two kernels, {@link
 * LawKernel}; {@link BirthDeathChain.lawPlan} says which one 'auto' runs), {@link
 * BirthDeathChain.exitProbabilityUp} (P_b(hit hi before lo)), {@link
 * BirthDeathChain.expectedExitTime} (E_b[time to hit lo or hi]); the closed forms of gambler's ruin
 * ({@link gamblersRuinUp}, {@link gamblersRuinDuration}) and the pure-death chain
 * ({@link pureDeathChain}, {@link pureDeathZeroProbIE}).
 *
 * Main statements (checked as claims): the step law is a probability vector; the recurrences agree
 * with gambler's ruin for constant λ, μ; C1 (pure death started at T:
 * P(B_s = 0) = Σ_k (−1)^k C(T,k)(1 − kp)^s).
 *
 * Implementation notes: the law is kept as integers over the common denominator L^s, with L the lcm
 * of all transition denominators; both kernels return the same integers.
 * - Stepping ('step', any chain): a step costs at most three integer multiply-adds per state (zero
 *   weights are skipped: two for a pure-death chain) and no gcd. The integers have ~t·log₂ L bits
 *   after t steps, so the whole law costs Θ(T·s²·log L) bit operations — the size of the exact
 *   answer times s. (A kernel on 32-bit limbs in doubles was measured too: no faster than V8's
 *   BigInt, whose digits are 64-bit.)
 * - Divided differences ('divided-difference', `./pureDeathLaw.ts`): when the chain, seen from the
 *   start, moves only one way — pure death (λ = 0) or pure birth (μ = 0) on the states it can occupy
 *   before the last step — it walks a path of n ≤ min(T, s) + 1 states, and P(B_s = state t of the
 *   path) = (Π of the t move probabilities)·f[x_0..x_t], f(x) = x^s at the stays x_u: one
 *   divided-difference table of ~n²/2 integer entries, Θ(n²·s·log L) bit operations instead of
 *   Θ(T·s²·log L) (the broken-bin chain μ_b = b/320, T = 200, s = 2,000: 18–25 ms against
 *   310–440 ms stepping, measured on two loaded cores; its stays are equally spaced, and its table
 *   needs no divisions at all). It needs the stays of those states pairwise distinct; otherwise
 *   (e.g. a constant death rate) 'auto' steps.
 * See `npm run bench` for both kernels against float64 stepping. The linear systems for exit
 * probabilities and times are tridiagonal and solved exactly by the Thomas algorithm in rationals.
 * Results print as the exact fraction with a decimal beside it.
 *
 * References: Definition 4 of the paper (birth–death chains); C1 (the pure-death chain).
 */
import { Rational, lcm } from '../exact/Rational.js';
import { InvalidParameterError, requireInt, show } from '../errors.js';
import { pathLawApplies, pathLawNodes, pathLawScaled } from './pureDeathLaw.js';

/** The largest T accepted. */
export const MAX_STATES = 100_000;

/**
 * The kernels of {@link BirthDeathChain.distributionScaled}: 'step' (any chain), 'divided-difference'
 * (a chain that from the start moves one way, through distinct stays) and 'auto' (the second when
 * it applies).
 */
export type LawKernel = 'auto' | 'step' | 'divided-difference';

/** The accepted {@link LawKernel} values. */
export const LAW_KERNELS: readonly LawKernel[] = ['auto', 'step', 'divided-difference'];

/** Options of {@link BirthDeathChain.distributionScaled} and {@link BirthDeathChain.distributionAt}. */
export interface LawOptions {
  /** The kernel (default 'auto'). */
  readonly kernel?: LawKernel;
  /** Progress (done, total): steps of s for 'step', every 64th; columns for 'divided-difference', every one. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What {@link BirthDeathChain.lawPlan} reports: the kernel 'auto' runs and the states it works on. */
export interface LawPlan {
  /** The kernel 'auto' picks. */
  readonly kernel: 'step' | 'divided-difference';
  /** The states the kernel works on: all T + 1 for 'step', the reachable ones for 'divided-difference'. */
  readonly nodes: number;
}

/** A birth–death chain on {0..T}. */
export class BirthDeathChain {
  /** @throws InvalidParameterError for probabilities outside [0, 1], rows not summing to ≤ 1, λ_T ≠ 0 or μ_0 ≠ 0 */
  constructor(
    readonly T: number,
    readonly lambda: readonly Rational[],
    readonly mu: readonly Rational[],
  ) {
    const api = 'BirthDeathChain';
    requireInt(api, 'T', T, 1, MAX_STATES);
    if (!Array.isArray(lambda) || lambda.length !== T + 1)
      throw new InvalidParameterError(
        api,
        'lambda',
        `an array of T + 1 = ${T + 1} Rationals`,
        Array.isArray(lambda) ? `length ${lambda.length}` : show(lambda),
      );
    if (!Array.isArray(mu) || mu.length !== T + 1)
      throw new InvalidParameterError(
        api,
        'mu',
        `an array of T + 1 = ${T + 1} Rationals`,
        Array.isArray(mu) ? `length ${mu.length}` : show(mu),
      );
    for (let b = 0; b <= T; b++) {
      const l = lambda[b],
        m = mu[b];
      if (!(l instanceof Rational) || l.sign() < 0 || l.gt(Rational.ONE))
        throw new InvalidParameterError(api, `lambda[${b}]`, 'a Rational in [0, 1]', show(l));
      if (!(m instanceof Rational) || m.sign() < 0 || m.gt(Rational.ONE))
        throw new InvalidParameterError(api, `mu[${b}]`, 'a Rational in [0, 1]', show(m));
      if (l.add(m).gt(Rational.ONE))
        throw new InvalidParameterError(
          api,
          `lambda[${b}] + mu[${b}]`,
          '≤ 1 (the stay probability 1 − λ − μ must be ≥ 0)',
          l.add(m).toString(),
        );
    }
    if (!lambda[T]!.isZero())
      throw new InvalidParameterError(api, `lambda[${T}]`, '0 (no birth from the top state T)', lambda[T]!.toString());
    if (!mu[0]!.isZero()) throw new InvalidParameterError(api, 'mu[0]', '0 (no death from state 0)', mu[0]!.toString());
  }

  /**
   * The exact law of B_s given B_0 = start, as Rationals indexed by state (see {@link
   * BirthDeathChain.distributionScaled} for the kernels and options).
   */
  distributionAt(start: number, s: number, options: LawOptions = {}): Rational[] {
    const { num, den } = this.law('BirthDeathChain.distributionAt', start, s, options);
    return num.map((v) => Rational.of(v, den));
  }

  /**
   * The law after s steps as integers over the common denominator L^s (no gcd anywhere): num[b] =
   * L^s·P(B_s = b | B_0 = start), L the lcm of all transition denominators. Two kernels give the
   * same integers: 'step' steps the integer vector s times (one BigInt multiply-add per non-zero
   * weight and state, any chain); 'divided-difference' ({@link pathLawScaled}) applies when the
   * chain, seen from `start`, can only move one way — it is pure-death or pure-birth on the states
   * it can reach in s steps — and the stays of those states are pairwise distinct. 'auto' (the
   * default) takes the second whenever it applies ({@link BirthDeathChain.lawPlan}).
   * `options.onProgress(done, total)`, if given, reports progress: after every 64th step (of s) for
   * 'step', after every column (of {@link LawPlan.nodes}; column t costs ~t operations) for
   * 'divided-difference'.
   * @throws InvalidParameterError for a bad start, s or options, or kernel 'divided-difference' on a
   * chain and start where it does not apply
   */
  distributionScaled(start: number, s: number, options: LawOptions = {}): { num: bigint[]; den: bigint } {
    return this.law('BirthDeathChain.distributionScaled', start, s, options);
  }

  /**
   * The kernel 'auto' runs for this start and s, and how many states it works on: 'divided-
   * difference' with the number of states the chain can reach (at most s + 1) when it applies (see
   * {@link BirthDeathChain.distributionScaled}), else 'step' with all T + 1 states.
   * @throws InvalidParameterError for a bad start or s
   */
  lawPlan(start: number, s: number): LawPlan {
    this.checkLawArgs('BirthDeathChain.lawPlan', start, s);
    const rates = this.scaledRates();
    const path = this.monotonePath(rates, start, s);
    return path && pathLawApplies(rates.L, path.stay, s)
      ? { kernel: 'divided-difference', nodes: pathLawNodes(rates.L, path.stay, s) }
      : { kernel: 'step', nodes: this.T + 1 };
  }

  private checkLawArgs(api: string, start: number, s: number): void {
    requireInt(api, 'start', start, 0, this.T);
    requireInt(api, 's', s, 0, 10_000_000);
  }

  /** L (the lcm of all transition denominators) and L·λ_b, L·μ_b as integers. */
  private scaledRates(): { L: bigint; lam: bigint[]; mu: bigint[] } {
    let L = 1n;
    for (let b = 0; b <= this.T; b++) L = lcm(lcm(L, this.lambda[b]!.den), this.mu[b]!.den);
    return { L, lam: this.lambda.map((x) => x.num * (L / x.den)), mu: this.mu.map((x) => x.num * (L / x.den)) };
  }

  /**
   * The states start, start ± 1, … the chain can visit in s steps when it can only move one way
   * from start (no move back from any state it can occupy before the last step), with L·stay of
   * each; the walk ends at the first state with no move forward, or after s moves. Undefined when
   * the chain can move both ways.
   */
  private monotonePath(
    rates: { L: bigint; lam: bigint[]; mu: bigint[] },
    start: number,
    s: number,
  ): { states: number[]; stay: bigint[] } | undefined {
    const { L, lam, mu } = rates;
    const dir = lam[start]! !== 0n ? 1 : -1;
    const states: number[] = [],
      stay: bigint[] = [];
    for (let b = start, t = 0; ; b += dir, t++) {
      const fwd = dir > 0 ? lam[b]! : mu[b]!,
        back = dir > 0 ? mu[b]! : lam[b]!;
      if (t < s && back !== 0n) return undefined;
      states.push(b);
      stay.push(L - fwd - back);
      if (t === s || fwd === 0n) return { states, stay };
    }
  }

  private law(api: string, start: number, s: number, options: LawOptions): { num: bigint[]; den: bigint } {
    this.checkLawArgs(api, start, s);
    if (options === null || typeof options !== 'object')
      throw new InvalidParameterError(api, 'options', 'an object { kernel?, onProgress? }', show(options));
    const { kernel = 'auto', onProgress } = options;
    if (!LAW_KERNELS.includes(kernel))
      throw new InvalidParameterError(
        api,
        'kernel',
        `one of ${LAW_KERNELS.map((k) => `'${k}'`).join(', ')}`,
        show(kernel),
      );
    if (onProgress !== undefined && typeof onProgress !== 'function')
      throw new InvalidParameterError(api, 'onProgress', 'a function or undefined', show(onProgress));
    const rates = this.scaledRates();
    const den = rates.L ** BigInt(s);
    if (kernel !== 'step') {
      const path = this.monotonePath(rates, start, s);
      if (path && pathLawApplies(rates.L, path.stay, s)) {
        const pathNum = pathLawScaled(rates.L, path.stay, s, onProgress ? { onProgress } : {});
        const num: bigint[] = new Array<bigint>(this.T + 1).fill(0n);
        path.states.forEach((b, t) => (num[b] = pathNum[t]!));
        return { num, den };
      }
      if (kernel === 'divided-difference')
        throw new InvalidParameterError(
          api,
          'kernel',
          `'step' or 'auto' for this chain and start: 'divided-difference' needs a chain that from start ${start} moves only one way within ${s} steps, through states with pairwise distinct stay probabilities`,
          `'divided-difference' (${path ? 'repeated stay probabilities' : 'the chain can move both ways'})`,
        );
    }
    return { num: this.stepLaw(rates, start, s, onProgress), den };
  }

  /** The stepping kernel: v ← v·P, s times, on integers over L^s. */
  private stepLaw(
    rates: { L: bigint; lam: bigint[]; mu: bigint[] },
    start: number,
    s: number,
    onProgress?: (done: number, total: number) => void,
  ): bigint[] {
    const T = this.T;
    const { L, lam, mu } = rates;
    const stay = lam.map((l, b) => L - l - mu[b]!);
    let v: bigint[] = new Array(T + 1).fill(0n);
    v[start] = 1n;
    for (let step = 0; step < s; step++) {
      const w: bigint[] = new Array(T + 1);
      for (let b = 0; b <= T; b++) {
        let x = v[b]! * stay[b]!;
        if (b > 0 && lam[b - 1]! !== 0n) x += v[b - 1]! * lam[b - 1]!;
        if (b < T && mu[b + 1]! !== 0n) x += v[b + 1]! * mu[b + 1]!;
        w[b] = x;
      }
      v = w;
      if (onProgress && (step + 1) % 64 === 0) onProgress(step + 1, s);
    }
    return v;
  }

  /**
   * P_b(hit hi before lo) for lo < b < hi, from the exact recurrence
   * h_b = λ_b h_{b+1} + μ_b h_{b−1} + (1 − λ_b − μ_b) h_b, h_lo = 0, h_hi = 1.
   * @throws InvalidParameterError when some λ_j or μ_j (lo < j < hi) is 0
   */
  exitProbabilityUp(b: number, lo: number, hi: number): Rational {
    this.checkInterval('exitProbabilityUp', b, lo, hi);
    // (λ+μ) h_j − λ h_{j+1} − μ h_{j−1} = 0
    const sol = this.solveTridiagonal(lo, hi, () => Rational.ZERO, Rational.ZERO, Rational.ONE);
    return sol[b - lo]!;
  }

  /** E_b[steps until the chain hits lo or hi], for lo < b < hi (exact). */
  expectedExitTime(b: number, lo: number, hi: number): Rational {
    this.checkInterval('expectedExitTime', b, lo, hi);
    const sol = this.solveTridiagonal(lo, hi, () => Rational.ONE, Rational.ZERO, Rational.ZERO);
    return sol[b - lo]!;
  }

  private checkInterval(api: string, b: number, lo: number, hi: number): void {
    requireInt(`BirthDeathChain.${api}`, 'lo', lo, 0, this.T);
    requireInt(`BirthDeathChain.${api}`, 'hi', hi, lo + 2, this.T);
    requireInt(`BirthDeathChain.${api}`, 'b', b, lo + 1, hi - 1);
    for (let j = lo + 1; j < hi; j++)
      if (this.lambda[j]!.isZero() || this.mu[j]!.isZero())
        throw new InvalidParameterError(
          `BirthDeathChain.${api}`,
          `lambda[${j}], mu[${j}]`,
          `both > 0 for ${lo} < j < ${hi}`,
          `${this.lambda[j]}, ${this.mu[j]}`,
        );
  }

  /** Solve (λ_j+μ_j) x_j − λ_j x_{j+1} − μ_j x_{j−1} = rhs(j) for lo < j < hi, x_lo, x_hi given. */
  private solveTridiagonal(
    lo: number,
    hi: number,
    rhs: (j: number) => Rational,
    xLo: Rational,
    xHi: Rational,
  ): Rational[] {
    const n = hi - lo - 1;
    const a: Rational[] = [],
      bb: Rational[] = [],
      c: Rational[] = [],
      d: Rational[] = [];
    for (let t = 0; t < n; t++) {
      const j = lo + 1 + t;
      const l = this.lambda[j]!,
        m = this.mu[j]!;
      a.push(m.neg());
      bb.push(l.add(m));
      c.push(l.neg());
      let r = rhs(j);
      if (t === 0) r = r.add(m.mul(xLo));
      if (t === n - 1) r = r.add(l.mul(xHi));
      d.push(r);
    }
    // Thomas algorithm
    const cp: Rational[] = new Array(n);
    const dp: Rational[] = new Array(n);
    for (let t = 0; t < n; t++) {
      const denom = t === 0 ? bb[0]! : bb[t]!.sub(a[t]!.mul(cp[t - 1]!));
      cp[t] = c[t]!.div(denom);
      dp[t] = (t === 0 ? d[0]! : d[t]!.sub(a[t]!.mul(dp[t - 1]!))).div(denom);
    }
    const x: Rational[] = new Array(n);
    for (let t = n - 1; t >= 0; t--) x[t] = t === n - 1 ? dp[t]! : dp[t]!.sub(cp[t]!.mul(x[t + 1]!));
    return [xLo, ...x, xHi];
  }
}

/** The chain with constant λ, μ on the interior, λ_T = μ_0 = 0. */
export function constantChain(T: number, lambda: Rational, mu: Rational): BirthDeathChain {
  return new BirthDeathChain(
    T,
    Array.from({ length: T + 1 }, (_, b) => (b === T ? Rational.ZERO : lambda)),
    Array.from({ length: T + 1 }, (_, b) => (b === 0 ? Rational.ZERO : mu)),
  );
}

/** Gambler's ruin: P_b(hit hi before lo) with constant λ, μ > 0: (1 − ρ^{b−lo})/(1 − ρ^{hi−lo}), ρ = μ/λ (linear when ρ = 1). */
export function gamblersRuinUp(lambda: Rational, mu: Rational, b: number, lo: number, hi: number): Rational {
  const k = b - lo,
    n = hi - lo;
  const rho = mu.div(lambda);
  if (rho.eq(Rational.ONE)) return Rational.of(k, n);
  return Rational.ONE.sub(rho.pow(k)).div(Rational.ONE.sub(rho.pow(n)));
}

/** Gambler's ruin expected duration (lazy chain): E_jumps/(λ+μ), E_jumps = k/(q−p) − n/(q−p)·(1−(q/p)^k)/(1−(q/p)^n) or k(n−k) when p = q. */
export function gamblersRuinDuration(lambda: Rational, mu: Rational, b: number, lo: number, hi: number): Rational {
  const k = b - lo,
    n = hi - lo;
  const tot = lambda.add(mu);
  const p = lambda.div(tot),
    qq = mu.div(tot);
  let jumps: Rational;
  if (p.eq(qq)) jumps = Rational.of(k * (n - k));
  else {
    const r = qq.div(p);
    const diff = qq.sub(p);
    jumps = Rational.of(k)
      .div(diff)
      .sub(
        Rational.of(n)
          .div(diff)
          .mul(Rational.ONE.sub(r.pow(k)).div(Rational.ONE.sub(r.pow(n)))),
      );
  }
  return jumps.div(tot);
}

/** The pure-death chain μ_b = b·p, λ ≡ 0 (requires T·p ≤ 1). */
export function pureDeathChain(T: number, p: Rational): BirthDeathChain {
  return new BirthDeathChain(
    T,
    Array.from({ length: T + 1 }, () => Rational.ZERO),
    Array.from({ length: T + 1 }, (_, b) => Rational.of(b).mul(p)),
  );
}

/** C(n, k) as a bigint. */
export function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

/**
 * C1's closed form: Σ_{k=0}^{T} (−1)^k C(T, k)(1 − kp)^s, exactly. With p = a/q it is the integer
 * Σ_k (−1)^k C(T, k)(q − k·a)^s over q^s: one BigInt power per term (the binomials by the exact
 * recurrence C(T, k) = C(T, k−1)(T−k+1)/k) and a single reduction at the end, instead of a reduced
 * rational sum per term. Terms with k·p > 1 enter with their sign, as in the formula.
 * @throws InvalidParameterError for T < 1, s < 0 or p ∉ [0, 1]
 */
export function pureDeathZeroProbIE(T: number, p: Rational, s: number): Rational {
  requireInt('pureDeathZeroProbIE', 'T', T, 1, MAX_STATES);
  requireInt('pureDeathZeroProbIE', 's', s, 0, 10_000_000);
  if (!(p instanceof Rational) || p.sign() < 0 || p.gt(Rational.ONE))
    throw new InvalidParameterError('pureDeathZeroProbIE', 'p', 'a Rational in [0, 1]', show(p));
  const a = p.num,
    qd = p.den;
  const e = BigInt(s);
  let acc = 0n;
  let binom = 1n;
  for (let k = 0; k <= T; k++) {
    if (k > 0) binom = (binom * BigInt(T - k + 1)) / BigInt(k);
    const term = binom * (qd - BigInt(k) * a) ** e;
    acc = k % 2 === 0 ? acc + term : acc - term;
  }
  return Rational.of(acc, qd ** e);
}

/** The (false) independent-clocks formula (1 − (1 − p)^s)^T of C1's negative control. */
export function independentClocksZeroProb(T: number, p: Rational, s: number): Rational {
  return Rational.ONE.sub(Rational.ONE.sub(p).pow(s)).pow(T);
}

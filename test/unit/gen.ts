/**
 * # Small generators for the unit tests (independent of `src/arbitraries`)
 *
 * Small-denominator rationals and networks, so that exact oracles (brute force, naive enumeration)
 * stay cheap and coinciding breakpoints, zero weights and parallel hyperplanes occur often.
 */
import { fc } from '../propTest.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { InvalidParameterError } from '../../src/errors.js';

/** n/den with |n/den| ≤ max, den ∈ {1..maxDen}. */
export const smallRat = (max = 2, maxDen = 6): fc.Arbitrary<Rational> =>
  fc
    .integer({ min: 1, max: maxDen })
    .chain((den) => fc.integer({ min: -max * den, max: max * den }).map((n) => q(n, den)));

/** A network of dimension d with 0..maxN neurons and small rational weights (zeros frequent). */
export const smallNetwork = (d: number, maxN = 4, minN = 0): fc.Arbitrary<Network> =>
  fc
    .array(
      fc.record({
        alpha: fc.oneof({ weight: 5, arbitrary: smallRat() }, { weight: 1, arbitrary: fc.constant(Rational.ZERO) }),
        w: fc.array(
          fc.oneof({ weight: 4, arbitrary: smallRat() }, { weight: 1, arbitrary: fc.constant(Rational.ZERO) }),
          { minLength: d, maxLength: d },
        ),
      }),
      { minLength: minN, maxLength: maxN },
    )
    .map((ns) => new Network(d, ns));

/** gcd(|a|, |b|) by plain Euclid (an independent reference for the exact layer's gcd). */
export function gcdRef(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Every k-subset of {0..n−1}, in lexicographic order (an independent enumerator). */
export function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (k > n) return [];
  return [...subsets(n - 1, k - 1).map((s) => [...s, n - 1]), ...subsets(n - 1, k)].sort((a, b) => {
    for (let i = 0; i < k; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
}

/** How `f` fails: "InvalidParameterError:<parameter>", another error's class name, or "no error". */
export const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof InvalidParameterError ? `InvalidParameterError:${e.parameter}` : (e as Error).constructor.name;
  }
  return 'no error';
};

/** Solve A·x = b over the rationals by Gaussian elimination with row swaps; undefined if singular. */
export function gaussSolve(A: Rational[][], b: Rational[]): Rational[] | undefined {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    const p = M.findIndex((row, r) => r >= c && !row[c]!.isZero());
    if (p < 0) return undefined;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    M[c] = M[c]!.map((v) => v.div(piv));
    for (let r = 0; r < n; r++) {
      if (r === c || M[r]![c]!.isZero()) continue;
      const f = M[r]![c]!;
      M[r] = M[r]!.map((v, k) => v.sub(f.mul(M[c]![k]!)));
    }
  }
  return M.map((row) => row[n]!);
}

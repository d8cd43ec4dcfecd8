/**
 * # Generator of networks with a broken bin around the target's breakpoint
 *
 * Main definitions: {@link randomBrokenBinArb} — a target on a family, T ∈ 1..10, the bin k ∋ t*,
 * ε = s·κ·dist/4 with s ∈ [1/64, 63/64] (so Lemma 1's margin holds), and a random network from which
 * every neuron hitting B_k is dropped — plus neurons with breakpoints exactly on the neighbouring
 * bins' far edges (they hit those bins only: the closed-bin edge case).
 *
 * {@link marginlessBrokenBinArb} — Lemma 1's inputs without its margin (d = 2): the target's own
 * neuron with its breakpoint moved just past the nearer end of the bin, or a random broken network,
 * with ε ∈ [1/64, 63/64] (the negative control E9 without margin).
 *
 * References: Lemma 1 of the paper.
 */
import fc from 'fast-check';
import { targetOnFamilyArb } from './targetArb.js';
import { networkArb } from './networkArb.js';
import { rationalArb } from './rationalArb.js';
import { Network } from '../model/Network.js';
import { binBounds, binsHitBy } from '../model/bins.js';
import { neuronWithBreakpoint } from '../model/neuronWithBreakpoint.js';
import { distanceToBinEnds, dropHitting, type BrokenBinInput } from '../model/brokenBinNetwork.js';
import { Rational, q } from '../exact/Rational.js';

/** Random broken networks: every neuron hitting B_k dropped, plus neurons on the neighbouring bins' far edges. */
export function randomBrokenBinArb(): fc.Arbitrary<BrokenBinInput> {
  return fc
    .tuple(targetOnFamilyArb({ maxD: 4 }), fc.integer({ min: 1, max: 10 }))
    .chain(([{ f, i, tStar, kappa }, T]) => {
      const k = binsHitBy(tStar, T)[0]!;
      const dist = distanceToBinEnds(tStar, T, k);
      const coef = rationalArb({ min: q(-2), max: q(2), maxDen: 8 }).filter((x) => !x.isZero());
      return fc
        .record({
          g: networkArb({ d: f.d, maxN: 6 }),
          s: rationalArb({ min: q(1, 64), max: q(63, 64), maxDen: 64 }),
          edge: fc.array(fc.tuple(coef, coef, fc.boolean()), { maxLength: 2 }),
        })
        .map(({ g, s, edge }) => {
          // neurons with breakpoints exactly on the neighbouring bins' far edges (they hit those bins only)
          const extra = edge.flatMap(([alpha, a, left]) => {
            const kk = left ? k - 1 : k + 1;
            if (kk < 1 || kk > T) return [];
            const { lo, hi } = binBounds(T, kk);
            return [neuronWithBreakpoint(f.d, i, alpha, a, left ? lo : hi)];
          });
          return {
            f,
            i,
            T,
            k,
            eps: s.mul(kappa).mul(dist).div(q(4)),
            g: dropHitting(new Network(f.d, [...g.neurons, ...extra]), i, T, k),
          };
        });
    })
    .filter((x) => x.eps.sign() > 0 && x.eps.lt(Rational.ONE));
}

/** Lemma 1's inputs without the margin hypothesis (d = 2; see the header). */
export function marginlessBrokenBinArb(): fc.Arbitrary<BrokenBinInput> {
  return fc
    .tuple(targetOnFamilyArb({ minD: 2, maxD: 2 }), fc.integer({ min: 1, max: 10 }))
    .chain(([{ f, i, tStar }, T]) => {
      const k = binsHitBy(tStar, T)[0]!;
      const { lo, hi } = binBounds(T, k);
      const eps = rationalArb({ min: q(1, 64), max: q(63, 64), maxDen: 64 });
      const shifted = fc.tuple(rationalArb({ min: q(1, 256), max: q(1, 4), maxDen: 256 }), eps).map(([gap, e]) => {
        // move the breakpoint past the nearer end: t' = end ± gap, via w_{2i} ← −a·t'
        const near = tStar.sub(lo).le(hi.sub(tStar)) ? lo.sub(gap) : hi.add(gap);
        const a = f.w[2 * i - 2]!;
        const w = [...f.w];
        w[2 * i - 1] = a.neg().mul(near);
        return { f, i, T, k, eps: e, g: new Network(2, [{ alpha: Rational.ONE, w }]) };
      });
      const random = fc
        .tuple(networkArb({ d: 2, maxN: 4 }), eps)
        .map(([g, e]) => ({ f, i, T, k, eps: e, g: dropHitting(g, i, T, k) }));
      return fc.oneof(random, shifted);
    });
}

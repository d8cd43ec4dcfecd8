/**
 * # Lemma 1's hypothesis (apart from the margin)
 *
 * Main definitions: {@link brokenBinHypothesis} — B_k is broken for g in family i, contains t*, the
 * target has a kink in family i, and ε ∈ (0, 1). The margin (distance > c·ε/κ from both ends of
 * B_k) is part of the claim's relations, so tightness probes can move its constant.
 *
 * References: Lemma 1 of the paper.
 */
import { brokenBins, binsHitBy } from '../../model/bins.js';
import { breakpoint } from '../../model/family.js';
import type { BrokenBinInput } from '../../model/brokenBinNetwork.js';
import { Rational } from '../../exact/Rational.js';

/** Lemma 1's hypothesis apart from the margin: B_k is broken for g in family i, contains t*, and ε ∈ (0, 1). */
export function brokenBinHypothesis({ f, i, T, k, eps, g }: BrokenBinInput): boolean {
  const a = f.w[2 * i - 2]!;
  if (a.isZero() || eps.sign() <= 0 || eps.ge(Rational.ONE)) return false;
  const tStar = f.w[2 * i - 1]!.neg().div(a);
  return (
    brokenBins(
      g.neurons.map((n) => breakpoint(n.w, i)),
      T,
    )[k - 1]! && binsHitBy(tStar, T).includes(k)
  );
}

/**
 * Benchmarks of the later kernels: the exact small-instance decision, the throughput of exact
 * necessary-condition checks over seeded networks, the exact chain law, rigorous inclusion–exclusion
 * and the exact covering radius — each beside a float64 version of the same kernel, same run.
 */
import { randomNetwork, randomRawNetwork } from '../src/model/randomNetwork.js';
import { minNeuronPruningError } from '../src/model/exactDecision.js';
import { cubeCandidatePoints, integerForm } from '../src/model/cubeSup.js';
import { firstHitIndex, rawWindow } from '../src/model/rawHits.js';
import { TargetNeuron } from '../src/model/Network.js';
import { BirthDeathChain, constantChain, pureDeathChain, pureDeathZeroProbIE } from '../src/chain/BirthDeathChain.js';
import { binMasses, allBinsHitEnclosure } from '../src/chain/binProbabilities.js';
import { coveringRadius, sortedSubsetSums } from '../src/subsetSum/subsetSums.js';
import { SeededRng } from '../src/random/SeededRng.js';
import { Rational, q } from '../src/exact/Rational.js';
import { relu, dot } from '../src/model/relu.js';
import fc from 'fast-check';
import { boundaryTagsOf } from '../src/arbitraries/boundaryTags.js';
import { windowArb } from '../src/arbitraries/targetArb.js';
import { networkArb } from '../src/arbitraries/networkArb.js';

/** A bench row. */
export interface ExtraRow {
  name: string;
  exactMs: number;
  baselineMs: number;
  baseline: string;
  targetMs?: number;
  ratioTarget?: number;
}

type Measure = (name: string, fn: () => unknown, time?: number, iterations?: number) => Promise<number>;

/** float64 min over S of max_v |F_v − Σ_S M_vj| (no error bound, no verification). */
function floatDecision(F: Float64Array, MT: Float64Array[]): number {
  const N = MT.length,
    V = F.length;
  const diff = Float64Array.from(F);
  let best = Infinity;
  let mask = 0;
  for (let step = 0; step < 2 ** N; step++) {
    if (step > 0) {
      const j = 31 - Math.clz32(step & -step);
      const col = MT[j]!;
      if (mask & (1 << j)) for (let v = 0; v < V; v++) diff[v] = diff[v]! + col[v]!;
      else for (let v = 0; v < V; v++) diff[v] = diff[v]! - col[v]!;
      mask ^= 1 << j;
    }
    let m = 0;
    for (let v = 0; v < V && m < best; v++) m = Math.max(m, Math.abs(diff[v]!));
    if (m < best) best = m;
  }
  return best;
}

/** Extra benches. */
export async function extraBenches(measure: Measure): Promise<ExtraRow[]> {
  const rows: ExtraRow[] = [];
  // exact decision, d = 2, N = 20
  const f = new TargetNeuron([q(3, 5), q(-4, 5)]);
  const g = randomNetwork('bench-dec', 20, 2);
  const pts = cubeCandidatePoints(2, integerForm(f.asNetwork().plus(g)).W).map((p) =>
    p.P.map((v) => Rational.of(v, p.D)),
  );
  const F = Float64Array.from(pts.map((x) => f.eval(x).toNumber()));
  const MT = g.neurons.map((n) => Float64Array.from(pts.map((x) => n.alpha.mul(relu(dot(n.w, x))).toNumber())));
  rows.push({
    name: 'exact decision min_S sup_X |f − g_S|, d = 2, N = 20 (2^20 subsets)',
    exactMs: await measure('decision', () => minNeuronPruningError(f, g), 2000, 3),
    baselineMs: await measure('float decision', () => floatDecision(F, MT), 2000, 3),
    baseline: 'float64 Gray-code enumeration (unverified)',
    targetMs: 3000,
  });
  // throughput: 10^5 networks, N = 100, d = 8, all four family windows checked exactly
  const wins = [1, 2, 3, 4].map(() => rawWindow(q(1, 3), q(1, 16)));
  const tf = 1 / 3,
    rf = 1 / 16;
  const count = 100_000;
  const exactPass = () => {
    let all = 0;
    for (let t = 0; t < count; t++) {
      const raw = randomRawNetwork(`tp:${t}`, 100, 8);
      let ok = true;
      for (let i = 1; i <= 4 && ok; i++) ok = firstHitIndex(raw, i, wins[i - 1]!) >= 0;
      if (ok) all++;
    }
    return all;
  };
  const floatPass = () => {
    let all = 0;
    for (let t = 0; t < count; t++) {
      const raw = randomRawNetwork(`tp:${t}`, 100, 8);
      let ok = true;
      for (let i = 1; i <= 4 && ok; i++) {
        let hit = false;
        for (let j = 0; j < 100 && !hit; j++) {
          const a = raw.w[j * 8 + 2 * i - 2]!,
            b = raw.w[j * 8 + 2 * i - 1]!;
          hit = a !== 0 && Math.abs(b + a * tf) <= rf * Math.abs(a);
        }
        ok = hit;
      }
      if (ok) all++;
    }
    return all;
  };
  rows.push({
    name: '10^5 seeded networks, N = 100, d = 8: sampling + exact window checks in 4 families',
    exactMs: await measure('throughput exact', exactPass, 1, 1),
    baselineMs: await measure('throughput float', floatPass, 1, 1),
    baseline: 'same sampling, float64 checks',
    targetMs: 1500,
  });
  // chain law T = 200, s = 2000 (L = 320 in all three rows). The paper's chain μ_b = b·p goes by
  // divided differences ('auto'; its stays are equally spaced, so the table has no divisions); a
  // chain that moves both ways can only be stepped; a pure-death chain with unequally spaced stays
  // takes the divided-difference table with its divisions. Each beside float64 stepping.
  const chain = pureDeathChain(200, q(1, 320));
  const floatChain = () => {
    let v = new Float64Array(201);
    v[200] = 1;
    for (let s = 0; s < 2000; s++) {
      const w = new Float64Array(201);
      for (let b = 0; b <= 200; b++) {
        w[b] = w[b]! + v[b]! * (1 - b / 320);
        if (b > 0) w[b - 1] = w[b - 1]! + v[b]! * (b / 320);
      }
      v = w;
    }
    return v[0];
  };
  rows.push({
    name: "exact law of the paper's pure-death chain μ_b = b/320, T = 200, s = 2,000 (auto: divided differences)",
    exactMs: await measure('chain exact', () => chain.distributionScaled(200, 2000), 1000, 10),
    baselineMs: await measure('chain float', floatChain, 1000, 10),
    baseline: 'float64 stepping',
    targetMs: 50,
    ratioTarget: 8,
  });
  const f64 = (xs: readonly Rational[]) => Float64Array.from(xs, (x) => x.toNumber());
  const floatSteps = (lam: Float64Array, mu: Float64Array, start: number, steps: number) => {
    const n = lam.length;
    let v = new Float64Array(n);
    v[start] = 1;
    for (let k = 0; k < steps; k++) {
      const w = new Float64Array(n);
      for (let b = 0; b < n; b++) {
        const x = v[b]!;
        w[b] = w[b]! + x * (1 - lam[b]! - mu[b]!);
        if (b + 1 < n) w[b + 1] = w[b + 1]! + x * lam[b]!;
        if (b > 0) w[b - 1] = w[b - 1]! + x * mu[b]!;
      }
      v = w;
    }
    return v;
  };
  const both = constantChain(200, q(1, 64), q(1, 80));
  const bothLam = f64(both.lambda),
    bothMu = f64(both.mu);
  rows.push({
    name: 'exact law of a chain moving both ways, λ = 1/64, μ = 1/80, T = 200, start 100, s = 2,000 (stepping)',
    exactMs: await measure('chain step exact', () => both.distributionScaled(100, 2000), 2000, 3),
    baselineMs: await measure('chain step float', () => floatSteps(bothLam, bothMu, 100, 2000), 1000, 10),
    baseline: 'float64 stepping',
  });
  const uneven = new BirthDeathChain(
    200,
    Array.from({ length: 201 }, () => Rational.ZERO),
    Array.from({ length: 201 }, (_, b) => q(b + Math.floor((b * b) / 400), 320)),
  );
  const unevenLam = f64(uneven.lambda),
    unevenMu = f64(uneven.mu);
  rows.push({
    name: 'exact law of a pure-death chain with unequally spaced stays, μ_b = (b + ⌊b²/400⌋)/320, T = 200, s = 2,000 (divided differences with divisions)',
    exactMs: await measure('chain dd exact', () => uneven.distributionScaled(200, 2000), 1000, 5),
    baselineMs: await measure('chain dd float', () => floatSteps(unevenLam, unevenMu, 200, 2000), 1000, 10),
    baseline: 'float64 stepping',
  });
  // C1's inclusion–exclusion sum, exact (one integer sum over q^s) against the float64 sum
  const floatC1 = () => {
    let acc = 0,
      binom = 1;
    for (let k = 0; k <= 200; k++) {
      if (k > 0) binom = (binom * (200 - k + 1)) / k;
      acc += (k % 2 ? -1 : 1) * binom * (1 - k / 320) ** 2000;
    }
    return acc;
  };
  rows.push({
    name: "C1's sum Σ_k (−1)^k C(T,k)(1 − kp)^s exactly, T = 200, p = 1/320, s = 2,000",
    exactMs: await measure('C1 exact', () => pureDeathZeroProbIE(200, q(1, 320), 2000), 1500, 3),
    baselineMs: await measure('C1 float', floatC1, 500, 10),
    baseline: 'float64 sum (meaningless: cancellation)',
  });
  // rigorous inclusion–exclusion, T = 20
  const masses = binMasses(20);
  const mf = masses.map((p) => p.lo.toNumber());
  const floatIE = () => {
    let s = 0;
    for (let K = 0; K < 1 << 20; K++) {
      let pk = 0,
        size = 0;
      for (let k = 0; k < 20; k++) if ((K >> k) & 1) (pk += mf[k]!), size++;
      s += (size % 2 ? -1 : 1) * (1 - pk) ** 300;
    }
    return s;
  };
  rows.push({
    name: 'P(all T = 20 bins hit after s = 300), inclusion–exclusion with rigorous enclosures',
    exactMs: await measure('IE rigorous', () => allBinsHitEnclosure(masses, 300), 2000, 3),
    baselineMs: await measure('IE float', floatIE, 1000, 2),
    baseline: 'float64 over all 2^20 subsets (no enclosure)',
  });
  // covering radius n = 24
  const rng = new SeededRng('bench-cover');
  const xs = Array.from({ length: 24 }, () => Rational.fromDouble(2 * rng.uniform() - 1));
  const xf = xs.map((x) => x.toNumber());
  const floatCover = () => {
    const all = sortedSubsetSums(xf);
    let best = 0;
    for (let k = 0; k + 1 < all.length; k++) {
      const m = (all[k]! + all[k + 1]!) / 2;
      if (m >= -0.5 && m <= 0.5) best = Math.max(best, (all[k + 1]! - all[k]!) / 2);
    }
    return best;
  };
  rows.push({
    name: 'exact covering radius of [−1/2, 1/2] by subset sums, n = 24',
    exactMs: await measure('cover exact', () => coveringRadius(xs), 1, 2),
    baselineMs: await measure('cover float', floatCover, 1, 2),
    baseline: 'float64 sorted sums by merging (unverified)',
    targetMs: 3000,
  });
  // boundary tags: what the runner pays per case to count the structures it hit, beside the cheapest
  // exact check of that case (one evaluation of its network at one point)
  const tagCases = fc.sample(
    windowArb({ maxD: 4 }).chain((w) => networkArb({ d: w.f.d, maxN: 6, near: w }).map((g) => ({ ...w, g }))),
    { numRuns: 500, seed: 1 },
  );
  const onePoint = tagCases.map((c) => Array.from({ length: c.f.d }, (_, k) => (k % 2 ? q(1) : c.tStar)));
  rows.push({
    name: 'boundaryTagsOf over 500 window + network cases',
    exactMs: await measure('tags', () => tagCases.reduce((n, c) => n + boundaryTagsOf(c).length, 0)),
    baselineMs: await measure('one g(x) per case', () =>
      tagCases.reduce((n, c, k) => n + c.g.eval(onePoint[k]!).sign(), 0),
    ),
    baseline: 'one exact g(x) per case',
    ratioTarget: 2,
  });
  return rows;
}

/**
 * # Bench: the exact neuron-pruning decision at d = 2, N = 40 (issue 12, item 4)
 *
 * Instances: target σ(⟨(3/5, −4/5), x⟩), ε ∈ {1/4, 1/8, 1/16}, seeded Gaussian networks kept only
 * when the necessary condition holds (a breakpoint in the E7 window of family 1, the only family at
 * d = 2), so the window certificate cannot answer and a real search is needed; the answers are a
 * mix of APPROX and NO. Measured, one run per instance (distinct instances, not repetitions):
 * - `decideSubsetBnB` at N = 40 — median over the instances, target ≤ 10 s;
 * - baselines in the same run: brute force over all 2^20 subsets at N = 20 (`minNeuronPruningError`,
 *   the previous decision), branch and bound at N = 20 on the same instances, and Z3 on the same
 *   0/1 problem at N = 20 (`decideSubsetZ3`; Z3 is 10–100× slower and times out at N = 40).
 * Every answer is cross-checked (brute force = BnB = Z3 at N = 20); a disagreement aborts the bench.
 *
 * Run alone with `npx tsx bench/smt.ts`; `npm run bench` runs it in a child process (`--json`), so
 * that an abort inside Z3's WebAssembly (seen once under memory pressure) costs these rows only,
 * not the table of the others.
 */
import { decideSubsetBnB } from '../src/model/exactDecisionBnB.js';
import { minNeuronPruningError } from '../src/model/exactDecision.js';
import { decideSubsetZ3 } from '../src/smt/subsetDecisionZ3.js';
import { shutdownZ3 } from '../src/smt/z3Context.js';
import { randomNetwork } from '../src/model/randomNetwork.js';
import { TargetNeuron, type Network } from '../src/model/Network.js';
import { targetBreakpoint, windowHit, windowRadius } from '../src/model/window.js';
import { q, type Rational } from '../src/exact/Rational.js';
import type { ExtraRow } from './extra.js';

const TARGET = new TargetNeuron([q(3, 5), q(-4, 5)]);
const EPS = [q(1, 4), q(1, 8), q(1, 16)];

/** The first `count` seeded networks of N neurons whose family-1 window at ε holds a breakpoint. */
export function hardInstances(N: number, eps: Rational, count: number): { seed: string; g: Network }[] {
  const { tStar, kappa } = targetBreakpoint(TARGET, 1);
  const r = windowRadius(eps, kappa);
  const out: { seed: string; g: Network }[] = [];
  for (let s = 0; out.length < count; s++) {
    const seed = `bench-smt:${N}:${eps}:${s}`;
    const g = randomNetwork(seed, N, 2);
    if (windowHit(g, 1, tStar!, r)) out.push({ seed, g });
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

/** The decision benches (rows for `bench/index.ts`). */
export async function smtBenches(perEps = 5): Promise<ExtraRow[]> {
  // N = 40: branch and bound
  const t40: number[] = [];
  let yes40 = 0;
  const nodes40: number[] = [];
  for (const eps of EPS)
    for (const { g } of hardInstances(40, eps, perEps)) {
      const [d, ms] = timed(() => decideSubsetBnB(TARGET, g, eps));
      t40.push(ms);
      nodes40.push(d.nodes);
      if (d.S) yes40++;
    }
  // N = 20: brute force, branch and bound and Z3 on the same instances, cross-checked
  const tBrute: number[] = [];
  const tBnB20: number[] = [];
  const tZ3: number[] = [];
  let yes20 = 0;
  for (const eps of EPS)
    for (const [k, { seed, g }] of hardInstances(20, eps, perEps).entries()) {
      const [m, msB] = timed(() => minNeuronPruningError(TARGET, g));
      const [d, msN] = timed(() => decideSubsetBnB(TARGET, g, eps));
      tBrute.push(msB);
      tBnB20.push(msN);
      const brute = m.value.le(eps);
      if (brute !== (d.S !== null))
        throw new Error(`bench/smt: brute force and branch and bound disagree on ${seed} at ε = ${eps}`);
      if (brute) yes20++;
      if (k < 2) {
        const z = await decideSubsetZ3(TARGET, g, eps, 60_000);
        if (z.status === 'sat' || z.status === 'unsat') {
          if ((z.status === 'sat') !== brute)
            throw new Error(`bench/smt: Z3 and brute force disagree on ${seed} at ε = ${eps}`);
          tZ3.push(z.ms);
        } else tZ3.push(60_000);
      }
    }
  await shutdownZ3();
  const n40 = t40.length;
  process.stdout.write(
    `\nexact decision, d = 2, window hit (hard case): N = 40 — ${n40} instances (ε ∈ {${EPS.join(', ')}}), ${yes40} APPROX / ${n40 - yes40} NO, ` +
      `median ${median(t40).toFixed(0)} ms, max ${Math.max(...t40).toFixed(0)} ms, median ${median(nodes40)} nodes; ` +
      `N = 20 — ${tBrute.length} instances, ${yes20} APPROX, brute force = branch and bound on every one, Z3 agrees on ${tZ3.length}.\n`,
  );
  return [
    {
      name: `exact decision by branch and bound, d = 2, N = 40, window hit (median of ${n40}; ${yes40} APPROX, ${n40 - yes40} NO)`,
      exactMs: median(t40),
      baselineMs: median(tBrute),
      baseline: 'brute force over 2^20 subsets at N = 20 (median)',
      targetMs: 10_000,
    },
    {
      name: `exact decision by branch and bound, d = 2, N = 20 (median of ${tBnB20.length})`,
      exactMs: median(tBnB20),
      baselineMs: median(tBrute),
      baseline: 'brute force over 2^20 subsets, same instances',
    },
    {
      name: `exact decision with Z3 (0/1 LRA), d = 2, N = 20 (median of ${tZ3.length})`,
      exactMs: median(tZ3),
      baselineMs: median(tBnB20),
      baseline: 'branch and bound, same N (median)',
    },
  ];
}

/** The marker before the JSON rows on stdout with `--json` (how `bench/index.ts` reads them from this process). */
export const ROWS_MARKER = 'bench-smt-rows:';

if (import.meta.url === `file://${process.argv[1]}`) {
  void smtBenches().then((rows) => {
    if (process.argv.includes('--json')) process.stdout.write(`${ROWS_MARKER}${JSON.stringify(rows)}\n`);
    else
      for (const r of rows)
        process.stdout.write(
          `| ${r.name} | ${r.exactMs.toFixed(1)} ms | ${r.baseline} | ${r.baselineMs.toFixed(1)} ms | ${(r.exactMs / r.baselineMs).toFixed(3)}× |\n`,
        );
  });
}

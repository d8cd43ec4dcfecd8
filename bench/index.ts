/**
 * # `npm run bench` — speed of the exact kernels, as ratios against baselines in the same run
 *
 * Each exact kernel is measured beside a float64 version of the same kernel (and, for the rational
 * type decision, beside fraction.js), in the same process and run, with tinybench. Targets are
 * reported, never asserted: the output says "within target" or "over target".
 */
import { Bench } from 'tinybench';
import Fraction from 'fraction.js';
import { randomNetwork, randomRawNetwork } from '../src/model/randomNetwork.js';
import { restrictNetwork } from '../src/model/family.js';
import { cubeSupAbs } from '../src/model/cubeSup.js';
import { q } from '../src/exact/Rational.js';
import { extraBenches, type ExtraRow } from './extra.js';
import { samplingBenches } from './sampling.js';
import { availableParallelism as availableCores, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROWS_MARKER } from './smt.js';

type Row = ExtraRow;

/** float64 1-D sup of |φ| over [−1, 1]: the same sweep in doubles. */
function floatSup1D(raw: ReturnType<typeof randomRawNetwork>): number {
  const { N, d, w, alpha } = raw;
  const taus: { t: number; j: number; c: number }[] = [];
  let A = 0;
  let B = 0;
  for (let j = 0; j < N; j++) {
    const a = w[j * d]!,
      b = w[j * d + 1]!,
      al = alpha[j]!;
    if (a === 0) {
      A += al * Math.max(b, 0);
      continue;
    }
    const jump = al * Math.abs(a);
    if (a < 0) {
      A += al * b;
      B += al * a;
    }
    taus.push({ t: -b / a, j: jump, c: a > 0 ? -al * b : al * b });
  }
  taus.sort((x, y) => x.t - y.t);
  let i = 0;
  while (i < taus.length && taus[i]!.t <= -1) {
    B += taus[i]!.j;
    A -= taus[i]!.c;
    i++;
  }
  let best = Math.abs(A - B);
  for (; i < taus.length && taus[i]!.t < 1; i++) {
    best = Math.max(best, Math.abs(A + B * taus[i]!.t));
    B += taus[i]!.j;
    A -= taus[i]!.c;
  }
  return Math.max(best, Math.abs(A + B));
}

/** float64 cube sup for d = 3 by the same vertex enumeration. */
function floatCubeSup3(raw: ReturnType<typeof randomRawNetwork>): number {
  const { N, w, alpha } = raw;
  const H: number[][] = [];
  for (let j = 0; j < N; j++) H.push([w[3 * j]!, w[3 * j + 1]!, w[3 * j + 2]!]);
  const g = (x: number[]) => {
    let s = 0;
    for (let j = 0; j < N; j++) {
      const z = H[j]![0]! * x[0]! + H[j]![1]! * x[1]! + H[j]![2]! * x[2]!;
      if (z > 0) s += alpha[j]! * z;
    }
    return Math.abs(s);
  };
  let best = 0;
  for (let k = 0; k < 3; k++)
    for (const s of [1, -1]) {
      const [u, v] = [0, 1, 2].filter((i) => i !== k) as [number, number];
      for (let a = 0; a < N; a++)
        for (let b = a + 1; b < N; b++) {
          const A = H[a]!,
            Bv = H[b]!;
          const det = A[u]! * Bv[v]! - A[v]! * Bv[u]!;
          if (det === 0) continue;
          const r1 = -A[k]! * s,
            r2 = -Bv[k]! * s;
          const x: number[] = [0, 0, 0];
          x[k] = s;
          x[u] = (r1 * Bv[v]! - A[v]! * r2) / det;
          x[v] = (A[u]! * r2 - r1 * Bv[u]!) / det;
          if (Math.abs(x[u]!) <= 1 && Math.abs(x[v]!) <= 1) best = Math.max(best, g(x));
        }
      // edges
      for (let a = 0; a < N; a++)
        for (const s2 of [1, -1])
          for (const fr of [0, 1, 2].filter((i) => i !== k)) {
            const other = [0, 1, 2].find((i) => i !== k && i !== fr)!;
            const A = H[a]!;
            if (A[other] === 0) continue;
            const x: number[] = [0, 0, 0];
            x[k] = s;
            x[fr] = s2;
            x[other] = -(A[k]! * s + A[fr]! * s2) / A[other]!;
            if (Math.abs(x[other]!) <= 1) best = Math.max(best, g(x));
          }
    }
  for (const a of [1, -1]) for (const b of [1, -1]) for (const c of [1, -1]) best = Math.max(best, g([a, b, c]));
  return best;
}

async function measure(name: string, fn: () => unknown, time = 1500, iterations = 10): Promise<number> {
  const b = new Bench({
    time,
    iterations,
    warmupTime: iterations > 2 ? 300 : 0,
    warmupIterations: iterations > 2 ? 2 : 0,
  });
  b.add(name, fn);
  await b.run();
  const t = b.tasks[0]!.result as unknown as { latency?: { mean: number }; mean?: number };
  return t.latency?.mean ?? t.mean ?? NaN;
}

/** bench/smt.ts's rows, run in a child process; a crash there becomes one row saying so. */
function smtRowsInChild(): Row[] {
  const file = fileURLToPath(new URL('./smt.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 1_800_000,
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith(ROWS_MARKER));
  for (const l of (r.stdout ?? '').split('\n')) if (l !== line && l.trim() !== '') process.stdout.write(`${l}\n`);
  if (r.status === 0 && line !== undefined) return JSON.parse(line.slice(ROWS_MARKER.length)) as Row[];
  const why = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `exit code ${r.status}`;
  return [
    {
      name: `exact decision benches (bench/smt.ts): not measured, the child process failed (${why})`,
      exactMs: NaN,
      baselineMs: NaN,
      baseline: '—',
    },
  ];
}

async function mainBench() {
  const rows: Row[] = [];
  const load0 = loadavg()[0]!;
  rows.push(...(await samplingBenches(measure)));
  // (a) exact 1-D sup over [−1, 1] for one family, N = 10,000
  const g1 = randomNetwork('bench-a', 10_000, 2);
  const raw1 = randomRawNetwork('bench-a', 10_000, 2);
  const phi = restrictNetwork(g1, 1);
  const exactA = await measure('exact 1-D sup N=10^4', () => restrictNetwork(g1, 1).supAbs(q(-1), q(1)));
  const sweepA = await measure('exact 1-D sweep only', () => phi.supAbs(q(-1), q(1)));
  const floatA = await measure('float 1-D sup N=10^4', () => floatSup1D(raw1));
  rows.push({
    name: '(a) exact 1-D sup, one family, N = 10,000 (restrict + sweep)',
    exactMs: exactA,
    baselineMs: floatA,
    baseline: 'float64 sweep',
    targetMs: 50,
    ratioTarget: 20,
  });
  rows.push({
    name: '(a′) the sweep alone (restriction prebuilt)',
    exactMs: sweepA,
    baselineMs: floatA,
    baseline: 'float64 sweep',
  });
  // (b) exact cube sup, d = 3, N = 50
  const g2 = randomNetwork('bench-b', 50, 3);
  const raw2 = randomRawNetwork('bench-b', 50, 3);
  const exactB = await measure('exact cube sup d=3 N=50', () => cubeSupAbs(g2), 3000);
  const floatB = await measure('float cube sup d=3 N=50', () => floatCubeSup3(raw2), 1500);
  rows.push({
    name: '(b) exact sup over the cube, d = 3, N = 50',
    exactMs: exactB,
    baselineMs: floatB,
    baseline: 'float64 vertex enumeration',
    targetMs: 1000,
    ratioTarget: 20,
  });
  // rational type decision: own BigInt Rational vs fraction.js on the hot path (the 1-D sweep)
  const kinksF = phi.kinks.map((k) => ({
    tau: new Fraction(k.tau.num, k.tau.den),
    jump: new Fraction(k.jump.num, k.jump.den),
    c: new Fraction(k.c.num, k.c.den),
  }));
  const fracSweep = () => {
    const s = [...kinksF].sort((x, y) => x.tau.compare(y.tau));
    let A = new Fraction(phi.A.num, phi.A.den),
      B = new Fraction(phi.B.num, phi.B.den);
    let best = new Fraction(0);
    for (const k of s) {
      if (k.tau.compare(-1) <= 0) {
        B = B.add(k.jump);
        A = A.sub(k.c);
        continue;
      }
      if (k.tau.compare(1) >= 0) break;
      const v = A.add(B.mul(k.tau)).abs();
      if (v.compare(best) > 0) best = v;
      B = B.add(k.jump);
      A = A.sub(k.c);
    }
    return best;
  };
  const fracMs = await measure('fraction.js sweep', fracSweep);
  rows.push({
    name: 'Rational type: own BigInt type vs fraction.js, 1-D sweep N = 10,000',
    exactMs: sweepA,
    baselineMs: fracMs,
    baseline: 'fraction.js (same sweep)',
  });
  rows.push(...(await extraBenches(measure)));
  rows.push(...smtRowsInChild()); // the exact decision at d = 2, N = 40 (bench/smt.ts), in its own process
  rows.push(...(await (await import('./decide.js')).decideBenches())); // certified decisions at scale (bench/decide.ts)
  const load1 = loadavg()[0]!;
  process.stdout.write(
    `\nload average (1 min) ${load0.toFixed(2)} at the start, ${load1.toFixed(2)} at the end, on ${availableCores()} cores: absolute times are only comparable on an idle machine; the ratios (same run) are the robust numbers.\n`,
  );
  process.stdout.write(
    '\n| kernel | exact (ms) | baseline | baseline (ms) | ratio | target |\n| --- | --- | --- | --- | --- | --- |\n',
  );
  for (const r of rows) {
    const ratio = r.exactMs / r.baselineMs;
    const tgt: string[] = [];
    if (r.targetMs !== undefined)
      tgt.push(`≤ ${Number(r.targetMs.toPrecision(4))} ms: ${r.exactMs <= r.targetMs ? 'within' : 'OVER'}`);
    if (r.ratioTarget !== undefined)
      tgt.push(`ratio ≤ ${r.ratioTarget}×: ${ratio <= r.ratioTarget ? 'within' : 'over'}`);
    process.stdout.write(
      `| ${r.name} | ${r.exactMs.toFixed(2)} | ${r.baseline} | ${r.baselineMs.toFixed(3)} | ${ratio.toFixed(2)}× | ${tgt.join('; ') || '—'} |\n`,
    );
  }
}

void mainBench();

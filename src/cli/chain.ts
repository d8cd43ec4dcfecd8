/**
 * # `npm run chain -- …` — exact birth–death chain computations from the command line
 *
 * Main definitions: {@link runChain}(argv) — the law after s steps, exit probabilities and expected
 * exit times, for a constant-rate chain (`--lambda`, `--mu`) or the pure-death chain μ_b = b·p
 * (`--pure-death p`), printed as exact fractions with a decimal beside them (as exact probabilistic
 * model checkers do), or with `--json` as one JSON document (fractions as "p/q" strings, decimals
 * beside); the cost estimate behind `--max-work` is `src/chain/estimateChainWork.ts`.
 *
 * Main statements: every option is validated before anything is computed or printed; the whole
 * answer is computed before the first line is printed, so an error is always the only output. A
 * request whose estimated work exceeds `--max-work` is refused with one line naming the estimate,
 * the limit and the option that raises it; a request estimated at more than two seconds shows its
 * estimate, then progress with an ETA about once a second (steps of the law, exit rows) on stderr.
 * Run as a command, the computation runs on a worker thread (`chainWork.ts`), so SIGINT/SIGTERM stop
 * it within a moment with exit 130/143 and one line.
 *
 * Implementation notes (the cost model, in 64-bit limb operations, calibrated on the kernels of
 * `src/chain/`, roughly 2.5·10^7 units per second on one core): after t steps the law's integers
 * have t·log₂L bits (L the lcm of the rates' denominators), so s steps over T + 1 states cost
 * (T+1)·s·w(s·log₂L) plus (T+1)·w(s·log₂L)² to reduce and print, with w(b) = b/64 + 1 words. When
 * the law goes by divided differences instead (`BirthDeathChain.lawPlan`: a chain that from the start
 * moves one way, e.g. the pure-death chain, through n ≤ s + 1 states with distinct stays), it costs
 * (5/3)·n²·w(s·log₂L) for the table — n²/2 entries, each a subtraction and a one-word division of
 * full-width integers, measured at ~3× one state and step of the stepping kernel (the equally spaced
 * table of the pure-death chain, subtractions only, runs ~3× faster and is over-counted) — plus
 * n·w·(2 + log₂(s+1)) for the powers and the same reduction; its progress is counted in columns,
 * column t costing ~t. The
 * pure-death closed form costs (T+1)·w(T + s·log₂q)·(2 + log₂(s+1)); the exit rows cost, per row, two
 * exact tridiagonal solves of n = hi − lo − 1 unknowns, measured as 1.9·10^6·(n/100)^2.2 units at
 * log₂L ≈ 3.6 and scaled by ((log₂L + 1)/4.6)².
 */
import { Command } from 'commander';
import { BirthDeathChain, constantChain, pureDeathChain } from '../chain/BirthDeathChain.js';
import { computeChain, computeChainInThread, type ChainJob } from './chainWork.js';
import { Rational } from '../exact/Rational.js';
import { estimateChainWork, type ChainRequest } from '../chain/estimateChainWork.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { isEntryPoint, longWorkOnThreads, parseCommand, parseIntOption, runMain } from './common.js';
import { CliUsageError, PruningCheckError } from '../errors.js';

/** Default `--max-work` (≈ 20 s on the reference machine). */
export const DEFAULT_MAX_WORK = 5e8;
/** Work units per second on the reference machine (for the time estimates printed). */
const UNITS_PER_SECOND = 2.5e7;

const lcm = (a: bigint, b: bigint): bigint => {
  let x = a,
    y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
};

function rat(name: string, v: string): Rational {
  try {
    return Rational.parse(v);
  } catch {
    throw new CliUsageError(`${name}: expected a rational such as 1/3 or 0.25, got '${v}'`);
  }
}

const fmtWork = (x: number) => x.toExponential(2).replace('e+', 'e');
const fmtTime = (units: number) => {
  const s = units / UNITS_PER_SECOND;
  return s < 60
    ? `${s.toFixed(s < 10 ? 1 : 0)} s`
    : s < 3600
      ? `${(s / 60).toFixed(1)} min`
      : s < 86400 * 365
        ? `${(s / 3600).toFixed(1)} h`
        : `${(s / 86400 / 365).toExponential(1)} years`;
};

/** `chain --T n (--pure-death p | --lambda q --mu q) [--start b] [--steps s] [--exit lo,hi] [--json] [--max-work W]`. */
export async function runChain(argv: string[]): Promise<number> {
  const program = new Command()
    .name('npm run chain --')
    .description('Exact birth–death chain computations (fractions with decimals)')
    .requiredOption('--T <n>', 'top state T (states 0..T)')
    .option('--lambda <q>', 'constant birth probability λ (interior states)')
    .option('--mu <q>', 'constant death probability μ (interior states)')
    .option('--pure-death <p>', 'the pure-death chain μ_b = b·p (needs T·p ≤ 1)')
    .option('--start <b>', 'start state (default T)')
    .option('--steps <s>', 'print the law after s steps')
    .option('--exit <lo,hi>', 'print P_b(hit hi before lo) and E_b[exit time] for every lo < b < hi')
    .option('--json', 'print one JSON document (exact fractions as "p/q" strings, decimals beside)')
    .option(
      '--max-work <units>',
      `refuse requests estimated above this many 64-bit limb operations (default ${fmtWork(DEFAULT_MAX_WORK)}, ≈ ${fmtTime(DEFAULT_MAX_WORK)})`,
    );
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  if (parsed.args.length > 0) throw new CliUsageError(`unexpected argument '${parsed.args[0]}' (see --help)`);
  const o = parsed.opts<{
    T: string;
    lambda?: string;
    mu?: string;
    pureDeath?: string;
    start?: string;
    steps?: string;
    exit?: string;
    json?: boolean;
    maxWork?: string;
  }>();

  // 1. validate everything
  const T = parseIntOption('--T', o.T, 1, 100_000);
  if (o.pureDeath !== undefined && (o.lambda !== undefined || o.mu !== undefined))
    throw new CliUsageError('give either --pure-death p, or both --lambda and --mu, not both');
  let chain: BirthDeathChain;
  try {
    if (o.pureDeath !== undefined) chain = pureDeathChain(T, rat('--pure-death', o.pureDeath));
    else if (o.lambda !== undefined && o.mu !== undefined)
      chain = constantChain(T, rat('--lambda', o.lambda), rat('--mu', o.mu));
    else throw new CliUsageError('give either --pure-death p, or both --lambda and --mu');
  } catch (e) {
    if (e instanceof PruningCheckError && !(e instanceof CliUsageError))
      throw new CliUsageError(`invalid chain: ${e.message}`);
    throw e;
  }
  const start = o.start === undefined ? T : parseIntOption('--start', o.start, 0, T);
  const steps = o.steps === undefined ? undefined : parseIntOption('--steps', o.steps, 0, 1_000_000);
  let exit: { lo: number; hi: number } | undefined;
  if (o.exit !== undefined) {
    const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(o.exit);
    if (!m) throw new CliUsageError(`--exit: expected lo,hi with 0 ≤ lo, lo + 2 ≤ hi ≤ T = ${T}, got '${o.exit}'`);
    const lo = parseIntOption('--exit lo', m[1]!, 0, Math.max(0, T - 2));
    const hi = parseIntOption('--exit hi', m[2]!, lo + 2, T);
    for (let j = lo + 1; j < hi; j++)
      if (chain.lambda[j]!.isZero() || chain.mu[j]!.isZero())
        throw new CliUsageError(
          `--exit: the exit probabilities need λ_j > 0 and μ_j > 0 for ${lo} < j < ${hi}, but λ_${j} = ${chain.lambda[j]}, μ_${j} = ${chain.mu[j]}`,
        );
    exit = { lo, hi };
  }
  if (steps === undefined && exit === undefined)
    throw new CliUsageError('nothing to compute: give --steps s and/or --exit lo,hi');
  let maxWork = DEFAULT_MAX_WORK;
  if (o.maxWork !== undefined) {
    maxWork = Number(o.maxWork);
    if (!/^\s*[0-9.]+(e[0-9]+)?\s*$/i.test(o.maxWork) || !Number.isFinite(maxWork) || maxWork <= 0)
      throw new CliUsageError(`--max-work: expected a positive number such as 1e9, got '${o.maxWork}'`);
  }

  // 2. estimate the work; refuse past the limit
  let L = 1n;
  for (let b = 0; b <= T; b++) L = lcm(lcm(L, chain.lambda[b]!.den), chain.mu[b]!.den);
  const pureDeathP = o.pureDeath !== undefined ? rat('--pure-death', o.pureDeath) : undefined;
  const closedForm = pureDeathP !== undefined && start === T && steps !== undefined;
  const plan = steps !== undefined ? chain.lawPlan(start, steps) : undefined;
  const request: ChainRequest = {
    T,
    log2L: Math.max(1, L.toString(2).length),
    ...(steps !== undefined ? { steps, lawPlan: plan } : {}),
    ...(closedForm ? { closedFormLog2q: Math.max(1, pureDeathP!.den.toString(2).length) } : {}),
    ...(exit ? { exit } : {}),
  };
  const work = estimateChainWork(request);
  if (work.total > maxWork)
    throw new CliUsageError(
      `refused: estimated work ${fmtWork(work.total)} limb operations (≈ ${fmtTime(work.total)}; T = ${T}${steps !== undefined ? `, ${steps} steps of ${fmtWork(steps * request.log2L)}-bit numbers` : ''}${exit ? `, ${exit.hi - exit.lo - 1} exit rows` : ''}) exceeds --max-work ${fmtWork(maxWork)}; raise it with --max-work ${fmtWork(Math.ceil(work.total * 1.1))}`,
    );
  const slow = work.total / UNITS_PER_SECOND > 2;
  if (slow) process.stderr.write(`estimated work ${fmtWork(work.total)} limb operations (≈ ${fmtTime(work.total)})\n`);

  // 3. compute everything, then print: on a worker thread when this is the process's command (so
  // that a signal stops it at once, see chainWork.ts), inline when called in-process
  const job: ChainJob = {
    T,
    ...(o.pureDeath !== undefined
      ? { pureDeath: pureDeathP!.toString() }
      : { lambda: chain.lambda[1]!.toString(), mu: chain.mu[1]!.toString() }),
    start,
    ...(steps !== undefined ? { steps } : {}),
    ...(exit ? { exit } : {}),
    slow,
    log2L: request.log2L,
  };
  const progress = (line: string) => void process.stderr.write(line);
  const computed = longWorkOnThreads() ? await computeChainInThread(job, progress) : computeChain(job, progress);
  const doc: Record<string, Json> = {
    chain:
      pureDeathP !== undefined
        ? { T, kind: 'pure-death', p: pureDeathP.toString() }
        : { T, kind: 'constant', lambda: chain.lambda[1]!.toString(), mu: chain.mu[1]!.toString() },
    start,
    law: computed.law,
    exit: computed.exit,
  };

  if (o.json) {
    process.stdout.write(canonicalJSON(doc as Json));
    return 0;
  }
  const show = (x: { exact: string; decimal: string }) => `${x.exact}  ≈ ${x.decimal}`;
  const out: string[] = [];
  if (doc.law) {
    const law = doc.law as {
      steps: number;
      probabilities: { state: number; exact: string; decimal: string }[];
      closedForm: { exact: string; decimal: string } | null;
    };
    out.push(`law of B_${steps} given B_0 = ${start}:\n`);
    for (const p of law.probabilities) out.push(`  P(B_${steps} = ${p.state}) = ${show(p)}\n`);
    if (law.closedForm) out.push(`  C1 closed form: ${show(law.closedForm)}\n`);
  }
  if (doc.exit) {
    const ex = doc.exit as {
      lo: number;
      hi: number;
      rows: {
        b: number;
        hitHiBeforeLo: { exact: string; decimal: string };
        expectedExitTime: { exact: string; decimal: string };
      }[];
    };
    for (const r of ex.rows)
      out.push(
        `  b = ${r.b}: P(hit ${ex.hi} before ${ex.lo}) = ${show(r.hitHiBeforeLo)};  E[exit time] = ${show(r.expectedExitTime)}\n`,
      );
  }
  process.stdout.write(out.join(''));
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(runChain);

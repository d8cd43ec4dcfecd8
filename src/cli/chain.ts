/**
 * # `npm run chain -- …` — exact birth–death chain computations from the command line
 *
 * Prints exact fractions with a decimal beside them (as exact probabilistic model checkers do):
 * the law after s steps, exit probabilities and expected exit times, for a constant-rate chain
 * (`--lambda`, `--mu`) or the pure-death chain μ_b = b·p (`--pure-death p`).
 */
import { Command, CommanderError } from 'commander';
import { BirthDeathChain, constantChain, pureDeathChain, pureDeathZeroProbIE } from '../chain/BirthDeathChain.js';
import { Rational } from '../exact/Rational.js';
import { main, parseIntOption } from './common.js';
import { CliUsageError, PruningCheckError } from '../errors.js';

function rat(name: string, v: string): Rational {
  try {
    return Rational.parse(v);
  } catch (e) {
    throw new CliUsageError(`${name}: expected a rational such as 1/3 or 0.25, got '${v}'`);
  }
}

const show = (x: Rational) => `${x.toString()}  ≈ ${x.toDecimal(12)}`;

main(async () => {
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
    .exitOverride();
  try {
    program.parse(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const o = program.opts<{ T: string; lambda?: string; mu?: string; pureDeath?: string; start?: string; steps?: string; exit?: string }>();
  const T = parseIntOption('--T', o.T, 1, 100_000);
  let chain: BirthDeathChain;
  try {
    if (o.pureDeath !== undefined) chain = pureDeathChain(T, rat('--pure-death', o.pureDeath));
    else if (o.lambda !== undefined && o.mu !== undefined) chain = constantChain(T, rat('--lambda', o.lambda), rat('--mu', o.mu));
    else throw new CliUsageError('give either --pure-death p, or both --lambda and --mu');
  } catch (e) {
    if (e instanceof PruningCheckError && !(e instanceof CliUsageError)) throw new CliUsageError(`invalid chain: ${e.message}`);
    throw e;
  }
  const start = o.start === undefined ? T : parseIntOption('--start', o.start, 0, T);
  if (o.steps !== undefined) {
    const s = parseIntOption('--steps', o.steps, 0, 1_000_000);
    const law = chain.distributionAt(start, s);
    process.stdout.write(`law of B_${s} given B_0 = ${start}:\n`);
    law.forEach((p, b) => process.stdout.write(`  P(B_${s} = ${b}) = ${show(p)}\n`));
    if (o.pureDeath !== undefined && start === T) process.stdout.write(`  C1 closed form: ${show(pureDeathZeroProbIE(T, rat('--pure-death', o.pureDeath), s))}\n`);
  }
  if (o.exit !== undefined) {
    const m = /^(\d+),(\d+)$/.exec(o.exit);
    if (!m) throw new CliUsageError(`--exit: expected lo,hi, got '${o.exit}'`);
    const lo = parseIntOption('--exit lo', m[1]!, 0, T);
    const hi = parseIntOption('--exit hi', m[2]!, lo + 2, T);
    for (let b = lo + 1; b < hi; b++)
      process.stdout.write(`  b = ${b}: P(hit ${hi} before ${lo}) = ${show(chain.exitProbabilityUp(b, lo, hi))};  E[exit time] = ${show(chain.expectedExitTime(b, lo, hi))}\n`);
  }
  if (o.steps === undefined && o.exit === undefined) throw new CliUsageError('nothing to compute: give --steps s and/or --exit lo,hi');
  return 0;
});

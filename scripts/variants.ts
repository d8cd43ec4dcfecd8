/**
 * # `npm run variants`: the whole wrong-variant catalogue through the suite's own runner
 *
 * Runs every variant of `test/variants/catalogue.ts` (wrong ones must be refuted, true ones must
 * hold) with the base claim's generator, grid and runner, and prints a markdown table (verdict, what
 * refuted it, hypothesis count, time) and the totals. Exit 1 if a wrong variant is not refuted or a
 * true one does not hold.
 *
 * Usage: `npm run variants -- [--depth full|ci] [--seed N] [--filter TEXT]` (default: full depth,
 * seed 20260302).
 */
import { loadClaims } from '../src/runner/registry.js';
import { VARIANTS, runVariant, useClaims } from '../test/variants/catalogue.js';

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] !== undefined ? process.argv[k + 1]! : fallback;
}
const depth = arg('depth', 'full');
const seed = Number(arg('seed', '20260302'));
const filter = arg('filter', '');
if (depth !== 'full' && depth !== 'ci') {
  console.error(`variants: --depth must be 'full' or 'ci', got '${depth}'`);
  process.exit(2);
}
if (!Number.isSafeInteger(seed) || seed < 0) {
  console.error(`variants: --seed must be a non-negative integer, got '${arg('seed', '')}'`);
  process.exit(2);
}
useClaims(await loadClaims());
console.log(`| variant | truth | in npm test | verdict | met/total | ok | time |\n|---|---|---|---|---|---|---|`);
let wrong = 0;
let caught = 0;
let trueN = 0;
let kept = 0;
for (const v of VARIANTS) {
  if (filter && !v.name.includes(filter)) continue;
  const r = await runVariant(v, depth, seed);
  if (v.truth === 'wrong') {
    wrong++;
    if (r.ok) caught++;
  } else {
    trueN++;
    if (r.ok) kept++;
  }
  console.log(
    `| ${v.name} | ${v.truth} | ${(v.cost ?? 'ci') === 'ci' ? 'yes' : 'no'} | ${r.verdict}${r.by ? ` (${r.by})` : ''} | ${r.met}/${r.total} | ${r.ok ? 'ok' : 'MISSED'} | ${(r.ms / 1000).toFixed(1)} s |`,
  );
}
console.log(
  `\nwrong variants refuted: ${caught}/${wrong}; true variants holding: ${kept}/${trueN} (depth ${depth}, seed ${seed})`,
);
process.exit(caught === wrong && kept === trueN ? 0 : 1);

/**
 * The public API (`src/index.ts`, and `src/cases.ts` for `pruning-gap-check/cases`): its runtime names are exactly the committed list below (as
 * Hypothesis asserts its `__all__`), its type-only names likewise, it is an explicit list (one
 * `export { … } from` statement per module, no `export *`), every name has TSDoc, `docs/api.md` equals a
 * fresh generation (`npm run api-docs`), and the claims written outside this repository
 * (`examples/external-claims`, the walkthrough in CONTRIBUTING.md) import only public names.
 *
 * Changing the public API is deliberate: edit `src/index.ts`, this list and run `npm run api-docs`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../src/index.js';
import * as cases from '../src/cases.js';
import { API_DOCS_FILE, CASES_FILE, INDEX_FILE, collectApi, renderApiDocs } from '../scripts/api-docs.js';

/** The runtime names of `pruning-gap-check`, sorted. */
const RUNTIME_NAMES = [
  'BirthDeathChain',
  'BudgetExceeded',
  'ClaimRegistryError',
  'InexactNumberError',
  'Interval',
  'InvalidParameterError',
  'Network',
  'PiecewiseLinear',
  'PruningCheckError',
  'Rational',
  'SeededRng',
  'TargetNeuron',
  'ZeroDenominatorError',
  'a2CubeSup',
  'a2SupAbsAxisAligned',
  'allBinsHitEnclosure',
  'approxError',
  'atanEnclosure',
  'binBounds',
  'binConfigArb',
  'binMasses',
  'bonferroni',
  'boundaryTagsOf',
  'breakpoint',
  'brokenBins',
  'cauchyCdfEnclosure',
  'cauchyMassEnclosure',
  'certifiedThresholdCurve',
  'chainArb',
  'clopperPearson',
  'closestSubsetSum',
  'configurationGrid',
  'constantChain',
  'coveringRadius',
  'cubeError',
  'cubeSupAbs',
  'decideNeuronPruning',
  'decodeExact',
  'defineChapter',
  'defineClaim',
  'dkwEpsilon',
  'dyadicArb',
  'enclosureOfOneMinusPow',
  'exactNetwork',
  'exactTest',
  'expEnclosure',
  'extremalApproximant',
  'fact',
  'familyArb',
  'familyBreakpoints',
  'familyPoint',
  'fc',
  'fmtInterval',
  'gamblersRuinDuration',
  'gamblersRuinUp',
  'judgeProportionAtLeast',
  'judgeProportionAtMost',
  'judgeProportionEquals',
  'judgeStatisticAtMost',
  'linearFit',
  'ln2Enclosure',
  'lnEnclosure',
  'loadClaims',
  'loadRegistry',
  'mainCounterexample',
  'maskArb',
  'networkArb',
  'normalCdfEnclosure',
  'normalPdfEnclosure',
  'oneMinusPowEnclosure',
  'optimalAffine',
  'pastDeadline',
  'piEnclosure',
  'piecewiseLinearArb',
  'powEnclosure',
  'pureDeathArb',
  'pureDeathChain',
  'q',
  'randomNetwork',
  'randomRawNetwork',
  'rationalArb',
  'readCertificate',
  'rel',
  'relationHolds',
  'relu',
  'restrictNetwork',
  'restrictTarget',
  'runClaim',
  'slopeInterval',
  'sortedSubsetSums',
  'sqrtEnclosure',
  'subsetArb',
  'subsetSumInstanceArb',
  'sum',
  'tagBoundary',
  'targetBreakpoint',
  'targetOnFamilyArb',
  'trialsFor',
  'unitVectorArb',
  'verifyNeuronCertificate',
  'windowArb',
  'windowFits',
  'windowRadius',
];

/** The type-only names, sorted. */
const TYPE_NAMES = [
  'A2CubeSup',
  'BinConfig',
  'BrokenClaimFile',
  'ChainConstraints',
  'ChainInput',
  'ChapterDefinition',
  'Claim',
  'ClaimChapter',
  'ClaimConstant',
  'ClaimContext',
  'ClaimRegistry',
  'Decision',
  'Depth',
  'ExactClaim',
  'ExhaustiveGrid',
  'Figure',
  'NetworkConstraints',
  'NetworkNear',
  'Neuron',
  'NeuronCertificate',
  'PureDeathInput',
  'Relation',
  'RunOptions',
  'RunRecord',
  'SmtEncodingFile',
  'StatClaim',
  'StatConfiguration',
  'StatOutcome',
  'StatParameter',
  'StatTest',
  'SubsetSumInstance',
  'TargetConstraints',
  'TargetOnFamily',
];

/** The runtime names of `pruning-gap-check/cases`, sorted. */
const CASES_RUNTIME_NAMES = [
  'a2LiftCaseArb',
  'a2LiftNetwork',
  'affineWindowArb',
  'approxCaseArb',
  'approxNearMissArb',
  'blockConstructionArb',
  'boundaryTargetArb',
  'boundaryWindowArb',
  'brokenBinCaseArb',
  'brokenBinNearMissArb',
  'extremalCaseArb',
  'hatCaseArb',
  'hatNearMissArb',
  'homogeneityArb',
  'lemma2Arb',
  'marginlessBrokenBinArb',
  'negativeScaleArb',
  'randomApproxArb',
  'randomBrokenBinArb',
  'randomHatArb',
  'windowOverhangArb',
];

/** Its type-only names, sorted. */
const CASES_TYPE_NAMES = [
  'A2LiftCase',
  'A2LiftParams',
  'AffineWindowInput',
  'ApproximantCase',
  'BlockConstructionInput',
  'BrokenBinCase',
  'HatCase',
  'HomogeneityInput',
  'TargetCase',
  'WindowCase',
];

const indexText = readFileSync(INDEX_FILE, 'utf8');

/** Names imported from 'pruning-gap-check' in a TypeScript text (values and `type` imports alike). */
function importedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'pruning-gap-check'/g))
    for (const part of m[2]!.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]!
        .trim();
      if (name) out.push(name);
    }
  return out;
}

/** Every statement of an entry point is `export { names } from 'module';` (one per module, no `export *`). */
function expectExplicitList(text: string): void {
  expect(text).not.toMatch(/^export\s*\*/m);
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const stmts = code
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  for (const st of stmts) expect(st, st).toMatch(/^export \{[^}]+\} from '[^']+'$/);
  const modules = stmts.map((st) => /from '([^']+)'$/.exec(st)![1]);
  expect(new Set(modules).size).toBe(modules.length);
  expect(modules.length).toBeGreaterThan(5);
}

describe('the public API (src/index.ts)', () => {
  it('exports exactly the committed runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(RUNTIME_NAMES);
  });
  it('exports exactly the committed type-only names', () => {
    const typeNames = collectApi()
      .filter((e) => e.typeOnly)
      .map((e) => e.name)
      .sort();
    expect(typeNames).toEqual(TYPE_NAMES);
    expect(RUNTIME_NAMES.length, 'a curated list for claim authors: about a hundred values').toBeLessThanOrEqual(110);
  });
  it('pruning-gap-check/cases exports exactly its committed names, none of them also in the main entry point', () => {
    expect(Object.keys(cases).sort()).toEqual(CASES_RUNTIME_NAMES);
    expect(
      collectApi(CASES_FILE)
        .filter((e) => e.typeOnly)
        .map((e) => e.name)
        .sort(),
    ).toEqual(CASES_TYPE_NAMES);
    for (const name of [...CASES_RUNTIME_NAMES, ...CASES_TYPE_NAMES])
      expect(RUNTIME_NAMES.includes(name) || TYPE_NAMES.includes(name), name).toBe(false);
    const text = readFileSync(CASES_FILE, 'utf8');
    expectExplicitList(text);
  });
  it('is an explicit list: no `export *`, one `export { … } from` statement per module', () => {
    expectExplicitList(indexText);
  });
  it('every exported name has TSDoc and a declaration (collectApi throws naming any that lacks one)', () => {
    const entries = collectApi();
    expect(entries.map((e) => e.name).sort()).toEqual([...RUNTIME_NAMES, ...TYPE_NAMES].sort());
    for (const e of entries) expect(e.doc.length, e.name).toBeGreaterThan(0);
  });
  it('docs/api.md equals a fresh generation (run npm run api-docs after changing an export or its TSDoc)', () => {
    expect(readFileSync(API_DOCS_FILE, 'utf8') === renderApiDocs(), 'docs/api.md is stale: run npm run api-docs').toBe(
      true,
    );
  });
  it('claims written outside this repository import only public names', () => {
    const publicNames = new Set([...RUNTIME_NAMES, ...TYPE_NAMES]);
    const dir = 'examples/external-claims/claims';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')] as const);
    texts.push(['CONTRIBUTING.md', readFileSync('CONTRIBUTING.md', 'utf8')]);
    let n = 0;
    for (const [file, text] of texts)
      for (const name of importedNames(text)) {
        n++;
        expect(publicNames.has(name), `${file} imports ${name}, which src/index.ts does not export`).toBe(true);
      }
    expect(n).toBeGreaterThan(10);
  });
});

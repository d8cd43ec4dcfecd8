/**
 * # pruning-gap-check: the public API
 *
 * Main definitions: an explicit list of the names a claim author needs, grouped as below — the claim
 * definition and its relations; exact numbers and rigorous enclosures (π, atan, ln, exp, √, Φ); the
 * model (networks, target neurons, families and breakpoints, bins, windows, piecewise-linear
 * functions, the exact sup over the cube under reading A1 and, for any network, A2 (`a2CubeSup`),
 * the exact small-instance decision, seeded random networks); the fast-check generators (every
 * object generator: targets, windows, networks, chains, subset-sum instances, bins), which mix in
 * their boundary structures at a stated share and tag them (`tagBoundary`, `boundaryTagsOf`);
 * seeded randomness; the statistical judges a statistical claim needs; the birth–death chain
 * and subset-sum kernels; running claims from a program; the typed errors; and `fc` itself.
 *
 * Main statements: the runtime names exported here are exactly the committed list in
 * `test/publicApi.test.ts` (as Hypothesis checks its `__all__`), every one has TSDoc, and
 * `docs/api.md` (`npm run api-docs`) is generated from this file.
 *
 * Implementation notes: this module is the package's main entry point (`exports["."]`); the
 * specialised case generators of the built-in claims (extremal approximants and their
 * perturbations, near misses, broken bins, hats, A2 lifts, …) are the second one,
 * `pruning-gap-check/cases` (`src/cases.ts`), so that this list stays the kit a claim author reads. Each
 * re-export is one explicit line per source module (no `export *`), so adding a public name is a
 * deliberate edit of this file and of that list. It imports nothing that draws figures (vega stays
 * behind a dynamic import in the report writer), so a claim file that imports it loads quickly.
 * Everything here is exact: JS numbers enter only as safe integers or through `Rational.fromDouble`.
 *
 * References: arXiv:2603.02234 (Ferre', Giroire, Mallmann-Trenn, Natale).
 */

// ── claims: definition and relations ──────────────────────────────────────────────────────────
export {
  defineClaim,
  type Claim,
  type ExactClaim,
  type StatClaim,
  type ClaimContext,
  type ClaimConstant,
  type ExhaustiveGrid,
  type StatOutcome,
  type StatConfiguration,
  type StatParameter,
  type Figure,
  type Depth,
} from './claims/defineClaim.js';
export { configurationGrid } from './claims/configurationGrid.js';
export { rel, fact, relationHolds, type Relation } from './claims/Relation.js';
export { defineChapter, type ChapterDefinition } from './claims/defineChapter.js';
export { decodeExact } from './claims/codec.js';
/** fast-check itself, so that a claim written outside this repository uses the same instance as the runner. */
export { default as fc } from 'fast-check';

// ── exact numbers and rigorous enclosures ─────────────────────────────────────────────────────
export { Rational, q, sum } from './exact/Rational.js';
export { Interval, piEnclosure, atanEnclosure, cauchyMassEnclosure, cauchyCdfEnclosure } from './exact/Interval.js';
export { powEnclosure, oneMinusPowEnclosure } from './exact/fixedPoint.js';
export { lnEnclosure, ln2Enclosure } from './exact/lnEnclosure.js';
export { expEnclosure } from './exact/expEnclosure.js';
export { sqrtEnclosure } from './exact/sqrtEnclosure.js';
export { normalCdfEnclosure, normalPdfEnclosure } from './exact/normalCdfEnclosure.js';

// ── the model ─────────────────────────────────────────────────────────────────────────────────
export { relu } from './model/relu.js';
export { Network, TargetNeuron, type Neuron } from './model/Network.js';
export { randomNetwork, randomRawNetwork, exactNetwork } from './model/randomNetwork.js';
export { familyPoint, breakpoint, restrictNetwork, restrictTarget } from './model/family.js';
export { PiecewiseLinear } from './model/PiecewiseLinear.js';
export { binBounds, brokenBins, familyBreakpoints } from './model/bins.js';
export { targetBreakpoint, windowRadius, windowFits } from './model/window.js';
export { cubeSupAbs, approxError } from './model/cubeSup.js';
export { cubeError } from './model/cubeError.js';
export { decideNeuronPruning, type Decision } from './model/exactDecision.js';
export { a2SupAbsAxisAligned } from './model/axisConstructions.js';
export { a2CubeSup, type A2CubeSup } from './model/a2CubeSup.js';
export { optimalAffine } from './model/optimalAffine.js';

// ── certified neuron-pruning decisions ─────────────────────────────────────────────────────────
export { verifyNeuronCertificate } from './decide/verifyNeuronCertificate.js';
export { type NeuronCertificate } from './decide/neuronCertificate.js';
export { readCertificate } from './decide/certificateFolder.js';
export { certifiedThresholdCurve } from './decide/thresholdCurve.js';

// ── generators ────────────────────────────────────────────────────────────────────────────────
export { rationalArb } from './arbitraries/rationalArb.js';
export { dyadicArb } from './arbitraries/dyadicArb.js';
export { unitVectorArb } from './arbitraries/unitVectorArb.js';
export { networkArb, subsetArb, familyArb, maskArb, type NetworkConstraints } from './arbitraries/networkArb.js';
export { targetOnFamilyArb, windowArb, type TargetOnFamily, type TargetConstraints } from './arbitraries/targetArb.js';
export { tagBoundary, boundaryTagsOf } from './arbitraries/boundaryTags.js';
export { type NetworkNear } from './arbitraries/boundaryNetworkArb.js';
export { piecewiseLinearArb } from './arbitraries/piecewiseLinearArb.js';
export { extremalApproximant } from './arbitraries/extremal.js';
export { chainArb, type ChainInput, type ChainConstraints } from './arbitraries/chainArb.js';
export { pureDeathArb, type PureDeathInput } from './arbitraries/pureDeathArb.js';
export { subsetSumInstanceArb, type SubsetSumInstance } from './arbitraries/subsetSumInstanceArb.js';
export { binConfigArb, type BinConfig } from './arbitraries/binConfigArb.js';

// ── seeded randomness ─────────────────────────────────────────────────────────────────────────
export { SeededRng } from './random/SeededRng.js';

// ── statistics: what a statistical claim needs ────────────────────────────────────────────────
export {
  judgeProportionAtMost,
  judgeProportionAtLeast,
  judgeProportionEquals,
  judgeStatisticAtMost,
  exactTest,
  bonferroni,
  type StatTest,
} from './stats/judge.js';
export { clopperPearson, dkwEpsilon } from './stats/binomial.js';
export { linearFit, slopeInterval } from './stats/fit.js';
export { trialsFor, pastDeadline, fmtInterval, enclosureOfOneMinusPow } from './claims/statHelpers.js';

// ── chains and subset sums ────────────────────────────────────────────────────────────────────
export {
  BirthDeathChain,
  constantChain,
  pureDeathChain,
  gamblersRuinUp,
  gamblersRuinDuration,
} from './chain/BirthDeathChain.js';
export { binMasses, allBinsHitEnclosure } from './chain/binProbabilities.js';
export { closestSubsetSum, coveringRadius, sortedSubsetSums } from './subsetSum/subsetSums.js';

// ── running claims from a program ─────────────────────────────────────────────────────────────
export {
  loadClaims,
  loadRegistry,
  ClaimRegistryError,
  type BrokenClaimFile,
  type ClaimChapter,
  type ClaimRegistry,
} from './runner/registry.js';
export { runClaim } from './runner/runClaim.js';
export { type RunOptions } from './runner/runOptions.js';
export { mainCounterexample, type RunRecord } from './runner/record.js';

// ── SMT encodings of a claim (the SMT file `<id>.smt.ts` beside it; types only, no solver) ────────
export { type SmtEncodingFile } from './smt/types.js';

// ── errors ────────────────────────────────────────────────────────────────────────────────────
export {
  PruningCheckError,
  InvalidParameterError,
  ZeroDenominatorError,
  InexactNumberError,
  BudgetExceeded,
} from './errors.js';

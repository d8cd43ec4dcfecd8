/**
 * # pruning-gap-check: the public API
 *
 * Main definitions (re-exported): claims — {@link defineClaim}, {@link runClaim}, {@link loadClaims},
 * relations ({@link rel}, {@link fact}) and the exact codec; exact numbers — {@link Rational},
 * {@link Interval} and the π/atan enclosures; the model — networks, target neurons, pruning, input
 * families, breakpoints, bins, piecewise-linear functions, the exact sup over the cube and the exact
 * small-instance decision; the fast-check generators; seeded randomness; the statistical judges;
 * the birth–death chain kernels and the Cauchy bin masses; exact subset sums and covering radii.
 *
 * Implementation notes: this module is the package's only entry point (`exports["."]`). It imports
 * nothing that draws figures (vega stays behind a dynamic import in the report writer), so a claim
 * file that imports it loads quickly. Everything here is exact: JS numbers enter only as safe
 * integers or through `Rational.fromDouble`.
 *
 * References: arXiv:2603.02234 (Ferre', Giroire, Mallmann-Trenn, Natale).
 */
export * from './errors.js';
/** fast-check itself, so that a claim written outside this repository uses the same instance as the runner. */
export { default as fc } from 'fast-check';
// exact numbers
export * from './exact/Rational.js';
export * from './exact/Interval.js';
export * from './exact/fixedPoint.js';
// seeded randomness
export * from './random/SeededRng.js';
export * from './random/detLog.js';
export * from './random/detExp.js';
export * from './random/detSqrt.js';
// the model
export * from './model/relu.js';
export * from './model/Network.js';
export * from './model/unitVector.js';
export * from './model/randomNetwork.js';
export * from './model/family.js';
export * from './model/PiecewiseLinear.js';
export * from './model/bins.js';
export * from './model/binTarget.js';
export * from './model/window.js';
export * from './model/cubeSup.js';
export * from './model/exactDecision.js';
export * from './model/axisConstructions.js';
export * from './model/rawHits.js';
export * from './model/neuronWithBreakpoint.js';
export * from './model/optimalAffine.js';
export * from './model/fixedTarget.js';
export * from './model/brokenBinNetwork.js';
export * from './model/blockConstruction.js';
// generators
export * from './arbitraries/constraints.js';
export * from './arbitraries/rationalArb.js';
export * from './arbitraries/unitVectorArb.js';
export * from './arbitraries/targetArb.js';
export * from './arbitraries/networkArb.js';
export * from './arbitraries/piecewiseLinearArb.js';
export * from './arbitraries/dyadicArb.js';
export * from './arbitraries/boundary.js';
export * from './arbitraries/extremal.js';
export * from './arbitraries/affineWindowArb.js';
export * from './arbitraries/brokenBinArb.js';
export * from './arbitraries/homogeneityArb.js';
export * from './arbitraries/pureDeathArb.js';
export * from './arbitraries/chainArb.js';
// claims: definition, relations, runner, registry
export * from './claims/defineClaim.js';
export * from './claims/Relation.js';
export * from './claims/codec.js';
export * from './claims/counterexampleFile.js';
export { runClaim } from './runner/runClaim.js';
export type { RunOptions } from './runner/runOptions.js';
export { claimMetadata, mainCounterexample, type ClaimRecord, type NamedCounterexample, type RegressionResult, type RunRecord } from './runner/record.js';
export { TIGHTNESS_ETAS } from './runner/tightness.js';
export { SMT_MIN_BUDGET_MS } from './runner/smtPhase.js';
export { vacuityThreshold } from './runner/verdict.js';
export { claimSeed } from './runner/claimSeed.js';
export { counterexampleOf } from './runner/counterexample.js';
export * from './claims/selectClaims.js';
export * from './claims/registry.js';
export * from './claims/relations/affineWindowRelations.js';
export * from './claims/relations/brokenBinHypothesis.js';
export * from './claims/relations/homogeneityRelation.js';
export { trialsFor, pastDeadline, fmtInterval } from './claims/statHelpers.js';
// statistics
export * from './stats/binomial.js';
export * from './stats/judge.js';
export * from './stats/fit.js';
// chains and subset sums
export * from './chain/BirthDeathChain.js';
export * from './chain/binProbabilities.js';
export * from './subsetSum/subsetSums.js';

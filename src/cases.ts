/**
 * # pruning-gap-check/cases: the specialised case generators of the built-in claims
 *
 * Main definitions: the generators the built-in claims aim at the paper's extremal configurations —
 * the boundary targets and windows, the extremal approximant on a window and its single
 * perturbations, near misses just inside or outside a hypothesis, broken bins and their near misses,
 * hats, E7's random approximants, negative scales, homogeneity cases, Lemma 2's affine-window cases,
 * the A2 lifts and the output-ReLU block construction — each with its input type.
 *
 * Main statements: the runtime names exported here are exactly the committed list in
 * `test/publicApi.test.ts`, every one has TSDoc, and `docs/api.md` documents them after the main
 * entry point's names.
 *
 * Implementation notes: the package's second entry point (`exports["./cases"]`). The plain object
 * generators of the main entry point already mix in these structures at a stated share
 * (`docs/boundary-mixtures.md`); import from here for a claim that wants one of them at a higher
 * share, as the built-in claims do. One explicit `export { … } from` line per module.
 *
 * References: arXiv:2603.02234, Lemmas 1–2; `docs/boundary-mixtures.md`.
 */

// ── case generators ───────────────────────────────────────────────────────────────────────────
export { a2LiftNetwork, a2LiftCaseArb, type A2LiftParams, type A2LiftCase } from './arbitraries/a2LiftArb.js';
export { boundaryTargetArb, type TargetCase } from './arbitraries/boundaryTargetArb.js';
export { boundaryWindowArb, type WindowCase } from './arbitraries/boundaryWindowArb.js';
export { extremalCaseArb, windowOverhangArb, type ApproximantCase } from './arbitraries/extremalCaseArb.js';
export { brokenBinCaseArb, brokenBinNearMissArb, type BrokenBinCase } from './arbitraries/brokenBinCaseArb.js';
export { randomBrokenBinArb, marginlessBrokenBinArb } from './arbitraries/brokenBinArb.js';
export { hatCaseArb, hatNearMissArb, randomHatArb, type HatCase } from './arbitraries/hatCaseArb.js';
export { approxCaseArb, approxNearMissArb, randomApproxArb } from './arbitraries/approxCaseArb.js';
export { negativeScaleArb } from './arbitraries/negativeScaleArb.js';
export { homogeneityArb, type HomogeneityInput } from './arbitraries/homogeneityArb.js';
export { lemma2Arb, affineWindowArb, type AffineWindowInput } from './arbitraries/affineWindowArb.js';
export { blockConstructionArb, type BlockConstructionInput } from './arbitraries/blockConstructionArb.js';

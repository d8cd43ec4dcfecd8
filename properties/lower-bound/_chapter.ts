/**
 * # Chapter 2: The lower bound: breakpoints and broken bins
 *
 * The chapter's title, its introduction in the blueprint, its position among the chapters, and the
 * order of its claims (the order of the reports and of the blueprint). A claim file of this folder
 * that is not listed here comes after the listed ones, by file name.
 */
import { defineChapter } from '../../src/claims/defineChapter.js';

export default defineChapter({
  position: 2,
  title: 'The lower bound: breakpoints and broken bins',
  intro:
    'Why neuron pruning needs a breakpoint near the target’s kink in every family (Lemma 2 and its corollary), why a bin of [−1, 1] that no neuron hits prevents approximation (Lemma 1), and the Cauchy law of random breakpoints that makes hitting a small window unlikely.',
  claims: [
    'approx_error_ge_quarter_kink_of_affine',
    'quarter_kink_bound_attained',
    'approx_error_ge_third_kink_of_affine',
    'breakpoint_near_target_of_approx',
    'broken_bins_eq_unhit_bins',
    'not_approx_of_broken_bin',
    'not_approx_of_broken_bin_without_margin',
    'hat_certificate_of_not_approx',
    'weight_pruned_breakpoints_subset',
    'lemma2_under_output_relu',
    'breakpoint_is_standard_cauchy',
    'family_breakpoints_independent',
    'hit_probability_eq',
  ],
});

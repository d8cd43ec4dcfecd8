/**
 * # The claim registry
 *
 * Every claim file under `properties/` is listed here once, in manifest order (foundations first,
 * then the lower bound, the chains, weight pruning and the headline entries). A test checks that
 * every file of this folder is listed and every listed id is unique.
 */
import type { Claim } from '../src/claims/defineClaim.js';
import relu_restrict_family from './relu_restrict_family.js';
import neuron_jump_eq_alpha_abs from './neuron_jump_eq_alpha_abs.js';
import network_positive_homogeneous from './network_positive_homogeneous.js';
import network_homogeneous_of_negative_scale from './network_homogeneous_of_negative_scale.js';
import second_difference_eq_hat_sum from './second_difference_eq_hat_sum.js';
import sup_over_cube_eq_max_over_vertices from './sup_over_cube_eq_max_over_vertices.js';
import neuron_pruned_eq_weight_pruned from './neuron_pruned_eq_weight_pruned.js';
import relu_sub_relu_neg from './relu_sub_relu_neg.js';
import relu_mul_of_nonneg from './relu_mul_of_nonneg.js';
import approx_error_ge_quarter_kink_of_affine from './approx_error_ge_quarter_kink_of_affine.js';
import quarter_kink_bound_attained from './quarter_kink_bound_attained.js';
import approx_error_ge_third_kink_of_affine from './approx_error_ge_third_kink_of_affine.js';
import breakpoint_near_target_of_approx from './breakpoint_near_target_of_approx.js';
import broken_bins_eq_unhit_bins from './broken_bins_eq_unhit_bins.js';
import not_approx_of_broken_bin from './not_approx_of_broken_bin.js';
import not_approx_of_broken_bin_without_margin from './not_approx_of_broken_bin_without_margin.js';
import hat_certificate_of_not_approx from './hat_certificate_of_not_approx.js';
import weight_pruned_breakpoints_subset from './weight_pruned_breakpoints_subset.js';
import lemma2_under_output_relu from './lemma2_under_output_relu.js';
import breakpoint_is_standard_cauchy from './breakpoint_is_standard_cauchy.js';
import family_breakpoints_independent from './family_breakpoints_independent.js';
import hit_probability_eq from './hit_probability_eq.js';
import broken_count_nonincreasing from './broken_count_nonincreasing.js';
import bd_step_distribution_is_probability from './bd_step_distribution_is_probability.js';
import bd_exit_probability_eq_gamblers_ruin from './bd_exit_probability_eq_gamblers_ruin.js';
import pure_death_zero_prob_eq_inclusion_exclusion from './pure_death_zero_prob_eq_inclusion_exclusion.js';
import pure_death_zero_prob_eq_independent_clocks from './pure_death_zero_prob_eq_independent_clocks.js';
import broken_count_dominates_bd_chain from './broken_count_dominates_bd_chain.js';
import all_families_zero_prob_eq_product from './all_families_zero_prob_eq_product.js';
import every_bin_hit_of_universal_approx from './every_bin_hit_of_universal_approx.js';
import approx_prob_le_hit_prob_of_fixed_target from './approx_prob_le_hit_prob_of_fixed_target.js';
import approx_prob_le_product_of_hit_probs from './approx_prob_le_product_of_hit_probs.js';
import universal_approx_prob_le_chain_bound from './universal_approx_prob_le_chain_bound.js';
import v3_neuron_lower_bound from './v3.neuron_lower_bound.js';
import v2_neuron_lower_bound from './v2.neuron_lower_bound.js';
import axis_target_weight_pruning_error_eq from './axis_target_weight_pruning_error_eq.js';
import output_relu_construction_error_le_l1 from './output_relu_construction_error_le_l1.js';
import subset_sum_covering from './subset_sum_covering.js';
import v3_weight_upper_bound from './v3.weight_upper_bound.js';
import v2_weight_upper_bound_A1 from './v2.weight_upper_bound@A1.js';
import v2_weight_upper_bound_A2 from './v2.weight_upper_bound@A2.js';

/** All claims, in manifest order. */
export const allClaims: readonly Claim[] = [
  relu_restrict_family,
  neuron_jump_eq_alpha_abs,
  network_positive_homogeneous,
  network_homogeneous_of_negative_scale,
  second_difference_eq_hat_sum,
  sup_over_cube_eq_max_over_vertices,
  neuron_pruned_eq_weight_pruned,
  relu_sub_relu_neg,
  relu_mul_of_nonneg,
  approx_error_ge_quarter_kink_of_affine,
  quarter_kink_bound_attained,
  approx_error_ge_third_kink_of_affine,
  breakpoint_near_target_of_approx,
  broken_bins_eq_unhit_bins,
  not_approx_of_broken_bin,
  not_approx_of_broken_bin_without_margin,
  hat_certificate_of_not_approx,
  weight_pruned_breakpoints_subset,
  lemma2_under_output_relu,
  breakpoint_is_standard_cauchy,
  family_breakpoints_independent,
  hit_probability_eq,
  broken_count_nonincreasing,
  bd_step_distribution_is_probability,
  bd_exit_probability_eq_gamblers_ruin,
  pure_death_zero_prob_eq_inclusion_exclusion,
  pure_death_zero_prob_eq_independent_clocks,
  broken_count_dominates_bd_chain,
  all_families_zero_prob_eq_product,
  every_bin_hit_of_universal_approx,
  approx_prob_le_hit_prob_of_fixed_target,
  approx_prob_le_product_of_hit_probs,
  universal_approx_prob_le_chain_bound,
  v3_neuron_lower_bound,
  v2_neuron_lower_bound,
  axis_target_weight_pruning_error_eq,
  output_relu_construction_error_le_l1,
  subset_sum_covering,
  v3_weight_upper_bound,
  v2_weight_upper_bound_A1,
  v2_weight_upper_bound_A2,
];

/** The files of `properties/` that hold shared helpers rather than a claim. */
export const helperFiles: readonly string[] = ['index.ts'];

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
];

/** The files of `properties/` that hold shared helpers rather than a claim. */
export const helperFiles: readonly string[] = ['index.ts'];

/**
 * # Chapter 1: Foundations
 *
 * The chapter's title, its introduction in the blueprint, its position among the chapters, and the
 * order of its claims (the order of the reports and of the blueprint). A claim file of this folder
 * that is not listed here comes after the listed ones, by file name.
 */
import { defineChapter } from '../../src/claims/defineChapter.js';

export default defineChapter({
  position: 1,
  title: 'Foundations',
  intro:
    'Exact identities about ReLU neurons, bias-free two-layer networks and their restriction to the input families x_i(t) = t·e_{2i−1} + e_{2i}; the exact sup over the cube that decides ε-approximation; neuron pruning as a special case of weight pruning.',
  claims: [
    'relu_restrict_family',
    'neuron_jump_eq_alpha_abs',
    'network_positive_homogeneous',
    'network_homogeneous_of_negative_scale',
    'second_difference_eq_hat_sum',
    'sup_over_cube_eq_max_over_vertices',
    'neuron_pruned_eq_weight_pruned',
    'relu_sub_relu_neg',
    'relu_mul_of_nonneg',
  ],
});

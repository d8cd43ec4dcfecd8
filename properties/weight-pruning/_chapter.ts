/**
 * # Chapter 5: Weight pruning and the gap
 *
 * The chapter's title, its introduction in the blueprint, its position among the chapters, and the
 * order of its claims (the order of the reports and of the blueprint). A claim file of this folder
 * that is not listed here comes after the listed ones, by file name.
 */
import { defineChapter } from '../../src/claims/defineChapter.js';

export default defineChapter({
  position: 5,
  title: 'Weight pruning and the gap',
  intro:
    'Constructions that weight-prune a random network to the target with few neurons (random subset sums), their exact errors, and the headline upper bounds of v3 and of v1/v2 under both readings of the model.',
  claims: [
    'axis_target_weight_pruning_error_eq',
    'output_relu_construction_error_le_l1',
    'subset_sum_covering',
    'v3.weight_upper_bound',
    'v2.weight_upper_bound@A1',
    'v2.weight_upper_bound@A2',
  ],
});

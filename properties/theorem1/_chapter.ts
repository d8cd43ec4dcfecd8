/**
 * # Chapter 4: Theorem 1: the neuron-pruning lower bound, by reading
 *
 * The chapter's title, its introduction in the blueprint, its position among the chapters, and the
 * order of its claims (the order of the reports and of the blueprint). A claim file of this folder
 * that is not listed here comes after the listed ones, by file name.
 */
import { defineChapter } from '../../src/claims/defineChapter.js';

export default defineChapter({
  position: 4,
  title: 'Theorem 1: the neuron-pruning lower bound, by reading',
  intro:
    'The probability that some neuron-pruned subnetwork ε-approximates the target, bounded for a fixed target, over independent families and for every target at once; the v3 headline Ω(1/ε), the certified neuron-pruning threshold N*(ε) of seeded networks, and the measurement behind the v1/v2 headline Ω(d/ε).',
  claims: [
    'approx_prob_le_hit_prob_of_fixed_target',
    'approx_prob_le_product_of_hit_probs',
    'universal_approx_prob_le_chain_bound',
    'v3.neuron_lower_bound',
    'neuron_threshold_certified',
    'v2.neuron_lower_bound',
  ],
});

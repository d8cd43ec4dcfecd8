/**
 * # Chapter 3: The broken-bin process and birth–death chains
 *
 * The chapter's title, its introduction in the blueprint, its position among the chapters, and the
 * order of its claims (the order of the reports and of the blueprint). A claim file of this folder
 * that is not listed here comes after the listed ones, by file name.
 */
import { defineChapter } from '../../src/claims/defineChapter.js';

export default defineChapter({
  position: 3,
  title: 'The broken-bin process and birth–death chains',
  intro:
    'The number of unhit bins as neurons arrive, the birth–death chains that dominate it, their exact laws in rational arithmetic, and why approximating every unit target forces every family’s chain to reach 0 (Figure 2).',
  claims: [
    'broken_count_nonincreasing',
    'bd_step_distribution_is_probability',
    'bd_exit_probability_eq_gamblers_ruin',
    'pure_death_zero_prob_eq_inclusion_exclusion',
    'pure_death_zero_prob_eq_independent_clocks',
    'broken_count_dominates_bd_chain',
    'all_families_zero_prob_eq_product',
    'every_bin_hit_of_universal_approx',
  ],
});

/**
 * # The project's index of statements (labels, names, paper references)
 *
 * Main definitions: {@link SPEC_INDEX} — every statement the suite must encode, with its label (E1 …
 * E17, P1 … P4, D3, D4, C1 … C4, T1-…, W1 … W3, §7), the ids of the claims that encode it (one per
 * reading, plus its negative control where there is one), the paper's reference and the blueprint
 * chapter; {@link CHAPTERS}; {@link specLabel} (the label of a claim's `specRef`).
 *
 * Main statements: the manifest test checks the registered claims against this list both ways —
 * every listed id is a claim, every built-in claim is listed, its `specRef` starts with the listed
 * label and its `paperRef` agrees — so this list, not any file outside the repository, is the
 * project's account of what it checks. The blueprint (`npm run blueprint`) is generated from the
 * claims themselves and grouped by {@link CHAPTERS}.
 *
 * Implementation notes: labels follow the reconstruction of the paper the project started from
 * (§1 objects, §2 exact lemmas, §3 probabilistic lemmas, §4 the broken-bin process and chains, §5
 * Theorem 1 as readings, §6 weight pruning, §7 the headline entries); the paper's own numbering is
 * metadata only.
 *
 * References: arXiv:2603.02234, Lemmas 1–2, Definitions 1–4, Theorem 1, Figures 2–3.
 */

/** A chapter of the blueprint. */
export interface Chapter {
  readonly key: string;
  readonly title: string;
  /** One paragraph introducing the chapter. */
  readonly intro: string;
}

/** The blueprint's chapters, in order. */
export const CHAPTERS: readonly Chapter[] = [
  {
    key: 'foundations',
    title: 'Foundations',
    intro:
      'Exact identities about ReLU neurons, bias-free two-layer networks and their restriction to the input families x_i(t) = t·e_{2i−1} + e_{2i}; the exact sup over the cube that decides ε-approximation; neuron pruning as a special case of weight pruning.',
  },
  {
    key: 'lower-bound',
    title: 'The lower bound: breakpoints and broken bins',
    intro:
      'Why neuron pruning needs a breakpoint near the target’s kink in every family (Lemma 2 and its corollary), why a bin of [−1, 1] that no neuron hits prevents approximation (Lemma 1), and the Cauchy law of random breakpoints that makes hitting a small window unlikely.',
  },
  {
    key: 'chains',
    title: 'The broken-bin process and birth–death chains',
    intro:
      'The number of unhit bins as neurons arrive, the birth–death chains that dominate it, their exact laws in rational arithmetic, and why approximating every unit target forces every family’s chain to reach 0 (Figure 2).',
  },
  {
    key: 'theorem1',
    title: 'Theorem 1: the neuron-pruning lower bound, by reading',
    intro:
      'The probability that some neuron-pruned subnetwork ε-approximates the target, bounded for a fixed target, over independent families and for every target at once; the v3 headline Ω(1/ε) and the measurement behind the v1/v2 headline Ω(d/ε).',
  },
  {
    key: 'weight-pruning',
    title: 'Weight pruning and the gap',
    intro:
      'Constructions that weight-prune a random network to the target with few neurons (random subset sums), their exact errors, and the headline upper bounds of v3 and of v1/v2 under both readings of the model.',
  },
];

/** One indexed statement. */
export interface SpecEntry {
  /** The label (E5, P1, C2, T1-fixed, §7 …). */
  readonly label: string;
  /** The claim ids encoding it (each reading, and its negative controls). */
  readonly ids: readonly string[];
  /** The paper's reference, when the statement is one of the paper's numbered items. */
  readonly paperRef: string | null;
  /** The blueprint chapter key. */
  readonly chapter: string;
  /** A short title. */
  readonly title: string;
}

/** Every statement the suite encodes. */
export const SPEC_INDEX: readonly SpecEntry[] = [
  { label: 'E1', ids: ['relu_restrict_family'], paperRef: 'Figure 3', chapter: 'foundations', title: 'a network along an input family' },
  { label: 'E2', ids: ['neuron_jump_eq_alpha_abs'], paperRef: null, chapter: 'foundations', title: 'one neuron has one kink, of jump α|a|' },
  { label: 'E3', ids: ['network_positive_homogeneous', 'network_homogeneous_of_negative_scale'], paperRef: null, chapter: 'foundations', title: 'positive homogeneity' },
  { label: 'E4', ids: ['second_difference_eq_hat_sum'], paperRef: null, chapter: 'foundations', title: 'second differences are sums of hats' },
  { label: 'E11', ids: ['sup_over_cube_eq_max_over_vertices'], paperRef: 'Definition 1', chapter: 'foundations', title: 'the exact sup over the cube' },
  { label: 'E13', ids: ['neuron_pruned_eq_weight_pruned'], paperRef: null, chapter: 'foundations', title: 'neuron pruning is weight pruning' },
  { label: 'E14', ids: ['relu_sub_relu_neg', 'relu_mul_of_nonneg'], paperRef: null, chapter: 'foundations', title: 'two ReLU identities' },
  { label: 'E5', ids: ['approx_error_ge_quarter_kink_of_affine'], paperRef: 'Lemma 2', chapter: 'lower-bound', title: 'a breakpoint is necessary' },
  { label: 'E6', ids: ['quarter_kink_bound_attained', 'approx_error_ge_third_kink_of_affine'], paperRef: 'Lemma 2', chapter: 'lower-bound', title: 'the constant 4 is optimal' },
  { label: 'E7', ids: ['breakpoint_near_target_of_approx'], paperRef: 'Lemma 2', chapter: 'lower-bound', title: 'a breakpoint near the target' },
  { label: 'E8', ids: ['broken_bins_eq_unhit_bins'], paperRef: 'Definition 2', chapter: 'lower-bound', title: 'broken bins' },
  { label: 'E9', ids: ['not_approx_of_broken_bin', 'not_approx_of_broken_bin_without_margin'], paperRef: 'Lemma 1', chapter: 'lower-bound', title: 'a broken bin prevents approximation' },
  { label: 'E10', ids: ['hat_certificate_of_not_approx'], paperRef: null, chapter: 'lower-bound', title: 'hat certificates' },
  { label: 'E12', ids: ['weight_pruned_breakpoints_subset'], paperRef: null, chapter: 'lower-bound', title: 'breakpoints of weight-pruned networks' },
  { label: 'E17', ids: ['lemma2_under_output_relu'], paperRef: 'Lemma 2', chapter: 'lower-bound', title: 'Lemma 2 fails under an output ReLU' },
  { label: 'P1', ids: ['breakpoint_is_standard_cauchy'], paperRef: null, chapter: 'lower-bound', title: 'breakpoints are standard Cauchy' },
  { label: 'P2', ids: ['family_breakpoints_independent'], paperRef: null, chapter: 'lower-bound', title: 'families are independent' },
  { label: 'P3', ids: ['hit_probability_eq'], paperRef: null, chapter: 'lower-bound', title: 'the probability of hitting a window' },
  { label: 'D3', ids: ['broken_count_nonincreasing'], paperRef: 'Definition 3', chapter: 'chains', title: 'the broken-bin count' },
  { label: 'D4', ids: ['bd_step_distribution_is_probability', 'bd_exit_probability_eq_gamblers_ruin'], paperRef: 'Definition 4', chapter: 'chains', title: 'birth–death chains' },
  { label: 'C1', ids: ['pure_death_zero_prob_eq_inclusion_exclusion', 'pure_death_zero_prob_eq_independent_clocks'], paperRef: null, chapter: 'chains', title: 'the pure-death chain' },
  { label: 'C2', ids: ['broken_count_dominates_bd_chain'], paperRef: null, chapter: 'chains', title: 'the coupling with the chain' },
  { label: 'C3', ids: ['all_families_zero_prob_eq_product'], paperRef: 'Figure 2', chapter: 'chains', title: 'families multiply' },
  { label: 'C4', ids: ['every_bin_hit_of_universal_approx'], paperRef: 'Figure 2', chapter: 'chains', title: 'all chains must reach 0' },
  { label: 'T1-fixed', ids: ['approx_prob_le_hit_prob_of_fixed_target'], paperRef: 'Theorem 1', chapter: 'theorem1', title: 'a fixed target' },
  { label: 'T1-product', ids: ['approx_prob_le_product_of_hit_probs'], paperRef: 'Theorem 1', chapter: 'theorem1', title: 'the product over families' },
  { label: 'T1-universal', ids: ['universal_approx_prob_le_chain_bound'], paperRef: 'Theorem 1', chapter: 'theorem1', title: 'every target at once' },
  { label: '§7', ids: ['v3.neuron_lower_bound', 'v2.neuron_lower_bound'], paperRef: 'Theorem 1', chapter: 'theorem1', title: 'the headline lower bounds (v3, v1/v2)' },
  { label: 'E15', ids: ['axis_target_weight_pruning_error_eq'], paperRef: null, chapter: 'weight-pruning', title: 'weight pruning to σ(x_1)' },
  { label: 'E16', ids: ['output_relu_construction_error_le_l1'], paperRef: null, chapter: 'weight-pruning', title: 'the output-ReLU construction' },
  { label: 'P4', ids: ['subset_sum_covering'], paperRef: null, chapter: 'weight-pruning', title: 'random subset sums cover' },
  { label: '§7', ids: ['v3.weight_upper_bound', 'v2.weight_upper_bound@A1', 'v2.weight_upper_bound@A2'], paperRef: null, chapter: 'weight-pruning', title: 'the headline upper bounds (v3; v1/v2 under A1 and A2)' },
];

/** The label of a `specRef`: its first word ("E6 (negative control)" → "E6", "§7 (W2)" → "§7"). */
export function specLabel(specRef: string): string {
  return specRef.split(/[ (]/)[0]!;
}

/** The index entry that lists `id`, if any. */
export function specEntryOf(id: string): SpecEntry | undefined {
  return SPEC_INDEX.find((e) => e.ids.includes(id));
}

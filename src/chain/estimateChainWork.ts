/**
 * # The cost of an exact chain computation
 *
 * Main definitions: {@link ChainRequest} — what a chain computation will do (states, steps, the
 * law's kernel, C1's closed form, an exit interval); {@link estimateChainWork} — its estimated work
 * in 64-bit limb operations, per part and in total (the `chain` command refuses past `--max-work`).
 *
 * Implementation notes: after t steps the exact probabilities have t·log₂L bits (L the lcm of the
 * rates' denominators), so s steps over T + 1 states cost about (T + 1)·s word operations per limb;
 * the divided-difference kernel costs about n²·w for n nodes; the exit probabilities' constant was
 * fitted on the reference machine. The estimate only guards against runs that would not finish.
 */
import type { LawPlan } from './BirthDeathChain.js';

const words = (bits: number) => bits / 64 + 1;

/** What a chain request will compute. */
export interface ChainRequest {
  readonly T: number;
  /** log₂ of the lcm of the rates' denominators. */
  readonly log2L: number;
  /** Steps of the law (absent: no law). */
  readonly steps?: number;
  /** The law's kernel ({@link BirthDeathChain.lawPlan}; absent: 'step'), with the states it works on. */
  readonly lawPlan?: LawPlan;
  /** Whether C1's closed form is computed too (pure death from T), with log₂ of p's denominator. */
  readonly closedFormLog2q?: number;
  /** The exit interval (absent: none). */
  readonly exit?: { readonly lo: number; readonly hi: number };
}

/** Estimated work of a request, in 64-bit limb operations, per part and in total. */
export function estimateChainWork(r: ChainRequest): { law: number; closedForm: number; exit: number; total: number } {
  let law = 0,
    closedForm = 0,
    exit = 0;
  if (r.steps !== undefined) {
    const w = words(r.steps * r.log2L);
    const reduce = (r.T + 1) * w * w;
    if (r.lawPlan?.kernel === 'divided-difference') {
      const n = r.lawPlan.nodes;
      law = (5 / 3) * n * n * w + n * w * (2 + Math.log2(r.steps + 1)) + reduce;
    } else law = (r.T + 1) * r.steps * w + reduce;
    if (r.closedFormLog2q !== undefined)
      closedForm = (r.T + 1) * words(r.T + r.steps * r.closedFormLog2q) * (2 + Math.log2(r.steps + 1));
  }
  if (r.exit) {
    const n = r.exit.hi - r.exit.lo - 1;
    exit = n * 1.9e6 * Math.pow(n / 100, 2.2) * Math.pow((r.log2L + 1) / 4.6, 2);
  }
  return { law, closedForm, exit, total: law + closedForm + exit };
}

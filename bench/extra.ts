/**
 * Benchmarks of the later kernels (decision, chains, subset sums); each returns rows for the table.
 */
/** A bench row. */
export interface ExtraRow {
  name: string;
  exactMs: number;
  baselineMs: number;
  baseline: string;
  targetMs?: number;
  ratioTarget?: number;
}
/** Extra benches (filled in as kernels land). */
export async function extraBenches(_measure: (name: string, fn: () => unknown, time?: number) => Promise<number>): Promise<ExtraRow[]> {
  return [];
}

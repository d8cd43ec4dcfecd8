/**
 * # The per-claim seed
 *
 * Main definitions: {@link claimSeed}(globalSeed, id) — FNV-1a of `${seed}:${id}` as a 31-bit seed.
 *
 * Main statements: the seed depends only on the global seed and the claim id, not on the run order
 * or the sharding, so a sharded run equals the unsharded one.
 */

/** FNV-1a of `${seed}:${id}`, as a 31-bit seed. */
export function claimSeed(globalSeed: number, id: string): number {
  let h = 0x811c9dc5;
  const s = `${globalSeed}:${id}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff;
}

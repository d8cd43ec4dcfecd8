/**
 * # Selecting claims: patterns and shards
 *
 * Main definitions: {@link selectClaims}(claims, pattern) — comma-separated ids or globs (`*`
 * matches any run of characters), erroring on a pattern that matches nothing;
 * {@link parseShard}("k/n") and {@link shardOf} (claim i goes to shard i mod n + 1 in registry order).
 */
import type { Claim } from '../claims/defineClaim.js';
import { CliUsageError } from '../errors.js';

/** Claims matching a comma-separated list of ids or globs. @throws CliUsageError */
export function selectClaims(claims: readonly Claim[], pattern: string | undefined): Claim[] {
  if (pattern === undefined) return [...claims];
  const parts = pattern
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) throw new CliUsageError(`--claims: empty pattern`);
  const out = new Set<Claim>();
  for (const p of parts) {
    const re = new RegExp('^' + p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    const hit = claims.filter((c) => re.test(c.id));
    if (hit.length === 0)
      throw new CliUsageError(`--claims: '${p}' matches no claim id (try 'npm run check -- --list')`);
    hit.forEach((c) => out.add(c));
  }
  return claims.filter((c) => out.has(c));
}

/** Parse "k/n" with 1 ≤ k ≤ n ≤ 1000. @throws CliUsageError */
export function parseShard(spec: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) throw new CliUsageError(`--shard: expected k/n with 1 ≤ k ≤ n (e.g. 1/2), got '${spec}'`);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (!(n >= 1 && n <= 1000 && k >= 1 && k <= n))
    throw new CliUsageError(`--shard: expected k/n with 1 ≤ k ≤ n ≤ 1000, got '${spec}'`);
  return { k, n };
}

/** The claims of shard k of n (round-robin over the given order). */
export function shardOf<T>(items: readonly T[], k: number, n: number): T[] {
  return items.filter((_, i) => i % n === k - 1);
}

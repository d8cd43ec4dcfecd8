/**
 * One test per claim at CI depth, shard 3 of 3 (see claimShards.ts): the verdict must be the
 * expected one (a negative control must be refuted, or the suite is broken), and a refutation must
 * come with a counterexample that survives the exact JSON round trip and still violates the claim.
 */
import { describeClaimShard } from './claimShards.js';

await describeClaimShard(3);

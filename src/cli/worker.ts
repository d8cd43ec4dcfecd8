/**
 * # Worker process of the claim runner
 *
 * Receives `{ id, opts, dir }` messages, runs the claim, answers with its {@link RunRecord}.
 */
import { allClaims } from '../../properties/index.js';
import { runClaim, type RunOptions } from '../claims/runClaim.js';
import { pinnedInputs } from '../claims/pinned.js';

interface Job {
  id: string;
  opts: Omit<RunOptions, 'pinned'>;
  dir: string;
}

process.on('message', async (msg: Job) => {
  const claim = allClaims.find((c) => c.id === msg.id);
  try {
    if (!claim) throw new Error(`unknown claim ${msg.id}`);
    const rec = await runClaim(claim, { ...msg.opts, pinned: pinnedInputs(msg.dir, claim) });
    process.send!({ ok: true, rec });
  } catch (e) {
    process.send!({ ok: false, id: msg.id, error: `${(e as Error).name}: ${(e as Error).message}` });
  }
});
// the parent died or closed the channel: stop at once rather than finish an orphaned job
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });

/**
 * Replay evaluates a stored input through the runner's one evaluation path, hypothesis included:
 * an input outside the claim's hypothesis is not a counterexample (exit 1, "does not meet the
 * claim's hypothesis"), never a reproduced violation; an input inside it that violates the claim
 * reproduces (exit 0); a record of a run validates against `ClaimRecordSchema`.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { callCommand } from './callCommand.js';
import { runReplay } from '../src/cli/replay.js';
import { canonicalJSON, type Json } from '../src/claims/codec.js';
import { makeCounterexampleFile } from '../src/claims/counterexampleFile.js';
import { loadClaims } from '../src/runner/registry.js';
import { ClaimRecordSchema, JSON_DEF } from '../src/schema/schemas.js';
import { runClaim } from '../src/runner/runClaim.js';
import { evaluate } from '../src/runner/evaluate.js';
import { removeTempDirs, tempDir } from './tempDir.js';

afterAll(removeTempDirs);

/** A claim of one's own: for x > 0 (the hypothesis), x ≥ 3 (false at x = 2, and "false" at x = −1 if the hypothesis were skipped). */
const CLAIM = `export default {
  id: 'replay_hypothesis_demo', kind: 'exact-forall', uses: [],
  specRef: 'test', paperRef: null, versions: ['v3'], readings: [], statement: 'for x > 0, x >= 3 (false at x = 2)', expected: 'refuted',
  numRuns: { ci: 1, full: 1 }, arbitrary: () => null,
  hypothesis: (i) => i.x > 0,
  check: (i) => [{ lhsLabel: 'x >= 3', lhs: i.x >= 3, op: '=', rhsLabel: 'true', rhs: true }],
};
`;

const replay = (argv: string[]) => callCommand(runReplay, argv);

describe('replay goes through the runner’s evaluation path', () => {
  const dir = tempDir('replay-hyp-');
  writeFileSync(join(dir, 'replay_hypothesis_demo.mjs'), CLAIM);
  const file = (name: string, x: number) => {
    const f = join(dir, `${name}.json`);
    const cex = makeCounterexampleFile({
      claim: 'replay_hypothesis_demo',
      expected: 'holds',
      source: 'fast-check',
      seed: 1,
      path: null,
      input: { x },
      violated: {},
      relations: [],
      note: null,
    });
    writeFileSync(f, canonicalJSON(cex as unknown as Json));
    return f;
  };

  it('an input outside the hypothesis does not replay as a violation (exit 1, says so)', async () => {
    const r = await replay([file('outside', -1), '--claims-dir', dir]);
    expect(r.code, r.err).toBe(1);
    expect(r.out).toMatch(/NOT reproduced: the stored input does not meet the claim's hypothesis/);
    expect(r.out).not.toMatch(/^reproduced/m);
  });

  it('an input inside the hypothesis that violates the claim reproduces (exit 0)', async () => {
    const r = await replay([file('inside', 2), '--claims-dir', dir]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/reproduced: 1 relation\(s\) violated/);
  });

  it('evaluate: a hypothesis miss is ok and not met; a throw is an error, not a pass', async () => {
    const [claim] = (await loadClaims({ claimsDirs: [dir] })).filter((c) => c.id === 'replay_hypothesis_demo');
    expect(evaluate(claim!, { x: -1 })).toMatchObject({ met: false, ok: true });
    expect(evaluate(claim!, { x: 2 })).toMatchObject({ met: true, ok: false });
    expect(evaluate(claim!, null)).toMatchObject({ ok: false, error: expect.stringMatching(/TypeError/) });
  });
});

describe('the record is the schema’s static type', () => {
  it('records of an exact and a statistical run validate against ClaimRecordSchema', async () => {
    const claims = await loadClaims();
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
    // the schema's $ref to #/$defs/Json needs the definition beside it
    const validate = ajv.compile({
      ...(JSON.parse(JSON.stringify(ClaimRecordSchema)) as object),
      $defs: { Json: JSON_DEF },
    });
    for (const id of [
      'relu_mul_of_nonneg',
      'approx_error_ge_quarter_kink_of_affine',
      'family_breakpoints_independent',
    ]) {
      const claim = claims.find((c) => c.id === id)!;
      const r = await runClaim(claim, { seed: 1, depth: 'ci', runs: 200, budgetMs: 60_000 });
      expect(validate(r.record), `${id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      // and a record that is not one is refused (the check can fail)
      expect(validate({ ...r.record, verdict: 'maybe' })).toBe(false);
    }
  });
});

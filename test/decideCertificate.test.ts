/**
 * Certificate files of src/decide: round trip through the file text, exact re-verification without
 * the solver, and the negative controls (a corrupted dual, a missing leaf, a branch that does not
 * split, a surplus token, a witness with one neuron flipped, an edited file).
 */
import { describe, expect, test } from 'vitest';
import { Rational, q } from '../src/exact/Rational.js';
import { TargetNeuron } from '../src/model/Network.js';
import { certifyDecision, certifyMinimum, rootLpCertificate, seededInstance } from '../src/decide/certifyInstance.js';
import {
  decodeTree,
  encodeTree,
  makeNeuronCertificate,
  parseNeuronCertificate,
  type NeuronCertificate,
} from '../src/decide/neuronCertificate.js';
import { verifyNeuronCertificate } from '../src/decide/verifyNeuronCertificate.js';
import type { Multiplier } from '../src/decide/dualBound.js';
import { randomNetwork } from '../src/model/randomNetwork.js';
import { subsetError } from '../src/model/exactDecisionBnB.js';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyFolder, writeCertificate } from '../src/decide/certificateFolder.js';

const f = new TargetNeuron([Rational.ONE, Rational.ZERO]);

/** The same certificate with new content and a fresh checksum (so only the exact check can reject it). */
function resign(c: NeuronCertificate, patch: Partial<NeuronCertificate>): NeuronCertificate {
  const { sha256: _s, format: _f, ...rest } = { ...c, ...patch };
  return makeNeuronCertificate(rest);
}

async function noCertificate(): Promise<NeuronCertificate> {
  // seed 20260302:gap:2 at N = 30, ε = 1/8: no subset (a tree with LP and one-row leaves)
  const r = await certifyDecision(seededInstance('20260302:gap:2', 30, f, q(1, 8)));
  expect(r.certificate?.kind).toBe('no');
  return r.certificate!;
}

describe('certificates', () => {
  test('a no certificate survives the file round trip and verifies exactly', async () => {
    const c = await noCertificate();
    const back = parseNeuronCertificate(JSON.stringify(c));
    expect(back).toEqual(c);
    const v = verifyNeuronCertificate(back);
    expect(v.ok).toBe(true);
    expect(encodeTree(decodeTree(c.tree!))).toEqual(c.tree);
  });

  test('negative controls: a corrupted dual, a missing leaf, a branch on a fixed coordinate, a surplus token', async () => {
    const c = await noCertificate();
    const tree = decodeTree(c.tree!);
    const leafAt = tree.findIndex((t) => typeof t !== 'number' && t.rows.length > 1);
    const k = leafAt >= 0 ? leafAt : tree.findIndex((t) => typeof t !== 'number');
    const leaf = tree[k] as Multiplier;
    // corrupted dual: every weight negated (the bound changes sign)
    const neg = [...tree];
    neg[k] = { rows: leaf.rows, weights: leaf.weights.map((w) => -w) };
    expect(verifyNeuronCertificate(resign(c, { tree: encodeTree(neg) })).ok).toBe(false);
    // corrupted dual: one weight scaled by 1000 (a multi-row leaf) or moved to another row
    const bent = [...tree];
    bent[k] =
      leaf.rows.length > 1
        ? { rows: leaf.rows, weights: leaf.weights.map((w, i) => (i === 0 ? w * 1000n : w)) }
        : { rows: [(leaf.rows[0]! + 1) % 10], weights: leaf.weights };
    const vb = verifyNeuronCertificate(resign(c, { tree: encodeTree(bent) }));
    expect(vb.ok).toBe(false);
    // a pruned node missing from the tree: the last leaf dropped
    const lastLeaf = tree.length - 1;
    const missing = tree.filter((_, i) => i !== lastLeaf);
    const vm = verifyNeuronCertificate(resign(c, { tree: encodeTree(missing) }));
    expect(vm.ok === false && /ends early/.test(vm.reason)).toBe(true);
    // a surplus token
    const vs = verifyNeuronCertificate(resign(c, { tree: [...c.tree!, c.tree![c.tree!.length - 1]!] }));
    expect(vs.ok === false && /surplus/.test(vs.reason)).toBe(true);
    // a branch on a coordinate already fixed: its two children would not split the box
    const first = tree.findIndex((t) => typeof t === 'number');
    const dup = [...tree.slice(0, first + 1), tree[first]!, ...tree.slice(first + 1)];
    const vd = verifyNeuronCertificate(resign(c, { tree: encodeTree(dup) }));
    expect(vd.ok === false && /already fixed/.test(vd.reason)).toBe(true);
    // an edited file without a new checksum
    const edited = JSON.stringify({ ...c, nodes: c.nodes + 1 });
    expect(() => parseNeuronCertificate(edited)).toThrow(/sha256/);
  });

  test('a yes certificate verifies; its witness with one neuron flipped does not', async () => {
    const r = await certifyDecision(seededInstance('20260302:gap:4', 20, f, q(1, 4)));
    const c = r.certificate!;
    expect(c.kind).toBe('yes');
    expect(verifyNeuronCertificate(parseNeuronCertificate(JSON.stringify(c))).ok).toBe(true);
    const g = randomNetwork('20260302:gap:4', 20, 2);
    const eps = q(1, 4);
    let rejected = 0;
    for (let j = 0; j < 20; j++) {
      const S = c.S!.includes(j) ? c.S!.filter((x) => x !== j) : [...c.S!, j].sort((a, b) => a - b);
      const truth = subsetError(f, g, S);
      // with the stated error kept: accepted only if the flip leaves the exact error unchanged
      expect(verifyNeuronCertificate(resign(c, { S })).ok).toBe(truth.eq(Rational.parse(c.error!)));
      // with the flipped witness's true error stated: accepted iff it is still ≤ ε
      const ok = verifyNeuronCertificate(resign(c, { S, error: truth.toString() })).ok;
      expect(ok).toBe(truth.le(eps));
      if (!ok) rejected++;
    }
    expect(rejected).toBeGreaterThan(10);
  });

  test('an optimal certificate (exact minimum) and a root-LP certificate verify', async () => {
    const m = await certifyMinimum(seededInstance('opt:1', 14, f, null));
    expect(m.certificate?.kind).toBe('optimal');
    expect(verifyNeuronCertificate(m.certificate!).ok).toBe(true);
    const err = Rational.parse(m.certificate!.error!);
    // claiming a smaller error than the true minimum is rejected
    const better = resign(m.certificate!, { error: err.mul(q(1, 2)).toString() });
    expect(verifyNeuronCertificate(better).ok).toBe(false);
    const lp = await rootLpCertificate(seededInstance('20260302:gap:0', 40, f, q(1, 8)));
    expect(lp?.tree?.length).toBe(1);
    expect(verifyNeuronCertificate(lp!).ok).toBe(true);
  });

  test("the threshold command's folder check: a good file passes, an edited one is reported", async () => {
    const c = await noCertificate();
    const dir = mkdtempSync(join(tmpdir(), 'decide-cert-'));
    try {
      const name = writeCertificate(dir, c);
      writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...c, nodes: c.nodes + 1 }));
      expect(readdirSync(dir).sort()).toEqual(['edited.json', name].sort());
      const r = verifyFolder(dir, () => {});
      expect(r.files).toBe(2);
      expect(r.failed).toEqual(['edited.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

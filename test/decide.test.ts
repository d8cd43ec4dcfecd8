/**
 * The certified decision kernel (src/decide): identical answers with brute force
 * (`minNeuronPruningError`) and the interval branch and bound (`decideNeuronPruningBnB`) on seeded
 * instances, exact minima, and the check rows against `subsetError`.
 */
import { describe, expect, test } from 'vitest';
import { Rational, q } from '../src/exact/Rational.js';
import { TargetNeuron } from '../src/model/Network.js';
import { randomNetwork } from '../src/model/randomNetwork.js';
import { minNeuronPruningError } from '../src/model/exactDecision.js';
import { decideNeuronPruningBnB, subsetError } from '../src/model/exactDecisionBnB.js';
import { checkRows } from '../src/decide/checkRows.js';
import { subsetErrorExact } from '../src/decide/dualBound.js';
import { searchSubsets } from '../src/decide/subsetSearch.js';
import { rootLpBound } from '../src/decide/certifyInstance.js';

const f2 = new TargetNeuron([Rational.ONE, Rational.ZERO]);
const f2b = new TargetNeuron([q(3, 5), q(-4, 5)]);
const f3 = new TargetNeuron([q(2, 3), q(-1, 3), q(2, 3)]);

describe('check rows (E11, integer form)', () => {
  test('the exact error over the rows equals subsetError for random subsets (d = 2, 3)', () => {
    for (const [f, d] of [
      [f2, 2],
      [f3, 3],
    ] as const) {
      const g = randomNetwork(`rows:${d}`, 9, d);
      const rows = checkRows(f, g);
      for (let m = 0; m < 2 ** 9; m += 37) {
        const S = [...Array(9).keys()].filter((j) => (m >> j) & 1);
        expect(subsetErrorExact(rows, S).error.eq(subsetError(f, g, S))).toBe(true);
      }
    }
  });
});

describe('decisions agree with brute force and the interval branch and bound', () => {
  test('N ≤ 16, d = 2: the exact minimum, and the decision at ε = min and just below it', async () => {
    for (let i = 0; i < 12; i++) {
      const N = 4 + i;
      const f = i % 2 ? f2 : f2b;
      const g = randomNetwork(`agree:${i}`, N, 2);
      const brute = minNeuronPruningError(f, g);
      const rows = checkRows(f, g);
      const min = await searchSubsets(rows, { kind: 'minimum' });
      expect(min.status).toBe('optimal');
      if (min.status !== 'optimal') continue;
      expect(min.error.eq(brute.value)).toBe(true);
      const at = await searchSubsets(rows, { kind: 'decide', eps: brute.value });
      expect(at.status).toBe('yes');
      const below = brute.value.mul(q(999, 1000));
      const no = await searchSubsets(rows, { kind: 'decide', eps: below });
      expect(no.status).toBe('no');
      expect(decideNeuronPruningBnB(f, g, below).answer).toBe('NO');
    }
  });

  test('d = 3, N ≤ 8: the exact minimum equals brute force', async () => {
    for (let i = 0; i < 3; i++) {
      const g = randomNetwork(`agree3:${i}`, 6 + i, 3);
      const rows = checkRows(f3, g);
      const min = await searchSubsets(rows, { kind: 'minimum' });
      expect(min.status === 'optimal' && min.error.eq(minNeuronPruningError(f3, g).value)).toBe(true);
    }
  });

  test('N = 24 … 40, ε = 1/8 and 1/4: the same answer as decideNeuronPruningBnB', async () => {
    for (const [N, seed, eps] of [
      [24, 'big:0', q(1, 4)],
      [32, 'big:1', q(1, 8)],
      [40, '20260302:gap:2', q(1, 8)],
      [36, 'big:3', q(1, 4)],
    ] as const) {
      const g = randomNetwork(seed, N, 2);
      const r = await searchSubsets(checkRows(f2, g), { kind: 'decide', eps });
      const b = decideNeuronPruningBnB(f2, g, eps);
      expect(r.status).toBe(b.answer === 'APPROX' ? 'yes' : 'no');
      if (r.status === 'yes') expect(subsetError(f2, g, r.S).le(eps)).toBe(true);
    }
  });

  test('the root LP bound is a lower bound on the exact minimum', async () => {
    for (let i = 0; i < 4; i++) {
      const g = randomNetwork(`lp:${i}`, 10, 2);
      const { bound } = await rootLpBound(checkRows(f2, g));
      expect(bound.le(minNeuronPruningError(f2, g).value)).toBe(true);
    }
  });

  test('bad options are typed errors naming the parameter', async () => {
    const rows = checkRows(f2, randomNetwork('bad', 4, 2));
    await expect(searchSubsets(rows, { kind: 'decide', eps: q(-1, 2) })).rejects.toThrow(/goal\.eps/);
    await expect(searchSubsets(rows, { kind: 'minimum' }, { maxNodes: 0 })).rejects.toThrow(/maxNodes/);
    await expect(searchSubsets(rows, { kind: 'minimum' }, { start: [7] })).rejects.toThrow(/start/);
  });
});

/**
 * # `estimateChainWork`: each part of the estimate against its formula, hand-evaluated
 *
 * w(bits) = bits/64 + 1 words; the law costs (T + 1)·s·w + (T + 1)·w² by stepping and
 * (5/3)·n²·w + n·w·(2 + log₂(s + 1)) + (T + 1)·w² by divided differences over n nodes; C1's closed
 * form (T + 1)·w(T + s·log₂q)·(2 + log₂(s + 1)); the exit probabilities
 * n·1.9·10⁶·(n/100)^2.2·((log₂L + 1)/4.6)² for n = hi − lo − 1 interior states.
 */
import { describe, expect, test } from 'vitest';
import { estimateChainWork } from '../../src/chain/estimateChainWork.js';

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.abs(b));

describe('estimateChainWork', () => {
  test('nothing requested: zero work', () => {
    expect(estimateChainWork({ T: 10, log2L: 5 })).toEqual({ law: 0, closedForm: 0, exit: 0, total: 0 });
  });
  test('the stepping law: (T + 1)·s·w + (T + 1)·w², w = s·log₂L/64 + 1', () => {
    const r = estimateChainWork({ T: 9, log2L: 6, steps: 640 });
    const w = (640 * 6) / 64 + 1; // 61
    close(r.law, 10 * 640 * w + 10 * w * w);
    expect([r.closedForm, r.exit]).toEqual([0, 0]);
    close(r.total, r.law);
    // an explicit 'step' plan is the same
    close(estimateChainWork({ T: 9, log2L: 6, steps: 640, lawPlan: { kernel: 'step', nodes: 10 } }).law, r.law);
  });
  test('divided differences over n nodes, and the closed form beside it', () => {
    const r = estimateChainWork({
      T: 99,
      log2L: 3,
      steps: 255,
      lawPlan: { kernel: 'divided-difference', nodes: 40 },
      closedFormLog2q: 7,
    });
    const w = (255 * 3) / 64 + 1;
    close(r.law, (5 / 3) * 40 * 40 * w + 40 * w * (2 + 8) + 100 * w * w);
    close(r.closedForm, 100 * ((99 + 255 * 7) / 64 + 1) * (2 + 8));
    expect(r.exit).toBe(0);
    close(r.total, r.law + r.closedForm);
  });
  test('the exit probabilities: n·1.9e6·(n/100)^2.2·((log₂L + 1)/4.6)²', () => {
    const r = estimateChainWork({ T: 300, log2L: 9, exit: { lo: 20, hi: 221 } });
    const n = 200;
    close(r.exit, n * 1.9e6 * Math.pow(2, 2.2) * Math.pow(10 / 4.6, 2));
    expect([r.law, r.closedForm]).toEqual([0, 0]);
    close(r.total, r.exit);
    const all = estimateChainWork({ T: 300, log2L: 9, steps: 10, closedFormLog2q: 2, exit: { lo: 20, hi: 221 } });
    close(all.total, all.law + all.closedForm + all.exit);
    expect(all.law > 0 && all.closedForm > 0 && all.exit > 0).toBe(true);
  });
});

/**
 * Bad input gets a typed error naming the parameter and its allowed range — never a wrong answer,
 * a hang or an untyped exception. A property feeds each kind of bad input to each API.
 */
import { describe, expect } from 'vitest';
import { test, fc } from './propTest.js';
import { Rational, q } from '../src/exact/Rational.js';
import { InvalidParameterError, InexactNumberError, ZeroDenominatorError, PruningCheckError } from '../src/errors.js';
import { randomNetwork } from '../src/model/randomNetwork.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { familyPoint, breakpoint } from '../src/model/family.js';
import { requireEpsilon } from '../src/model/validate.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { clopperPearson } from '../src/stats/binomial.js';
import { SeededRng } from '../src/random/SeededRng.js';
import { BirthDeathChain } from '../src/chain/BirthDeathChain.js';
import { decodeExact, canonicalJSON, sha256, type Json } from '../src/claims/codec.js';
import { parseCounterexample } from '../src/claims/counterexampleFile.js';
import { assertJsonLimits, parseJsonInput, readJsonFile } from '../src/schema/validate.js';
import { CliUsageError } from '../src/errors.js';
import { tmpdir } from 'node:os';

const badNumbers = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 60), 0.5, -1.25),
  fc.double({ noInteger: true }).filter((x) => Number.isFinite(x)),
);

function expectTyped(
  fn: () => unknown,
  param: RegExp,
  cls: new (...a: never[]) => PruningCheckError = InvalidParameterError,
) {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(cls);
  expect((err as Error).message).toMatch(param);
}

describe('bad input', () => {
  test.prop([badNumbers])('unsafe or non-integer numbers never enter an exact path', (x) => {
    expectTyped(() => Rational.of(x), /parameter 'n'/, InexactNumberError);
    expectTyped(() => Rational.from(x), /parameter 'x'/, InexactNumberError);
  });
  test.prop([fc.constantFrom(NaN, Infinity, -Infinity)])('fromDouble rejects NaN and ±Infinity', (x) => {
    expectTyped(() => Rational.fromDouble(x), /parameter 'x'/, InexactNumberError);
  });
  test.prop([fc.bigInt()])('zero denominators are a typed error', (n) => {
    expectTyped(() => Rational.of(n, 0n), /denominator/, ZeroDenominatorError);
  });
  test.prop([fc.oneof(fc.integer({ max: 1 }), badNumbers)])('d < 2 or a non-integer d', (d) => {
    expectTyped(() => randomNetwork(1, 3, d), /parameter 'd'.*integer/);
  });
  test.prop([fc.oneof(fc.integer({ max: -1 }), badNumbers)])('N < 0 or a non-integer N', (N) => {
    expectTyped(() => randomNetwork(1, N, 3), /parameter 'N'/);
  });
  test.prop([fc.oneof(rationalArb({ min: q(-5), max: Rational.ZERO }), rationalArb({ min: Rational.ONE, max: q(5) }))])(
    'ε outside (0, 1)',
    (e) => {
      expectTyped(() => requireEpsilon('api', e), /parameter 'eps'.*\(0, 1\)/);
    },
  );
  test.prop([fc.integer({ min: 2, max: 9 }), fc.integer({ min: -5, max: 12 })])('family index out of range', (d, i) => {
    fc.pre(i < 1 || i > Math.floor(d / 2));
    expectTyped(() => familyPoint(d, i, Rational.ZERO), /parameter 'i'.*integer in \[1, /);
    expectTyped(() => breakpoint(Array(d).fill(Rational.ONE), i), /parameter 'i'/);
  });
  test.prop([rationalArb({ min: q(-3), max: q(3) }).filter((t) => t.abs().gt(Rational.ONE))])(
    't outside [−1, 1]',
    (t) => {
      expectTyped(() => familyPoint(4, 1, t), /parameter 't'/);
    },
  );
  test.prop([fc.array(rationalArb({}), { minLength: 2, maxLength: 5 })])(
    'a non-unit target where a unit one is required',
    (w) => {
      let n2 = Rational.ZERO;
      for (const x of w) n2 = n2.add(x.mul(x));
      fc.pre(!n2.eq(Rational.ONE));
      expectTyped(() => new TargetNeuron(w), /parameter 'w'.*unit vector/);
      expect(() => new TargetNeuron(w, { requireUnit: false })).not.toThrow();
    },
  );
  test.prop([networkArb({ d: 3, minN: 1, maxN: 4 }), fc.integer({ min: 0, max: 6 }).filter((k) => k !== 3)])(
    'mismatched lengths',
    (g, len) => {
      expectTyped(() => g.eval(Array(len).fill(Rational.ZERO)), /parameter 'x'.*length 3/);
      expectTyped(
        () => new Network(3, [{ alpha: Rational.ONE, w: Array(len).fill(Rational.ZERO) }]),
        /parameter 'neurons\[0\]\.w'/,
      );
      expectTyped(() => g.weightPrune([], []), /parameter 'm'/);
      expectTyped(() => g.neuronPrune([g.N]), /parameter 'S'/);
    },
  );
  test.prop([badNumbers])('numbers where Rationals are required', (x) => {
    expectTyped(
      () => new Network(2, [{ alpha: x as unknown as Rational, w: [Rational.ONE, Rational.ONE] }]),
      /neurons\[0\]\.alpha.*Rational/,
    );
  });
  test.prop([fc.constantFrom(NaN, 1.5, 2 ** 60, Infinity)])('bad seeds', (s) => {
    expectTyped(() => new SeededRng(s), /parameter 'seed'/);
  });
  test.prop([fc.integer({ min: -5, max: 0 })])('statistics: n < 1, k out of range, α outside (0,1)', (n) => {
    expectTyped(() => clopperPearson(0, n, q(1, 20)), /parameter 'n'/);
    expectTyped(() => clopperPearson(5, 3, q(1, 20)), /parameter 'k'/);
    expectTyped(() => clopperPearson(1, 3, q(3, 2)), /parameter 'alpha'/);
  });
  test.prop([fc.constantFrom({ d: 1 }, { d: 2, maxN: -1 }, { d: 2, bogus: 1 }, { d: 2, mode: 'x' })])(
    'arbitrary constraints are validated up front',
    (c) => {
      expectTyped(() => networkArb(c as never), /networkArb: parameter 'constraints\./);
    },
  );
  test.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 4 })])(
    'bad chains are rejected: rates outside [0,1], rows over 1, λ_T ≠ 0, μ_0 ≠ 0, wrong lengths',
    (T, kind) => {
      const zero = () => Array.from({ length: T + 1 }, () => Rational.ZERO);
      const lam = zero(),
        mu = zero();
      if (kind === 0) lam[0] = q(-1, 3);
      if (kind === 1) mu[T] = q(3, 2);
      if (kind === 2)
        (lam[0] = q(2, 3)),
          (mu[0] = Rational.ZERO),
          T >= 1 && (mu[1] = q(1, 2)),
          (lam[1] = T > 1 ? q(2, 3) : Rational.ZERO);
      if (kind === 3) lam[T] = q(1, 5);
      if (kind === 4) mu[0] = q(1, 5);
      const param = [
        /lambda\[0\]/,
        new RegExp(`mu\\[${T}\\]`),
        /lambda\[1\] \+ mu\[1\]|mu\[1\]/,
        new RegExp(`lambda\\[${T}\\]`),
        /mu\[0\]/,
      ][kind]!;
      if (kind === 2 && T === 1) return; // λ_1 must be 0 at the top; covered by kind 3
      expectTyped(() => new BirthDeathChain(T, lam, mu), param);
      expectTyped(() => new BirthDeathChain(T, lam.slice(1), mu), /parameter 'lambda'.*T \+ 1/);
    },
  );

  test.prop([fc.jsonValue({ maxDepth: 6 })])(
    'any JSON as a counterexample file is a one-line CliUsageError, never another exception',
    (v) => {
      expectTyped(() => parseCounterexample(JSON.stringify(v), 'f.json'), /^f\.json: /, CliUsageError);
    },
  );
  test.prop([fc.jsonValue({ maxDepth: 5 }), fc.constantFrom('manifest', 'shard', 'tables')])(
    'any JSON as a claims.json, shard or tables.json file is valid or a one-line CliUsageError',
    (v, kind) => {
      try {
        parseJsonInput(kind as 'manifest', JSON.stringify(v), 'f.json');
      } catch (e) {
        expect(e).toBeInstanceOf(CliUsageError);
        expect((e as Error).message).not.toMatch(/\n/);
      }
    },
  );
  test.prop([fc.jsonValue({ maxDepth: 4 })])(
    'a re-signed counterexample with any input decodes or fails with a typed error',
    (input) => {
      const body = {
        format: 'pruning-gap-check/counterexample@1',
        claim: 'relu_restrict_family',
        expected: 'holds',
        source: 'fast-check',
        seed: 1,
        path: null,
        input: input as Json,
        violated: null,
        relations: [],
        note: null,
      };
      const cex = parseCounterexample(
        canonicalJSON({ ...body, sha256: sha256(canonicalJSON(body as Json)) }),
        'f.json',
      );
      try {
        decodeExact(cex.input);
      } catch (e) {
        expect(e).toBeInstanceOf(PruningCheckError);
      }
    },
  );
  test.prop([
    fc.constantFrom<Json>(
      { $network: 5 },
      { $network: { d: 2, alpha: ['1/1'], w: [] } },
      { $network: { d: 2, alpha: [1], w: [[]] } },
      { $target: 3 },
      { $target: ['1/2', 'x'] },
    ),
  ])('malformed $network / $target tags name the tag', (x) => {
    expectTyped(() => decodeExact(x), /decodeExact: parameter '\$(network|target)'/);
  });
  test.prop([fc.integer({ min: 65, max: 5000 })])(
    'nesting deeper than the limit is refused without recursion',
    (depth) => {
      expectTyped(
        () => assertJsonLimits(JSON.parse('['.repeat(depth) + ']'.repeat(depth)), 'deep.json'),
        /deep\.json: nested deeper than 64 levels/,
        CliUsageError,
      );
    },
  );
  test.prop([fc.constantFrom('counterexample', 'manifest', 'shard')])(
    'a folder or a missing file is a one-line CliUsageError',
    (kind) => {
      expectTyped(() => readJsonFile(kind as 'shard', tmpdir()), /cannot read/, CliUsageError);
      expectTyped(
        () => readJsonFile(kind as 'shard', `${tmpdir()}/no-such-file.json`),
        /cannot read .*ENOENT/,
        CliUsageError,
      );
    },
  );
});

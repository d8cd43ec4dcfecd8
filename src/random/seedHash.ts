/**
 * # From a seed key to a 128-bit generator state
 *
 * Main definitions: {@link seedState} — the four 32-bit words of a xoshiro128** state for a key
 * string.
 *
 * Implementation notes: the key's UTF-16 code units are absorbed into four 32-bit lanes with
 * multiply–xor–rotate rounds (the "cyrb128" construction, public domain), the lanes are cross-mixed,
 * and every lane then goes through MurmurHash3's 32-bit finaliser `fmix32` so that keys differing in
 * one character (`tp:1`, `tp:2`) give unrelated states. Only `Math.imul`, shifts and xor are used,
 * so the mapping is the same on every machine. The all-zero state (the one fixed point of
 * xoshiro128**) is replaced by a fixed non-zero one. This mapping is part of the seed → value
 * contract versioned by `SAMPLER_VERSION` (see `SeededRng.ts`).
 *
 * References: MurmurHash3 (A. Appleby, public domain); cyrb128 (bryc, public domain).
 */

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The xoshiro128** state (four int32 words, not all zero) for a key string. */
export function seedState(key: string): Int32Array {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  // the key length enters the finaliser too, so prefixes of a key do not collide by construction
  const s = Int32Array.of(
    fmix32(h1 ^ key.length),
    fmix32(h2 + 0x9e3779b9),
    fmix32(h3 + 0x3c6ef372),
    fmix32(h4 + 0xdaa66d2b),
  );
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 0x2545f491;
  return s;
}

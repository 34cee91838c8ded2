// A seeded pseudo-random generator of our own, so that a spot-check draw is reproducible from its seed on any
// machine (docs/yearly-cycle.md: same seed, same inputs → same list; no Math.random, no clock). Integer arithmetic only.
//
// Seeding: the seed text (any string the officer chooses, e.g. the year or a public lottery number) is hashed
// with FNV-1a over its UTF-8 bytes, expanded with splitmix32 into 128 bits of state; the generator is sfc32
// (Chris Doty-Humphrey's "small fast counting" generator, passes PractRand). Both are public domain.

export interface Random {
  /** The next unsigned 32-bit integer. */
  nextUint32(): number;
  /** A uniform integer in [0, bound), without modulo bias (rejection sampling). bound ≤ 2^32. */
  below(bound: number): number;
}

function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seededRandom(seed: string): Random {
  const mix = splitmix32(fnv1a32(seed));
  let a = mix(), b = mix(), c = mix(), d = mix();
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i++) nextUint32(); // warm-up: decorrelate from the seed
  const below = (bound: number): number => {
    if (!Number.isInteger(bound) || bound <= 0 || bound > 2 ** 32) throw new RangeError(`bad bound: ${bound}`);
    const limit = Math.floor(2 ** 32 / bound) * bound;
    for (;;) {
      const r = nextUint32();
      if (r < limit) return r % bound;
    }
  };
  return { nextUint32, below };
}

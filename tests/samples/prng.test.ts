import { describe, expect, it } from 'vitest';
import { hash32, Rng, WeightedPicker } from '../../tools/samples/prng.js';

// The canonical mulberry32 (Tommy Ettinger), as published: the generator's Rng must be exactly this.
function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sample PRNG (seeded, no Math.random)', () => {
  it.each([{ seed: 0 }, { seed: 1 }, { seed: 20170816 }, { seed: 0xffffffff }])('matches canonical mulberry32 for seed $seed', ({ seed }) => {
    const ours = new Rng(seed);
    const ref = mulberry32(seed);
    for (let i = 0; i < 1000; i++) expect(ours.next()).toBe(ref());
  });

  it('derives independent, reproducible streams from labels', () => {
    const a1 = Rng.derive(7, 2025, 'supply');
    const a2 = Rng.derive(7, 2025, 'supply');
    const b = Rng.derive(7, 2025, 'evidence');
    const seqA1 = Array.from({ length: 20 }, () => a1.next());
    const seqA2 = Array.from({ length: 20 }, () => a2.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA1).toEqual(seqA2);
    expect(seqA1).not.toEqual(seqB);
    expect(hash32('7|2025|supply')).not.toBe(hash32('7|2025|evidence'));
  });

  it('int() covers both bounds and nothing outside', () => {
    const rng = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(-2, 3));
    expect([...seen].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it('sample() returns distinct items and never more than there are', () => {
    const rng = new Rng(5);
    const picked = rng.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(picked).size).toBe(5);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
  });

  it('WeightedPicker never picks a zero-weight item and follows the weights', () => {
    const picker = new WeightedPicker(['a', 'b', 'c'], [1, 0, 3]);
    const rng = new Rng(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++) counts[picker.pick(rng) as 'a' | 'b' | 'c']++;
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(2.5);
    expect(counts.c / counts.a).toBeLessThan(3.5);
  });
});

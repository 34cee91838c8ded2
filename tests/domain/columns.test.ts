// src/domain/columns.ts: a column gives back what was pushed, in order, across chunk boundaries (65,536 values a
// chunk; 1 MB of bytes for a text column); an integer column refuses what it cannot hold instead of storing something
// else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedColumn, IntColumn, ListColumn, TextColumn } from '../../src/domain/columns.js';

describe('columns', () => {
  it('IntColumn and ListColumn: the values pushed, across chunks', () => {
    const ints = new IntColumn(), list = new ListColumn<string>();
    const n = 200_000;
    for (let i = 0; i < n; i++) { ints.push(i * 7 - 100_000); list.push(`r${i}`); }
    expect([ints.length, list.length]).toEqual([n, n]);
    for (const i of [0, 1, 65_535, 65_536, 65_537, 131_072, n - 1]) {
      expect(ints.get(i)).toBe(i * 7 - 100_000);
      expect(list.get(i)).toBe(`r${i}`);
    }
  });

  it('IntColumn: any 32-bit integer is kept; others are refused', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 300 }), (values) => {
      const c = new IntColumn();
      for (const v of values) c.push(v);
      expect(Array.from({ length: c.length }, (_, i) => c.get(i))).toEqual(values);
    }), { seed: 20261204 });
    for (const bad of [2 ** 31, -(2 ** 31) - 1, 0.5, Number.NaN]) expect(() => new IntColumn().push(bad)).toThrow(RangeError);
  });

  it('IndexedColumn: each distinct value once, by identity; null as −1', () => {
    const a = { v: 1 }, b = { v: 1 };
    const c = new IndexedColumn<object>();
    for (const v of [a, null, b, a, null]) c.push(v);
    expect(c.values).toEqual([a, b]);
    expect(c.values[1]).toBe(b);
    expect([0, 1, 2, 3, 4].map((i) => c.indexAt(i))).toEqual([0, -1, 1, 0, -1]);
    expect(c.get(3)).toBe(a);
    expect(c.get(1)).toBeNull();
    expect(c.length).toBe(5);
  });

  it('TextColumn: any texts — Latin-1 packed as bytes, others (CJK, surrogates, lone ones) as they are — give back equal strings', () => {
    fc.assert(fc.property(fc.array(fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
      fc.constantFrom('', '3301022025A00097', '甲', '\uD800', 'a\uDC00b', 'ÿ\u0100'),
    ), { maxLength: 300 }), (texts) => {
      const c = new TextColumn();
      for (const t of texts) c.push(t);
      expect(c.length).toBe(texts.length);
      expect(Array.from({ length: c.length }, (_, i) => c.get(i))).toEqual(texts);
    }), { seed: 20261206 });
  });

  it('TextColumn: across 1 MB chunks, with texts that do not fit the rest of a chunk and one longer than a chunk', () => {
    const c = new TextColumn();
    const texts: string[] = [];
    const add = (t: string) => { texts.push(t); c.push(t); };
    for (let i = 0; i < 150_000; i++) {
      add(`3301022017A${String(i).padStart(5, '0')}`);
      if (i % 9_999 === 0) add('');
      if (i % 40_000 === 7) add('x'.repeat(50_000 + i));
      if (i === 100_000) add('y'.repeat((1 << 20) + 1));
      if (i % 30_001 === 3) add('项目甲');
    }
    expect(c.length).toBe(texts.length);
    for (let i = 0; i < texts.length; i++) if (c.get(i) !== texts[i]) expect([i, c.get(i)]).toEqual([i, texts[i]]);
  });
});

// src/domain/columns.ts: a column gives back what was pushed, in order, across chunk boundaries (65,536 values a
// chunk); an integer column refuses what it cannot hold instead of storing something else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedColumn, IntColumn, ListColumn } from '../../src/domain/columns.js';

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
});

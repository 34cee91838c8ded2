// src/ingest/rows/duplicate-ids.ts reports exactly what a map of every id reports — the same rows, ids and first rows,
// in the same order — whatever the ids: many repeats, none, empty ids, and chance collisions of the bit tables (the
// 200,000-id file: thousands of ids that differ share a bit).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../src/domain/text-filter.js';
import { DuplicateIds, type DuplicateId } from '../../src/ingest/rows/duplicate-ids.js';

function byMap(entries: readonly { id: string; row: number }[]): DuplicateId[] {
  const first = new Map<string, number>();
  const out: DuplicateId[] = [];
  for (const { id, row } of entries) {
    if (id === '') continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, row); else out.push({ row, id, firstRow: seen });
  }
  return out;
}

function check(ids: readonly string[]): void {
  const entries = ids.map((id, i) => ({ id, row: i + 2 }));
  const d = new DuplicateIds();
  for (const e of entries) d.add(e.id, e.row);
  expect(d.duplicates()).toEqual(byMap(entries));
  // Every id noted, empty ones too, in order (src/app/ledger-columns.ts looks the ledger's rows up by them).
  expect(Array.from({ length: d.length }, (_, i) => ({ id: d.id(i), row: d.row(i), hash: d.hash(i) })))
    .toEqual(entries.map((e) => ({ ...e, hash: textHash(e.id) })));
}

describe('DuplicateIds', () => {
  it('equals a map of every id: few distinct ids (many repeats)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('', 'A1', 'A2', 'B', '3301022025A00097', '甲'), { maxLength: 200 }), (ids) => check(ids)),
      { seed: 20261204, numRuns: 300 });
  });

  it('equals a map of every id: any texts, mostly distinct', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 400 }), (ids) => check(ids)),
      { seed: 20261205, numRuns: 300 });
  });

  it('a large file of distinct ids with a few planted repeats', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `3301022025A${String(i).padStart(6, '0')}`);
    ids[150_000] = ids[7]!;
    ids[199_999] = ids[7]!;
    ids[100_001] = ids[100_000]!;
    check(ids);
    const d = new DuplicateIds();
    ids.forEach((id, i) => d.add(id, i + 2));
    expect(d.duplicates()).toEqual([
      { row: 100_003, id: ids[100_000], firstRow: 100_002 },
      { row: 150_002, id: ids[7], firstRow: 9 },
      { row: 200_001, id: ids[7], firstRow: 9 },
    ]);
  });
});

// src/domain/text-filter.ts: the bit table never says "certainly not" for a text of its list (the ledger worker would
// drop a row the pipeline needs), and says "maybe" for few of the others (else it would save nothing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextHashFilter, textHash } from '../../src/domain/text-filter.js';

const filterOf = (hashes: readonly number[]) => TextHashFilter.of(hashes.length, (i) => hashes[i]!);

describe('textHash and TextHashFilter', () => {
  it('every text of the list may be in it, whatever the texts', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 300 }), (texts) => {
      const filter = filterOf(texts.map(textHash));
      for (const t of texts) expect(filter.mayHave(textHash(t))).toBe(true);
    }), { seed: 20261204, numRuns: 300 });
  });

  it('a hash is a non-negative 30-bit integer and depends on the text only', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => {
      const h = textHash(t);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
      expect(textHash(t.split('').join(''))).toBe(h);
    }), { seed: 20261204 });
    expect(textHash('3301022025A00097')).not.toBe(textHash('3301022025A00098'));
  });

  it('ids like the ledger\'s: few others pass for one of the list', () => {
    const id = (i: number) => `3301022025A${String(i).padStart(6, '0')}`;
    const listed = Array.from({ length: 50_000 }, (_, i) => id(2 * i));
    const filter = filterOf(listed.map(textHash));
    let maybe = 0;
    for (let i = 0; i < 50_000; i++) if (filter.mayHave(textHash(id(2 * i + 1)))) maybe++;
    expect(maybe / 50_000).toBeLessThan(0.1);
  });

  it('an empty list says "certainly not" to everything', () => {
    const filter = filterOf([]);
    expect(['', 'a', '3301022025A00097'].some((t) => filter.mayHave(textHash(t)))).toBe(false);
  });
  it('ofRepeated: every hash given more than once, and few of those given once', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 }), { maxLength: 300 }), (hashes) => {
      const again = TextHashFilter.ofRepeated(hashes.length, (i) => hashes[i]!);
      const counts = new Map<number, number>();
      for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
      for (const [h, n] of counts) if (n > 1) expect(again.mayHave(h)).toBe(true);
    }));
    const id = (i: number) => `3301022025A${String(i).padStart(6, '0')}`;
    const ids = Array.from({ length: 50_000 }, (_, i) => id(i)).concat(['3301022025A000007', '3301022025A049999']);
    const again = TextHashFilter.ofRepeated(ids.length, (i) => textHash(ids[i]!));
    expect(again.mayHave(textHash(id(7))) && again.mayHave(textHash(id(49_999)))).toBe(true);
    expect(ids.filter((t) => again.mayHave(textHash(t))).length / ids.length).toBeLessThan(0.1);
  });
});

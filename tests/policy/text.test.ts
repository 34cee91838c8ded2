// policy/text.ts: the normalisation of domain.md 决定 5b and the term matching of the exclusions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsAny, normaliseText, sameLocation } from '../../src/policy/text.js';

describe('sameLocation (决定 5b)', () => {
  it.each([
    { a: '上城区解放路1号', b: '上城区 解放路 1 号', same: true },
    { a: '上城区解放路１号', b: '上城区解放路1号', same: true },
    { a: '上城区（东）解放路1号。', b: '上城区东解放路1号', same: true },
    { a: 'A区-3#', b: 'a区3', same: true },
    { a: '上城区\u200B解放路1号', b: '上城区解放路1号', same: true },
    { a: '上城区解放路1号', b: '上城区解放路2号', same: false },
    { a: '解放路1号', b: '上城区解放路1号', same: false },
  ])('“$a” vs “$b” → $same', ({ a, b, same }) => { expect(sameLocation(a, b)).toBe(same); });
});

describe('containsAny', () => {
  it.each([
    { text: '商 品 住 宅', terms: ['商品住宅'], want: '商品住宅' },
    { text: '科技研发', terms: ['住宅', '商品房'], want: null },
    { text: '“三改一拆”拆后土地', terms: ['三改一拆'], want: '三改一拆' },
    { text: 'x', terms: ['', '  '], want: null },
  ])('$text', ({ text, terms, want }) => { expect(containsAny(text, terms)).toBe(want); });

  it('normalises to upper-case half-width without punctuation', () => {
    expect(normaliseText('Ａｂ，ｃ 1')).toBe('ABC1');
  });
});

describe('normaliseText: the texts it returns at once', () => {
  const reference = (t: string): string => t.normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]/gu, '').toUpperCase();

  it('every CJK unified ideograph, digit and capital is left as it is by the full normalisation', () => {
    const chars: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
    for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') chars.push(c);
    const all = chars.join('');
    expect(reference(all)).toBe(all);
  });

  it('equals the full normalisation on any mix of ideographs, full-width forms, punctuation and Latin letters', () => {
    const unit = fc.constantFrom('西', '华', '镇', '1', 'A', 'a', '１', 'Ａ', '（', ')', ' ', '\u3000', '、', '-', '丽', '\uf900', '\u2f00', 'ß', '\u00a0');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }).map((a) => a.join('')), (t) => {
      expect(normaliseText(t)).toBe(reference(t));
    }), { seed: 20261204, numRuns: 500 });
  });
});

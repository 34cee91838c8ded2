// The fast paths (BENCHMARKS.md) give exactly what the slow paths gave: text NFKC leaves alone skips NFKC, and the
// encoding is decided on the bytes without decoding them.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNfkcStableText, isPlaceholderText, normalizeText, textKey } from '../../src/ingest/normalize.js';

/** normalizeText and textKey before the fast paths (no fast path, no memo). */
const slowNormalize = (t: string): string => t.normalize('NFKC').replace(/\u2212/g, '-').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim();
const slowKey = (t: string): string => slowNormalize(t).replace(/[\s"'`\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C-\u300F\u301D-\u301F\uFF02\uFF07]/g, '').toLowerCase();
const slowPlaceholder = (t: string): boolean => {
  const s = t.trim();
  if (s.length > 8) return false;
  const n = slowNormalize(s);
  return n === '' || ['nah', '-', '--', '---', '/', '//', '\\', '—', '——', '–', '――', '―'].includes(n.toLowerCase());
};

describe('NFKC fast path', () => {
  it('every character the fast path accepts is left alone by NFKC and by trimming (bar the ASCII space)', () => {
    let accepted = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!isNfkcStableText(ch)) continue;
      accepted++;
      expect(ch.normalize('NFKC'), `U+${c.toString(16)}`).toBe(ch);
      expect(slowNormalize(`a${ch}a`), `U+${c.toString(16)}`).toBe(`a${ch}a`);
    }
    expect(accepted).toBeGreaterThan(27_000); // ASCII and the CJK ideographs at least
  });

  it.each([
    { text: '３３０１０２', stable: false }, { text: '坐落（公顷）', stable: false }, { text: '\u3000坐落', stable: false },
    { text: '坐\u200b落', stable: false }, { text: '\u22125', stable: false }, { text: 'é', stable: false }, { text: 'e\u0301', stable: false },
    { text: '供地面积(公顷)', stable: true }, { text: '“三改一拆”拆后土地', stable: true }, { text: '3301022025B00001', stable: true },
  ])('$text is fast-path text: $stable', ({ text, stable }) => {
    expect(isNfkcStableText(text)).toBe(stable);
  });

  it('random text: normalizeText, textKey and isPlaceholderText equal the slow path', () => {
    const ch = fc.constantFrom(
      'a', 'Z', ' ', '"', "'", '`', '-', '/', '\\', '1', '坐', '落', '钱', '、', '。', '《', '》', '「', '」', '【', '】', '“', '”', '‘', '’', '—', '·',
      '（', '）', '１', 'Ａ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2212', '\u0301', 'é', '㎡', '①', '\t', '\n', '…', '〜', '〝', '〟', 'ﾀ', 'ﾞ', '\u3099', 'か',
    );
    fc.assert(fc.property(fc.array(ch, { maxLength: 12 }), (chars) => {
      const t = chars.join('');
      expect(normalizeText(t)).toBe(slowNormalize(t));
      expect(textKey(t)).toBe(slowKey(t));
      expect(isPlaceholderText(t)).toBe(slowPlaceholder(t));
    }), { numRuns: 5000 });
  });
});

describe('the encoding is decided on the bytes', () => {
  it('Buffer isUtf8 accepts exactly what a fatal TextDecoder accepts', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const valid = (b: Uint8Array): boolean => { try { strict.decode(b); return true; } catch { return false; } };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.array(fc.constantFrom(0x41, 0xc2, 0xa9, 0xe4, 0xb8, 0xad, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0xc0, 0xef, 0xbb, 0xbf), { maxLength: 12 }).map((a) => Uint8Array.from(a)),
    );
    fc.assert(fc.property(bytes, (b) => { expect(isUtf8(b)).toBe(valid(b)); }), { numRuns: 5000 });
  });
});

// The one display width (Excel/WPS columns and terminal tables alike): CJK and full-width characters 2 — astral
// CJK ideographs too — every other code point 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/xlsx/index.js';

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
/** The same definition written the slow, obvious way: a Unicode regex per code point. */
const oracle = (text: string) => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);

describe('displayWidth', () => {
  it.each([
    // ASCII
    ['', 0], ['abc', 3], ['A1:F1 ', 6],
    // CJK, Hangul, Yi
    ['挂钩方案', 8], ['杭州市本级', 10], ['한국', 4], ['\uA000', 2],
    // full-width forms and CJK punctuation; half-width katakana stays 1
    ['（亩）', 6], ['０.５', 5], ['、。', 4], ['ｱ', 1], ['\uFFE6\uFFE7', 3],
    // the edges of the ranges
    ['\u10FF\u1100', 3], ['\u115F\u1160', 3], ['\u303E\u303F', 3], ['\u3040\u3041', 3], ['\u9FFF\uA4D0', 3],
    // astral CJK (Extension B onwards): one code point, two units
    ['𠀀', 2], ['𠀀x', 3], ['𪚥', 2], ['\u{30000}', 2], ['\u{3FFFD}\u{3FFFE}', 3], ['\u{1FFFF}', 1],
    // emoji: one unit per code point (a ZWJ family is three emoji and two joiners)
    ['😀', 1], ['👨\u200D👩\u200D👧', 5],
    // combining marks count as code points of their own
    ['e\u0301', 2], ['中\u0301', 3],
    // lone surrogates: one unit each, and the next character is still read
    ['\uD800', 1], ['\uDC00', 1], ['\uD840中', 3],
  ] as const)('%j → %i', (text, want) => {
    expect(displayWidth(text)).toBe(want);
    expect(oracle(text)).toBe(want);
  });

  it('equals the regex definition for any text (lone surrogates and astral characters included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => displayWidth(s) === oracle(s)), { numRuns: 3000 });
  });
});

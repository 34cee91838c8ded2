import { describe, expect, it } from 'vitest';
import { isExcelErrorText, isPlaceholderText, matchTerm, normalizeText, textKey, vocabularyKeys } from '../../src/ingest/normalize.js';
import * as vocab from '../../src/domain/vocabulary.js';
import type { Vocabulary } from '../../src/domain/vocabulary.js';

describe('normalizeText / textKey (inputs.md: trim, full-width → half-width, spaces and quotes removed)', () => {
  it.each([
    { name: 'full-width brackets', text: '供地面积（公顷）', norm: '供地面积(公顷)', key: '供地面积(公顷)' },
    { name: 'full-width digits and letters', text: '１２３ＡＢ', norm: '123AB', key: '123ab' },
    { name: 'U+2212 minus', text: '\u22125', norm: '-5', key: '-5' },
    { name: 'ideographic and no-break spaces trimmed', text: '\u3000 坐落\u00a0', norm: '坐落', key: '坐落' },
    { name: 'inner spaces and line breaks removed for keys', text: '供地\n面积 (亩)', norm: '供地\n面积 (亩)', key: '供地面积(亩)' },
    { name: 'zero-width characters removed', text: '坐\u200b落\ufeff', norm: '坐落', key: '坐落' },
    { name: 'typographic quotes removed for keys', text: '“三改一拆”拆后土地', norm: '“三改一拆”拆后土地', key: '三改一拆拆后土地' },
    { name: 'corner brackets removed for keys', text: '「三改一拆」拆后土地', norm: '「三改一拆」拆后土地', key: '三改一拆拆后土地' },
  ])('$name', ({ text, norm, key }) => {
    expect(normalizeText(text)).toBe(norm);
    expect(textKey(text)).toBe(key);
  });
});

describe('placeholders meaning empty', () => {
  it.each(['', ' ', '\u3000', 'Nah', 'NAH', ' nah ', '-', '－', '--', '/', '\\', '—', '——', '–'])('%j is empty', (t) => {
    expect(isPlaceholderText(t)).toBe(true);
  });
  it.each(['无', 'NaN', '0', 'NULL', 'None', '-5', '1900-01-01', 'N/A'])('%j is not a placeholder', (t) => {
    expect(isPlaceholderText(t)).toBe(false);
  });
  it.each(['#N/A', '#VALUE!', '#DIV/0!', ' #REF! ', '＃N/A'])('%j is an Excel error value', (t) => {
    expect(isExcelErrorText(t)).toBe(true);
  });
  it.each(['#1', 'N/A', '#项目'])('%j is not an Excel error value', (t) => {
    expect(isExcelErrorText(t)).toBe(false);
  });
});

describe('matchTerm (enumerations with aliases)', () => {
  it.each([
    '"三改一拆"拆后土地', '“三改一拆”拆后土地', '「三改一拆」拆后土地', '三改一拆拆后土地', '＂三改一拆＂拆后土地', "'三改一拆'拆后土地", ' 三改一拆 ',
  ])('every quoting of "三改一拆"拆后土地: %j', (text) => {
    expect(matchTerm(vocab.stockTypes, text)).toBe('demolition');
  });
  it.each([
    { v: vocab.startCheckResults, text: '未开工（有合理证明）', id: 'not-started-justified' },
    { v: vocab.landSources, text: '新增建设用地（来自存量库）', id: 'new-from-stock-pool' },
    { v: vocab.landSources, text: '新增建设用地', id: 'new-state' },
    { v: vocab.yesNo, text: 'yes', id: 'yes' },
    { v: vocab.yesNo, text: '无', id: 'no' },
    { v: vocab.supplyMethods, text: '挂牌出让', id: 'listing' },
  ])('$text → $id', ({ v, text, id }) => {
    expect(matchTerm(v as Vocabulary<string>, text)).toBe(id);
  });
  it('an unknown value is null', () => {
    expect(matchTerm(vocab.stockTypes, '四改一拆')).toBeNull();
  });
});

describe('meta: no label or alias of a vocabulary maps to two terms after normalisation', () => {
  const vocabularies = Object.entries(vocab).filter(([, v]) => Array.isArray(v)) as [string, Vocabulary<string>][];
  it('finds the vocabularies', () => { expect(vocabularies.length).toBeGreaterThanOrEqual(10); });
  it.each(vocabularies)('%s', (_, v) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of v) for (const name of [term.label, ...term.aliases]) {
      const key = textKey(name);
      const prev = owner.get(key);
      if (prev !== undefined && prev !== term.id) clashes.push(`${name}: ${prev} / ${term.id}`);
      owner.set(key, term.id);
    }
    expect(clashes).toEqual([]);
    expect(vocabularyKeys(v).size).toBe(owner.size);
  });
});

// JSON as landlink prints it (src/domain/json-text.ts): the same values as JSON.stringify, but no character that
// steers a terminal or reorders a line appears raw.
import { describe, expect, it } from 'vitest';
import { jsonBytes, jsonText } from '../../src/domain/json-text.js';

const RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('jsonText', () => {
  it.each([
    { value: { name: '上城区望江地块' } },
    { value: { name: 'abc\u202etxt', note: '\u2028行\u2029', c1: '\u0085\u009b', del: '\u007f', esc: '\u001b[2J' } },
    { value: ['\u2066隔离\u2069', 1.5, null, true] },
  ])('$value', ({ value }) => {
    const text = jsonText(value);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
    expect(RAW.test(text.slice(0, -1).replace(/\n {0,}/g, ''))).toBe(false);
  });
  it('plain data is exactly JSON.stringify with 2 spaces and a newline', () => {
    const v = { year: 2025, cities: [{ code: '330100', quotaHa: 40.4357 }] };
    expect(jsonText(v)).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });
  it.each([
    { name: 'plain', value: { year: 2025, cities: [{ code: '330100', quotaHa: 40.4357 }] } },
    { name: 'CJK and escapes', value: { name: 'abc\u202e上城区', note: '\u2028行', emoji: '😀' } },
    { name: 'lone surrogates (written as U+FFFD, as Buffer.from does)', value: ['\uD800', 'a\uDC00b'] },
    { name: 'nothing', value: null },
  ])('jsonBytes ($name): the UTF-8 bytes of jsonText', ({ value }) => {
    expect(jsonBytes(value).equals(Buffer.from(jsonText(value), 'utf8'))).toBe(true);
  });
});

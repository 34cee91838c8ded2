// JSON as landlink prints it (src/domain/json-text.ts): the same values as JSON.stringify, but no character that
// steers a terminal or reorders a line appears raw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonChunks, JsonList, jsonList, jsonText } from '../../src/domain/json-text.js';

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
    { name: 'empty containers, undefined and functions', value: { a: [], b: {}, c: undefined, d: [undefined, () => 1, Symbol('s')], e: { f: [[]], g: () => 1, h: Symbol('h') }, i: { only: undefined } } },
    { name: 'toJSON with its key, at every depth', value: { at: { toJSON: (k: string) => `key ${k}` }, list: [new Date(Date.UTC(2026, 0, 2)), { toJSON: (k: string) => ({ k }) }, 3, { toJSON: (k: string) => ({ k }) }], ['__proto__']: [1, 2, 3, 4] } },
    { name: 'a key that needs escaping, a long array', value: { 'a"\u2028b': Array.from({ length: 9 }, (_, i) => ({ i, s: '书\u202e' })) } },
    { name: 'boxed primitives and a null prototype', value: { n: Object(1) as unknown, s: Object('书') as unknown, o: Object.assign(Object.create(null) as object, { x: 1 }) } },
  ])('jsonChunks ($name): the UTF-8 bytes of jsonText', ({ value }) => {
    for (const batch of [1, 2, 3, 512]) expect(Buffer.concat(jsonChunks(value, batch)).equals(Buffer.from(jsonText(value), 'utf8'))).toBe(true);
  });
  it('jsonChunks: the bytes of jsonText for any JSON value, its arrays cut into batches of any size', () => {
    const weird = fc.constantFrom('\u2028', '\u202e', '\u0085', '\u007f', '\n', '"', '\\', '\uD800', '上城区', '😀');
    const text = fc.oneof(fc.string(), fc.array(weird).map((a) => a.join('')));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined),
        fc.array(tie('node'), { maxLength: 6 }), fc.dictionary(text, tie('node'), { maxKeys: 6 })),
    })).node;
    fc.assert(fc.property(value, fc.integer({ min: 1, max: 7 }), (v, batch) => {
      fc.pre(v !== undefined);
      expect(Buffer.concat(jsonChunks(v, batch)).equals(Buffer.from(jsonText(v), 'utf8'))).toBe(true);
    }), { numRuns: 500 });
  });
  it('a JsonList is written as the array of its items, made by jsonChunks a batch at a time, at the top level or deeper', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (items, batch) => {
      const make = (x: unknown) => ({ x, wrapped: [x] });
      let made = 0, most = 0, before = 0;
      const counted = jsonList(items, (x) => { made++; return make(x); });
      const plain = { head: 1, list: items.map(make), tail: { nested: items.map(make) } };
      const chunks = jsonChunks({ head: 1, list: counted, tail: { nested: jsonList(items, make) } }, batch);
      expect(Buffer.concat(chunks).equals(Buffer.from(jsonText(plain), 'utf8'))).toBe(true);
      expect(made).toBe(items.length);
      // made a batch at a time: check by making them again with a probe that records the largest batch
      const probe = new JsonList(items, () => { before++; return null; });
      const slice = probe.slice.bind(probe);
      probe.slice = (from: number, to: number) => { before = 0; const r = slice(from, to); most = Math.max(most, before); return r; };
      jsonChunks({ list: probe }, batch);
      expect(most).toBeLessThanOrEqual(items.length <= batch ? items.length : batch);
      expect(JSON.stringify({ list: counted })).toBe(JSON.stringify({ list: items.map(make) }));
    }), { numRuns: 200 });
  });
  it('jsonChunks: a long text comes in pieces of about a quarter of a megabyte', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `P${i}`, name: '上城区望江地块'.repeat(3) }));
    const pieces = jsonChunks({ rows });
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1 << 20);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(jsonText({ rows }));
  });
});

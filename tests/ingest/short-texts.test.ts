// ShortTexts (src/ingest/short-texts.ts) gives what Buffer#toString gives for every byte range — invalid UTF-8, slots
// shared by different bytes and ranges longer than it keeps included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShortTexts } from '../../src/ingest/short-texts.js';

describe('ShortTexts', () => {
  it('decodes every range as Buffer#toString does, whatever was decoded before', () => {
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 40 });
    // few distinct byte values, so that equal ranges repeat and slots are shared by different bytes
    const texty = fc.array(fc.constantFrom(0x31, 0x32, 0xe5, 0xbb, 0xba, 0x80, 0xff, 0x2c), { minLength: 1, maxLength: 40 }).map((a) => Uint8Array.from(a));
    fc.assert(fc.property(fc.array(fc.oneof(bytes, texty), { minLength: 1, maxLength: 200 }), fc.constantFrom(1, 4, 4096), (pieces, slots) => {
      const texts = new ShortTexts(slots);
      const buf = Buffer.concat(pieces);
      let at = 0;
      for (const p of pieces) {
        expect(texts.decode(buf, at, at + p.length)).toBe(buf.toString('utf8', at, at + p.length));
        at += p.length;
      }
    }), { numRuns: 300 });
  });
});

// The writer's byte paths give the bytes of the plain ones: ByteChunks equals Buffer.from(the concatenated text),
// a streamed zip entry equals the same content deflated whole however it is cut into writes, and storableText's
// quick test leaves every text the XML-invalid pattern would change to that pattern.
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteChunks } from '../../src/xlsx/byte-chunks.js';
import { storableText } from '../../src/xlsx/index.js';
import { ZipWriter } from '../../src/xlsx/zip-write.js';

type Piece = ['ascii' | 'text', string] | ['number', number];

const pieces: Piece[] = [
  ['ascii', '<c r="'], ['ascii', 'AB'], ['number', 12], ['ascii', '" s="'], ['number', 0], ['ascii', '"/>'],
  ['number', 9], ['number', 10], ['number', 99], ['number', 100], ['number', 1234567], ['number', Number.MAX_SAFE_INTEGER],
  ['number', 1.4924], ['number', -3], ['number', -0], ['number', 1e21], ['number', 5e-7], ['number', 0.1 + 0.2],
  ['text', '项目名称 & <甲>'], ['text', '𠀀 rare'], ['text', ''], ['ascii', ''],
  // ascii() given text that is not ASCII after all: encoded as UTF-8 from that character on
  ['ascii', 'ab中c'], ['ascii', 'é'], ['ascii', 'x\u{1F600}y'],
];

function write(b: ByteChunks, p: Piece): string {
  if (p[0] === 'number') { b.number(p[1]); return String(p[1]); }
  b[p[0]](p[1]);
  return p[1];
}

describe('ByteChunks', () => {
  it.each([2, 16, 1 << 18])('capacity %i: the bytes of the text written, in order, across growth and takes', (capacity) => {
    const b = new ByteChunks(capacity);
    const taken: Buffer[] = [];
    const copies: Buffer[] = [];
    let text = '';
    for (let round = 0; round < 4; round++) {
      for (const p of pieces) text += write(b, p);
      const t = b.take();
      taken.push(t);
      copies.push(Buffer.from(t));
      expect(b.length).toBe(0);
    }
    expect(Buffer.concat(taken).equals(Buffer.from(text, 'utf8'))).toBe(true);
    // a taken buffer is its own: what was written after it did not change it
    taken.forEach((t, i) => expect(t.equals(copies[i]!)).toBe(true));
  });

  it('writes into a recycled buffer again, and a taken buffer not given back is never written into', () => {
    const b = new ByteChunks(16);
    b.ascii('first chunk.');
    const first = b.take();
    b.ascii('second chunk');
    const second = b.take();
    b.recycle(first);
    b.ascii('third');
    const third = b.take();
    expect(third.buffer).toBe(first.buffer);
    expect(third.toString('latin1')).toBe('third');
    expect(second.toString('latin1')).toBe('second chunk');
  });

  it('writes every integer below 100,000 as String does', () => {
    const b = new ByteChunks(64);
    let text = '';
    for (let n = 0; n < 100_000; n++) { b.number(n); text += `${n},`; b.ascii(','); }
    expect(b.take().toString('latin1')).toBe(text);
  });
});

describe('a streamed zip entry', () => {
  const content = Array.from({ length: 150_000 }, (_, i) => `<row r="${i}"><c r="A${i}" t="s"><v>${(i * 7919) % 104_729}</v></c><c><v>项目${i % 977}</v></c></row>`).join('');

  async function streamed(cut: (text: string) => (string | Buffer)[], pause: boolean): Promise<Buffer> {
    const zip = new ZipWriter(new Date(Date.UTC(2026, 2, 31)));
    await zip.addStreamed('a.xml', async (out) => {
      for (const [i, piece] of cut(content).entries()) {
        await out(piece);
        if (pause && i % 7 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    });
    return zip.finish();
  }

  const whole = (() => { const zip = new ZipWriter(new Date(Date.UTC(2026, 2, 31))); zip.add('a.xml', content); return zip.finish(); })();
  const slices = (size: number) => (text: string) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

  it.each([
    { name: 'one write', cut: (t: string) => [t], pause: false },
    { name: 'small string writes, no turn of the event loop between them', cut: slices(1000), pause: false },
    { name: 'small string writes with turns of the event loop', cut: slices(1000), pause: true },
    { name: 'buffers and strings mixed', cut: (t: string) => slices(50_000)(t).map((s, i) => (i % 2 ? Buffer.from(s, 'utf8') : s)), pause: true },
    { name: 'empty writes among them', cut: (t: string) => slices(70_000)(t).flatMap((s) => [s, '', Buffer.alloc(0)]), pause: true },
  ])('$name: the bytes of the content deflated whole', async ({ cut, pause }) => {
    expect(content.length).toBeGreaterThan(8 << 20); // more than the queue holds: the writer waits for the compressor
    expect((await streamed(cut, pause)).equals(whole)).toBe(true);
  });

  it('releases each buffer once the compressor is done with it: overwritten after release, the entry is unchanged', async () => {
    let released = 0;
    let written = 0;
    const zip = new ZipWriter(new Date(Date.UTC(2026, 2, 31)));
    await zip.addStreamed('a.xml', async (out) => {
      for (const [i, piece] of slices(40_000)(content).entries()) {
        const bytes = Buffer.from(piece, 'utf8');
        written++;
        await out(bytes, () => { released++; bytes.fill(0x41); });
        if (i % 5 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    });
    expect(zip.finish().equals(whole)).toBe(true);
    expect(released).toBe(written);
  });

  it('several entries in turn, the compressor jobs copied into reused buffers, small output buffers: the same bytes as deflated whole', async () => {
    const zip = new ZipWriter(new Date(Date.UTC(2026, 2, 31)));
    const reference = new ZipWriter(new Date(Date.UTC(2026, 2, 31)));
    for (const [k, output] of [[0, undefined], [1, 1 << 16], [2, 1 << 10]] as const) {
      const text = k === 1 ? content.slice(0, 2_000_000) : content;
      await zip.addStreamed(`e${k}.xml`, async (out) => {
        for (const [i, piece] of slices(30_000 + k * 7_000)(text).entries()) {
          await out(Buffer.from(piece, 'utf8'));
          if (i % 11 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }, output);
      reference.add(`e${k}.xml`, text);
    }
    expect(zip.finish().equals(reference.finish())).toBe(true);
  });

  it('inflates back to the content', () => {
    const data = zlib.inflateRawSync(whole.subarray(30 + 'a.xml'.length, whole.length - 22 - 46 - 'a.xml'.length));
    expect(data.toString('utf8')).toBe(content);
  });
});

describe('storableText', () => {
  const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  it.each([
    '', '项目名称', 'tab\there\nline\rcr', 'bell\u0007', '\u0000', 'a\u000Bb\u000Cc', 'unit sep\u001F',
    '𠀀 paired', 'lone high \uD840 end', 'lone low \uDC00 start', '\uDC00\uD840', 'end high \uD840', '\uFFFE\uFFFF', '\uFFFD kept', '\uFFFC',
    'x'.repeat(32_767), 'x'.repeat(32_768), '中'.repeat(40_000), `${'x'.repeat(32_766)}\u0001`,
  ].map((text) => ({ name: `${JSON.stringify(text.slice(0, 24))} (${text.length} code units)`, text })))('$name is stored as the XML-invalid pattern says', ({ text }) => {
    const clean = text.replace(XML_INVALID, '\uFFFD');
    expect(storableText(text)).toBe(clean.length > 32_767 ? clean.slice(0, 32_766) + '…' : clean);
  });
});

describe('ByteChunks.number writes String(n)', () => {
  const check = (n: number): void => {
    const b = new ByteChunks(4);
    b.number(n);
    expect(b.take().toString('latin1'), `${n}`).toBe(String(n));
  };
  it('on edges: zeros, signs, carries, 15 and 16 digits, tiny and huge', () => {
    for (const n of [0, -0, 1, -1, 0.5, -0.5, 0.1 + 0.2, 1e-6, 1e-7, 1.5e-6, 0.000001, 0.0001, -0.0001, 9.9999, 99999999999.9999,
      999999999999999, 999999999999999.9, 1e15, 1e15 + 0.5, 123456789012.3456, 12345678901234.56, 1e21, 1.7976931348623157e308,
      5e-324, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1.005, 0.07, 100.25, -3.1, 4.35, 1234.5678]) check(n);
  });
  it('on numbers of up to 8 places and on random doubles', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.integer({ min: 0, max: 8 }), (m, k) => { check(m / 10 ** k); }), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ noNaN: true }), (n) => { check(n); }), { numRuns: 20000 });
  });
});

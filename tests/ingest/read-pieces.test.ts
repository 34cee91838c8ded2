// A large UTF-8 text file is read from the disk in pieces (src/ingest/read.ts PIECEWISE_TEXT_BYTES): the rows, the
// findings, the SHA-256 and the encoding must be those of reading it whole, whatever the pieces' size — every text
// file of the samples, the bad-input corpus and the real exports, read both ways with pieces cut down to one byte.
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Check } from '../../src/ingest/encoding.js';
import { kindFromFileName } from '../../src/ingest/folder.js';
import { readInputFile, type ReadFileResult } from '../../src/ingest/read.js';
import { InputError } from '../../src/findings/index.js';
import type { InputKind } from '../../src/domain/rows.js';

const root = resolve(import.meta.dirname, '../..');
const TEXT = /\.(csv|tsv|psv|txt)$/;

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return textFiles(p);
    return TEXT.test(n) && !/^(README|SOURCES)/.test(n) ? [p] : [];
  });
}

async function outcome(path: string, kind: InputKind, pieces?: { from: number; bytes: number }): Promise<ReadFileResult<InputKind> | { error: unknown }> {
  try {
    return await readInputFile(path, kind, { limits: { maxRows: 1_000_000 }, ...(pieces ? { pieces } : {}) });
  } catch (e) {
    if (e instanceof InputError) return { error: e.finding };
    throw e;
  }
}

describe('reading a text file in pieces', () => {
  const files = [...textFiles(join(root, 'samples')), ...textFiles(join(root, 'tests/fixtures'))];

  it('covers the text files of the samples and the fixtures', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s: the same rows, findings and file info as read whole', async (_name, path) => {
    const kind = kindFromFileName(path.split('/').pop()!) ?? 'supply';
    const whole = await outcome(path, kind);
    // every size down to one byte on the small files; a few odd sizes on the larger ones (one read each piece)
    const sizes = statSync(path).size < 20_000 ? [1, 2, 3, 5, 64, 4096] : [97, 4099];
    for (const bytes of sizes) expect(await outcome(path, kind, { from: 0, bytes })).toEqual(whole);
  });

  it('betweenPieces is called after each piece is scanned, with the rows of the pieces before it already built', async () => {
    const path = join(root, 'samples/2025/材料清单.csv');
    const size = statSync(path).size;
    const built: number[] = [];
    let rows = 0;
    const read = await readInputFile(path, 'evidence', { pieces: { from: 0, bytes: 4096 }, retain: () => { rows++; return true; }, betweenPieces: () => { built.push(rows); } });
    expect(built.length).toBe(Math.ceil(size / 4096));
    expect(built.every((n, i) => i === 0 || n >= built[i - 1]!)).toBe(true);
    expect(built[built.length - 1]).toBeGreaterThan(read.rows.length - 30); // the last piece's rows may end with the file
    expect(read).toEqual(await outcome(path, 'evidence'));
    // read whole (below the pieces' size), it is not called
    let calls = 0;
    await readInputFile(path, 'evidence', { betweenPieces: () => { calls++; } });
    expect(calls).toBe(0);
  });

  it('a BOM twice, UTF-16 and a workbook named .csv are still read whole, with the same result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-pieces-'));
    const header = '项目编号,材料类型,盖章或签字\n3301022025A00001,权属证明,是\n';
    const cases: [string, Buffer][] = [
      ['bom-twice.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(header)])],
      ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header)])],
      ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')])],
      ['zip.csv', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(header)])],
      ['cut-character.csv', Buffer.from(header).subarray(0, 20)],
    ];
    for (const [name, content] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const whole = await outcome(path, 'evidence');
      for (const bytes of [1, 2, 4, 7]) expect(await outcome(path, 'evidence', { from: 0, bytes })).toEqual(whole);
    }
  });
});

describe('Utf8Check', () => {
  it('is isUtf8 of the whole, however the bytes are cut', () => {
    const nearUtf8 = fc.tuple(fc.string({ unit: 'grapheme' }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
      .map(([s, damage]) => {
        const b = Buffer.from(s, 'utf8');
        for (const [at, v] of damage) if (b.length > 0) b[at % b.length] = v;
        return b;
      });
    const bytes = fc.oneof(nearUtf8, fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)));
    fc.assert(fc.property(bytes, fc.array(fc.nat(), { maxLength: 6 }), (b, cuts) => {
      const at = [...new Set(cuts.map((c) => (b.length === 0 ? 0 : c % (b.length + 1))))].sort((x, y) => x - y);
      const check = new Utf8Check();
      let from = 0;
      for (const c of [...at, b.length]) { check.write(b.subarray(from, c)); from = c; }
      expect(check.valid()).toBe(isUtf8(b));
    }), { numRuns: 2000 });
  });
});

// The hand-written CSV scanner (src/ingest/csv-scan.ts) against csv-parse 7 with the options the reader used
// before the streaming scanner (the reference), on table-driven cases and on random text cut into random chunks.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvByteScanner } from '../../src/ingest/csv-scan.js';
import { readCsvTable, sniffDelimiter } from '../../src/ingest/csv.js';
import { decodeBytes } from '../../src/ingest/encoding.js';
import { resolveLimits } from '../../src/ingest/limits.js';

interface Read { rows: { row: number; cells: string[] }[]; unreadable: { row: number; detail: string }[] }

/** What readCsvTable did before the streaming scanner, for a known delimiter. */
function reference(text: string, delimiter: string): Read {
  const out: Read = { rows: [], unreadable: [] };
  let n = 0;
  parse(text, {
    delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true,
    skip_empty_lines: false, skip_records_with_error: true,
    on_record: (record: string[]) => { n++; out.rows.push({ row: n, cells: record }); return null; },
    on_skip: (err) => { n++; out.unreadable.push({ row: n, detail: err?.message ?? 'CSV 语法错误' }); return undefined; },
  });
  return out;
}

function scan(bytes: Uint8Array, delimiter: string, chunk: number, maxFieldBytes?: number): Read {
  const out: Read = { rows: [], unreadable: [] };
  let n = 0;
  const s = new CsvByteScanner(delimiter.charCodeAt(0), {
    record: (cells) => { n++; out.rows.push({ row: n, cells }); },
    unclosed: (detail) => { n++; out.unreadable.push({ row: n, detail }); },
  }, maxFieldBytes);
  for (let i = 0; i < bytes.length; i += chunk) s.write(bytes.subarray(i, i + chunk));
  s.end();
  return out;
}

const limits = resolveLimits();

describe('CsvByteScanner = csv-parse (relax_quotes, relax_column_count, skip_records_with_error)', () => {
  it.each([
    { name: 'plain records, LF', text: 'a,b\n1,2\n' },
    { name: 'CRLF, CR and LF mixed; no final line break', text: 'a,b\r\n1,2\r3,4\n5,6' },
    { name: 'blank lines are records of one empty field', text: 'a\n\n\r\n\rb\n' },
    { name: 'quoted delimiter, "" escape and quoted line breaks', text: 'x,"a,b","say ""hi""","l1\nl2\r\nl3"\n' },
    { name: 'empty quoted field and a quote closed then continued', text: '"",x\n"a"b,c\n"a" ,d\n' },
    { name: 'stray quotes inside an unquoted field are characters', text: 'a"b,"c"d"e,f"\n' },
    { name: 'a NUL after a closing quote closes the field', text: '"a"\u0000b,c\n' },
    { name: 'unclosed quote at the end: the record is unreadable, line counted as csv-parse does', text: 'a,b\r\n1,"x\r\ny\n' },
    { name: 'unclosed quote ending in a line break', text: 'a\n"b\n' },
    { name: 'unclosed quote, lone opening quote as the last byte', text: 'a\nb,"' },
    { name: 'Chinese text, ragged rows', text: '项目,坐落\n甲,“三改一拆”地块,多余\n乙\n' },
    { name: 'escaped quote as the very last bytes of an open field', text: 'a,"b""' },
  ])('$name (chunks of 1–7 bytes and whole)', ({ text }) => {
    const want = reference(text, ',');
    const bytes = Buffer.from(text, 'utf8');
    for (const chunk of [1, 2, 3, 4, 5, 6, 7, bytes.length || 1]) expect(scan(bytes, ',', chunk)).toEqual(want);
  });

  it('random text in random chunks: same records, row numbers and messages', () => {
    const piece = fc.constantFrom('a', 'bc', '中文', ',', '|', '\t', '"', '""', '\n', '\r', '\r\n', ' ', '\u0000', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(',', '|', '\t', ';'), fc.integer({ min: 1, max: 9 }), (parts, delimiter, chunk) => {
      const text = parts.join('');
      expect(scan(Buffer.from(text, 'utf8'), delimiter, chunk)).toEqual(reference(text, delimiter));
    }), { numRuns: 3000 });
  });
});

/** A field as a scanner capped at `max` bytes keeps it: its longest prefix of whole characters within `max` bytes. */
function capped(field: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of field) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

describe('CsvByteScanner with a field cap (a cell past any accepted length is reported from its prefix)', () => {
  it('random text, random caps and chunks: the same records, each field cut to its capped prefix', () => {
    const piece = fc.constantFrom('a', 'bc', '中文', ',', '"', '""', '\n', '\r\n', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (parts, max, chunk) => {
      const text = parts.join('');
      const want = reference(text, ',');
      const got = scan(Buffer.from(text, 'utf8'), ',', chunk, max);
      expect(got.unreadable).toEqual(want.unreadable);
      expect(got.rows).toEqual(want.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => capped(c, max)) })));
    }), { numRuns: 3000 });
  });

  it('a field of ten million escaped quotes keeps only the cap and no slice per quote', () => {
    const text = `"${'""'.repeat(10_000_000)}",x\n`;
    const before = process.memoryUsage().heapUsed;
    const got = scan(Buffer.from(text, 'latin1'), ',', 65_536, 1000);
    expect(got.rows).toEqual([{ row: 1, cells: ['"'.repeat(1000), 'x'] }]);
    // a slice per `""` pair held ≈60 bytes each (600 MB here); the cap holds the field in 1 KB
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});

/** sniffDelimiter before the streaming scanner (on the decoded text), the reference for the byte sniffer. */
function referenceSniff(text: string): string {
  const ds = [',', '\t', '|', ';'];
  const counts: number[][] = ds.map(() => []);
  let lines = 0, inQuotes = false, current = ds.map(() => 0);
  const flush = (): void => {
    if (current.some((n) => n > 0)) { current.forEach((n, i) => counts[i]!.push(n)); lines++; }
    current = ds.map(() => 0);
  };
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) flush();
    else if (!inQuotes) { const k = ds.indexOf(ch); if (k >= 0) current[k]!++; }
  }
  if (lines < 20) flush();
  let best = ',', bestScore = -1, bestWidth = 0;
  ds.forEach((d, i) => {
    const list = counts[i]!.filter((n) => n > 0);
    if (list.length === 0) return;
    const freq = new Map<number, number>();
    for (const n of list) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0, modeCount = 0;
    for (const [n, c] of freq) if (c > modeCount || (c === modeCount && n > mode)) { mode = n; modeCount = c; }
    if (modeCount > bestScore || (modeCount === bestScore && mode > bestWidth)) { best = d; bestScore = modeCount; bestWidth = mode; }
  });
  return best;
}

/** readCsvTable before the streaming scanner: decode the whole file, sniff, csv-parse. */
function referenceTable(bytes: Uint8Array): Read & { encoding: string } {
  const { text, encoding } = decodeBytes(bytes);
  return { ...reference(text, referenceSniff(text)), encoding };
}

function table(bytes: Uint8Array, chunkSize?: number): Read & { encoding: string } {
  const t = readCsvTable(bytes, 't.csv', limits, chunkSize !== undefined ? { chunkSize } : {});
  return { rows: t.rows.map((r) => ({ row: r.row, cells: r.cells as string[] })), unreadable: t.unreadableRows, encoding: t.encoding };
}

describe('readCsvTable streams every encoding as before (decoded chunk by chunk)', () => {
  const text = '2025年度供地备案\r\n电子监管号|坐落|面积\r\n3301022025B00001|"某路\r\n1号"|1.5\r\n3301022025B00002|“三改一拆”地块😀|2\r\n';
  const gbk = iconv.encode(text.replace('😀', ''), 'gb18030');
  const utf8WithOneGbkCell = Buffer.concat([Buffer.from(text.repeat(3), 'utf8'), iconv.encode('坐落', 'gbk'), Buffer.from('\r\n', 'utf8')]);
  it.each([
    { name: 'UTF-8', bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), encoding: 'utf-8' },
    { name: 'UTF-8 with two BOMs (the decoder drops the second)', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), encoding: 'utf-8' },
    { name: 'GB18030', bytes: gbk, encoding: 'gb18030' },
    { name: 'UTF-16LE (BOM), a surrogate pair', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), encoding: 'utf-16le' },
    { name: 'UTF-16BE (BOM), a surrogate pair', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), encoding: 'utf-16be' },
    { name: 'UTF-16BE with a lone surrogate (U+FFFD, as csv-parse made it)', bytes: Buffer.from([0xfe, 0xff, 0, 0x61, 0xd8, 0x3d, 0, 0x2c, 0, 0x62, 0, 0x0a]), encoding: 'utf-16be' },
    { name: 'UTF-8 file with one GBK cell (read as UTF-8, U+FFFD in that cell)', bytes: utf8WithOneGbkCell, encoding: 'utf-8' },
  ])('$name: same rows in chunks of 1–7 bytes and whole', ({ bytes, encoding }) => {
    const want = referenceTable(bytes);
    expect(want.encoding).toBe(encoding);
    expect(want.rows.length).toBeGreaterThan(0);
    for (const chunk of [1, 2, 3, 4, 5, 6, 7, undefined]) expect(table(bytes, chunk)).toEqual(want);
  });

  it('a quoted line break cut by a chunk boundary stays in its field; rows are records', () => {
    const bytes = Buffer.from('a,b\n"x\r\ny",2\n3,4\n', 'utf8');
    for (const chunk of [1, 2, 3, 4, 5]) {
      expect(table(bytes, chunk).rows).toEqual([{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['x\r\ny', '2'] }, { row: 3, cells: ['3', '4'] }]);
    }
  });

  it('a GB18030 character cut by every chunk size decodes whole', () => {
    const bytes = iconv.encode('坐落,面积\n钱塘区,1\n', 'gb18030');
    for (const chunk of [1, 2, 3]) expect(table(bytes, chunk).rows[1]!.cells).toEqual(['钱塘区', '1']);
  });

  it('the delimiter is sniffed beyond the first chunk when the first lines have none', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `t${i}`).join('\n') + '\na|b\n1|2\n';
    expect(sniffDelimiter(lines)).toBe('|');
    expect(table(Buffer.from(lines), 4).rows.at(-1)).toEqual({ row: 27, cells: ['1', '2'] });
  });

  it.each([
    { name: 'no mark (UTF-8, damaged UTF-8 or GB18030)', prefix: [] },
    { name: 'UTF-8 BOM', prefix: [0xef, 0xbb, 0xbf] },
    { name: 'UTF-16LE BOM', prefix: [0xff, 0xfe] },
    { name: 'UTF-16BE BOM', prefix: [0xfe, 0xff] },
  ])('random bytes after $name: same as before, whole and in chunks', ({ prefix }) => {
    const tail = fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.concat([Buffer.from(prefix), b]));
    fc.assert(fc.property(tail, fc.integer({ min: 1, max: 7 }), (bytes, chunk) => {
      if (bytes.length === 0) return;
      const want = referenceTable(bytes);
      expect(table(bytes)).toEqual(want);
      expect(table(bytes, chunk)).toEqual(want);
    }), { numRuns: 1500 });
  });

  it.each([
    { name: 'UTF-8 with a few bad bytes (read as UTF-8)', piece: (t: string) => Buffer.from(t, 'utf8') },
    { name: 'GB18030 with bad bytes', piece: (t: string) => iconv.encode(t, 'gb18030') },
  ])('random $name cut into chunks: same as before', ({ piece }) => {
    const part = fc.oneof(
      fc.constantFrom('钱塘区', '坐落,', '"甲\n乙"', '\r\n', '\n', 'a|b', '"').map(piece),
      fc.uint8Array({ minLength: 1, maxLength: 2 }).map((b) => Buffer.from(b)),
    );
    fc.assert(fc.property(fc.array(part, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (parts, chunk) => {
      const bytes = Buffer.concat(parts);
      if (bytes.length === 0) return;
      const want = referenceTable(bytes);
      expect(table(bytes, chunk)).toEqual(want);
    }), { numRuns: 1500 });
  });

  it('random text: the byte sniffer picks what the text sniffer picked', () => {
    const piece = fc.constantFrom('a', '中', ',', '|', '\t', ';', '"', '\n', '\r');
    fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      expect(sniffDelimiter(text)).toBe(referenceSniff(text));
    }), { numRuns: 1500 });
  });
});

// Damage a transfer leaves inside a valid zip (docs/bad-input.md "文件、编码与公式"): a sheet or the shared-string
// table cut anywhere before its closing tag is a damaged file, never a silently shorter sheet; values that are
// not decimal numbers stay text for their column to judge; names whose case differs from the zip entry open, as
// in Excel; text that looks like an OOXML escape survives a round trip; the checksum works without zlib.crc32.
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Portable } from '../../src/xlsx/crc32.js';
import {
  XlsxError, crc32, parseSharedStrings, parseSheet, readXlsxSheet, renderWorkbook, type WorkbookModel,
} from '../../src/xlsx/index.js';
import { makeZip, rawXlsx, sheetXml } from '../ingest/helpers.js';
import { limits } from './limits.js';

const ctx = { sheet: '供地备案', limits };
const rows = Array.from({ length: 40 }, (_, i) => [`项目${i + 1}`, i + 0.5, '上城区']);
const sheet = `<worksheet><sheetData>${sheetXml(rows)}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
const dataEnd = sheet.indexOf('</sheetData>');

function thrown(f: () => unknown): unknown {
  try { f(); } catch (e) { return e; }
  return null;
}

describe('a part cut short is a damaged file', () => {
  // every 1/20 of the sheet, each a place a broken copy may end
  const cuts = Array.from({ length: 19 }, (_, k) => Math.floor((sheet.length * (k + 1)) / 20)).filter((at) => at < dataEnd);
  it.each(cuts)('the sheet cut at character %i: XlsxError corrupt naming the sheet', (at) => {
    const e = thrown(() => parseSheet(sheet.slice(0, at), [], ctx));
    expect(e).toBeInstanceOf(XlsxError);
    expect((e as XlsxError).kind).toBe('corrupt');
    expect((e as XlsxError).message).toContain('供地备案');
  });
  it('cut after </sheetData> (only merges lost): every row is there', () => {
    expect(parseSheet(sheet.slice(0, dataEnd + '</sheetData>'.length + 5), [], ctx)).toHaveLength(40);
  });
  it('an empty sheet (<sheetData/>) is complete', () => {
    expect(parseSheet('<worksheet><sheetData/></worksheet>', [], ctx)).toEqual([]);
  });
  it('in a real workbook: the sheet part cut before <row r="30"> inside a valid zip', async () => {
    const bytes = rawXlsx({ sheets: [{ name: '供地备案', xml: '' }], extraParts: [] });
    const cut = `<?xml version="1.0"?><worksheet><sheetData>${sheetXml(rows)}`.split('<row r="30"')[0]!;
    const damaged = makeZip([
      ...['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'].map((name) => ({ name, data: partOf(bytes, name) })),
      { name: 'xl/worksheets/sheet1.xml', data: cut },
    ]);
    await expect(readXlsxSheet(damaged, { limits })).rejects.toMatchObject({ kind: 'corrupt' });
  });

  const sst = `<sst>${Array.from({ length: 30 }, (_, i) => `<si><t>文本${i}</t></si>`).join('')}</sst>`;
  it.each(Array.from({ length: 19 }, (_, k) => Math.floor((sst.length * (k + 1)) / 20)))('the shared strings cut at character %i: corrupt', (at) => {
    expect(thrown(() => parseSharedStrings(sst.slice(0, at)))).toMatchObject({ kind: 'corrupt' });
  });
});

/** The inflated bytes of one entry of a zip written by makeZip (deflated, no data descriptors). */
function partOf(zip: Buffer, name: string): Buffer {
  const at = zip.indexOf(Buffer.from(name, 'utf8'));
  const header = at - 30;
  const size = zip.readUInt32LE(header + 18);
  const start = at + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  return zlib.inflateRawSync(zip.subarray(start, start + size));
}

describe('a numeric cell holds a decimal number or stays text', () => {
  const cell = (v: string) => parseSheet(`<worksheet><sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData></worksheet>`, [], ctx)[0]!.cells[0];
  it.each([
    { v: '1.5', want: 1.5 }, { v: '-0.25', want: -0.25 }, { v: '1E+3', want: 1000 }, { v: '1.5e-7', want: 1.5e-7 }, { v: ' 7 ', want: 7 },
    { v: '0x1F', want: '0x1F' }, { v: 'NaN', want: 'NaN' }, { v: 'Infinity', want: 'Infinity' }, { v: '1E+309', want: '1E+309' },
    { v: `1${'0'.repeat(309)}`, want: `1${'0'.repeat(309)}` }, { v: '0b11', want: '0b11' }, { v: '1_000', want: '1_000' },
  ])('<v>$v</v> → $want', ({ v, want }) => {
    expect(cell(v)).toEqual(want);
  });
});

describe('part names whose case differs from the zip entry open, as in Excel', () => {
  it('a relationship to sharedStrings.xml finds the entry SharedStrings.xml', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: ['坐落'] });
    const renamed = Buffer.from(bytes);
    // the entry name appears twice (local header, central directory); same length, so offsets stay valid
    for (let at = renamed.indexOf('xl/sharedStrings.xml'); at >= 0; at = renamed.indexOf('xl/sharedStrings.xml', at + 1)) renamed.write('xl/SharedStrings.xml', at, 'utf8');
    expect(renamed.equals(bytes)).toBe(false);
    expect((await readXlsxSheet(renamed, { limits })).rows).toEqual([{ row: 1, cells: ['坐落'] }]);
  });
});

describe('text that looks like an OOXML escape round-trips', () => {
  it.each(['项目_x0041_名称', '_x000D_', 'a_x005F_b', '_x12G4_', '__x0041__'])('%s', async (text) => {
    const model: WorkbookModel = {
      meta: { creator: 'landlink', title: 't', date: new Date(Date.UTC(2025, 0, 1)) },
      sheets: [{ name: 'S', columns: [{}], rows: [['名称'], [text]], headerRow: 1 }],
    };
    const bytes = await renderWorkbook(model);
    const read = await readXlsxSheet(bytes, { limits });
    expect(read.rows.at(-1)!.cells[0]).toBe(text);
  });
});

describe('CRC-32 without zlib.crc32 (Node before 20.15)', () => {
  it('the JavaScript function equals zlib\'s on random bytes, whole and continued in pieces', () => {
    const native = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(2000), (data, cut) => {
      const at = Math.min(cut, data.length);
      const whole = crc32Portable(data);
      expect(crc32Portable(data.subarray(at), crc32Portable(data.subarray(0, at)))).toBe(whole);
      expect(crc32(data)).toBe(whole);
      if (native) expect(native(data) >>> 0).toBe(whole);
    }), { numRuns: 500 });
  });
  it.each([
    { text: '', crc: 0 }, { text: 'a', crc: 0xe8b7be43 }, { text: '123456789', crc: 0xcbf43926 },
  ])('known value of "$text"', ({ text, crc }) => {
    expect(crc32Portable(Buffer.from(text))).toBe(crc);
  });
});

// Streaming the worksheet (issue 7): the inflated part arrives in chunks of any size; every tag, attribute,
// value and multi-byte character may be cut between two chunks. Same rows, same findings, same errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { resolveLimits } from '../../src/ingest/limits.js';
import { parseSharedStrings } from '../../src/ingest/xlsx-parts.js';
import { parseSheet, readXlsxTable } from '../../src/ingest/xlsx.js';
import { decodeXmlText } from '../../src/ingest/xml.js';
import { inputErrorOf } from './errors.js';
import { rawXlsx, sheetXml, tempDir } from './helpers.js';

const limits = resolveLimits();
const CHUNKS = [1, 2, 3, 4, 5, 6, 7];
const ctx = { file: 'x.xlsx', sheet: 'S', limits };

const shared = ['电子监管号', '坐落', '“三改一拆”拆后土地', 'a&b <c>', '行\r\n政区', '钱塘区'];
const sharedXml = '<sst><si><t>电子监管号</t></si><si><r><t>坐</t></r><r><t xml:space="preserve">落</t></r><rPh><t>ざ</t></rPh></si>'
  + '<si><t>“三改一拆”拆后土地</t></si><si><t>a&amp;b &lt;c&gt;</t></si><si><t>行_x000D_\n政区</t></si><si><t>钱塘区</t></si></sst>';

/** Sheet XML with everything the scanner must carry over a cut: comments, declarations, prefixes, '>' inside
 *  quotes, entities, inline rich text with phonetic runs, every cell type, missing `r` attributes. */
const trickySheet = '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="m"><x:sheetPr/><!-- <row r="99"> --><x:sheetData>'
  + '<x:row r="1" spans="1:9"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s" note="a>b"><x:v>1</x:v></x:c></x:row>'
  + '<row r="2"><c r="A2" t="inlineStr"><is><r><t>项目</t></r><rPh><t>こう</t></rPh><r><t>甲&amp;乙</t></r></is></c>'
  + '<c t="n"><v>0.5</v></c><c><v>-0</v></c><c><v> 7 </v></c><c><v>1e3</v></c><c><v>12345678901234567890</v></c>'
  + '<c><v>0.1234567890123456789</v></c><c><v>&#49;2</v></c><c><v>NaN</v></c></row>'
  + '<row><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><v>公式_x000D_文本</v></c>'
  + '<c r="E3" t="s"><v> 2 </v></c><c r="F3" t="s"><v>05</v></c><c r="G3" t="s"><v/></c><c r="H3"/><c r="&#73;3" t="d"><v>2025-03-31</v></c></row>'
  + '<row r="5"/><?pi x?><row r="6"><c r="A6" t="s"><v>4</v></c><c r="B6" t="s"><v>3</v></c></row>'
  + '</x:sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></x:worksheet>';

const wantRows = [
  { row: 1, cells: ['电子监管号', undefined, '坐落'] },
  { row: 2, cells: ['项目甲&乙', 0.5, -0, 7, 1000, 12345678901234567000, 0.12345678901234568, '12', 'NaN'] },
  { row: 3, cells: [undefined, true, { error: '#N/A' }, '公式\r文本', '“三改一拆”拆后土地', '钱塘区', undefined, undefined, '2025-03-31'] },
  { row: 6, cells: ['行\r\n政区', 'a&b <c>'] },
];

function plain(rows: { row: number; cells: unknown[] }[]): unknown[] {
  return rows.map((r) => ({ row: r.row, cells: Array.from(r.cells) }));
}

describe('worksheet scanned in chunks of 1–7 bytes (every tag and character cut somewhere)', () => {
  it('shared strings: runs joined, phonetic runs left out, entities and _x000D_ decoded', () => {
    expect(parseSharedStrings(sharedXml)).toEqual(shared);
  });

  it.each(CHUNKS)('chunk %i: the same rows as the whole part', (chunk) => {
    const rows = parseSheet(trickySheet, shared, ctx, chunk);
    expect(plain(rows)).toEqual(wantRows);
    expect(Object.is(rows[1]!.cells[2], -0)).toBe(true);
  });

  it.each(CHUNKS)('chunk %i through the zip: shared strings and sheet inflated as streams', async (chunk) => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: trickySheet.replace(/^.*<x:sheetData>|<\/x:sheetData>.*$/g, '') }], sharedStrings: sharedXml.replace(/^<sst>|<\/sst>$/g, '') });
    const t = await readXlsxTable(bytes, 'x.xlsx', [], limits, { chunkSize: chunk });
    expect(plain(t.rows)).toEqual(wantRows);
  });

  it('a value cut anywhere reads as Number() reads its text (the fast path for plain decimals included)', () => {
    const text = fc.oneof(
      fc.stringMatching(/^-?\d{1,22}(\.\d{0,25})?$/),
      fc.stringMatching(/^[-+ .0-9eE]{1,12}$/),
    );
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 7 }), (v, chunk) => {
      const rows = parseSheet(`<sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData>`, [], ctx, chunk);
      const n = Number(v);
      const want = v.trim() === '' ? undefined : Number.isFinite(n) ? n : decodeXmlText(v);
      expect(Object.is(rows[0]?.cells[0], want) || (want === undefined && rows.length === 0)).toBe(true);
    }), { numRuns: 3000 });
  });

  it.each([
    { name: 'index past the end', v: '6' },
    { name: 'not a number', v: 'x' },
  ])('a shared-string reference that does not exist stops the run: $name', async ({ v }) => {
    const f = await inputErrorOf(() => parseSheet(`<sheetData><row r="1"><c r="A1" t="s"><v>${v}</v></c></row></sheetData>`, shared, ctx, 3));
    expect(f.code).toBe('file-corrupt');
    expect(String(f.params?.detail)).toContain(v);
  });
});

describe('reading a streamed supply sheet', () => {
  const dir = tempDir();
  const header = ['电子监管号', '行政区代码', '项目名称', '坐落', '土地来源', '供地面积(公顷)', '签订日期'];
  const data = (i: number): (string | number)[] => [`3301022025B0000${i}`, 330102, `项目${i}`, `钱塘区某路${i}号`, '国有存量建设用地', 1.5 + i, 45747];

  it.each(CHUNKS)('header below title and blank rows, chunk %i: same typed rows and findings', async (chunk) => {
    const xml = sheetXml([['2025年度供地备案（单位：公顷）'], ['导出单位：某某', null, '2025-03-31']]) + sheetXml([header, data(1), data(2), header, data(1)], 5);
    const path = join(dir, `title-${chunk}.xlsx`);
    writeFileSync(path, rawXlsx({ sheets: [{ name: 'S', xml }] }));
    const whole = await readInputFile(path, 'supply');
    const r = await readInputFile(path, 'supply', { chunkSize: chunk });
    expect(r.rows.map((x) => [x.source.row, x.supervisionId, x.location, x.supplyAreaHa?.toString()])).toEqual([
      [6, '3301022025B00001', '钱塘区某路1号', '2.5'], [7, '3301022025B00002', '钱塘区某路2号', '3.5'], [9, '3301022025B00001', '钱塘区某路1号', '2.5'],
    ]);
    expect(r.findings.map((f) => [f.code, f.location.row])).toEqual([['header-repeated', 8], ['id-duplicate', 9]]);
    expect(r).toEqual(whole);
  });

  it('a header never found is reported only after the whole sheet: a damaged reference further down wins', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>标题${i}</t></is></c></row>`).join('');
    const path = join(dir, 'no-header-damaged.xlsx');
    writeFileSync(path, rawXlsx({ sheets: [{ name: 'S', xml: rows + '<row r="41"><c r="A41" t="s"><v>9</v></c></row>' }], sharedStrings: ['x'] }));
    expect((await inputErrorOf(readInputFile(path, 'supply'))).code).toBe('file-corrupt');
    const clean = join(dir, 'no-header.xlsx');
    writeFileSync(clean, rawXlsx({ sheets: [{ name: 'S', xml: rows }], sharedStrings: ['x'] }));
    expect((await inputErrorOf(readInputFile(clean, 'supply'))).code).toBe('header-not-found');
    const f = await inputErrorOf(readInputFile(clean, 'supply', { limits: { maxRows: 35 } }));
    expect([f.code, f.params?.limit]).toEqual(['file-limit-exceeded', 'maxRows']);
  });

  it.each([
    { name: 'in bytes after </sheetData> (which the scanner never needs)', extraRow: '' },
    { name: 'with a broken shared-string reference before it (the damaged part is what is reported)', extraRow: '<row r="9"><c r="A9" t="s"><v>7</v></c></row>' },
  ])('a changed byte of the sheet part is a CRC-32 mismatch, $name', async ({ extraRow }) => {
    const tampered = rawXlsx({ store: true, sheets: [{ name: 'S', xml: sheetXml([header, data(1)]) + extraRow }], sharedStrings: ['x'] });
    // flip a letter of the closing </worksheet> tag: after the sheet data, inside the stored part
    const end = tampered.indexOf('</worksheet>', tampered.indexOf('</sheetData>'));
    tampered[end + 3] = tampered[end + 3]! ^ 0x20;
    const f = await inputErrorOf(readXlsxTable(tampered, 'crc.xlsx', [], limits, { chunkSize: 5 }));
    expect(f.code).toBe('file-corrupt');
    expect(String(f.params?.detail)).toContain('CRC-32');
  });
});

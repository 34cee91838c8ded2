// The reader of src/xlsx on its own: shared strings, cells of every type, and the worksheet cut into chunks of
// 1–7 bytes (every tag, attribute, value and multi-byte character cut somewhere) — same rows as the whole part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnIndex, decodeXmlText, parseSharedStrings, parseSheet, readXlsxSheet } from '../../src/xlsx/index.js';
import { rawXlsx } from '../ingest/helpers.js';
import { limits } from './limits.js';

const CHUNKS = [1, 2, 3, 4, 5, 6, 7];
const ctx = { sheet: 'S', limits };
const sst = (inner: string) => `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}</sst>`;

describe('shared strings', () => {
  it.each([
    { name: 'plain', xml: '<si><t>坐落</t></si>', want: '坐落' },
    { name: 'rich-text runs concatenated', xml: '<si><r><rPr><b/></rPr><t>供地</t></r><r><t xml:space="preserve">面积 </t></r></si>', want: '供地面积 ' },
    { name: 'phonetic runs ignored', xml: '<si><t>坐落</t><rPh sb="0" eb="2"><t>ZUOLUO</t></rPh><phoneticPr fontId="1"/></si>', want: '坐落' },
    { name: 'XML entities', xml: '<si><t>A&amp;B &lt;1&gt; &quot;x&quot; &#x4E2D;&#22269;</t></si>', want: 'A&B <1> "x" 中国' },
    { name: '_x000D_ escape', xml: '<si><t>第一行_x000D_\n第二行</t></si>', want: '第一行\r\n第二行' },
    { name: '_x005F_ escapes an underscore', xml: '<si><t>_x005F_x000D_</t></si>', want: '_x000D_' },
    { name: 'empty item', xml: '<si/>', want: '' },
    { name: 'namespace prefix', xml: '<x:si><x:t>坐落</x:t></x:si>', want: '坐落' },
  ])('$name', ({ xml, want }) => {
    expect(parseSharedStrings(sst(xml))).toEqual([want]);
  });
});

describe('sheet cells', () => {
  const shared = ['文本'];
  const parse = (inner: string) => parseSheet(`<worksheet><sheetData>${inner}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`, shared, ctx);
  it.each([
    { name: 'shared string', xml: '<c r="A1" t="s"><v>0</v></c>', want: '文本' },
    { name: 'formula string', xml: '<c r="A1" t="str"><f>A2&amp;"x"</f><v>a&amp;x</v></c>', want: 'a&x' },
    { name: 'inline string with runs', xml: '<c r="A1" t="inlineStr"><is><r><t>供</t></r><r><t>地</t></r></is></c>', want: '供地' },
    { name: 'boolean', xml: '<c r="A1" t="b"><v>1</v></c>', want: true },
    { name: 'number', xml: '<c r="A1" s="3"><v>1.6691</v></c>', want: 1.6691 },
    { name: 'number in scientific form', xml: '<c r="A1" t="n"><v>1.5E-7</v></c>', want: 1.5e-7 },
    { name: 'error value', xml: '<c r="A1" t="e"><v>#N/A</v></c>', want: { error: '#N/A' } },
  ])('$name', ({ xml, want }) => {
    expect(parse(`<row r="1">${xml}</row>`)).toEqual([{ row: 1, cells: [want] }]);
  });
  it('styled empty cells are no data; a row of them is no row', () => {
    expect(parse('<row r="1"><c r="A1" s="2"/><c r="B1" s="2"></c></row><row r="2"><c r="A2"><v>5</v></c></row>')).toEqual([{ row: 2, cells: [5] }]);
  });
  it('missing r attributes: cells and rows are counted', () => {
    const rows = parse('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>');
    expect(rows).toEqual([{ row: 1, cells: [1, 2] }, { row: 2, cells: [undefined, undefined, 3, 4] }]);
  });
  it('sparse rows keep their spreadsheet numbers', () => {
    const rows = parse('<row r="2"><c r="B2"><v>1</v></c></row><row r="7"><c r="AA7"><v>2</v></c></row>');
    expect(rows.map((r) => r.row)).toEqual([2, 7]);
    expect(rows[1]!.cells[26]).toBe(2);
  });
  it.each([['A1', 0], ['Z9', 25], ['AA10', 26], ['XFD1048576', 16383], ['1', -1]])('columnIndex(%s) = %d', (ref, n) => {
    expect(columnIndex(ref)).toBe(n);
  });
});

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
    const t = await readXlsxSheet(bytes, { limits, chunkSize: chunk });
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

});


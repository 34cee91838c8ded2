// What the reader refuses, as typed errors: the kind to branch on and the facts to word a message with.
import { describe, expect, it } from 'vitest';
import { readXlsxRows, readXlsxSheet, XlsxError, type XlsxReadLimits } from '../../src/xlsx/index.js';
import { makeZip, rawXlsx, sheetXml } from '../ingest/helpers.js';
import { limits } from './limits.js';

const goodSheet = sheetXml([['a', 1], ['b', 2], ['c', 3]]);

async function errorOf(bytes: Buffer, over: Partial<XlsxReadLimits> = {}): Promise<XlsxError> {
  const e = await readXlsxSheet(bytes, { limits: { ...limits, ...over } }).then(() => null, (err: unknown) => err);
  if (!(e instanceof XlsxError)) throw new Error(`expected an XlsxError, got ${String(e)}`);
  return e;
}

/** A stored (uncompressed) workbook whose sheet bytes are changed after the CRC was computed. */
function tampered(): Buffer {
  const bytes = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }], store: true });
  const at = bytes.indexOf('<v>2</v>');
  bytes[at + 3] = 0x39; // '2' → '9'
  return bytes;
}

describe('XlsxError kinds', () => {
  it.each([
    { name: 'plain text (a CSV renamed .xlsx)', bytes: Buffer.from('电子监管号,坐落\n1,2\n', 'utf8'), kind: 'not-xlsx' },
    { name: 'an OLE2 file (password-protected workbook or .xls)', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), kind: 'encrypted' },
    { name: 'binary that is not a zip', bytes: Buffer.from([0x00, 0x01, 0x02, 0xff]), kind: 'corrupt', detail: '不是 zip 格式（.xlsx 应以 PK 开头）' },
    { name: 'an encrypted zip entry', bytes: makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>', encrypted: true }]), kind: 'encrypted' },
    { name: 'a zip without a workbook part', bytes: makeZip([{ name: 'a.xml', data: '<a/>' }]), kind: 'corrupt', detail: '不是 Excel 工作簿（缺少 xl/workbook.xml）' },
    { name: 'a workbook without worksheets', bytes: makeZip([{ name: 'xl/workbook.xml', data: '<workbook><sheets/></workbook>' }]), kind: 'corrupt', detail: '工作簿中没有工作表' },
    { name: 'a part whose bytes do not match its CRC-32', bytes: tampered(), kind: 'corrupt', detail: 'xl/worksheets/sheet1.xml: 校验和（CRC-32）不符' },
    {
      name: 'a part that inflates past its declared size',
      bytes: makeZip([
        { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
        { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1 << 20, 0x20), declaredSize: 100 },
      ]),
      kind: 'corrupt', detail: 'xl/worksheets/sheet1.xml: 解压后大小超过目录记载的 100 字节',
    },
    {
      name: 'a cell referring to a shared string that does not exist',
      bytes: rawXlsx({ sheets: [{ name: '供地', xml: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' }], sharedStrings: ['a'] }),
      kind: 'corrupt', detail: '工作表“供地”引用了不存在的共享字符串 7',
    },
  ])('$name → $kind', async ({ bytes, kind, detail }) => {
    const e = await errorOf(bytes);
    expect(e.kind).toBe(kind);
    expect(e.detail).toBe(detail);
  });

  it.each([
    { limit: 'maxEntryBytes', over: { maxEntryBytes: 300 }, bound: 300 },
    { limit: 'maxTotalBytes', over: { maxTotalBytes: 600 }, bound: 600 },
    { limit: 'maxRatio', over: { maxRatio: 2, ratioFloorBytes: 100 }, bound: 2 },
  ] as const)('a declared size over $limit is refused before inflating, with the figure', async ({ limit, over, bound }) => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet + sheetXml(Array.from({ length: 20 }, () => ['x'.repeat(50)]), 4) }] });
    const e = await errorOf(bytes, over);
    expect([e.kind, e.limit]).toEqual(['limit', limit]);
    expect(e.actual).toBeGreaterThan(bound);
    expect(e.sheet).toBeUndefined();
  });

  it('a zip bomb (64 MB of zeros in 100 KB) is refused by its ratio', async () => {
    const bomb = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }], extraParts: [{ name: 'xl/media/x.xml', data: Buffer.alloc(64 << 20) }] });
    expect(bomb.length).toBeLessThan(200_000);
    const e = await errorOf(bomb);
    expect([e.kind, e.limit]).toEqual(['limit', 'maxRatio']);
    expect(e.actual).toBeGreaterThan(200);
  });

  it('more rows than maxRows: the limit, the row count reached and the sheet', async () => {
    const e = await errorOf(rawXlsx({ sheets: [{ name: '供地备案', xml: goodSheet }] }), { maxRows: 2 });
    expect(e).toMatchObject({ kind: 'limit', limit: 'maxRows', actual: 3, sheet: '供地备案' });
  });

  it("an error thrown by the caller's row sink passes through unchanged", async () => {
    const mine = new RangeError('stop here');
    const run = readXlsxRows(rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }] }), { limits }, () => ({ row: () => { throw mine; } }));
    await expect(run).rejects.toBe(mine);
  });

  it('a readable workbook is no error (the cases above are refusals, not noise)', async () => {
    const t = await readXlsxSheet(rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }] }), { limits });
    expect(t.rows.map((r) => r.cells)).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });
});

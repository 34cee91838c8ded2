import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { defaultReadLimits, parseLimitOverride, resolveLimits } from '../../src/ingest/limits.js';
import { readXlsxTable } from '../../src/ingest/xlsx.js';
import { inputErrorOf } from './errors.js';
import { csvOf, makeZip, rawXlsx, sheetXml, tempDir } from './helpers.js';

const dir = tempDir();
const header = ['电子监管号', '行政区代码', '项目名称', '坐落', '土地来源', '供地面积(公顷)', '签订日期'];
const goodSheet = sheetXml([header, ['3301022025B00001', 330102, '项目', '坐落', '国有存量建设用地', 1, 45747]]);

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('zip-bomb guard (checked before inflating)', () => {
  it('refuses a small file whose part inflates ~1000:1 (64 MB of zeros) by its ratio', async () => {
    const bomb = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }], extraParts: [{ name: 'xl/worksheets/sheet9.xml', data: Buffer.alloc(64 * 1024 * 1024) }] });
    expect(bomb.length).toBeLessThan(200_000);
    const f = await inputErrorOf(readInputFile(file('bomb.xlsx', bomb), 'supply'));
    expect(f.code).toBe('file-limit-exceeded');
    expect(f.params).toMatchObject({ limit: 'maxRatio' });
    expect(f.location).toMatchObject({ file: 'bomb.xlsx', expected: String(defaultReadLimits.maxRatio) });
  });

  it.each([
    { limit: 'maxEntryBytes', limits: { maxEntryBytes: 1000 } },
    { limit: 'maxTotalBytes', limits: { maxTotalBytes: 2000 } },
    { limit: 'maxRatio', limits: { maxRatio: 2, ratioFloorBytes: 100 } },
    { limit: 'maxRows', limits: { maxRows: 1 } },
    { limit: 'maxFileBytes', limits: { maxFileBytes: 100 } },
  ])('names the limit it hit: $limit', async ({ limit, limits }) => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet + sheetXml(Array.from({ length: 20 }, () => ['x'.repeat(50)]), 3) }] });
    const f = await inputErrorOf(readInputFile(file(`limit-${limit}.xlsx`, bytes), 'supply', { limits }));
    expect(f.code).toBe('file-limit-exceeded');
    expect(f.params?.limit).toBe(limit);
  });

  it('a raised limit lets the same file through', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }] });
    const path = file('raised.xlsx', bytes);
    await inputErrorOf(readInputFile(path, 'supply', { limits: { maxEntryBytes: 100 } }));
    const r = await readInputFile(path, 'supply', { limits: { maxEntryBytes: 10_000_000 } });
    expect(r.rows).toHaveLength(1);
  });

  it('a part that lies about its inflated size is corrupt and never inflated past it', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }], extraParts: [] });
    const lying = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 100 },
    ]);
    expect(bytes.length).toBeGreaterThan(0);
    const f = await inputErrorOf(readInputFile(file('lying.xlsx', lying), 'supply'));
    expect(f.code).toBe('file-corrupt');
  });

  it('the CSV row limit too', async () => {
    const path = join(dir, 'rows.csv');
    writeFileSync(path, csvOf([header, ...Array.from({ length: 10 }, () => ['a', '330102', 'p', 'l', '国有存量建设用地', '1', '2025-01-01'])]));
    const f = await inputErrorOf(readInputFile(path, 'supply', { limits: { maxRows: 5 } }));
    expect([f.code, f.params?.limit]).toEqual(['file-limit-exceeded', 'maxRows']);
  });
});

describe('files that are not a readable .xlsx stop the run (InputError, exit 2)', () => {
  it.each([
    { name: 'an encrypted workbook / old .xls (OLE2 header)', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), code: 'file-encrypted' },
    { name: 'a CSV renamed .xlsx', bytes: Buffer.from(csvOf([header]), 'utf8'), code: 'file-not-xlsx' },
    { name: 'a GBK CSV renamed .xlsx', bytes: Buffer.from([0xb5, 0xe7, 0xd7, 0xd3, 0x2c, 0x0d, 0x0a]), code: 'file-not-xlsx' },
    { name: 'a truncated zip', bytes: rawXlsx({ sheets: [{ name: 'S', xml: goodSheet }] }).subarray(0, 300), code: 'file-corrupt' },
    { name: 'random binary', bytes: Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]), code: 'file-corrupt' },
    { name: 'a zip that is no workbook (e.g. a .docx)', bytes: makeZip([{ name: 'word/document.xml', data: '<w:document/>' }]), code: 'file-corrupt' },
    { name: 'a workbook without worksheets', bytes: makeZip([{ name: 'xl/workbook.xml', data: '<workbook><sheets/></workbook>' }]), code: 'file-corrupt' },
    { name: 'an entry with the encryption flag', bytes: makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>', encrypted: true }]), code: 'file-encrypted' },
  ])('$name → $code', async ({ name, bytes, code }) => {
    const path = file(`${name.replace(/\W+/g, '_')}.xlsx`, bytes);
    const f = await inputErrorOf(readInputFile(path, 'supply'));
    expect(f.code).toBe(code);
    expect(f.location.file).toBe(path.slice(dir.length + 1));
  });

  it('a part whose CRC-32 does not match is corrupt (a flipped byte in a value)', async () => {
    const zip = rawXlsx({ sheets: [{ name: 'S', xml: goodSheet.replace('>项目<', '>ABCD<') }], store: true });
    const intact = await readXlsxTable(zip, 'crc.xlsx', [], resolveLimits());
    expect(intact.rows[1]!.cells[2]).toBe('ABCD');
    const i = zip.indexOf('ABCD');
    zip[i] = 'X'.charCodeAt(0);
    const f = await inputErrorOf(readXlsxTable(zip, 'crc.xlsx', [], resolveLimits()));
    expect(f.code).toBe('file-corrupt');
  });
});

describe('read limits', () => {
  it.each([
    { text: 'maxRows=1000000', want: { maxRows: 1_000_000 } },
    { text: ' maxRatio = 500 ', want: { maxRatio: 500 } },
  ])('parses $text', ({ text, want }) => {
    expect(parseLimitOverride(text)).toEqual(want);
  });
  it.each(['maxRows', 'maxRows=-1', 'maxRows=0', 'bogus=5', '__proto__=1'])('refuses %j (read-limit-invalid)', async (text) => {
    expect((await inputErrorOf(() => parseLimitOverride(text))).code).toBe('read-limit-invalid');
  });
  it('documents a default for every limit', () => {
    expect(Object.keys(resolveLimits()).sort()).toEqual(Object.keys(defaultReadLimits).sort());
    expect(() => resolveLimits({ maxRows: 0 })).toThrow(RangeError);
  });
});

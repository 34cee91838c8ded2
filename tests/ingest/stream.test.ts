// Streaming the worksheet: the inflated part arrives in chunks of any size; every tag, attribute,
// value and multi-byte character may be cut between two chunks. Same rows, same findings, same errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { resolveLimits } from '../../src/ingest/limits.js';
import { readXlsxTable } from '../../src/ingest/xlsx.js';
import { inputErrorOf } from './errors.js';
import { rawXlsx, sheetXml, tempDir } from './helpers.js';

const limits = resolveLimits();
const CHUNKS = [1, 2, 3, 4, 5, 6, 7];

describe('a shared-string reference that does not exist stops the run (file-corrupt, the reference named)', () => {
  it.each([
    { name: 'index past the end', v: '6' },
    { name: 'not a number', v: 'x' },
  ])('$name', async ({ v }) => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', xml: `<row r="1"><c r="A1" t="s"><v>${v}</v></c></row>` }], sharedStrings: ['a', 'b'] });
    const f = await inputErrorOf(readXlsxTable(bytes, 'x.xlsx', [], limits, { chunkSize: 3 }));
    expect(f.code).toBe('file-corrupt');
    expect(f.location.file).toBe('x.xlsx');
    expect(f.params?.detail).toBe(`工作表“S”引用了不存在的共享字符串 ${v}`);
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

// The reader changes made for bad input (docs/bad-input.md), at the function level (the corpus checks them end to end): a UTF-8 file
// with a few bad bytes stays UTF-8 while GBK stays GBK; a repeated header row; bad values shown cut short.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UTF8_DAMAGE_RATIO, decodeBytes, utf8Census } from '../../src/ingest/encoding.js';
import { MAX_CELL_CHARS, MAX_SHOWN_CHARS, shownValue } from '../../src/ingest/convert.js';
import { readInputFile } from '../../src/ingest/load.js';
import { root, tempDir } from '../cli/helpers.js';
import { PROJECT, csv, gbk, supplyHeader, supplyRow } from './build/files.js';

const gb2312 = (): Buffer => {
  const out: number[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) out.push(hi, lo);
  return Buffer.from(out);
};

describe('decodeBytes: damaged UTF-8 is UTF-8, GBK is GBK', () => {
  const text = csv([supplyHeader, supplyRow(), supplyRow('3301022025A00002')]);
  it.each([
    { name: 'UTF-8 with one GBK cell', bytes: Buffer.concat([Buffer.from(text, 'utf8'), gbk('望江'), Buffer.from('\r\n')]), encoding: 'utf-8', replaced: true },
    { name: 'UTF-8 with a stray byte', bytes: Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xff])]), encoding: 'utf-8', replaced: true },
    { name: 'the GBK sample file (低效用地再开发.csv)', bytes: readFileSync(join(root, 'samples', '2025', '低效用地再开发.csv')), encoding: 'gb18030', replaced: false },
    { name: 'every GB2312 character in GBK', bytes: gb2312(), encoding: 'gb18030', replaced: false },
    { name: 'a GBK file with the supply header', bytes: gbk(text), encoding: 'gb18030', replaced: false },
    { name: 'two GBK characters', bytes: gbk('坐落'), encoding: 'gb18030', replaced: false },
  ])('$name → $encoding', ({ bytes, encoding, replaced }) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text.includes('\uFFFD')).toBe(replaced);
    if (encoding === 'gb18030' && bytes.length > 10) expect(d.text).toBe(iconv.decode(bytes, 'gb18030'));
  });

  it('GBK text is far from the threshold (valid : invalid at least 10× below the ratio)', () => {
    for (const bytes of [gb2312(), readFileSync(join(root, 'samples', '2025', '低效用地再开发.csv'))]) {
      const { valid, invalid } = utf8Census(bytes);
      expect(valid / invalid).toBeLessThan(UTF8_DAMAGE_RATIO / 10);
    }
  });

  it.each([
    { bytes: [0xe4, 0xb8, 0xad], valid: 1, invalid: 0 },          // 中
    { bytes: [0xe0, 0x80, 0x80], valid: 0, invalid: 3 },          // overlong
    { bytes: [0xed, 0xa0, 0x80], valid: 0, invalid: 3 },          // surrogate
    { bytes: [0xc2], valid: 0, invalid: 1 },                      // cut short
    { bytes: [0x80, 0x41], valid: 0, invalid: 1 },                // stray continuation
  ])('utf8Census $bytes', ({ bytes, valid, invalid }) => {
    expect(utf8Census(Uint8Array.from(bytes))).toEqual({ valid, invalid });
  });
});

describe('shownValue', () => {
  it.each([
    { text: '1.5', shown: '1.5' },
    { text: 'x'.repeat(MAX_SHOWN_CHARS), shown: 'x'.repeat(MAX_SHOWN_CHARS) },
    { text: '地'.repeat(MAX_SHOWN_CHARS + 1), shown: `${'地'.repeat(MAX_SHOWN_CHARS)}…（共 ${MAX_SHOWN_CHARS + 1} 个字符）` },
    { text: '地'.repeat(MAX_CELL_CHARS), shown: `${'地'.repeat(MAX_SHOWN_CHARS)}…（共 ${MAX_CELL_CHARS} 个字符）` },
    // past Excel's limit the readers keep only a prefix, so the message says "more than", never a wrong count
    { text: '地'.repeat(MAX_CELL_CHARS + 1), shown: `${'地'.repeat(MAX_SHOWN_CHARS)}…（超过 ${MAX_CELL_CHARS} 个字符）` },
  ])('$text.length characters', ({ text, shown }) => {
    expect(shownValue(text)).toBe(shown);
  });
});

describe('findings added for bad input, with their places', () => {
  const dir = tempDir('landlink-readers-');
  it.each([
    { code: 'file-no-rows', rows: [supplyHeader], want: { row: 1 }, count: 0 },
    { code: 'header-repeated', rows: [supplyHeader, supplyRow(), supplyHeader, supplyRow('3301022025A00002')], want: { row: 3, expected: '1' }, count: 2 },
    { code: 'cell-area-zero', rows: [supplyHeader, supplyRow(PROJECT, { '供地面积(公顷)': '0.000' })], want: { row: 2, column: '供地面积(公顷)', value: '0.000' }, count: 1 },
    {
      code: 'cell-too-long', rows: [supplyHeader, supplyRow(PROJECT, { 坐落: '路'.repeat(MAX_CELL_CHARS + 1) })],
      want: { row: 2, column: '坐落', value: shownValue('路'.repeat(MAX_CELL_CHARS + 1)) }, count: 1,
    },
  ])('$code', async ({ code, rows, want, count }) => {
    const path = join(dir, `${code}.csv`);
    writeFileSync(path, csv(rows));
    const r = await readInputFile(path, 'supply');
    expect(r.rows).toHaveLength(count);                       // the repeated header is not a row; nothing else is dropped
    const found = r.findings.filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    expect(found[0]!.location).toMatchObject({ file: `${code}.csv`, ...want });
  });

  it('a cell of exactly the Excel limit is read', async () => {
    const path = join(dir, 'limit.csv');
    writeFileSync(path, csv([supplyHeader, supplyRow(PROJECT, { 坐落: '路'.repeat(MAX_CELL_CHARS) })]));
    const r = await readInputFile(path, 'supply');
    expect(r.findings.map((f) => f.code)).not.toContain('cell-too-long');
    expect(r.rows[0]!.location).toHaveLength(MAX_CELL_CHARS);
  });
});

// Same seed → byte-identical CSV, JSON and README, identical xlsx cells (task B) — and, with the zip
// timestamps fixed, identical xlsx bytes; and the committed samples/2024 and samples/2025 are exactly what the
// generator writes today.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { generateYear } from '../../src/samples/generate.js';
import { fixZipTimestamps } from '../../src/samples/zip-time.js';
import { folderSnapshot } from './read-back.js';

const committed = (year: number) => resolve(import.meta.dirname, '../../samples', String(year));
let root = '';

beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'landlink-det-')); });
afterAll(async () => { if (root) await rm(root, { recursive: true, force: true }); });

describe('sample determinism', () => {
  // Two fresh runs are each compared with the committed folder: equal to it, hence to each other.
  it.each([{ year: 2024, run: 1 }, { year: 2025, run: 1 }, { year: 2025, run: 2 }])(
    'run $run of year $year writes exactly the committed samples/$year (regenerate: npm run samples -- --year $year --scale 1)',
    async ({ year, run }) => {
      const fresh = join(root, `${year}-${run}`);
      await generateYear({ year, scale: 1, outDir: fresh });
      const [want, got] = [await folderSnapshot(fresh), await folderSnapshot(committed(year))];
      expect([...got.keys()]).toEqual([...want.keys()]);
      expect(want.size).toBe(9);
      for (const [name, value] of want) expect(got.get(name), name).toEqual(value);
    },
  );
});

describe('fixed zip timestamps', () => {
  it('sets every entry of an exceljs workbook to the given time and keeps it readable', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = '坐落';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const when = new Date(Date.UTC(2026, 0, 8, 1, 0, 0));
    const fixed = fixZipTimestamps(bytes, when);
    expect(fixed.length).toBe(bytes.length);
    // DOS time 01:00:00 = 0x0800, date 2026-01-08 = (46 << 9) | (1 << 5) | 8 = 0x5c28, at each local header.
    let headers = 0;
    for (let i = fixed.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); i >= 0; i = fixed.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), i + 4)) {
      expect([fixed.readUInt16LE(i + 10), fixed.readUInt16LE(i + 12)]).toEqual([0x0800, 0x5c28]);
      headers++;
    }
    expect(headers).toBeGreaterThan(3);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(fixed as unknown as ArrayBuffer);
    expect(back.getWorksheet('表')?.getCell('A1').value).toBe('坐落');
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => fixZipTimestamps(Buffer.from('not a zip at all, just text of some length'), new Date(0))).toThrow(RangeError);
  });
});

// Same seed → byte-identical CSV, JSON and README, identical xlsx cells (tools/samples/prng.ts) — and, with the zip
// timestamps fixed, identical xlsx bytes, the cities' returned workbooks in 审核意见/ included; and the committed
// samples/2024 and samples/2025 are exactly what the command recorded in their MANIFEST.json (`regenerate`) writes
// today.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { generateYear } from '../../tools/samples/generate.js';
import { fixZipTimestamps } from '../../src/xlsx/index.js';
import { folderSnapshot, readManifest, recordedOptions } from './read-back.js';

const committed = (year: number) => resolve(import.meta.dirname, '../../samples', String(year));
let root = '';

beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'landlink-det-')); });
afterAll(async () => { if (root) await rm(root, { recursive: true, force: true }); });

const feedbackFiles = ['330100-杭州市', '330200-宁波市', '330300-温州市', '330400-嘉兴市', '330600-绍兴市', '330700-金华市', '330900-舟山市', '331000-台州市']
  .map((name) => `审核意见/${name}.xlsx`);

describe('sample determinism', () => {
  // 2024 stays without feedback (its credited ids feed 2025's ledger); 2025 carries the cities' returned workbooks.
  const years = [
    { year: 2024, command: 'npm run samples -- --year 2024 --scale 1', feedback: [] as string[], carried: 0 },
    { year: 2025, command: 'npm run samples -- --year 2025 --scale 1 --feedback --carried', feedback: feedbackFiles, carried: 1 },
  ];

  it.each(years)('samples/$year records the command that wrote it: $command', async ({ year, command }) => {
    const m = await readManifest(committed(year));
    expect(m.regenerate).toBe(command);
    expect(recordedOptions(m)).toEqual({ year: m.year, scale: m.scale, seed: m.seed, clean: m.clean, feedback: m.feedback !== undefined, carried: m.carried !== undefined });
  });

  // Two fresh runs are each compared with the committed folder: equal to it, hence to each other.
  it.each([{ ...years[0]!, run: 1 }, { ...years[1]!, run: 1 }, { ...years[1]!, run: 2 }])(
    'run $run of year $year writes exactly the committed samples/$year, subfolders included ($command)',
    async ({ year, run, feedback, carried }) => {
      const fresh = join(root, `${year}-${run}`);
      const options = recordedOptions(await readManifest(committed(year)));
      await generateYear({ ...options, outDir: fresh });
      const [want, got] = [await folderSnapshot(committed(year)), await folderSnapshot(fresh)];
      expect([...got.keys()]).toEqual([...want.keys()]);
      expect([...want.keys()].filter((name) => name.includes('/'))).toEqual(feedback);
      expect(want.size).toBe(9 + feedback.length + carried);
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

  it.each(feedbackFiles.map((file) => ({ file })))('committed $file: every zip entry is dated 2026-01-31 00:00, the feedback deadline', async ({ file }) => {
    const bytes = await readFile(join(committed(2025), file));
    const local = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    const stamps = new Set<string>();
    for (let i = bytes.indexOf(local); i >= 0; i = bytes.indexOf(local, i + 4)) stamps.add(`${bytes.readUInt16LE(i + 10)}/${bytes.readUInt16LE(i + 12)}`);
    // DOS time 00:00:00 = 0, date 2026-01-31 = (46 << 9) | (1 << 5) | 31 = 0x5c3f
    expect([...stamps]).toEqual([`0/${0x5c3f}`]);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => fixZipTimestamps(Buffer.from('not a zip at all, just text of some length'), new Date(0))).toThrow(RangeError);
  });
});

// The one MS-DOS date conversion (zip headers), and stamping an existing zip with it.
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { dosDateTime, fixZipTimestamps, renderWorkbook } from '../../src/xlsx/index.js';
import { makeZip } from '../ingest/helpers.js';

describe('dosDateTime', () => {
  it.each([
    // [UTC date, time = h<<11 | m<<5 | s/2, day = (y-1980)<<9 | month<<5 | d]
    ['1980-01-01T00:00:00Z', 0, (0 << 9) | (1 << 5) | 1],
    ['2025-03-31T00:00:00Z', 0, (45 << 9) | (3 << 5) | 31],
    ['2026-12-31T23:59:58Z', (23 << 11) | (59 << 5) | 29, (46 << 9) | (12 << 5) | 31],
    ['2026-12-31T23:59:59Z', (23 << 11) | (59 << 5) | 29, (46 << 9) | (12 << 5) | 31], // two-second resolution
    ['2107-12-31T12:30:10Z', (12 << 11) | (30 << 5) | 5, (127 << 9) | (12 << 5) | 31],
  ])('%s → time %i, day %i', (iso, time, day) => {
    expect(dosDateTime(new Date(iso))).toEqual({ time, day });
  });

  it.each(['1979-12-31T23:59:59Z', '2108-01-01T00:00:00Z'])('%s does not fit a zip date', (iso) => {
    expect(() => dosDateTime(new Date(iso))).toThrow(RangeError);
  });
});

async function stamps(zip: Buffer): Promise<string[]> {
  const z = await new Promise<yauzl.ZipFile>((ok, ko) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, f) => (e || !f ? ko(e ?? new Error('not a zip')) : ok(f))));
  return new Promise((ok) => {
    const out: string[] = [];
    z.on('entry', (e: yauzl.Entry) => { out.push(`${e.lastModFileDate}/${e.lastModFileTime}`); z.readEntry(); });
    z.on('end', () => ok(out));
    z.readEntry();
  });
}

describe('fixZipTimestamps', () => {
  const when = new Date(Date.UTC(2026, 0, 31, 8, 30, 0));
  const { time, day } = dosDateTime(when);

  it('stamps every entry with the date (central directory and local headers), data untouched', async () => {
    const zip = makeZip([{ name: 'a.xml', data: '<a/>' }, { name: 'b/c.xml', data: '<c>中</c>' }]);
    const fixed = fixZipTimestamps(zip, when);
    expect(await stamps(fixed)).toEqual([`${day}/${time}`, `${day}/${time}`]);
    expect(fixed.length).toBe(zip.length);
    const local = fixed.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect([fixed.readUInt16LE(local + 10), fixed.readUInt16LE(local + 12)]).toEqual([time, day]);
  });

  it('gives the stamp the writer itself uses for the same date', async () => {
    const bytes = await renderWorkbook({ meta: { creator: 'x', title: 't', date: when }, sheets: [{ name: 'S', columns: [{}], rows: [['a']] }] });
    expect(fixZipTimestamps(bytes, when).equals(bytes)).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(() => fixZipTimestamps(Buffer.from('not a zip at all, just text of some length'), when)).toThrow(RangeError);
  });
});

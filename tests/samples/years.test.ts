// The yearly loop (docs/spec/domain.md 决定 5, 7): samples/2025's ledger holds what samples/2024 credits, and its
// start check lists 2024's credited supply projects with their plan areas; both folders stay small.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSample, rowsOf, type Sample } from './read-back.js';

const committed = (year: number) => resolve(import.meta.dirname, '../../samples', String(year));
let s2024: Sample;
let s2025: Sample;

beforeAll(async () => {
  s2024 = await readSample(committed(2024));
  s2025 = await readSample(committed(2025));
});

describe('samples/2024 and samples/2025 form one yearly loop', () => {
  it('2025 ledger rows of 2024 = what 2024 is expected to credit (id, county, plan area)', () => {
    const ledger2024 = rowsOf(s2025, 'ledger').filter((r) => r['挂钩年度'] === '2024')
      .map((r) => [r['项目编号'], r['行政区代码'], r['认定面积(公顷)']]);
    const credited2024 = s2024.manifest.expected.credited.map(([id, , region, ha]) => [id, region, ha]);
    expect(ledger2024).toEqual(credited2024);
    expect(ledger2024.length).toBeGreaterThan(300);
  });

  it('2025 ledger = 2024 ledger + 2024 credits (history never changes)', () => {
    const key = (r: Record<string, string>) => `${r['项目编号']}|${r['挂钩年度']}|${r['认定面积(公顷)']}|${r['行政区代码']}`;
    const older = rowsOf(s2025, 'ledger').filter((r) => r['挂钩年度'] !== '2024').map(key);
    expect(older).toEqual(rowsOf(s2024, 'ledger').map(key));
  });

  it('2025 start check lists every 2024 credited supply project, 挂钩年度 2024, with its plan area (one copied wrong: 决定 5c)', () => {
    const credited = new Map(s2024.manifest.expected.credited.map(([id, category, region, ha]) => [id, { category, region, ha }]));
    const rows = rowsOf(s2025, 'start-check');
    const miscopied = new Set(s2025.manifest.branches.find((x) => x.key === 'start-check-differs-from-ledger')!.ids);
    expect(miscopied.size).toBe(1);
    for (const r of rows) {
      expect(r['挂钩年度']).toBe('2024');
      const c = credited.get(r['项目编号']!);
      expect(c, r['项目编号']).toBeDefined();
      if (miscopied.has(r['项目编号']!)) expect(Number(r['认定面积(公顷)'])).toBeLessThan(Number(c!.ha));
      else expect(Number(r['认定面积(公顷)'])).toBe(Number(c!.ha));
      expect(r['行政区代码']).toBe(c!.region);
    }
    const supplyCredited = [...credited.entries()].filter(([, c]) => c.category <= 5).map(([id]) => id).sort();
    expect(rows.map((r) => r['项目编号']).sort()).toEqual(supplyCredited);
  });

  it('the ledger hit of 2025 is a project credited in an earlier year', () => {
    const hit = s2025.manifest.branches.find((b) => b.key === 'ledger-hit')!.ids[0]!;
    const inLedger = rowsOf(s2025, 'ledger').find((r) => r['项目编号'] === hit);
    expect(Number(inLedger?.['挂钩年度'])).toBeLessThanOrEqual(2023);
  });

  it.each([{ year: 2024 }, { year: 2025 }])('samples/$year stays under 3 MB', async ({ year }) => {
    let total = 0;
    for (const name of await readdir(committed(year))) total += (await stat(join(committed(year), name))).size;
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });
});

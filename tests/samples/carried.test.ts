// samples/2025 starts with 2024's carried-forward deductions, and deducts fraud found this year on a 2023 project
// (Measures 五; 用户手册 5.5: from the ledger's credited area, 2 × area ÷ 3). It starts with 2024's carried-forward deductions (docs/spec/domain.md 决定 6; 用户手册 4.12): its
// 结转扣减.csv is byte for byte what `compute 2024` on samples/2024 followed by `ledger add` writes, the manifest and
// README say so, and `compute 2025` deducts it first with reason `carried`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompute, type ComputeRun } from '../../src/app/compute.js';
import { CARRIED_FILE_NAME, readPlanCarried, writeCarried } from '../../src/cycle/carried-file.js';
import type { SampleManifest } from '../../tools/samples/manifest.js';
import { loadYear } from '../../src/ingest/load.js';

const sample = (year: number) => resolve(import.meta.dirname, '../../samples', String(year));
let tmp: string;
let run2024: ComputeRun;
let run2025: ComputeRun;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'landlink-carried-'));
  run2024 = await runCompute({ year: 2024, data: sample(2024), cwd: tmp, out: join(tmp, 'out2024'), toolVersion: 'test' });
  run2025 = await runCompute({ year: 2025, data: sample(2025), cwd: tmp, out: join(tmp, 'out2025'), toolVersion: 'test' });
}, 120_000);
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

describe('samples/2025 carries 2024\'s deductions forward', () => {
  it('结转扣减.csv = what compute 2024 + ledger add write, byte for byte', async () => {
    const plan = run2024.written.find((f) => f.endsWith('.xlsx'))!;
    const lines = await readPlanCarried(plan, 2024);
    expect(lines.length).toBeGreaterThan(0);
    const written = await writeCarried(join(tmp, 'next'), lines);
    expect(written).not.toBeNull();
    expect(await readFile(written!)).toEqual(await readFile(join(sample(2025), CARRIED_FILE_NAME)));
  });

  it('the manifest lists the same counties and areas as the plan of 2024, and the README shows them', async () => {
    const manifest = JSON.parse(await readFile(join(sample(2025), 'MANIFEST.json'), 'utf8')) as SampleManifest;
    const fromPlan = run2024.result.counties.filter((c) => !c.carriedDeductionHa.isZero()).map((c) => [c.code, c.carriedDeductionHa.toFixed(4)]);
    expect(manifest.carried).toEqual({ file: CARRIED_FILE_NAME, fromYear: 2024, counties: fromPlan });
    expect(manifest.regenerate).toContain('--carried');
    const readme = await readFile(join(sample(2025), 'README.md'), 'utf8');
    for (const [code, ha] of fromPlan) expect(readme).toContain(`(${code}) | ${ha} |`);
  });

  it('compute 2025 deducts each carried area first, with reason carried, from that county', () => {
    const carried = run2025.result.deductions.filter((d) => d.reason === 'carried');
    const expected = run2024.result.counties.filter((c) => !c.carriedDeductionHa.isZero());
    expect(carried.map((d) => [d.countyCode, d.year, d.deductionHa.toFixed(4)])).toEqual(expected.map((c) => [c.code, 2024, c.carriedDeductionHa.toFixed(4)]));
  });
});

describe('samples/2025 deducts fraud found this year on an earlier year\'s project', () => {
  it('from the ledger\'s credited area: 2 × area ÷ 3, in the ledger\'s county, reason fraud, basis credited', async () => {
    const manifest = JSON.parse(await readFile(join(sample(2025), 'MANIFEST.json'), 'utf8')) as SampleManifest;
    const [id] = manifest.branches.find((b) => b.key === 'inspection-fraud-earlier-year')!.ids;
    const ledger = (await loadYear({ year: 2025, data: sample(2025) })).ledger.find((l) => l.projectId === id)!;
    expect(ledger.linkageYear).toBe(2023);
    const d = run2025.result.deductions.filter((x) => x.id === id);
    expect(d.map((x) => [x.reason, x.basis, x.year, x.countyCode])).toEqual([['fraud', 'credited', 2023, ledger.region?.code]]);
    expect(d[0]!.basisHa.eq(ledger.creditedAreaHa!)).toBe(true);
    expect(d[0]!.deductionHa.eq(ledger.creditedAreaHa!.mul(2).div(3))).toBe(true);
  });
});

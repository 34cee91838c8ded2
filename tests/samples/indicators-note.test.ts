// The samples' README and MANIFEST state the action plan's 存量土地供应占比 as `landlink indicators` computes it on
// the committed folder (用户手册 6.2), and the sample year has supply rows of 集体建设用地征收 that count as stock
// (浙土资发〔2017〕19号 一、5), so the rule is exercised.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIndicators } from '../../src/app/indicators.js';
import { stockSupplyOf } from '../../src/policy/stock-supply.js';
import type { SampleManifest } from '../../tools/samples/manifest.js';

const sample = (year: number) => resolve(import.meta.dirname, '../../samples', String(year));

describe.each([2024, 2025])('samples/%i: the indicator note', (year) => {
  it('equals what indicators computes on the folder, and the README shows it', async () => {
    const manifest = JSON.parse(await readFile(join(sample(year), 'MANIFEST.json'), 'utf8')) as SampleManifest;
    const { inputs, result } = await runIndicators({ year, data: sample(year), cwd: sample(year) });
    const shares = [...result.cities, result.province].map((r) => [r.code, r.name, r.stockSupplyShare.value!.mul(100).toFixed(2)]);
    expect(manifest.indicators?.stockSupplyShare).toEqual(shares);
    const collective = inputs.supply.filter((r) => r.signedDate?.startsWith(String(year)) && r.requisitionType !== null
      && stockSupplyOf(r) === 'stock' && r.landSource === 'conversion-requisition' && r.standaloneSite !== true);
    expect(collective.length).toBeGreaterThan(0);
    expect(manifest.indicators?.collectiveRequisition.rows).toBe(collective.length);
    const readme = await readFile(join(sample(year), 'README.md'), 'utf8');
    expect(readme).toContain(`| 330000 | 全省 | ${shares.at(-1)![2]}% |`);
    expect(readme).toContain(`${collective.length} 宗`);
  });
});

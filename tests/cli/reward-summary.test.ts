// The opt-in reward (docs/sources/004_e08dc3ae513174ab.txt 四、(二); src/policy/reward.ts) through the built CLI:
// the sample year plus one rectification acceptance document, with and without samples/policy-reward.json.
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landlink, root, tempDir } from './helpers.js';

// DX33010520252360 (拱墅区, 杭州市) is a 工业用地提质 record of samples/2025 completed 2025-05-26, 改变用途面积 7.69 亩.
const ACCEPTANCE = 'DX33010520252360,整治验收材料,拱墅整治验〔2025〕1号,是,乐湾街道盛光大道东侧、白东公路南侧,,工业用地提质,材料/DX33010520252360/整治验收意见.pdf\n';

function yearWithAcceptance(): string {
  const dir = join(tempDir(), '2025');
  cpSync(join(root, 'samples', '2025'), dir, { recursive: true });
  appendFileSync(join(dir, '材料清单.csv'), ACCEPTANCE);
  return dir;
}

describe('compute with the reward extension', () => {
  const data = yearWithAcceptance();
  const policy = join(root, 'samples', 'policy-reward.json');

  it('credits the accepted rectification and prints the reward columns', () => {
    const on = landlink(['compute', '2025', '--data', data, '--policy', policy, '--out', join(tempDir(), 'out')]);
    expect(on.code).toBe(1); // the sample's deliberate warnings
    expect(on.stdout).toContain('低效工业用地整治奖励已启用，3:1');
    const hangzhou = on.stdout.split('\n').find((l) => l.startsWith('330100'))!.trim().split(/\s+/);
    // 7.69 亩 ÷ 15 = 0.512666… 公顷 → 0.5127; ÷ 3 = 0.170888… → 0.1709 (rounded once per county, 决定 2);
    // 核定指标 = 40.4357 (the Measures' quota of 杭州's counties, unchanged) + 0.1709 − 0 = 40.6066
    expect(hangzhou.slice(2, 8)).toEqual(['121.3069', '40.4357', '0.5127', '0.1709', '0.0000', '40.6066']);
    const json = JSON.parse(landlink(['compute', '2025', '--data', data, '--policy', policy, '--out', join(tempDir(), 'out'), '--json']).stdout) as { province: { rewardAreaHa: number; rewardQuotaHa: number } };
    expect([json.province.rewardAreaHa, json.province.rewardQuotaHa]).toEqual([0.5127, 0.1709]);
  });

  it('without the policy file the same data gives no reward column and the Measures\' figures only', () => {
    const off = landlink(['compute', '2025', '--data', data, '--out', join(tempDir(), 'out')]);
    expect(off.stdout).not.toContain('奖励');
    const hangzhou = off.stdout.split('\n').find((l) => l.startsWith('330100'))!.trim().split(/\s+/);
    expect(hangzhou.slice(2, 6)).toEqual(['121.3069', '40.4357', '0.0000', '40.4357']);
  });

  it('the spot-check draw takes the credited reward project like any other, without the city-feedback factor', () => {
    interface Pick { id: string; factors: string[] }
    const draw = (extra: string[]) => JSON.parse(landlink(['sample', '2025', '--data', data, '--rate', '1', '--json', '--out', join(tempDir(), 'out'), ...extra]).stdout) as { picks: Pick[] };
    const on = draw(['--policy', policy]).picks.find((p) => p.id === 'DX33010520252360');
    expect(on).toMatchObject({ category: 'reward', creditedHa: 0.5127, countyCode: '330105' });
    expect(on?.factors).not.toContain('no-city-feedback'); // reward projects never go to the cities (docs/decisions.md)
    expect(draw([]).picks.some((p) => p.id === 'DX33010520252360')).toBe(false);
  });
});

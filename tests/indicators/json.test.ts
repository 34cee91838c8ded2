// The `indicators` section of --json: plain numbers, rounded once, deterministic.
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute.js';
import { toIndicatorsJson } from '../../src/indicators/json.js';
import { inputs2025 } from './year-2025.js';

const json = toIndicatorsJson(computeIndicators(inputs2025));

describe('toIndicatorsJson', () => {
  it('is plain JSON, the same text on every run', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(JSON.stringify(toIndicatorsJson(computeIndicators(inputs2025)))).toBe(JSON.stringify(json));
  });

  it.each([
    // 3 / 7.5 = 0.4; 26/15 = 1.7333; 94.5 亩 of 47000 = 0.002011 (6 decimals)
    { name: '杭州', at: () => json.cities[0]!, share: 0.4, shareStatus: 'not-met', ratio: 1.7333, ratioReason: null, yearMu: 94.5, progress: 0.002011 },
    { name: '温州', at: () => json.cities[2]!, share: 1, shareStatus: 'met', ratio: null, ratioReason: 'no-industrial-supply', yearMu: 15, progress: 0.000476 },
    // 19/37 = 0.513514; 118/85 = 1.3882; 192 / 300000 = 0.00064
    { name: '全省', at: () => json.province, share: 0.513514, shareStatus: 'not-met', ratio: 1.3882, ratioReason: null, yearMu: 192, progress: 0.00064 },
  ])('$name', (c) => {
    const r = c.at();
    expect([r.stockSupplyShare.value, r.stockSupplyShare.status, r.industrialPlotRatio.value, r.industrialPlotRatio.reason]).toEqual([c.share, c.shareStatus, c.ratio, c.ratioReason]);
    expect([r.revitalizedStock.yearMu, r.revitalizedStock.progress['2027']!.ratio]).toEqual([c.yearMu, c.progress]);
  });

  it('keeps targets with their printed text and source, and lists the indicators it cannot compute', () => {
    expect(json.cities[0]!.stockSupplyShare.target).toEqual({ text: '≥62.5%', value: 0.625, basis: 'absolute', table: '浙江省存量空间提质增效行动主要指标表(2027年)', row: '杭州市' });
    expect(json.notComputable.map((n) => n.id)).toEqual(['unsuppliedDisposal', 'idleDisposal', 'gdpLandReduction', 'serviceCoverage']);
    expect(json.cities[0]!.notComputableTargets.gdpLandReduction!['2030']!.text).toBe('≥17.2%');
  });

  it('lists excluded rows with file, row and reason', () => {
    expect(json.excluded.find((e) => e.id === 'H6')).toEqual({
      kind: 'supply', id: 'H6', reason: 'other-year', indicators: ['stockSupplyShare', 'industrialPlotRatio', 'revitalizedStock'], file: 'supply.csv', row: 7, value: '2024-12-31',
    });
  });
});

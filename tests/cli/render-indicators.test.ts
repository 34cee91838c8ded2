// The terminal table of `landlink indicators <year>`: one row per city and 全省, value beside target, 达标/未达标.
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute.js';
import { renderIndicators } from '../../src/cli/render/indicators.js';
import { inputs2025 } from '../indicators/year-2025.js';

const lines = renderIndicators(computeIndicators(inputs2025));
/** The cells of the n-th table's row of a region (tables are separated by their header lines starting 代码). */
function rowOf(table: number, code: string): string[] {
  const starts = lines.map((l, i) => (l.startsWith('代码') ? i : -1)).filter((i) => i >= 0);
  const from = starts[table]!;
  const line = lines.slice(from + 2, from + 14).find((l) => l.startsWith(code))!;
  return line.trim().split(/\s+/);
}

describe('renderIndicators', () => {
  it.each([
    { name: '杭州 structure', table: 0, code: '330100', cells: ['330100', '杭州市', '40.00%', '≥62.5%', '未达标', '1.73', '≥1.5', '达标'] },
    { name: '温州 no industrial supply', table: 0, code: '330300', cells: ['330300', '温州市', '100.00%', '≥62.5%', '达标', '无供应', '≥1.5', '无供应'] },
    { name: '嘉兴 no supply', table: 0, code: '330400', cells: ['330400', '嘉兴市', '无供应', '≥58.5%', '无供应', '无供应', '≥1.5', '无供应'] },
    { name: '全省 structure', table: 0, code: '330000', cells: ['330000', '全省', '51.35%', '≥58.5%', '未达标', '1.39', '≥1.5', '未达标'] },
    // 94.5 亩 of 47000 = 0.20%; of 94000 = 0.10%
    { name: '杭州 盘活', table: 1, code: '330100', cells: ['330100', '杭州市', '94.50', '94.50', '47000', '0.20%', '进行中', '94000', '0.10%', '进行中'] },
    { name: '杭州 再开发', table: 2, code: '330100', cells: ['330100', '杭州市', '18.00', '18.00', '29900', '0.06%', '进行中', '59700', '0.03%', '进行中'] },
  ])('$name', ({ table, code, cells }) => {
    expect(rowOf(table, code)).toEqual(cells);
  });

  it('has 12 rows per table (11 cities, then 全省) and lines up its columns', () => {
    const starts = lines.map((l, i) => (l.startsWith('代码') ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(3);
    for (const s of starts) {
      expect(lines.slice(s + 2, s + 14).map((l) => l.slice(0, 6))).toEqual(['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000', '331100', '330000']);
    }
  });

  it('names what cannot be computed and counts the rows left out by reason', () => {
    expect(lines.find((l) => l.startsWith('不能由供地系统数据计算'))).toContain('单位GDP地耗下降率');
    expect(lines).toContain('  单独选址项目，不计入存量土地供应占比：2 行');
    expect(lines).toContain('  日期不在本年度：2 行');
  });

  it('shows the targets but no cumulative before the period start', () => {
    const before = renderIndicators(computeIndicators({ year: 2024, supply: [], redevelopment: [] }));
    const line = before.find((l) => l.startsWith('330100') && l.includes('47000'))!;
    expect(line.trim().split(/\s+/)).toEqual(['330100', '杭州市', '0.00', '—', '47000', '—', '—', '94000', '—', '—']);
  });

  it('warns when earlier years are missing from a cumulative', () => {
    const later = renderIndicators(computeIndicators({ year: 2026, supply: [], redevelopment: [] }));
    expect(later).toContain('注意：未提供 2025 年度的数字，累计与进度偏低。');
    expect(lines.some((l) => l.startsWith('注意'))).toBe(false);
  });
});

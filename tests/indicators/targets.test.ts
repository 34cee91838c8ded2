// The action plan's target tables (src/policy/targets.ts) against the document text (docs/sources/001_4ca6c5f2cb680a6e.txt): every city cell,
// every column header, every province quote.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cities } from '../../src/domain/divisions.js';
import { Exact } from '../../src/domain/exact.js';
import {
  cityTableTitles, indicatorColumnLabels, indicatorIds, parseTargetText, provinceTargets, rawCityTables, targetOf, targetYears,
  type TargetYear,
} from '../../src/policy/targets.js';

const text = readFileSync(new URL('../../docs/sources/001_4ca6c5f2cb680a6e.txt', import.meta.url), 'utf8');
const lines = text.split(/\r?\n/);

/** The annex table of a milestone as printed: header cells and one row of cells per city. */
function tableInText(year: TargetYear): { header: string[]; rows: string[][] } {
  const start = lines.findIndex((l) => l.includes(cityTableTitles[year]));
  expect(start).toBeGreaterThanOrEqual(0);
  const cells = (l: string): string[] => l.split('|').map((c) => c.trim()).filter((c) => c !== '');
  const header = cells(lines[start + 2]!);
  const rows: string[][] = [];
  for (const l of lines.slice(start + 3)) {
    if (!/^\S+市 \|/.test(l)) break;
    rows.push(cells(l));
  }
  return { header, rows };
}

describe('annex tables transcribed verbatim', () => {
  it.each(targetYears.map((year) => ({ year })))('$year: every city row, every cell', ({ year }) => {
    const { rows } = tableInText(year);
    expect(rows).toHaveLength(11);
    expect(rawCityTables[year].map((r) => [...r])).toEqual(rows);
  });

  it.each(targetYears.map((year) => ({ year })))('$year: the eight column headers, in order', ({ year }) => {
    const { header } = tableInText(year);
    // the text breaks two headers with a space ("存量土地供应 占比")
    expect(header.map((h) => h.replace(/\s+/g, ''))).toEqual(indicatorIds.map((id) => indicatorColumnLabels[id]));
  });

  const spot = [
    { city: '杭州市', year: 2027 as const, id: 'revitalizedStock' as const, cell: '47000', value: '47000' },
    { city: '金华市', year: 2027 as const, id: 'redevelopment' as const, cell: '17450', value: '17450' },
    { city: '衢州市', year: 2027 as const, id: 'stockSupplyShare' as const, cell: '≥53.5%', value: '0.535' },
    { city: '舟山市', year: 2030 as const, id: 'stockSupplyShare' as const, cell: '≥59%', value: '0.59' },
    { city: '丽水市', year: 2030 as const, id: 'industrialPlotRatio' as const, cell: '≥1.5', value: '1.5' },
    { city: '宁波市', year: 2030 as const, id: 'gdpLandReduction' as const, cell: '≥17.2%', value: '0.172' },
    { city: '台州市', year: 2030 as const, id: 'serviceCoverage' as const, cell: '≥62.0%', value: '0.62' },
    { city: '温州市', year: 2027 as const, id: 'unsuppliedDisposal' as const, cell: '100%', value: '1' },
  ];
  it.each(spot)('$city $year $id = $cell (with its source)', (c) => {
    const code = cities.find((x) => x.name === c.city)!.code;
    const t = targetOf(code, c.year, c.id);
    expect(t.text).toBe(c.cell);
    expect(t.value.eq(Exact.parseDecimal(c.value))).toBe(true);
    expect(t.source).toMatchObject({ table: cityTableTitles[c.year], row: c.city, column: indicatorColumnLabels[c.id] });
    expect(text.includes(`${c.city} |`)).toBe(true);
  });
});

describe('province targets (正文 二、(一))', () => {
  it.each(targetYears.flatMap((year) => indicatorIds.map((id) => ({ year, id }))))('$year $id is quoted from the text', ({ year, id }) => {
    expect(text).toContain(provinceTargets[year][id].source.quote!);
  });

  const sums = [
    { year: 2027 as const, id: 'revitalizedStock' as const, total: '300000' },
    { year: 2030 as const, id: 'revitalizedStock' as const, total: '600000' },
    { year: 2027 as const, id: 'redevelopment' as const, total: '150000' },
    { year: 2030 as const, id: 'redevelopment' as const, total: '300000' },
  ];
  it.each(sums)('the cities\' $id targets for $year add up to the province\'s $total 亩', (c) => {
    const sum = Exact.sum(cities.map((city) => targetOf(city.code, c.year, c.id).value));
    expect(sum.toString()).toBe(c.total);
    expect(provinceTargets[c.year][c.id].value.toString()).toBe(c.total);
  });

  it('the province share targets are 58.5% and 60%; 15-minute coverage is an increase over 2025', () => {
    expect([provinceTargets[2027].stockSupplyShare.value.toString(), provinceTargets[2030].stockSupplyShare.value.toString()]).toEqual(['0.585', '0.6']);
    expect(provinceTargets[2027].serviceCoverage.basis).toBe('increase-over-2025');
    expect(targetOf('330100', 2027, 'serviceCoverage').basis).toBe('absolute');
  });
});

describe('parseTargetText', () => {
  it.each([
    { cell: '47000', value: '47000' }, { cell: '100%', value: '1' }, { cell: '≥62.5%', value: '0.625' },
    { cell: '≥1.5', value: '1.5' }, { cell: '≥8%', value: '0.08' },
  ])('$cell → $value', ({ cell, value }) => {
    expect(parseTargetText(cell).eq(Exact.parseDecimal(value))).toBe(true);
  });
  it.each([{ cell: '' }, { cell: '约 50%' }, { cell: '≤1.5' }, { cell: '1e3' }])('refuses "$cell"', ({ cell }) => {
    expect(() => parseTargetText(cell)).toThrow(RangeError);
  });
});

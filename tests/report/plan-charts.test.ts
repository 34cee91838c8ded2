// The plan workbook's native charts (汇总, 指标): every series formula resolves to the right cells of the written
// sheet (header above it, the city rows), and each cache equals those cells as an independent reader (exceljs)
// reads them back.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cities } from '../../src/domain/divisions.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { renderPlanWorkbook } from '../../src/report/plan.js';
import { parseRange } from '../../src/xlsx/index.js';
import { inputs2025 } from '../indicators/year-2025.js';
import { sampleResult } from './helpers/fixture.js';
import { loadWorkbook, zipEntryNames, zipEntryText } from './helpers/workbook.js';
import { cellText } from '../helpers/cell-text.js';

interface Series { name: string; cat: string; val: string; catCache: (string | undefined)[]; valCache: (number | undefined)[] }
interface Chart { sheet: string; title: string; series: Series[] }

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function cache(xml: string): (string | undefined)[] {
  const count = Number(/<c:ptCount val="(\d+)"/.exec(xml)![1]);
  const out: (string | undefined)[] = Array.from({ length: count }, () => undefined);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) out[Number(m[1])] = decode(m[2]!);
  return out;
}

/** Every chart of the package, found by following sheet → drawing → chart relationships. */
async function chartsOf(bytes: Buffer): Promise<Chart[]> {
  const names = await zipEntryNames(bytes);
  const workbook = await zipEntryText(bytes, 'xl/workbook.xml');
  const sheetNames = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => decode(m[1]!));
  const out: Chart[] = [];
  for (const [i, sheet] of sheetNames.entries()) {
    const relsName = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    if (!names.includes(relsName)) continue;
    const drawingTarget = /Type="[^"]+\/drawing" Target="\.\.\/drawings\/([^"]+)"/.exec(await zipEntryText(bytes, relsName))?.[1];
    if (!drawingTarget) continue;
    expect(await zipEntryText(bytes, `xl/worksheets/sheet${i + 1}.xml`)).toContain('<drawing r:id="rId3"/>');
    const drawing = await zipEntryText(bytes, `xl/drawings/${drawingTarget}`);
    const rels = await zipEntryText(bytes, `xl/drawings/_rels/${drawingTarget}.rels`);
    for (const [, id] of drawing.matchAll(/<c:chart [^>]*r:id="(rId\d+)"/g)) {
      const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(rels)![1]!;
      const xml = await zipEntryText(bytes, `xl/charts/${target}`);
      out.push({
        sheet,
        title: /<a:t>([^<]+)<\/a:t>/.exec(xml)![1]!,
        series: [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser]) => {
          const cat = /<c:cat>(.*?)<\/c:cat>/.exec(ser!)![1]!;
          const val = /<c:val>(.*?)<\/c:val>/.exec(ser!)![1]!;
          return {
            name: /<c:tx><c:v>([^<]+)<\/c:v><\/c:tx>/.exec(ser!)![1]!,
            cat: decode(/<c:f>([^<]+)<\/c:f>/.exec(cat)![1]!), val: decode(/<c:f>([^<]+)<\/c:f>/.exec(val)![1]!),
            catCache: cache(cat), valCache: cache(val).map((v) => (v === undefined ? undefined : Number(v))),
          };
        }),
      });
    }
  }
  return out;
}

/** The cells a chart formula names, as exceljs reads them (formula cells: their cached result). */
function resolve(wb: ExcelJS.Workbook, formula: string): { sheet: string; column: number; rows: number[]; values: unknown[] } {
  const m = /^'((?:[^']|'')+)'!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)$/.exec(formula);
  expect(m, formula).not.toBeNull();
  const sheet = m![1]!.replace(/''/g, "'");
  const { r0, r1, c0, c1 } = parseRange(m![2]!.replace(/\$/g, ''));
  expect(c0).toBe(c1);
  const ws = wb.getWorksheet(sheet)!;
  const rows = Array.from({ length: r1 - r0 + 1 }, (_, i) => r0 + i);
  const values = rows.map((r) => {
    const cell = ws.getCell(r, c0 + 1);
    return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  });
  return { sheet, column: c0 + 1, rows, values };
}

/** The header text above a column (the sheet's header row), line breaks removed. */
const headerOf = (wb: ExcelJS.Workbook, sheet: string, headerRow: number, column: number) =>
  cellText(wb.getWorksheet(sheet)!.getCell(headerRow, column).value).replace(/\n/g, '');

let wb: ExcelJS.Workbook;
let charts: Chart[];
beforeAll(async () => {
  const bytes = await renderPlanWorkbook(sampleResult(), { toolVersion: '9.9.9', indicators: computeIndicators(inputs2025) });
  wb = await loadWorkbook(bytes);
  charts = await chartsOf(bytes);
});

describe('the plan workbook\'s charts', () => {
  it('汇总 has one chart, 指标 three, no other sheet any', () => {
    expect(charts.map((c) => c.sheet)).toEqual(['汇总', '指标', '指标', '指标']);
  });

  const expected: { sheet: string; chart: number; headerRow: number; series: { name: string; header: RegExp }[] }[] = [
    { sheet: '汇总', chart: 0, headerRow: 1, series: [
      { name: '挂钩指标', header: /^挂钩指标\(公顷\)$/ }, { name: '扣减指标', header: /^扣减指标\(公顷\)$/ }, { name: '核定指标', header: /^核定指标\(公顷\)$/ },
    ] },
    { sheet: '指标', chart: 1, headerRow: 2, series: [{ name: '存量土地供应占比', header: /^存量土地供应占比$/ }, { name: '2027年目标', header: /^2027年目标$/ }] },
    { sheet: '指标', chart: 2, headerRow: 2, series: [{ name: '累计', header: /^累计\(亩\)$/ }, { name: '2027年目标', header: /^2027年目标\(亩\)$/ }] },
    { sheet: '指标', chart: 3, headerRow: 2, series: [{ name: '累计', header: /^累计\(亩\)$/ }, { name: '2027年目标', header: /^2027年目标\(亩\)$/ }] },
  ];

  it.each(expected)('$sheet chart $chart: series on the right columns of the city rows, caches equal to the cells', ({ sheet, chart, headerRow, series }) => {
    const c = charts[chart]!;
    expect(c.series.map((s) => s.name)).toEqual(series.map((s) => s.name));
    for (const [i, s] of c.series.entries()) {
      const cat = resolve(wb, s.cat);
      const val = resolve(wb, s.val);
      expect(cat.sheet).toBe(sheet);
      expect(val.sheet).toBe(sheet);
      // categories: the eleven city names, in the sheet's order, and the values on the same rows
      expect(cat.values).toEqual(cities.map((x) => x.name));
      expect(val.rows).toEqual(cat.rows);
      expect(headerOf(wb, sheet, headerRow, val.column)).toMatch(series[i]!.header);
      expect(s.catCache).toEqual(cat.values);
      expect(s.valCache).toEqual(val.values.map((v) => (typeof v === 'number' ? v : undefined)));
      expect(s.valCache.some((v) => v !== undefined)).toBe(true);
    }
  });

  it('the 盘活 and 再开发 charts read different groups of columns', () => {
    expect(charts[2]!.series[0]!.val).not.toBe(charts[3]!.series[0]!.val);
    expect(charts[2]!.title).toContain('盘活存量建设用地');
    expect(charts[3]!.title).toContain('完成低效用地再开发');
  });

  it('a changed figure is in the chart\'s cache: the series follow the cells', async () => {
    const result = sampleResult();
    const before = await chartsOf(await renderPlanWorkbook(result, { toolVersion: '9.9.9' }));
    const changed = { ...result, cities: result.cities.map((c, i) => (i === 0 ? { ...c, deductionHa: c.deductionHa.add(c.quotaHa) } : c)) };
    // 汇总's figures are formulas over 分县 with the computed value cached: the cache follows the city's figure
    const after = await chartsOf(await renderPlanWorkbook(changed, { toolVersion: '9.9.9' }));
    expect(after[0]!.series[1]!.val).toBe(before[0]!.series[1]!.val);
    expect(after[0]!.series[1]!.valCache[0]).toBe(changed.cities[0]!.deductionHa.roundHalfUp(4).toNumber(4));
    expect(after[0]!.series[1]!.valCache[0]).not.toBe(before[0]!.series[1]!.valCache[0]);
  });
});

// The 指标 sheet: the pure model (cells, formats, conditional formats) and a written workbook read back.
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { cities } from '../../src/domain/divisions.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { provinceTargets, targetOf, targetYears, indicatorIds } from '../../src/policy/targets.js';
import { indicatorsPlanSheet, indicatorsSheetModel, shownText, targetCell } from '../../src/report/indicators-sheet.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { STOCK_SUPPLY_DEFINITION } from '../../src/policy/stock-supply.js';
import { inputs2025 } from './year-2025.js';

const result = computeIndicators(inputs2025);
const { sheet, conditionalFormats, freeze } = indicatorsSheetModel(result);

/** The sheet as the plan workbook carries it: rendered by the project's writer, read back by exceljs. */
function render(): Promise<Buffer> {
  return renderWorkbook({ meta: { creator: 'landlink', title: '指标', date: new Date(Date.UTC(2026, 2, 31)) }, sheets: [indicatorsPlanSheet(result)] });
}

async function roundTrip(): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await render()) as unknown as ArrayBuffer);
  return back.getWorksheet('指标')!;
}

describe('targets print as the plan prints them', () => {
  const all = [...cities.map((c) => c.code), '330000'].flatMap((code) => targetYears.flatMap((t) => indicatorIds.map((id) => ({ code, t, id }))));
  it.each(all)('$code $t $id', ({ code, t, id }) => {
    const target = code === '330000' ? provinceTargets[t][id] : targetOf(code, t, id);
    const cell = targetCell(target);
    const shown = shownText(cell.value as number, cell.style?.numFmt);
    // 亩 targets get thousands separators (47,000); the province's are normalised from "30万亩"
    expect(shown.replace(/,/g, '')).toBe(target.text);
  });
});

describe('shownText', () => {
  it.each([
    { v: 0.625, fmt: '"≥"0.0%', shown: '≥62.5%' }, { v: 0.64, fmt: '"≥"0%', shown: '≥64%' }, { v: 1.5, fmt: '"≥"0.0', shown: '≥1.5' },
    { v: 300000, fmt: '#,##0', shown: '300,000' }, { v: 12082.5, fmt: '#,##0.00', shown: '12,082.50' }, { v: 0.4, fmt: '0.00%', shown: '40.00%' },
    { v: 3, fmt: '0.0000', shown: '3.0000' }, { v: 0.05, fmt: '"较2025年提高"0%', shown: '较2025年提高5%' },
  ])('$v under $fmt → $shown', ({ v, fmt, shown }) => {
    expect(shownText(v, fmt)).toBe(shown);
  });
});

describe('indicatorsSheetModel', () => {
  const header = sheet.rows[1]!.map((c) => (typeof c === 'string' ? c : null));
  const col = (label: string, nth = 0): number => header.map((h, i) => (h === label ? i : -1)).filter((i) => i >= 0)[nth]!;

  it('has 2 header rows, 11 city rows and 全省, frozen at C3', () => {
    expect(sheet.name).toBe('指标');
    expect(sheet.tableEnd).toBe(14);
    expect(freeze).toEqual({ xSplit: 2, ySplit: 2 });
    const codes = sheet.rows.slice(2, 14).map((r) => (r[0] as { value: string }).value);
    expect(codes).toEqual([...cities.map((c) => c.code), '330000']);
  });

  it('colours 达标/未达标 on the status and value columns, from the status column', () => {
    const statusCols = [col('是否达标', 0), col('是否达标', 1)];
    const expressions = conditionalFormats.flatMap((cf) => cf.rules.filter((r) => r.type === 'expression').map((r) => [cf.ref, (r as { formula: string }).formula]));
    expect(expressions).toEqual(expect.arrayContaining([
      ['G3:G14', '$G3="达标"'], ['G3:G14', '$G3="未达标"'], ['E3:E14', '$G3="达标"'],
      ['K3:K14', '$K3="达标"'], ['I3:I14', '$K3="未达标"'],
    ]));
    expect(statusCols).toEqual([6, 10]);
  });

  it('draws a data bar from 0 to 100% on the four progress columns', () => {
    const bars = conditionalFormats.filter((cf) => cf.rules.some((r) => r.type === 'dataBar')).map((cf) => cf.ref);
    expect(bars).toEqual(['O3:O14', 'Q3:Q14', 'U3:U14', 'W3:W14']);
    const bar = conditionalFormats.flatMap((cf) => cf.rules).find((r) => r.type === 'dataBar');
    expect(bar).toMatchObject({ min: 0, max: 1 });
  });

  it('marks a shortfall 未达标 only once the milestone year has come', () => {
    const reds = (year: number) => indicatorsSheetModel(computeIndicators({ year, supply: [], redevelopment: [] })).conditionalFormats
      .filter((cf) => cf.rules.some((r) => r.type === 'expression' && /<1\)$/.test((r as { formula: string }).formula))).map((cf) => cf.ref);
    expect(reds(2025)).toEqual([]);
    expect(reds(2027)).toEqual(['O3:O14', 'U3:U14']);
    expect(reds(2030)).toEqual(['O3:O14', 'Q3:Q14', 'U3:U14', 'W3:W14']);
  });
});

describe('the written sheet, read back', () => {
  const cases = [
    // 杭州: 3 / 7.5 = 40% vs ≥62.5% → 未达标; 26/15 = 1.7333 vs ≥1.5 → 达标
    { name: '杭州 row', row: 3, cells: { A: '330100', B: '杭州市', C: 3, D: 7.5, E: 0.4, F: 0.625, G: '未达标', H: 4.5, I: 1.7333, J: 1.5, K: '达标', L: 94.5, M: 94.5, N: 47000, P: 94000 } },
    // 温州: 100% 达标; no industrial land → 无供应
    { name: '温州 row — no industrial supply', row: 5, cells: { E: 1, G: '达标', H: 0, I: '无供应', K: '无供应' } },
    { name: '嘉兴 row — no supply', row: 6, cells: { D: 0, E: '无供应', G: '无供应', I: '无供应' } },
    // 全省 19/37 = 0.513514; 118/85 = 1.3882
    { name: '全省 row', row: 14, cells: { A: '330000', B: '全省', E: 0.513514, F: 0.585, G: '未达标', I: 1.3882, K: '未达标', L: 192, N: 300000, P: 600000 } },
  ];
  it.each(cases)('$name', async ({ row, cells }) => {
    const ws = await roundTrip();
    for (const [col, value] of Object.entries(cells)) expect([col, ws.getCell(`${col}${row}`).value]).toEqual([col, value]);
  });

  it('numbers carry number formats; the header is bold and frozen', async () => {
    const ws = await roundTrip();
    expect(['C3', 'E3', 'F3', 'I3', 'L3', 'N3', 'O3'].map((a) => ws.getCell(a).numFmt)).toEqual(['0.0000', '0.00%', '"≥"0.0%', '0.00', '#,##0.00', '#,##0', '0.0%']);
    expect([ws.getCell('E2').font?.bold, ws.getCell('A14').font?.bold]).toEqual([true, true]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(ws.getCell('C1').value).toBe('存量土地供应占比（不含单独选址项目）');
    expect(ws.getCell('A16').value).toBe('说明');
  });

  it('the note states what counts as stock, with the Measures cited (policy/stock-supply.ts)', async () => {
    const ws = await roundTrip();
    const notes: string[] = [];
    // a note that is not plain text would show as '[object Object]' and fail the comparison, as it should
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
    ws.eachRow((row, n) => { if (n > 16) notes.push(String(row.getCell(1).value)); });
    const share = notes.find((t) => t.startsWith('存量土地供应占比：'));
    expect(share).toContain(STOCK_SUPPLY_DEFINITION);
    for (const words of ['集体建设用地征收', '浙土资发〔2017〕19号 一、1–4', '一、5', '审核要求表 第五类', '集体农用地征收']) expect(share).toContain(words);
  });

  it('column widths fit the Chinese headers and the largest figures', async () => {
    const ws = await roundTrip();
    // '存量供应面积' is 12 units wide (6 CJK characters) → ≥ 13 with bold and padding
    expect(ws.getColumn('C').width).toBeGreaterThanOrEqual(13);
    for (let c = 1; c <= 27; c++) expect([c, ws.getColumn(c).width! <= 18]).toEqual([c, true]);
  });
});

describe('determinism', () => {
  async function sheetXml(): Promise<string> {
    const bytes = await render();
    const zip = await new Promise<yauzl.ZipFile>((ok, ko) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e || !z ? ko(e ?? new Error('no zip')) : ok(z))));
    return new Promise<string>((ok, ko) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== 'xl/worksheets/sheet1.xml') { zip.readEntry(); return; }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) { ko(e ?? new Error('no stream')); return; }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => { zip.close(); ok(Buffer.concat(chunks).toString('utf8')); });
        });
      });
      zip.on('end', () => ko(new Error('sheet1.xml not found')));
      zip.readEntry();
    });
  }

  it('writes the same sheet XML twice (no random ids in the conditional formats)', async () => {
    const [a, b] = [await sheetXml(), await sheetXml()];
    expect(a).toContain('<dataBar>');
    expect(a).toBe(b);
  });
});

// Native charts in the writer (src/xlsx/write-chart.ts): the parts and relationships a viewer needs, the series'
// formulas on the sheet's own cells, the caches equal to the cells, deterministic bytes.
import { describe, expect, it } from 'vitest';
import { renderWorkbook, type ChartModel, type SheetModel, type WorkbookModel } from '../../src/xlsx/index.js';
import { chartRef } from '../../src/xlsx/write-chart.js';
import { loadWorkbook, zipEntryNames, zipEntryText } from '../report/helpers/workbook.js';

const chart: ChartModel = {
  type: 'bar', title: '甲 & <乙>', categories: 'A2:A4', anchor: 'A7:F20', valueFormat: '0.00',
  series: [{ name: '数量', values: 'B2:B4' }, { name: '目标', values: 'C2:C4', color: 'A5A5A5' }],
};

function model(charts: ChartModel[] | undefined, note = false): WorkbookModel {
  const sheet: SheetModel = {
    name: "O'Brien 表",
    columns: [{}, {}, {}],
    rows: [
      ['名称', '数量', '目标'],
      ['甲', 1.5, 2],
      [note ? { value: '乙', note: '批注' } : '乙', { formula: 'B2*2', result: 3 }, 2],
      ['丙', '—', null],
    ],
    headerRow: 1,
    ...(charts ? { charts } : {}),
  };
  return { meta: { creator: 't', title: 't', date: new Date(Date.UTC(2026, 2, 31)) }, sheets: [{ name: '前', columns: [{}], rows: [['x']] }, sheet] };
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);

describe('chart parts', () => {
  it('quotes the sheet name and makes the range absolute', () => {
    expect(chartRef("O'Brien 表", 'B2:B4')).toBe("'O''Brien 表'!$B$2:$B$4");
    expect(chartRef('汇总', 'AA10:AA12')).toBe("'汇总'!$AA$10:$AA$12");
  });

  it('writes drawing, chart, relationships and content types; the sheet points at its drawing', async () => {
    const bytes = await renderWorkbook(model([chart, { ...chart, direction: 'bar', anchor: 'H7:M20' }], true));
    const names = await zipEntryNames(bytes);
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/worksheets/_rels/sheet2.xml.rels']) {
      expect(names).toContain(part);
    }
    expect(names).not.toContain('xl/worksheets/_rels/sheet1.xml.rels');
    const types = await zipEntryText(bytes, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    const sheet = await zipEntryText(bytes, 'xl/worksheets/sheet2.xml');
    // the schema's order: drawing before legacyDrawing (the notes' VML)
    expect(sheet).toMatch(/<drawing r:id="rId3"\/><legacyDrawing r:id="rId2"\/><\/worksheet>$/);
    const rels = await zipEntryText(bytes, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(rels).toContain('Id="rId2"');
    const drawing = await zipEntryText(bytes, 'xl/drawings/drawing1.xml');
    expect(all(drawing, /<c:chart [^>]*r:id="(rId\d)"/g)).toEqual(['rId1', 'rId2']);
    expect(all(drawing, /<xdr:from><xdr:col>(\d+)<\/xdr:col>/g)).toEqual(['0', '7']);
    expect(all(drawing, /<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>/g)).toEqual(['6', '6']);
    const drawingRels = await zipEntryText(bytes, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(all(drawingRels, /Target="([^"]+)"/g)).toEqual(['../charts/chart1.xml', '../charts/chart2.xml']);
    expect(await zipEntryText(bytes, 'xl/charts/chart2.xml')).toContain('<c:barDir val="bar"/>');
    // the workbook still reads back, notes and cells intact
    const wb = await loadWorkbook(bytes);
    expect(wb.getWorksheet("O'Brien 表")!.getCell('A3').note).toBeTruthy();
  });

  it('series and categories are formulas on the cells, with the cells\' values as caches', async () => {
    const xml = await zipEntryText(await renderWorkbook(model([chart])), 'xl/charts/chart1.xml');
    expect(xml).toContain('<a:t>甲 &amp; &lt;乙&gt;</a:t>');
    expect(all(xml, /<c:f>([^<]+)<\/c:f>/g)).toEqual([
      "&apos;O&apos;&apos;Brien 表&apos;!$A$2:$A$4", "&apos;O&apos;&apos;Brien 表&apos;!$B$2:$B$4",
      "&apos;O&apos;&apos;Brien 表&apos;!$A$2:$A$4", "&apos;O&apos;&apos;Brien 表&apos;!$C$2:$C$4",
    ]);
    const [first, second] = all(xml, /(<c:ser>.*?<\/c:ser>)/g);
    // numbers and formula results are cached; a text or empty cell is a gap (ptCount keeps the length)
    expect(all(first!, /<c:numCache>.*?<c:ptCount val="(\d+)"/g)).toEqual(['3']);
    expect(all(first!.slice(first!.indexOf('<c:val>')), /<c:pt idx="\d">(?:<c:v>)([^<]+)/g)).toEqual(['1.5', '3']);
    expect(all(second!.slice(second!.indexOf('<c:val>')), /<c:pt idx="(\d)">/g)).toEqual(['0', '1']);
    expect(all(first!.slice(0, first!.indexOf('<c:val>')), /<c:v>([^<]+)<\/c:v>/g)).toEqual(['数量', '甲', '乙', '丙']);
  });

  it('gives the same bytes twice, and a workbook without charts has no drawing parts', async () => {
    expect((await renderWorkbook(model([chart]))).equals(await renderWorkbook(model([chart])))).toBe(true);
    const names = await zipEntryNames(await renderWorkbook(model(undefined)));
    expect(names.some((n) => n.includes('chart') || n.includes('drawing'))).toBe(false);
  });

  it.each([
    ['a two-dimensional range', { ...chart, categories: 'A2:B4' }, /one row or one column/],
    ['series and categories of different lengths', { ...chart, series: [{ name: 'x', values: 'B2:B3' }] }, /2 values for 3 categories/],
  ])('refuses %s', async (_, bad, message) => {
    await expect(renderWorkbook(model([bad]))).rejects.toThrow(message);
  });
});

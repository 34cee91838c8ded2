// The plan workbook's native charts as LibreOffice draws them: converted to PDF, the pages of 汇总 and 指标 rendered
// as pictures (pdftoppm) hold the bars' colours, where the same workbook without charts has none; the charts'
// titles are in the PDF's text. Without soffice/poppler this suite FAILS with the install command (never skips).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { computeIndicators } from '../../src/indicators/compute.js';
import { planWorkbookModel, renderPlanWorkbook } from '../../src/report/plan.js';
import { indicatorsPlanSheet } from '../../src/report/indicators-sheet.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { inputs2025 } from '../indicators/year-2025.js';
import { sampleResult } from '../report/helpers/fixture.js';
import { convert } from './helpers/soffice.js';
import { colouredPixels, pageWith, pdfText } from './helpers/poppler.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-charts-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('plan charts in LibreOffice', () => {
  it('汇总 and 指标 are drawn with their bars; without charts the same pages have no coloured bars', async () => {
    const result = sampleResult();
    const indicators = computeIndicators(inputs2025);
    await writeFile(join(dir, 'with.xlsx'), await renderPlanWorkbook(result, { toolVersion: '9.9.9', indicators }));
    const { model } = planWorkbookModel(result, { toolVersion: '9.9.9' });
    // the same sheets, 指标 included (its data bars are coloured too), without the charts
    const sheets = [...model.sheets, indicatorsPlanSheet(indicators)].map((s) => ({ ...s, charts: undefined }));
    await writeFile(join(dir, 'without.xlsx'), await renderWorkbook({ ...model, sheets }));
    const [withPdf] = await convert(join(dir, 'with.xlsx'), 'pdf', join(dir, 'pdf'), false);
    const [withoutPdf] = await convert(join(dir, 'without.xlsx'), 'pdf', join(dir, 'pdf'), false);
    const text = (await pdfText(withPdf!)).replace(/\s+/g, '');
    for (const title of ['2025年度各设区市挂钩指标、扣减指标与核定指标（公顷）', '存量土地供应占比与2027年目标', '盘活存量建设用地：2025年起累计与2027年目标（亩）']) {
      expect(text).toContain(title);
    }
    expect((await pdfText(withoutPdf!)).replace(/\s+/g, '')).not.toContain('2025年度各设区市挂钩指标、扣减指标与核定指标');
    // 汇总 is the first page of both
    const summaryWith = await colouredPixels(withPdf!, 1, dir, 'summary-with');
    const summaryWithout = await colouredPixels(withoutPdf!, 1, dir, 'summary-without');
    expect(summaryWith.coloured, summaryWith.png).toBeGreaterThan(200);
    expect(summaryWithout.coloured).toBeLessThan(summaryWith.coloured / 10);
    const page = await pageWith(withPdf!, '存量土地供应占比与2027年目标');
    expect(page).toBeGreaterThan(1);
    const indicatorsPage = await colouredPixels(withPdf!, page, dir, 'indicators-with');
    const indicatorsWithout = await colouredPixels(withoutPdf!, await pageWith(withoutPdf!, '存量土地供应占比（不含单独选址项目）'), dir, 'indicators-without');
    expect(indicatorsPage.coloured, indicatorsPage.png).toBeGreaterThan(indicatorsWithout.coloured + 200);
  });
});

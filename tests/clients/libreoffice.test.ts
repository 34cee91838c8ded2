// The plan workbook opened in a real spreadsheet program: LibreOffice headless recalculates every formula; each
// recalculated value must equal the cached value landlink wrote and the --json figure.
// Without soffice these tests FAIL with the install command (never skip).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { writeFileAtomic } from '../../src/report/atomic.js';
import { sampleResult } from '../report/helpers/fixture.js';
import { checkPlan } from '../report/helpers/plan-check.js';
import { convert, inLibreOffice, recalculatedSheets, sofficePath } from './helpers/soffice.js';
import { writeReviewWorkbooks } from '../../src/review-workbook/write.js';
import { readFeedback } from '../../src/ingest/feedback.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-lo-test-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('plan workbook recalculated by LibreOffice', () => {
  it('soffice is installed (the workbook tests need it)', async () => {
    await expect(sofficePath()).resolves.toMatch(/soffice|libreoffice/);
  });

  it('every recalculated formula equals the cached value and the --json figure (hand-made result)', async () => {
    const result = sampleResult();
    const { withJson } = await checkPlan(result, join(dir, 'fixture'), inLibreOffice);
    // 12 rows × 13 figures in 汇总 + 4 quota columns × 5 counties in 分县 are all compared with the JSON
    expect(withJson).toBe(12 * 13 + 4 * result.counties.length);
  });

  it('LibreOffice really recalculates (a wrong cached value is replaced) and shows injected texts verbatim', async () => {
    const file = join(dir, 'sentinel', 'sentinel.xlsx');
    const texts = ['=1+1', '+1+1', '-1+1', '@SUM(1,1)', '\t=1+1', '＝1+1', '=HYPERLINK("http://x.invalid","x")'];
    await writeFileAtomic(file, () => renderWorkbook({
      meta: { creator: 'landlink', title: 't', date: new Date(Date.UTC(2026, 0, 1)) },
      sheets: [{ name: 'S', columns: [{}, {}], rows: [[{ value: { formula: '1+1', result: 3 } }, null], ...texts.map((t) => [t, null])] }],
    }));
    const sheet = (await recalculatedSheets(file, ['S'])).get('S')!;
    expect(sheet[0]![0]).toBe('2');
    expect(sheet.slice(1, 1 + texts.length).map((r) => r[0])).toEqual(texts);
  });

  it('a review workbook saved by LibreOffice (a city not using Excel) reads back with no finding; formula-like texts stay text', async () => {
    const [, ningbo] = await writeReviewWorkbooks(sampleResult(), join(dir, 'review'), { toolVersion: 'test' });
    const feedback = join(dir, 'lo-saved', 'feedback');
    await convert(ningbo!, 'xlsx:Calc MS Excel 2007 XML', feedback, false);
    const read = await readFeedback(feedback, 2025);
    expect(read.findings).toEqual([]);
    expect(read.feedback.map((f) => [f.cityCode, f.opinions.map((o) => o.projectId)])).toEqual([['330200', ['3302812025B00005', '3302812025B00004']]]);
  });
});


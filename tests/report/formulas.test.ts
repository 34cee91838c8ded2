// Every formula landlink writes, recalculated in process by a JavaScript formula engine (fast-formula-parser with
// @formulajs/formulajs, tests/report/helpers/formula-engine.ts) — no spreadsheet program needed, so this runs in
// `npm test`. Each recalculated value must equal the cached value landlink wrote and, in the plan, the --json figure.
// `npm run test:clients` opens the same workbooks in LibreOffice (tests/clients/).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { sampleResult } from './helpers/fixture.js';
import { checkPlan, jsonFigureOf } from './helpers/plan-check.js';
import { recalculateWorkbook, spreadsheetRound } from './helpers/formula-engine.js';
import { loadWorkbook } from './helpers/workbook.js';
import { writeEveryWorkbookKind, type WrittenWorkbook } from './helpers/every-workbook.js';

let dir: string;
let written: WrittenWorkbook[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landlink-formulas-'));
  written = await writeEveryWorkbookKind(join(dir, 'cli'));
}, 180_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('the formula engine', () => {
  it.each([
    [1.00005, 4, 1.0001], [-1.00005, 4, -1.0001], [0.1 + 0.2, 4, 0.3], [2.5, 0, 3], [-2.5, 0, -3],
    [121.30690000000001, 4, 121.3069], [0.33335, 4, 0.3334], [0.33334999, 4, 0.3333], [7.69 / 15, 4, 0.5127],
  ])('ROUND(%d, %d) = %d, as a spreadsheet rounds', (x, digits, expected) => {
    expect(spreadsheetRound(x, digits)).toBe(expected);
  });

  it('really recalculates: a wrong cached value is not taken; references across sheets, SUMIF on codes, MAX', async () => {
    const wb = await loadWorkbook(await renderWorkbook({
      meta: { creator: 'landlink', title: 't', date: new Date(Date.UTC(2026, 0, 1)) },
      sheets: [
        { name: '分县', columns: [{}, {}], rows: [['330102', 1.2], ['330100', 0.3], ['330100', 1.5], ['3301', 7]] },
        { name: '汇总', columns: [{}, {}], rows: [
          ['330100', { value: { formula: "ROUND(SUMIF('分县'!$A$1:$A$4,$A1,'分县'!B$1:B$4)/3,4)", result: 99 } }],
          ['x', { value: { formula: 'MAX(0,ROUND(B1-1,4))', result: 99 } }],
          ['y', { value: { formula: 'MAX(0,ROUND(B1+0.55555,4))', result: 99 } }],
          ['z', { value: { formula: 'ROUND(SUM(B1:B3),4)', result: 99 } }],
        ] },
      ],
    }));
    // SUMIF takes the two rows whose code is exactly 330100 (not 330102, not the prefix 3301): (0.3 + 1.5) ÷ 3
    expect(recalculateWorkbook(wb).map((c) => [c.address, c.cached, c.value])).toEqual([
      ['B1', 99, 0.6], ['B2', 99, 0], ['B3', 99, 1.1556], ['B4', 99, 1.7556],
    ]);
  });
});

describe('the plan workbook, recalculated in process', () => {
  it('hand-made result: every formula equals the cached value and the --json figure', async () => {
    const result = sampleResult();
    const { withJson } = await checkPlan(result, join(dir, 'fixture'));
    // 12 rows × 13 figures in 汇总 + 4 quota columns × 5 counties in 分县 are all compared with the JSON
    expect(withJson).toBe(12 * 13 + 4 * result.counties.length);
  });

  it('compute 2025 as the CLI writes it: every formula equals the cached value and the JSON file\'s figure', async () => {
    const plan = written.find((w) => w.kind === 'plan')!;
    const doc = JSON.parse(await readFile(plan.file.replace(/\.xlsx$/, '.json'), 'utf8')) as Parameters<typeof jsonFigureOf>[0];
    const cells = recalculateWorkbook(await loadWorkbook(plan.file));
    expect(cells.length).toBeGreaterThan(500);
    let withJson = 0;
    for (const c of cells) {
      expect(c.value, `${c.sheet}!${c.address} = ${c.formula}`).toBe(c.cached);
      const json = jsonFigureOf(doc, { ...c, result: c.cached as number }, doc.cities.length);
      if (json !== undefined) { expect(c.value, `${c.sheet}!${c.address} vs JSON`).toBe(json); withJson++; }
    }
    expect(withJson).toBe(12 * 13 + 4 * doc.counties.length);
  });
});

describe('every workbook kind the CLI writes', () => {
  it('each formula cell of each workbook recalculates to its cached value; only the plan carries formulas', async () => {
    const withFormulas: string[] = [];
    for (const w of written) {
      const cells = recalculateWorkbook(await loadWorkbook(w.file));
      for (const c of cells) expect(c.value, `${w.name} ${c.sheet}!${c.address} = ${c.formula}`).toBe(c.cached);
      if (cells.length > 0) withFormulas.push(w.kind);
    }
    // a new kind with formulas is checked above; this line records where formulas are today
    expect(withFormulas).toEqual(['plan']);
    expect(written.length).toBe(1 + 11 + 8 + 1 + 1); // plan, 11 review workbooks, 8 templates (one per input kind), spot-check list, start-list
  });
});

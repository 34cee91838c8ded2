// The plan workbook and the --json document with the opt-in reward (低效工业用地整治意见（2023） 四、(二);
// src/policy/reward.ts). On: 分县 and 汇总 carry 奖励认定面积 / 奖励指标 after the spec's columns, the net quota counts the
// reward, 项目明细 lists the reward projects (类别 奖励), 参数 records the extension and 汇总 says it was used — and
// every formula recalculates to the cached value (in process here; in LibreOffice in tests/clients/plan.test.ts). Off: the JSON has no new key and the workbook is
// byte-identical to the one of a policy without the entry.
//
// Fixture: tests/report/helpers/reward-fixture.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import { defaultPolicy } from '../../src/policy/parameters.js';
import type { ComputeResult } from '../../src/pipeline/types.js';
import { planWorkbookModel } from '../../src/report/plan.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { renderJson, toJsonDocument } from '../../src/report/json.js';
import { loadWorkbook } from './helpers/workbook.js';
import { checkPlan } from './helpers/plan-check.js';
import { inputs, withReward } from './helpers/reward-fixture.js';
import { cellText } from '../helpers/cell-text.js';

const on: ComputeResult = compute(inputs, withReward({ enabled: true }), 'test');
const meta = { toolVersion: 'test' };

async function workbookOf(result: ComputeResult): Promise<{ bytes: Buffer; wb: ExcelJS.Workbook }> {
  const bytes = await renderWorkbook(planWorkbookModel(result, meta).model);
  return { bytes, wb: await loadWorkbook(bytes) };
}

function header(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell((c, i) => { out[i - 1] = cellText(c.value); });
  return out;
}

/** The cell of a row (found by its first cell) under a header. */
function cellAt(ws: ExcelJS.Worksheet, rowKey: string, column: string): ExcelJS.Cell {
  const col = header(ws).indexOf(column) + 1;
  expect(col, column).toBeGreaterThan(0);
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => { if (cellText(row.getCell(1).value) === rowKey) found = row.getCell(col); });
  expect(found, `${ws.name} row ${rowKey}`).toBeDefined();
  return found!;
}

const formulaOf = (c: ExcelJS.Cell) => ({ formula: c.formula, result: c.result });

let wb: ExcelJS.Workbook;
let dir: string;
beforeAll(async () => {
  wb = (await workbookOf(on)).wb;
  dir = await mkdtemp(join(tmpdir(), 'landlink-reward-'));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('on: 分县', () => {
  it('the two reward columns follow 处罚措施 (outputs.md: more columns allowed after the required ones)', () => {
    const h = header(wb.getWorksheet('分县')!);
    expect(h.slice(h.indexOf('处罚措施'))).toEqual(['处罚措施', '奖励认定面积(公顷)', '奖励指标(公顷)']);
  });

  it('上城区: area 1.7, 奖励指标 = ROUND(area ÷ 3, 4) = 0.5667, 核定指标 counts it: 0.3333 + 0.5667 = 0.9', () => {
    const ws = wb.getWorksheet('分县')!;
    const area = cellAt(ws, '330102', '奖励认定面积(公顷)');
    expect(area.value).toBe(1.7);
    const quota = cellAt(ws, '330102', '奖励指标(公顷)');
    expect(formulaOf(quota)).toEqual({ formula: `ROUND(${area.address}/3,4)`, result: 0.5667 });
    const net = cellAt(ws, '330102', '核定指标(公顷)');
    expect(net.result).toBe(0.9);
    expect(net.formula).toContain(`+${quota.address}`);
    expect(cellAt(ws, '330102', '挂钩指标(公顷)').result).toBe(0.3333);
  });

  it('南湖区 (no reward project): 0 and 0; its net quota is its own quota', () => {
    const ws = wb.getWorksheet('分县')!;
    expect(cellAt(ws, '330402', '奖励认定面积(公顷)').value).toBe(0);
    expect(cellAt(ws, '330402', '奖励指标(公顷)').result).toBe(0);
    expect(cellAt(ws, '330402', '核定指标(公顷)').result).toBe(0.2);
  });
});

describe('on: 汇总', () => {
  it('reward columns after 受处罚县数; cities SUMIF the counties, 全省 sums the cities', () => {
    const ws = wb.getWorksheet('汇总')!;
    const h = header(ws);
    expect(h.slice(h.indexOf('受处罚县数'))).toEqual(['受处罚县数', '奖励认定面积(公顷)', '奖励指标(公顷)']);
    const hz = cellAt(ws, '330100', '奖励指标(公顷)');
    expect(hz.formula).toMatch(/^ROUND\(SUMIF\('分县'!/);
    expect(hz.result).toBe(0.5667);
    expect(cellAt(ws, '330100', '奖励认定面积(公顷)').result).toBe(1.7);
    expect(cellAt(ws, '330400', '奖励指标(公顷)').result).toBe(0);
    expect(cellAt(ws, '330000', '奖励指标(公顷)').result).toBe(0.5667);
    expect(cellAt(ws, '330000', '核定指标(公顷)').result).toBe(1.1); // 0.9 + 0.2
  });

  it('a note says the extension was used, citing the 2023 opinion 四、(二)', () => {
    const texts: string[] = [];
    wb.getWorksheet('汇总')!.eachRow((row) => { const v = row.getCell(1).value; if (typeof v === 'string') texts.push(v); });
    const note = texts.find((t) => t.startsWith('政策扩展（已启用）'));
    expect(note).toBeDefined();
    expect(note).toContain('四、(二)');
    expect(note).toContain('3:1');
    expect(texts.find((t) => t.startsWith('说明：'))).toContain('MAX(0, 挂钩指标 + 奖励指标 − 扣减指标)');
  });
});

describe('on: 参数 and 项目明细', () => {
  it('参数 records that the reward was on and its ratio, with its article', () => {
    const ws = wb.getWorksheet('参数')!;
    let row: (string | null)[] | undefined;
    ws.eachRow((r) => { if (r.getCell(4).value === 'lowEfficiencyIndustrialReward') row = [1, 2, 3].map((i) => cellText(r.getCell(i).value)); });
    expect(row).toBeDefined();
    expect(row!.slice(1)).toEqual(['已启用，3:1', '低效工业用地整治意见（2023） 四、(二)']);
    let info: string | undefined;
    ws.eachRow((r) => { if (r.getCell(1).value === '政策扩展') info = cellText(r.getCell(2).value); });
    expect(info).toMatch(/^已启用/);
  });

  it('项目明细 lists the reward projects with category label 奖励', () => {
    const ws = wb.getWorksheet('项目明细')!;
    expect(['G1', 'G2'].map((id) => [cellAt(ws, id, '类别').value, cellAt(ws, id, '认定状态').value, cellAt(ws, id, '认定面积(公顷)').value]))
      .toEqual([['奖励', '认定', 1.2], ['奖励', '认定', 0.5]]);
    expect(cellText(cellAt(ws, 'G1', '类别名称').value)).toContain('低效工业用地整治奖励');
    expect(cellAt(ws, 'S1', '类别').value).toBe(1);
  });

  it('台账 carries the credited reward projects too', () => {
    const ids: string[] = [];
    wb.getWorksheet('台账')!.eachRow((r, i) => { if (i > 1) ids.push(cellText(r.getCell(1).value)); });
    expect(ids).toEqual(['G1', 'G2', 'S1', 'S2']);
  });

  it('every formula (reward columns included) recalculates to the cached value and the --json figure', async () => {
    const { formulas } = await checkPlan(on, join(dir, 'on'));
    expect(formulas).toBeGreaterThan(0);
  }, 60_000);
});

describe('on: --json', () => {
  it('additive keys: policy entry, reward figures on counties/cities/province, a reward section', () => {
    const doc = toJsonDocument(on) as Record<string, unknown> & {
      policy: Record<string, unknown>; province: Record<string, unknown>; counties: Record<string, unknown>[]; reward: { ratio: number; projects: { id: string; category: string; creditedHa: number }[] };
    };
    expect(Object.keys(doc)).toEqual(['year', 'policy', 'province', 'cities', 'counties', 'projects', 'deductions', 'findings', 'reward']);
    expect(doc.policy).toEqual({ ratio: 3, penaltyMultiplier: 2, roundingDecimals: 4, lowEfficiencyIndustrialReward: { enabled: true, ratio: 3 } });
    expect(doc.counties.map((c) => [c.code, c.quotaHa, c.rewardAreaHa, c.rewardQuotaHa, c.netQuotaHa]))
      .toEqual([['330102', 0.3333, 1.7, 0.5667, 0.9], ['330402', 0.2, 0, 0, 0.2]]);
    expect([doc.province.rewardQuotaHa, doc.province.netQuotaHa]).toEqual([0.5667, 1.1]);
    expect(doc.reward.ratio).toBe(3);
    expect(doc.reward.projects.map((p) => [p.id, p.category, p.creditedHa])).toEqual([['G1', 'reward', 1.2], ['G2', 'reward', 0.5]]);
  });
});

describe('off: nothing new', () => {
  const plain = compute(inputs, defaultPolicy, 'test');
  const explicitOff = compute(inputs, withReward({ enabled: false, ratio: 7 }), 'test');

  it('the JSON document has no new key and equals the one without the entry', () => {
    const text = renderJson(explicitOff);
    expect(text).toBe(renderJson(plain));
    expect(text).not.toMatch(/reward/i);
  });

  it('the workbook is byte-identical to the one produced without the policy entry', async () => {
    const [a, b] = await Promise.all([workbookOf(explicitOff), workbookOf(plain)]);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(header(a.wb.getWorksheet('分县')!).at(-1)).toBe('处罚措施');
    expect(header(a.wb.getWorksheet('汇总')!).at(-1)).toBe('受处罚县数');
    let listed = false;
    a.wb.getWorksheet('参数')!.eachRow((r) => { if (r.getCell(4).value === 'lowEfficiencyIndustrialReward') listed = true; });
    expect(listed).toBe(false);
  });
});

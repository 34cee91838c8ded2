// The full yearly loop on the sample years (docs/yearly-cycle.md): sample 2024 → fill the spot checks → compute 2024
// → ledger add → start-list 2024 → fill the start check (one 已撤销, one 未开工(无合理证明), the rest 已开工) →
// compute 2025: the deductions are exactly 2 × (area ÷ 3) (浙土资发〔2017〕19号 五; domain.md 决定 5), nothing is
// retyped between the steps, and a second `ledger add` of the same plan is refused without touching the ledger.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCompute, type ComputeRun } from '../../src/app/compute.js';
import { Exact } from '../../src/domain/exact.js';
import { packageRoot } from '../../src/ingest/folder.js';
import { loadYear } from '../../src/ingest/load.js';
import { cycleCli } from './cli.js';
import { tempDir } from '../cli/helpers.js';

const cwd = tempDir('landlink-loop-');
const data = (year: number, ...rest: string[]) => join(cwd, 'data', String(year), ...rest);

interface Filled { id: string; area: Exact }

/** Opens a workbook the tool wrote, lets `fill` set cells as an officer would in Excel, saves it under `target`. */
async function fillAs(source: string, sheet: string, target: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  fill(wb.getWorksheet(sheet)!);
  await wb.xlsx.writeFile(target);
}

// A cell holding neither text nor a number would show as '[object Object]' and fail the comparison, as it should.
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
const text = (ws: ExcelJS.Worksheet, row: number, col: number): string => String(ws.getRow(row).getCell(col).value ?? '');
const area = (ws: ExcelJS.Worksheet, row: number, col: number): Exact => Exact.fromCellNumber(Number(ws.getRow(row).getCell(col).value));

let plan2024: ComputeRun;
let plan2025: ComputeRun;
let fraud: Filled, reduced: Filled & { verified: Exact };
let revoked: Filled, notStarted: Filled;
let ledgerBefore: Buffer;
let ledgerAddTwice: Awaited<ReturnType<typeof cycleCli>>;
let startListRows = 0;
let spotChecks = 0;

beforeAll(async () => {
  cpSync(join(packageRoot, 'samples', '2024'), data(2024), { recursive: true });
  cpSync(join(packageRoot, 'samples', '2025'), data(2025), { recursive: true });
  // The 2025 folder as it stands before this loop: its ledger without the 2024 plan, no December check yet.
  const ledgerFile = data(2025, '已挂钩台账.csv');
  const lines = readFileSync(ledgerFile, 'utf8').split(/\r?\n/);
  writeFileSync(ledgerFile, lines.filter((l, i) => i === 0 || !/^[^,]*,2024,/.test(l)).join('\n'));
  rmSync(data(2025, 'start-check.xlsx'));
  rmSync(data(2024, '核查结果.xlsx'));

  // February: the spot-check draw, filled in (one 虚报, one 面积核减 to half, the rest 属实), saved as the inspection input.
  expect((await cycleCli(['sample', '2024', '--seed', 'loop'], cwd)).code).toBeLessThan(2);
  await fillAs(join(cwd, 'out', '2024', '抽查清单-2024.xlsx'), '核查结果', data(2024, '核查结果.xlsx'), (ws) => {
    spotChecks = ws.actualRowCount - 1;
    fraud = { id: text(ws, 2, 1), area: area(ws, 2, 13) };
    const half = area(ws, 3, 13).div(2).roundHalfUp(4);
    reduced = { id: text(ws, 3, 1), area: area(ws, 3, 13), verified: half };
    for (let r = 2; r <= ws.actualRowCount; r++) ws.getRow(r).getCell(3).value = '属实';
    ws.getRow(2).getCell(3).value = '虚报';
    ws.getRow(3).getCell(3).value = '面积核减';
    ws.getRow(3).getCell(4).value = half.toNumber(4);
  });

  // March: the plan. After approval: the ledger.
  plan2024 = await runCompute({ year: 2024, cwd, toolVersion: 'test' });
  const planFile = join('out', '2024', '挂钩方案-2024.xlsx');
  expect((await cycleCli(['ledger', 'add', planFile], cwd)).code).toBe(0);
  ledgerBefore = readFileSync(ledgerFile);
  ledgerAddTwice = await cycleCli(['ledger', 'add', planFile], cwd);

  // December of 2025: the start-check list, filled in, dropped into the 2025 folder.
  expect((await cycleCli(['start-list', '2024'], cwd)).code).toBe(0);
  await fillAs(join(cwd, 'out', '2024', '开工核查-2025.xlsx'), '开工核查', data(2025, '开工核查.xlsx'), (ws) => {
    startListRows = ws.actualRowCount - 1;
    revoked = { id: text(ws, 2, 1), area: area(ws, 2, 4) };
    notStarted = { id: text(ws, 3, 1), area: area(ws, 3, 4) };
    for (let r = 2; r <= ws.actualRowCount; r++) ws.getRow(r).getCell(5).value = '已开工';
    ws.getRow(2).getCell(5).value = '已撤销';
    ws.getRow(3).getCell(5).value = '未开工(无合理证明)';
  });
  plan2025 = await runCompute({ year: 2025, cwd, toolVersion: 'test' });
}, 120_000);

const twoThirds = (x: Exact) => x.div(3).mul(2);

describe('the yearly loop on the sample years', () => {
  it('the filled spot-check list is read back as the inspection input, without errors', async () => {
    const inInspection = plan2024.result.findings.filter((f) => f.location.file === '核查结果.xlsx');
    expect(inInspection.filter((f) => f.severity === 'error')).toEqual([]);
    expect(spotChecks).toBeGreaterThan(1);
    const { inspection } = await loadYear({ year: 2024, cwd });
    expect(inspection).toHaveLength(spotChecks);
    expect(inspection.every((r) => r.method === 'onsite' && r.conclusion !== null)).toBe(true);
  });

  it('虚报 → fraud, deducted 2 × (declared area ÷ 3) in 2024 (决定 5); 面积核减 → the verified area is credited', () => {
    const f = plan2024.result.projects.find((p) => p.id === fraud.id)!;
    expect(f.status).toBe('fraud');
    const d = plan2024.result.deductions.find((x) => x.id === fraud.id)!;
    expect(d).toMatchObject({ reason: 'fraud', year: 2024, multiplier: 2 });
    expect(d.deductionHa.eq(twoThirds(f.declaredHa))).toBe(true);
    const r = plan2024.result.projects.find((p) => p.id === reduced.id)!;
    expect(r.status).toBe('credited');
    expect(r.creditedHa.eq(reduced.verified)).toBe(true);
  });

  it('ledger add puts exactly the plan\'s credited ids into data/2025, and refuses the same plan a second time', () => {
    const ledger = readFileSync(data(2025, '已挂钩台账.csv'), 'utf8');
    const ids2024 = ledger.split(/\r?\n/).filter((l) => /^[^,]*,2024,/.test(l)).map((l) => l.split(',')[0]).sort();
    expect(ids2024).toEqual(plan2024.result.ledger.map((e) => e.projectId).sort());
    expect(ledgerAddTwice.code).toBe(2);
    expect(ledgerAddTwice.stderr).toContain('ledger-duplicate');
    expect(readFileSync(data(2025, '已挂钩台账.csv')).equals(ledgerBefore)).toBe(true);
  });

  it('start-list lists every project credited in 2024, from the ledger', () => {
    expect(startListRows).toBe(plan2024.result.ledger.length);
    expect(existsSync(data(2025, '开工核查.xlsx'))).toBe(true);
  });

  it('compute 2025 deducts exactly 2 × (area ÷ 3) for the revoked and the not-started project, and nothing else of 2024', () => {
    const startCheck = plan2025.result.deductions.filter((d) => d.year === 2024 && d.reason !== 'carried');
    expect(startCheck.map((d) => [d.id, d.reason]).sort()).toEqual([[notStarted.id, 'not-started'], [revoked.id, 'revoked']].sort());
    for (const [p, id] of [[revoked, revoked.id], [notStarted, notStarted.id]] as const) {
      const d = startCheck.find((x) => x.id === id)!;
      expect(d.multiplier).toBe(2);
      expect(d.projectQuotaHa.eq(p.area.div(3))).toBe(true);
      expect(d.deductionHa.eq(twoThirds(p.area))).toBe(true);
    }
    const errorsInCheck = plan2025.result.findings.filter((f) => f.location.file === '开工核查.xlsx' && f.severity === 'error');
    expect(errorsInCheck).toEqual([]);
  });

  it('ledger add carries the 2024 plan\'s 结转扣减 into data/2025, and compute 2025 deducts exactly it first (决定 6)', () => {
    const carried2024 = plan2024.result.counties.filter((c) => !c.carriedDeductionHa.isZero()).map((c) => [c.code, c.carriedDeductionHa.toFixed(4)]);
    expect(carried2024.length).toBeGreaterThan(0);
    const carried = plan2025.result.deductions.filter((d) => d.reason === 'carried');
    expect(carried.map((d) => [d.countyCode, d.deductionHa.toFixed(4)])).toEqual(carried2024);
    expect(carried.every((d) => d.id === '' && d.year === 2024 && d.source.file === '结转扣减.csv')).toBe(true);
  });

  it('the counties of the deducted projects carry the deduction and are sanctioned', () => {
    for (const p of [revoked, notStarted]) {
      const d = plan2025.result.deductions.find((x) => x.id === p.id)!;
      const county = plan2025.result.counties.find((c) => c.code === d.countyCode)!;
      expect(county.sanctioned).toBe(true);
      expect(county.deductionHa.gte(d.deductionHa.roundHalfUp(4))).toBe(true);
    }
  });

  it('no 2024 project is credited again in 2025 (the ledger refuses double crediting)', () => {
    const ids2024 = new Set(plan2024.result.ledger.map((e) => e.projectId));
    expect(plan2025.result.projects.filter((p) => ids2024.has(p.id) && p.status === 'credited')).toEqual([]);
  });
});

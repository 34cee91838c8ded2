// `landlink sample` on the bundled sample year: reproducible from the seed, the seed/rate/weights recorded, and the
// 核查结果 sheet exactly the `inspection` input's columns first, read back by the readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { CITY_FEEDBACK_CODES } from '../../src/cycle/candidates.js';
import { catalogue } from '../../src/findings/index.js';
import { tempDir } from '../cli/helpers.js';
import { cycleCli, type CliRun } from './cli.js';

interface DrawJson { seed: string; rate: number; population: number; counties: number; target: number; picks: { id: string; countyCode: string; order: number }[] }

const cwd = tempDir('landlink-sample-');
let a: CliRun, b: CliRun, c: CliRun;

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  a = await cycleCli(['sample', '2025', '--json', '--seed', 'S-1', '--rate', '25%', '--out', 'a'], cwd);
  b = await cycleCli(['sample', '2025', '--json', '--seed', 'S-1', '--rate', '0.25', '--out', 'b'], cwd);
  c = await cycleCli(['sample', '2025', '--json', '--seed', 'S-2', '--rate', '0.25', '--out', 'c'], cwd);
}, 120_000);

describe('landlink sample', () => {
  it('same seed and inputs → the same list and the same workbook cells; another seed → another list', async () => {
    expect(a.code).toBeLessThan(2); // the sample year has deliberate input errors: exit 1, the list is still written
    const da = JSON.parse(a.stdout) as DrawJson, db = JSON.parse(b.stdout) as DrawJson, dc = JSON.parse(c.stdout) as DrawJson;
    expect(db.picks).toEqual(da.picks);
    expect(dc.picks).not.toEqual(da.picks);
    expect(await sheetRows(join(cwd, 'b', '抽查清单-2025.xlsx'), '核查结果')).toEqual(await sheetRows(join(cwd, 'a', '抽查清单-2025.xlsx'), '核查结果'));
  });

  it('draws max(counties, ⌈rate × candidates⌉), at least one per county', () => {
    const d = JSON.parse(a.stdout) as DrawJson;
    expect(d.rate).toBe(0.25);
    expect(d.target).toBe(Math.max(d.counties, Math.ceil(d.population / 4)));
    expect(d.picks).toHaveLength(d.target);
    expect(new Set(d.picks.map((p) => p.countyCode)).size).toBe(d.counties);
  });

  it('the 核查结果 sheet starts with the inspection columns and reads back as the inspection input', async () => {
    const file = join(cwd, 'a', '抽查清单-2025.xlsx');
    const [header] = await sheetRows(file, '核查结果');
    expect(header!.slice(0, 5)).toEqual(['项目编号', '核查方式', '核查结论', '核实面积(公顷)', '说明']);
    const back = await readInputFile(file, 'inspection');
    const d = JSON.parse(a.stdout) as DrawJson;
    expect(back.rows.map((r) => r.projectId).sort()).toEqual(d.picks.map((p) => p.id).sort());
    expect(back.rows.every((r) => r.method === 'onsite')).toBe(true);
    // before it is filled in, the only errors are the empty 核查结论 cells
    expect(new Set(back.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}:${f.location.column}`))).toEqual(new Set(['cell-required:核查结论']));
  });

  it('records the seed, the rate and the weights in the workbook', async () => {
    const file = join(cwd, 'a', '抽查清单-2025.xlsx');
    const about = new Map((await sheetRows(file, '抽查说明')).map((r) => [r[0], r[1]]));
    expect(about.get('随机种子')).toBe('S-1');
    expect(about.get('抽查比例')).toBe('0.25');
    const weights = await sheetRows(file, '权重');
    expect(weights.map((r) => r[0])).toEqual(['风险因素', '基础权重', '面积较大', '有警告', '设区市未反馈', '第六、七类', '所在县受过扣减']);
    const candidates = await sheetRows(file, '候选项目');
    expect(candidates.length - 1).toBe((JSON.parse(a.stdout) as DrawJson).population);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });

  it.each([['0'], ['1.5'], ['abc'], ['-10%']])('--rate %s is refused (exit 2)', async (rate) => {
    const r = await cycleCli(['sample', '2025', '--rate', rate], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[argument-invalid]');
  });

  it('the city-feedback codes the warnings factor leaves out exist in the catalogue', () => {
    for (const code of CITY_FEEDBACK_CODES) expect(Object.keys(catalogue)).toContain(code);
  });
});

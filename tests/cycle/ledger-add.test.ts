// `landlink ledger add` on files (domain.md 决定 7; outputs.md "refusing duplicates"; atomic, nothing half-written).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { tempDir } from '../cli/helpers.js';
import { cycleCli } from './cli.js';
import { writePlan, writeText, writeXlsx } from './fixtures.js';

const plan2024: [string, number, number, string][] = [
  ['3301022024A00001', 2024, 1.2345, '330102'],
  ['3301022024B00002', 2024, 0.5, '330102'],
  ['DX33010520240003', 2024, 2.75, '330105'],
];

async function setup(): Promise<string> {
  const cwd = tempDir('landlink-ledger-');
  await writePlan(join(cwd, 'out', '2024', '挂钩方案-2024.xlsx'), plan2024);
  return cwd;
}
const PLAN = 'out/2024/挂钩方案-2024.xlsx';

describe('ledger add', () => {
  it('writes the plan\'s 结转扣减 (分县) into data/<Y+1>/结转扣减.csv, which the readers take as kind carried (决定 6)', async () => {
    const cwd = tempDir('landlink-ledger-');
    await writeXlsx(join(cwd, PLAN), [
      { name: '汇总', header: ['设区市代码', '设区市'], rows: [['330100', '杭州市']] },
      { name: '分县', header: ['行政区代码', '行政区', '设区市', '认定存量面积(公顷)', '结转扣减(公顷)'], rows: [
        ['330102', '上城区', '杭州市', 3, 0], ['330105', '拱墅区', '杭州市', 0, 0.4], ['330203', '海曙区', '宁波市', 0.1, 0.0667],
      ] },
      { name: '台账', header: ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'], rows: plan2024 },
    ]);
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(0);
    const file = join(cwd, 'data', '2025', '结转扣减.csv');
    expect(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '')).toEqual([
      '行政区代码,年度,结转扣减(公顷)', '330105,2024,0.4000', '330203,2024,0.0667',
    ]);
    const back = await readInputFile(file, 'carried');
    expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(back.rows.map((x) => [x.region?.code, x.linkageYear, x.carriedHa?.toFixed(4)])).toEqual([['330105', 2024, '0.4000'], ['330203', 2024, '0.0667']]);
  });

  it('writes no 结转扣减.csv when no county carries a deduction', async () => {
    const cwd = await setup();
    expect((await cycleCli(['ledger', 'add', PLAN], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'data', '2025', '结转扣减.csv'))).toBe(false);
  });

  it('starts data/<Y+1>/已挂钩台账.csv, carrying forward data/<Y>/ledger, and the readers read it back', async () => {
    const cwd = await setup();
    writeText(join(cwd, 'data', '2024', '已挂钩台账.csv'), '项目编号,挂钩年度,认定面积(公顷),行政区代码\n3301022023A00009,2023,1.0000,330102\n');
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(0);
    const file = join(cwd, 'data', '2025', '已挂钩台账.csv');
    const back = await readInputFile(file, 'ledger');
    expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(back.rows.map((x) => [x.projectId, x.linkageYear, x.creditedAreaHa?.toFixed(4), x.region?.code])).toEqual([
      ['3301022023A00009', 2023, '1.0000', '330102'],
      ['3301022024A00001', 2024, '1.2345', '330102'],
      ['3301022024B00002', 2024, '0.5000', '330102'],
      ['DX33010520240003', 2024, '2.7500', '330105'],
    ]);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // UTF-8 with BOM for Excel
  });

  it('appends under an existing ledger\'s own header, keeping its title row, extra columns, GBK text and 亩 unit', async () => {
    const cwd = await setup();
    const file = join(cwd, 'data', '2025', '已挂钩台账.csv');
    const original = '已挂钩台账（2017—2023）\n行政区代码,项目编号,认定面积(亩),挂钩年度,备注\n330102,3301022023A00009,15,2023,复核通过\n';
    writeText(file, '');
    writeFileSync(file, iconv.encode(original, 'gb18030'));
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r\n/);
    expect(text.slice(0, 3)).toEqual(['已挂钩台账（2017—2023）', '行政区代码,项目编号,认定面积(亩),挂钩年度,备注', '330102,3301022023A00009,15,2023,复核通过']);
    expect(text[3]).toBe('330102,3301022024A00001,18.5175,2024,'); // 1.2345 公顷 × 15 = 18.5175 亩, exact
    const back = await readInputFile(file, 'ledger');
    expect(back.rows.map((x) => x.creditedAreaHa?.toFixed(4))).toEqual(['1.0000', '1.2345', '0.5000', '2.7500']);
  });

  it('accepts an old ledger with only 项目编号 and 挂钩年度, appending in its own two columns', async () => {
    const cwd = await setup();
    const file = join(cwd, 'data', '2025', '已挂钩台账.csv');
    writeText(file, '项目编号,挂钩年度\nOLD1,2019\n');
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r\n/).slice(0, 3)).toEqual(['项目编号,挂钩年度', 'OLD1,2019', '3301022024A00001,2024']);
  });

  it.each([
    { name: 'an id the ledger already holds (an earlier year)', ledger: '项目编号,挂钩年度,认定面积(公顷),行政区代码\nDX33010520240003,2023,2.7500,330105\n' },
    { name: 'the same plan registered twice', ledger: '项目编号,挂钩年度,认定面积(公顷),行政区代码\n3301022024A00001,2024,1.2345,330102\n' },
  ])('refuses $name: exit 2 (ledger-duplicate), the ledger untouched', async ({ ledger }) => {
    const cwd = await setup();
    const file = join(cwd, 'data', '2025', '已挂钩台账.csv');
    writeText(file, ledger);
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[ledger-duplicate]');
    expect(readFileSync(file, 'utf8')).toBe(ledger);
  });

  it('an id listed twice in the plan is refused before anything is written (plan-ledger-invalid, the reader\'s id-duplicate)', async () => {
    const cwd = tempDir('landlink-ledger-');
    await writePlan(join(cwd, PLAN), [plan2024[0]!, plan2024[0]!]);
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[plan-ledger-invalid]');
    expect(r.stderr).toContain('第 3 行');
    expect(existsSync(join(cwd, 'data', '2025'))).toBe(false);
  });

  it.each([
    { name: 'a workbook without a 台账 sheet', sheet: '明细', code: 'plan-ledger-missing', rows: plan2024 },
    { name: 'two linkage years in one plan', sheet: '台账', code: 'plan-ledger-invalid', rows: [plan2024[0]!, ['X2', 2023, 1, '330102'] as [string, number, number, string]] },
    { name: 'a region that is not a county', sheet: '台账', code: 'plan-ledger-invalid', rows: [['X1', 2024, 1, '990000'] as [string, number, number, string]] },
  ])('refuses $name (exit 2, $code)', async ({ sheet, code, rows }) => {
    const cwd = tempDir('landlink-ledger-');
    await writePlan(join(cwd, PLAN), rows, sheet);
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
  });

  it('refuses to rewrite a ledger that has errors (exit 2, ledger-file-invalid), naming the row', async () => {
    const cwd = await setup();
    const file = join(cwd, 'data', '2025', '已挂钩台账.csv');
    const broken = '项目编号,挂钩年度,认定面积(公顷),行政区代码\nA,二〇二三,1,330102\n';
    writeText(file, broken);
    const r = await cycleCli(['ledger', 'add', PLAN], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[ledger-file-invalid]');
    expect(r.stderr).toContain('第 2 行');
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('--ledger FILE.xlsx writes an xlsx ledger the readers take', async () => {
    const cwd = await setup();
    await writeXlsx(join(cwd, 'ledger.xlsx'), [{ name: '已挂钩台账', header: ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'], rows: [['OLD1', 2022, 3, '330105']] }]);
    const r = await cycleCli(['ledger', 'add', PLAN, '--ledger', 'ledger.xlsx', '--json'], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ year: 2024, added: 3, total: 4, created: false });
    const back = await readInputFile(join(cwd, 'ledger.xlsx'), 'ledger');
    expect(back.rows.map((x) => x.projectId)).toEqual(['OLD1', '3301022024A00001', '3301022024B00002', 'DX33010520240003']);
  });

  it('a missing plan file is exit 2 with one line', async () => {
    const r = await cycleCli(['ledger', 'add', 'nope.xlsx'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[file-unreadable]');
  });
});

// `landlink start-list` on files: where the credited projects come from, pre-fill from both years' supply, and the
// written workbook read back as the `start-check` input of the next year.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { tempDir } from '../cli/helpers.js';
import { cycleCli } from './cli.js';
import { supplyCsv, writePlan, writeText } from './fixtures.js';

const LEDGER = '项目编号,挂钩年度,认定面积(公顷),行政区代码\n3301022023A00009,2023,1,330102\n3301022024A00001,2024,1.5,330102\n3301022024A00002,2024,0.25,330102\nFK33010520240003,2024,2,330105\n';

function folder(): string {
  const cwd = tempDir('landlink-start-');
  writeText(join(cwd, 'data', '2024', '供地备案.csv'), supplyCsv([
    '3301022024A00001,330102,甲,某路1号,出让合同,国有存量建设用地,回收收购土地,1.5,2024-03-01,2024-09-01,',
    '3301022024A00002,330102,乙,某路2号,出让合同,国有存量建设用地,空闲地,0.25,2024-04-01,2024-10-01,',
  ]));
  // The 2025 export carries the actual start date the 2024 export did not have yet.
  writeText(join(cwd, 'data', '2025', '供地备案.csv'), supplyCsv([
    '3301022024A00001,330102,甲,某路1号,出让合同,国有存量建设用地,回收收购土地,1.5,2024-03-01,2024-09-01,2025-05-06',
  ]));
  return cwd;
}

describe('start-list from files', () => {
  it('takes the projects from data/<Y+1>\'s ledger, pre-fills from both supply exports, and the file reads back as start-check', async () => {
    const cwd = folder();
    writeText(join(cwd, 'data', '2025', '已挂钩台账.csv'), LEDGER);
    const r = await cycleCli(['start-list', '2024', '--json'], cwd);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { rows: { id: string; prefill: string; result: string | null; overdue: boolean }[]; source: string };
    expect(doc.source).toContain('已挂钩台账.csv');
    expect(doc.rows.map((x) => [x.id, x.prefill, x.result, x.overdue])).toEqual([
      ['3301022024A00001', 'started', 'started', false],        // actual date from the 2025 export
      ['3301022024A00002', 'overdue', null, true],              // agreed 2024-10-01 passed by 2025-12-31
      ['FK33010520240003', 'no-supply-record', null, false],    // category 7: not in the supply system
    ]);
    const back = await readInputFile(join(cwd, 'out', '2024', '开工核查-2025.xlsx'), 'start-check');
    expect(back.info.sheet).toBe('开工核查');
    expect(back.rows.map((x) => [x.projectId, x.region?.code, x.linkageYear, x.creditedAreaHa?.toFixed(4), x.result])).toEqual([
      ['3301022024A00001', '330102', 2024, '1.5000', 'started'],
      ['3301022024A00002', '330102', 2024, '0.2500', null],
      ['FK33010520240003', '330105', 2024, '2.0000', null],
    ]);
    // the rows left to the officer are the only findings: 核查结果 is required (cell-required), nothing else
    expect([...new Set(back.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.location.row}`))]).toEqual(['cell-required@3', 'cell-required@4']);
  });

  it('--as-of moves the overdue line', async () => {
    const cwd = folder();
    writeText(join(cwd, 'data', '2025', '已挂钩台账.csv'), LEDGER);
    const r = await cycleCli(['start-list', '2024', '--json', '--as-of', '2024-09-30'], cwd);
    const doc = JSON.parse(r.stdout) as { rows: { id: string; prefill: string }[] };
    expect(doc.rows.map((x) => x.prefill)).toEqual(['overdue', 'not-yet-due', 'no-supply-record']);
  });

  it('without the ledger rows of the year, falls back to the plan workbook\'s 台账 sheet', async () => {
    const cwd = folder();
    await writePlan(join(cwd, 'out', '2024', '挂钩方案-2024.xlsx'), [['3301022024A00002', 2024, 0.25, '330102']]);
    const r = await cycleCli(['start-list', '2024', '--json'], cwd);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { source: string; rows: { id: string }[] };
    expect(doc.source).toContain('挂钩方案-2024.xlsx「台账」');
    expect(doc.rows.map((x) => x.id)).toEqual(['3301022024A00002']);
  });

  it.each([
    { name: 'no ledger rows and no plan', args: [], code: 'start-list-source-missing' },
    { name: '--ledger and --plan together', args: ['--ledger', 'a.csv', '--plan', 'b.xlsx'], code: 'argument-invalid' },
    { name: 'a bad --as-of', args: ['--as-of', '2025-13-01'], code: 'argument-invalid' },
  ])('$name → exit 2 ($code), nothing written', async ({ args, code }) => {
    const cwd = folder();
    const r = await cycleCli(['start-list', '2024', ...args], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
  });
});

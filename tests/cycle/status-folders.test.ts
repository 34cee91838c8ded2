// `landlink status` on real folders in each stage of the year (small folders built in a temp dir), through the
// command: the snapshot reads what is there (row counts, ledger years, filled start checks), never stops on a bad
// file, and names the next command.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cities } from '../../src/domain/divisions.js';
import type { CycleStatus } from '../../src/cycle/status.js';
import { tempDir } from '../cli/helpers.js';
import { cycleCli } from './cli.js';
import { supplyCsv, writeText } from './fixtures.js';

type Stage = 'empty' | 'supply' | 'extracted' | 'feedback-4' | 'feedback-11' | 'sampled' | 'inspected' | 'computed' | 'ledgered' | 'listed' | 'checked';
const order: Stage[] = ['empty', 'supply', 'extracted', 'feedback-4', 'feedback-11', 'sampled', 'inspected', 'computed', 'ledgered', 'listed', 'checked'];

const OLD = new Date('2025-01-01T00:00:00Z');
const NEW = new Date('2025-03-30T00:00:00Z');

/** A working folder with data/2024, data/2025 and out/2024 as they stand at `stage`. */
function folderAt(stage: Stage): string {
  const cwd = tempDir('landlink-status-');
  mkdirSync(join(cwd, 'data'), { recursive: true });
  const at = (s: Stage) => order.indexOf(stage) >= order.indexOf(s);
  const touch = (path: string, date = OLD) => utimesSync(path, date, date);
  if (at('supply')) {
    const f = join(cwd, 'data', '2024', '供地备案.csv');
    writeText(f, supplyCsv([
      '3301022024A00001,330102,甲项目,某路1号,出让合同,国有存量建设用地,回收收购土地,1.5,2024-03-01,2024-09-01,',
      '3301022024A00002,330102,乙项目,某路2号,出让合同,新增建设用地,,2,2024-04-01,,',
    ]));
    touch(f);
  }
  if (at('extracted')) for (const c of cities) writeText(join(cwd, 'out', '2024', 'review', `${c.code}-${c.name}.xlsx`), 'x');
  const returned = at('feedback-11') ? 11 : at('feedback-4') ? 4 : 0;
  for (const c of cities.slice(0, returned)) {
    const f = join(cwd, 'data', '2024', '审核意见', `${c.code}-${c.name}.xlsx`);
    writeText(f, 'x');
    touch(f);
  }
  if (at('sampled')) writeText(join(cwd, 'out', '2024', '抽查清单-2024.xlsx'), 'x');
  if (at('inspected')) {
    const f = join(cwd, 'data', '2024', '核查结果.csv');
    writeText(f, '项目编号,核查方式,核查结论,核实面积(公顷),说明\n3301022024A00001,实地抽查,属实,,\n');
    touch(f);
  }
  if (at('computed')) {
    const f = join(cwd, 'out', '2024', '挂钩方案-2024.xlsx');
    writeText(f, 'x');
    touch(f, NEW);
  }
  if (at('ledgered')) writeText(join(cwd, 'data', '2025', '已挂钩台账.csv'), '项目编号,挂钩年度,认定面积(公顷),行政区代码\n3301022023A00009,2023,1,330102\n3301022024A00001,2024,1.5,330102\n');
  if (at('listed')) writeText(join(cwd, 'out', '2024', '开工核查-2025.xlsx'), 'x');
  if (at('checked')) writeText(join(cwd, 'data', '2025', '开工核查.csv'), '项目编号,行政区代码,挂钩年度,认定面积(公顷),核查结果,说明\n3301022024A00001,330102,2024,1.5,已开工,\n');
  return cwd;
}

async function statusJson(cwd: string, today: string, extra: string[] = []): Promise<CycleStatus> {
  const r = await cycleCli(['status', '2024', '--today', today, '--json', ...extra], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as CycleStatus;
}

describe('status on folders in each stage of the year', () => {
  it.each([
    { stage: 'supply', today: '2025-01-05', next: 'extract', command: 'landlink extract 2024', phase: 'extract' },
    { stage: 'extracted', today: '2025-01-20', next: 'feedback', command: null, phase: 'feedback' },
    { stage: 'feedback-4', today: '2025-01-25', next: 'feedback', command: null, phase: 'feedback' },
    { stage: 'feedback-4', today: '2025-02-10', next: 'sample', command: 'landlink sample 2024', phase: 'inspection' },
    { stage: 'feedback-11', today: '2025-02-10', next: 'sample', command: 'landlink sample 2024', phase: 'inspection' },
    { stage: 'sampled', today: '2025-02-20', next: 'inspection', command: null, phase: 'inspection' },
    { stage: 'inspected', today: '2025-03-20', next: 'compute', command: 'landlink compute 2024', phase: 'inspection' },
    { stage: 'computed', today: '2025-04-10', next: 'ledger', command: 'landlink ledger add out/2024/挂钩方案-2024.xlsx', phase: 'issue' },
    { stage: 'ledgered', today: '2025-12-02', next: 'start-list', command: 'landlink start-list 2024', phase: 'start-check' },
    { stage: 'listed', today: '2025-12-15', next: 'start-check', command: null, phase: 'start-check' },
    { stage: 'checked', today: '2026-01-10', next: undefined, command: undefined, phase: 'closed' },
  ] as const)('$stage on $today → next $next', async ({ stage, today, next, command, phase }) => {
    const st = await statusJson(folderAt(stage), today);
    expect(st.phase.id).toBe(phase);
    expect(st.next?.step).toBe(next);
    expect(st.next?.command).toBe(command);
  });

  it('reads the inputs with row counts, counts the cities, sees the ledger and the filled start check', async () => {
    const st = await statusJson(folderAt('checked'), '2025-12-31');
    expect(st.dataOrigin).toBe('cwd');
    expect(st.inputs.find((i) => i.kind === 'supply')).toMatchObject({ present: true, rows: 2, file: '供地备案.csv' });
    expect(st.inputs.find((i) => i.kind === 'inspection')).toMatchObject({ present: true, rows: 1 });
    expect(st.inputs.find((i) => i.kind === 'evidence')).toMatchObject({ present: false });
    expect(st.feedback.returned).toHaveLength(11);
    expect(st.steps.find((s) => s.id === 'ledger')).toMatchObject({ state: 'done' });
    expect(st.steps.find((s) => s.id === 'start-check')).toMatchObject({ state: 'done' });
  });

  it('an input changed after the plan was written → compute again', async () => {
    const cwd = folderAt('computed');
    const f = join(cwd, 'data', '2024', '核查结果.csv');
    writeFileSync(f, '项目编号,核查方式,核查结论,核实面积(公顷),说明\n3301022024A00001,实地抽查,虚报,,\n');
    utimesSync(f, new Date('2025-04-01T00:00:00Z'), new Date('2025-04-01T00:00:00Z'));
    const st = await statusJson(cwd, '2025-04-02');
    expect(st.steps.find((s) => s.id === 'compute')!.state).toBe('stale');
    expect(st.next?.command).toBe('landlink compute 2024');
  });

  it('a folder in a bad state is described, not refused: two supply files, an unreadable one', async () => {
    const cwd = folderAt('supply');
    writeText(join(cwd, 'data', '2024', 'supply-2024.csv'), 'x');
    const st = await statusJson(cwd, '2025-01-05');
    expect(st.inputs[0]).toMatchObject({ kind: 'supply', present: true, rows: null });
    expect(st.inputs[0]!.error).toContain('多个文件');
    expect(st.next?.step).toBe('supply');
    const cwd2 = folderAt('empty');
    writeText(join(cwd2, 'data', '2024', '供地备案.csv'), '完全不是表头\n1,2\n');
    const st2 = await statusJson(cwd2, '2025-01-05');
    expect(st2.inputs[0]).toMatchObject({ kind: 'supply', rows: null });
    expect(st2.next?.step).toBe('supply');
  });

  it('renders a readable plain-text view with the next command', async () => {
    const r = await cycleCli(['status', '2024', '--today', '2025-01-05'], folderAt('supply'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('当前阶段：提取上一年度挂钩项目清单');
    expect(r.stdout).toContain('截止 2025-01-15（还有 10 天）');
    expect(r.stdout).toContain('下一步：landlink extract 2024');
    expect(r.stdout).toContain('设区市反馈：0/11');
  });

  it.each([['2025-02-30'], ['tomorrow'], ['2025/01/01']])('--today %s is refused (exit 2)', async (today) => {
    const r = await cycleCli(['status', '2024', '--today', today], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[argument-invalid]');
  });
});

// Nothing lost (docs/bad-input.md; outputs.md "Outputs are written atomically … an interrupted run leaves either the
// previous file or the new one, never half of one. Inputs are never modified"):
// - every command leaves its inputs byte-identical (SHA-256 of every file of the year folder);
// - re-running gives byte-identical JSON and cell-identical workbooks;
// - a compute killed while writing leaves the previous outputs intact — killed at the exact moment between a
//   finished temporary file and its rename (a test hook loaded with `node --import`, no change to src/), and
//   killed at whatever moment a temporary file is first seen.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../cli/helpers.js';
import { YEAR, supplyCsv, supplyRow } from './build/files.js';
import { writeMiniYear } from './build/year.js';
import { hashTree, plainEnv, runCli } from './run.js';

/** The seven sheets of outputs.md ("Sheets (names fixed …; more allowed after them)"). */
const planSheets = ['汇总', '分县', '项目明细', '扣减明细', '问题清单', '参数', '台账'];

async function expectCompletePlan(file: string): Promise<void> {
  expect(Object.keys(await workbookCells(file))).toEqual(expect.arrayContaining(planSheets));
}

const hangHook = join(import.meta.dirname, 'hooks', 'hang-before-rename.mjs');
const diskFullHook = join(import.meta.dirname, 'hooks', 'disk-full.mjs');
const planXlsx = `挂钩方案-${YEAR}.xlsx`;
const planJson = `挂钩方案-${YEAR}.json`;

/** A copy of the bundled sample year (never run on samples/ itself: a bug must not damage the repository). */
function sampleCopy(): string {
  const dir = join(tempDir('landlink-nothing-lost-'), 'data');
  cpSync(join(root, 'samples', String(YEAR)), dir, { recursive: true });
  return dir;
}

/** Every cell of every sheet: address, value (formulas with their cached result) — what a reader sees. */
async function workbookCells(file: string): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string[]> = {};
  wb.eachSheet((ws) => {
    const cells: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => { cells.push(`${cell.address}=${JSON.stringify(cell.value)}`); }));
    out[ws.name] = cells;
  });
  return out;
}

/** A fresh copy of the small all-kinds year (build/year.ts). */
function miniYear(): string {
  return writeMiniYear(join(tempDir('landlink-mini-'), 'data'));
}

function folderWith(rows: number): string {
  const dir = join(tempDir('landlink-kill-'), 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'supply.csv'), supplyCsv(Array.from({ length: rows }, (_, i) => supplyRow(`330102${YEAR}A${String(i + 1).padStart(5, '0')}`))));
  return dir;
}

function tmpFiles(out: string): string[] {
  return existsSync(out) ? readdirSync(out).filter((n) => n.endsWith('.tmp')) : [];
}

/** Runs compute with the hang hook and kills it (SIGKILL) when it says it is about to rename onto `suffix`. */
function computeKilledBeforeRename(data: string, out: string, suffix: string): Promise<{ signal: NodeJS.Signals | null; said: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', hangHook, bin, 'compute', String(YEAR), '--data', data, '--out', out, '--json'], {
      cwd: out, env: plainEnv({ LANDLINK_TEST_HANG_ON: suffix }), stdio: ['ignore', 'ignore', 'pipe'],
    });
    let said = '';
    child.stderr.on('data', (b: Buffer) => {
      said += b.toString('utf8');
      if (said.includes('LANDLINK_TEST_HANGING')) child.kill('SIGKILL');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => { clearTimeout(timer); resolve({ signal, said }); });
  });
}

describe('inputs are never modified', () => {
  const commands: { name: string; args: (data: string, out: string) => string[] }[] = [
    { name: 'validate', args: (d) => ['validate', String(YEAR), '--data', d] },
    { name: 'validate --json', args: (d) => ['validate', String(YEAR), '--data', d, '--json'] },
    { name: 'compute', args: (d, o) => ['compute', String(YEAR), '--data', d, '--out', o] },
    { name: 'extract', args: (d, o) => ['extract', String(YEAR), '--data', d, '--out', o] },
    { name: 'indicators', args: (d) => ['indicators', String(YEAR), '--data', d, '--json'] },
    { name: 'sample', args: (d, o) => ['sample', String(YEAR), '--data', d, '--out', o] },
    { name: 'start-list', args: (d, o) => ['start-list', String(YEAR - 1), '--data', d, '--ledger', join(d, '已挂钩台账.csv'), '--out', o] },
    { name: 'status', args: (d) => ['status', String(YEAR), '--data', d, '--today', `${YEAR + 1}-02-01`, '--json'] },
  ];
  // (`ledger add` is left out: appending to the ledger is its purpose; it writes it atomically — tests/cycle.)
  it.concurrent.each(commands)('landlink $name leaves every input file byte-identical (SHA-256)', async ({ args }) => {
    const data = miniYear();
    const before = hashTree(data);
    expect(Object.keys(before)).toHaveLength(7); // one file of every kind
    const r = await runCli(args(data, join(data, '..', 'out')), { cwd: join(data, '..') });
    expect([0, 1]).toContain(r.code);
    expect(hashTree(data)).toEqual(before);       // and nothing was added to the input folder
  });
});

describe.concurrent('re-running gives the same outputs', () => {
  it('compute twice: byte-identical JSON and cell-identical plan workbooks', async () => {
    const data = sampleCopy();
    const cwd = join(data, '..');
    const [a, b] = await Promise.all([
      runCli(['compute', String(YEAR), '--data', data, '--out', 'o1', '--json'], { cwd }),
      runCli(['compute', String(YEAR), '--data', data, '--out', 'o2', '--json'], { cwd }),
    ]);
    expect(a.code).toBe(b.code);
    expect(a.stdout).toBe(b.stdout);
    expect(readFileSync(join(cwd, 'o1', planJson)).equals(readFileSync(join(cwd, 'o2', planJson)))).toBe(true);
    const [ca, cb] = await Promise.all([workbookCells(join(cwd, 'o1', planXlsx)), workbookCells(join(cwd, 'o2', planXlsx))]);
    expect(Object.keys(ca)).toEqual(expect.arrayContaining(planSheets));
    expect(ca).toEqual(cb);
  });

  it('extract twice: cell-identical review workbooks', async () => {
    const data = miniYear();
    const cwd = join(data, '..');
    await runCli(['extract', String(YEAR), '--data', data, '--out', 'e1'], { cwd });
    await runCli(['extract', String(YEAR), '--data', data, '--out', 'e2'], { cwd });
    const names = readdirSync(join(cwd, 'e1', 'review')).sort();
    expect(names).toEqual(['330100-杭州市.xlsx', '330200-宁波市.xlsx', '330300-温州市.xlsx']);
    expect(readdirSync(join(cwd, 'e2', 'review')).sort()).toEqual(names);
    for (const n of names) expect(await workbookCells(join(cwd, 'e1', 'review', n)), n).toEqual(await workbookCells(join(cwd, 'e2', 'review', n)));
  });
});

describe('an interrupted compute leaves the previous outputs intact', () => {
  /** A first, complete run (the "previous" outputs), then the inputs change. */
  async function previousRun(): Promise<{ out: string; xlsx: Buffer; json: Buffer; next: string }> {
    const out = tempDir('landlink-out-');
    const r = await runCli(['compute', String(YEAR), '--data', folderWith(1), '--out', out, '--json'], { cwd: out });
    expect(r.code).toBe(0);
    return { out, xlsx: readFileSync(join(out, planXlsx)), json: readFileSync(join(out, planJson)), next: folderWith(3) };
  }

  it('killed between the finished temporary files and the first rename: both previous outputs are untouched', async () => {
    const prev = await previousRun();
    const run = await computeKilledBeforeRename(prev.next, prev.out, '.xlsx');
    expect(run.signal).toBe('SIGKILL');
    expect(run.said).toContain('LANDLINK_TEST_HANGING');
    // the outputs are one set (src/report/atomic.ts writeFileSet): workbook, JSON and HTML summary are all on disk
    // as temporary files before any is renamed, the workbook first
    expect(readFileSync(join(prev.out, planXlsx)).equals(prev.xlsx)).toBe(true);
    expect(readFileSync(join(prev.out, planJson)).equals(prev.json)).toBe(true);
    // the temporary files are left behind (hidden), and do not disturb the next run
    expect(tmpFiles(prev.out)).toHaveLength(3);
    const again = await runCli(['compute', String(YEAR), '--data', prev.next, '--out', prev.out, '--json'], { cwd: prev.out });
    expect(again.code).toBe(0);
    await expectCompletePlan(join(prev.out, planXlsx));
  });

  it('killed between the two renames (a window of microseconds): each output is complete, the JSON the previous one', async () => {
    const prev = await previousRun();
    const run = await computeKilledBeforeRename(prev.next, prev.out, '.json');
    expect(run.signal).toBe('SIGKILL');
    expect(readFileSync(join(prev.out, planJson)).equals(prev.json)).toBe(true);
    await expectCompletePlan(join(prev.out, planXlsx));
  });

  it('the disk fills up while the set is written: nothing of the new set appears, the previous outputs stay, exit 2', async () => {
    const prev = await previousRun();
    const r = await runCli(['compute', String(YEAR), '--data', prev.next, '--out', prev.out], { cwd: prev.out, nodeOptions: ['--import', diskFullHook] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法写入输出目录：.*磁盘空间不足，ENOSPC.*\[output-unwritable\]/);
    expect(readFileSync(join(prev.out, planXlsx)).equals(prev.xlsx)).toBe(true);
    expect(readFileSync(join(prev.out, planJson)).equals(prev.json)).toBe(true);
    expect(tmpFiles(prev.out)).toEqual([]);
  });

  it('the disk fills up on a first run: no output at all (never a lone workbook or JSON)', async () => {
    const out = tempDir('landlink-out-');
    for (const marker of ['.json.', '.xlsx.']) {
      const r = await runCli(['compute', String(YEAR), '--data', folderWith(2), '--out', out], { cwd: out, nodeOptions: ['--import', diskFullHook], env: { LANDLINK_TEST_FULL_ON: marker } });
      expect(r.code, marker).toBe(2);
      expect(readdirSync(out), marker).toEqual([]);
    }
  });

  it('killed as soon as a temporary file appears (no hook): each output is the previous one or a complete new one', async () => {
    const data = miniYear();
    const out = tempDir('landlink-out-');
    expect((await runCli(['compute', String(YEAR), '--data', folderWith(1), '--out', out], { cwd: out })).code).toBe(0);
    const previous = { xlsx: readFileSync(join(out, planXlsx)), json: readFileSync(join(out, planJson)) };
    const child = spawn(process.execPath, [bin, 'compute', String(YEAR), '--data', data, '--out', out], { cwd: out, env: plainEnv(), stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_c, s) => resolve(s)));
    let running = true;
    void exited.then(() => { running = false; });
    while (running && tmpFiles(out).length === 0) await new Promise((r) => setImmediate(r));
    child.kill('SIGKILL');
    await exited;
    const xlsx = readFileSync(join(out, planXlsx));
    if (!xlsx.equals(previous.xlsx)) await expectCompletePlan(join(out, planXlsx));
    const json = readFileSync(join(out, planJson));
    if (!json.equals(previous.json)) expect(() => { JSON.parse(json.toString('utf8')); }).not.toThrow();
  });
});

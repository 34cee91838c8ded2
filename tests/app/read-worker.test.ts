// The files read in a worker thread (src/app/read-worker.ts) give what reading them in the main thread gives: the same
// rows (deep-equal, areas as Exact again; of the ledger the rows kept), findings and file info — for the sample years
// (one worker reading several files), a CSV with bad cells and duplicate ids, an .xlsx ledger (rows with a sheet), and
// files that stop the run (the same InputError). The worker runs the compiled module (dist/, built by `npm test`'s
// pretest step), as the CLI does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readInWorker } from '../../src/app/read-worker.js';
import { Exact } from '../../src/domain/exact.js';
import { InputError } from '../../src/findings/index.js';
import { loadYear } from '../../src/ingest/load.js';
import type { YearInputs } from '../../src/ingest/types.js';
import { root } from '../cli/helpers.js';

type Module = typeof import('../../src/app/read-worker.js');
const compiled = (): Promise<Module> => import(join(root, 'dist', 'app', 'read-worker.js')) as Promise<Module>;
const compiledExact = async (): Promise<typeof Exact> => ((await import(join(root, 'dist', 'domain', 'exact.js'))) as { Exact: typeof Exact }).Exact;

const noInputs: YearInputs = {
  year: 2025, dataDir: '/', dataOrigin: 'option', files: [], supply: [], redevelopment: [], reclamation: [], evidence: [],
  inspection: [], startCheck: [], ledger: [], carried: [], feedback: [], findings: [],
};

/** Both ways: in the worker (compiled) and in this thread (sources); the areas as decimal text for comparison. */
async function bothWays(path: string, before: YearInputs) {
  const inWorker = await (await compiled()).readInWorker({ maxRows: 5_000_000 }).ledger(path).result(before);
  const here = await readInWorker({ maxRows: 5_000_000 }).ledger(path).result(before);
  const DistExact = await compiledExact();
  for (const r of inWorker.rows) if (r.creditedAreaHa !== null) expect(r.creditedAreaHa).toBeInstanceOf(DistExact);
  const plain = (rows: typeof here.rows) => rows.map((r) => ({ ...r, creditedAreaHa: r.creditedAreaHa?.toDecimalString() ?? null }));
  return { worker: { ...inWorker, rows: plain(inWorker.rows) }, here: { ...here, rows: plain(here.rows) }, workerRows: inWorker.rows };
}

/** Any value with every Exact (of either build) as its decimal text, for comparing across the two builds. */
function decimals(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decimals);
  if (v !== null && typeof v === 'object') {
    if (typeof (v as { toDecimalString?: unknown }).toDecimalString === 'function') return (v as Exact).toDecimalString();
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return decimals((v as { toJSON: () => unknown }).toJSON()); // packed rows (src/domain/packed-rows.ts): their rows
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decimals(x)]));
  }
  return v;
}

describe('files read in a worker thread', () => {
  it('the sample years: the same rows, findings and file info as in this thread, for the ids of the year', async () => {
    for (const y of [2024, 2025]) {
      const data = join(root, 'samples', String(y));
      const before = await loadYear({ year: y, data });
      const { worker, here } = await bothWays(join(data, '已挂钩台账.csv'), before);
      expect(worker).toEqual(here);
      expect(here.rows.length).toBeGreaterThan(0);
      expect(here.rows.length).toBeLessThan(here.info.rows); // rows were left out, and the row count says how many were read
      expect(Object.keys(worker.rows[0]!)).toEqual(Object.keys(here.rows[0]!));
    }
  });

  it('the sample years read whole, one worker reading the kinds it takes: the same inputs as in this thread', async () => {
    const { READ_IN_WORKER } = await compiled();
    expect(READ_IN_WORKER).toEqual(expect.arrayContaining(['ledger', 'start-check']));
    for (const y of [2024, 2025]) {
      const data = join(root, 'samples', String(y));
      const inWorker = await loadYear({ year: y, data, readElsewhere: (await compiled()).readInWorker(undefined) });
      const here = await loadYear({ year: y, data, readElsewhere: readInWorker(undefined) });
      const DistExact = await compiledExact();
      for (const r of inWorker.startCheck) if (r.creditedAreaHa !== null) expect(r.creditedAreaHa).toBeInstanceOf(DistExact);
      expect(inWorker.startCheck.length).toBeGreaterThan(0);
      expect(decimals(inWorker)).toEqual(decimals(here));
    }
  });

  it('a file of another kind that stops the run, or has bad cells: the same InputError and findings from the worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-read-worker-'));
    const bad = join(dir, 'start-check.csv');
    writeFileSync(bad, '项目编号,行政区代码,挂钩年度,认定面积(公顷),核查结果,说明\n'
      + 'S1,330102,2024,0.3,已开工,\nS1,330102,2024,abc,未开工,\nS2,999999,20x4,0.2,拆了,\n');
    const fromWorker = await (await compiled()).readInWorker(undefined)['start-check'](bad).result(noInputs);
    const fromHere = await readInWorker(undefined)['start-check'](bad).result(noInputs);
    expect(decimals(fromWorker)).toEqual(decimals(fromHere));
    expect(fromHere.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['id-duplicate', 'cell-number-invalid', 'cell-enum-invalid']));
    expect(fromHere.rows).toHaveLength(3);
    const stop = join(dir, 'start-check-unreadable.csv');
    writeFileSync(stop, '这不是开工核查表\n1,2,3\n');
    const e1 = await (await compiled()).readInWorker(undefined)['start-check'](stop).result(noInputs).catch((e: unknown) => e);
    const e2 = await readInWorker(undefined)['start-check'](stop).result(noInputs).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(InputError);
    expect((e1 as InputError).finding).toEqual((e2 as InputError).finding);
  });

  it('bad cells and duplicate ids: the same findings; the rows of the ids asked for and the first row of each year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-read-worker-'));
    const file = join(dir, '已挂钩台账.csv');
    writeFileSync(file, '项目编号,挂钩年度,认定面积(公顷),行政区代码\nA1,2023,0.5,330102\nB2,2023,abc,330102\nA1,2024,0.4,330102\nC3,20x4,0.1,999999\nD4,2022,1.5,330102\n');
    const before = { ...noInputs, inspection: [{ source: { file: 'x.csv', row: 2 }, projectId: 'D4', method: null, conclusion: null, verifiedAreaHa: null, note: null }] } as unknown as YearInputs;
    const { worker, here, workerRows } = await bothWays(file, before);
    expect(worker).toEqual(here);
    // the first row of 2023 (A1), of 2024 (A1 again), of the unreadable year (C3); D4 was asked for; B2 is left out
    expect(here.rows.map((r) => [r.projectId, r.source.row])).toEqual([['A1', 2], ['A1', 4], ['C3', 5], ['D4', 6]]);
    expect(here.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['id-duplicate', 'cell-number-invalid']));
    expect(workerRows.find((r) => r.projectId === 'D4')!.creditedAreaHa!.eq(Exact.parseDecimal('1.5'))).toBe(true);
  });

  it('an .xlsx ledger: rows that carry their sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-read-worker-'));
    const file = join(dir, '已挂钩台账.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRows([['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'], ['A1', 2023, 0.5, '330102'], ['B2', 2024, 0.25, '330105']]);
    await wb.xlsx.writeFile(file);
    const { worker, here } = await bothWays(file, { ...noInputs, supply: [{ supervisionId: 'B2' }] } as unknown as YearInputs);
    expect(worker).toEqual(here);
    expect(here.rows.map((r) => [r.projectId, r.source.sheet])).toEqual([['A1', '台账'], ['B2', '台账']]);
  });

  it('a file that stops the run gives the same InputError from the worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-read-worker-'));
    const file = join(dir, '已挂钩台账.csv');
    writeFileSync(file, '这不是台账\n1,2,3\n');
    const fromWorker = await (await compiled()).readInWorker(undefined).ledger(file).result(noInputs).catch((e: unknown) => e);
    const fromHere = await readInWorker(undefined).ledger(file).result(noInputs).catch((e: unknown) => e);
    expect(fromHere).toBeInstanceOf(InputError);
    expect((fromWorker as Error).name).toBe('InputError');
    expect((fromWorker as InputError).finding).toEqual((fromHere as InputError).finding);
    expect((fromWorker as Error).message).toBe((fromHere as Error).message);
  });

  it('a ledger gone between the folder scan and its reading: file-unreadable from the worker, as in this thread', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'landlink-read-worker-')), '已挂钩台账.csv');
    const fromWorker = await (await compiled()).readInWorker(undefined).ledger(missing).result(noInputs).catch((e: unknown) => e);
    const fromHere = await readInWorker(undefined).ledger(missing).result(noInputs).catch((e: unknown) => e);
    expect((fromHere as InputError).finding.code).toBe('file-unreadable');
    expect((fromWorker as InputError).finding).toEqual((fromHere as InputError).finding);
  });

  it('a read that is cancelled (the run stopped on an earlier file) ends its worker', async () => {
    const read = (await compiled()).readInWorker(undefined).ledger(join(root, 'samples', '2025', '已挂钩台账.csv'));
    read.cancel();
    await expect(read.result(noInputs)).rejects.toThrow(/reading worker stopped/);
  });
});

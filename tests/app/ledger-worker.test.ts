// The ledger read in a worker thread (src/app/ledger-worker.ts) gives what reading it in the main thread gives: the
// same kept rows (deep-equal, areas as Exact again), findings and file info — for the sample ledgers, a CSV with bad
// cells and duplicate ids, an .xlsx ledger (rows with a sheet), and a file that stops the run (the same InputError).
// The worker runs the compiled module (dist/, built by `npm test`'s pretest step), as the CLI does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLedgerElsewhere } from '../../src/app/ledger-worker.js';
import { Exact } from '../../src/domain/exact.js';
import { InputError } from '../../src/findings/index.js';
import { loadYear } from '../../src/ingest/load.js';
import type { YearInputs } from '../../src/ingest/types.js';
import { root } from '../cli/helpers.js';

type Module = typeof import('../../src/app/ledger-worker.js');
const compiled = (): Promise<Module> => import(join(root, 'dist', 'app', 'ledger-worker.js')) as Promise<Module>;
const compiledExact = async (): Promise<typeof Exact> => ((await import(join(root, 'dist', 'domain', 'exact.js'))) as { Exact: typeof Exact }).Exact;

const noInputs: YearInputs = {
  year: 2025, dataDir: '/', dataOrigin: 'option', files: [], supply: [], redevelopment: [], reclamation: [], evidence: [],
  inspection: [], startCheck: [], ledger: [], carried: [], feedback: [], findings: [],
};

/** Both ways: in the worker (compiled) and in this thread (sources); the areas as decimal text for comparison. */
async function bothWays(path: string, before: YearInputs) {
  const inWorker = await (await compiled()).readLedgerElsewhere({ maxRows: 5_000_000 })(path).result(before);
  const here = await readLedgerElsewhere({ maxRows: 5_000_000 })(path).result(before);
  const DistExact = await compiledExact();
  for (const r of inWorker.rows) if (r.creditedAreaHa !== null) expect(r.creditedAreaHa).toBeInstanceOf(DistExact);
  const plain = (rows: typeof here.rows) => rows.map((r) => ({ ...r, creditedAreaHa: r.creditedAreaHa?.toDecimalString() ?? null }));
  return { worker: { ...inWorker, rows: plain(inWorker.rows) }, here: { ...here, rows: plain(here.rows) }, workerRows: inWorker.rows };
}

describe('the ledger read in a worker thread', () => {
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

  it('bad cells and duplicate ids: the same findings; the rows of the ids asked for and the first row of each year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-ledger-worker-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'landlink-ledger-worker-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'landlink-ledger-worker-'));
    const file = join(dir, '已挂钩台账.csv');
    writeFileSync(file, '这不是台账\n1,2,3\n');
    const fromWorker = await (await compiled()).readLedgerElsewhere(undefined)(file).result(noInputs).catch((e: unknown) => e);
    const fromHere = await readLedgerElsewhere(undefined)(file).result(noInputs).catch((e: unknown) => e);
    expect(fromHere).toBeInstanceOf(InputError);
    expect((fromWorker as Error).name).toBe('InputError');
    expect((fromWorker as InputError).finding).toEqual((fromHere as InputError).finding);
    expect((fromWorker as Error).message).toBe((fromHere as Error).message);
  });

  it('a ledger gone between the folder scan and its reading: file-unreadable from the worker, as in this thread', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'landlink-ledger-worker-')), '已挂钩台账.csv');
    const fromWorker = await (await compiled()).readLedgerElsewhere(undefined)(missing).result(noInputs).catch((e: unknown) => e);
    const fromHere = await readLedgerElsewhere(undefined)(missing).result(noInputs).catch((e: unknown) => e);
    expect((fromHere as InputError).finding.code).toBe('file-unreadable');
    expect((fromWorker as InputError).finding).toEqual((fromHere as InputError).finding);
  });

  it('a read that is cancelled (the run stopped on an earlier file) ends its worker', async () => {
    const read = (await compiled()).readLedgerElsewhere(undefined)(join(root, 'samples', '2025', '已挂钩台账.csv'));
    read.cancel();
    await expect(read.result(noInputs)).rejects.toThrow(/ledger worker stopped/);
  });
});

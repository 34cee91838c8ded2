import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYear } from '../../src/ingest/load.js';
import type { Exact } from '../../src/domain/exact.js';
import { codes, inputErrorOf } from './errors.js';
import { csvOf, exceljsXlsx, tempDir, writeText } from './helpers.js';

async function yearFolder(): Promise<{ cwd: string; dir: string }> {
  const cwd = tempDir();
  const dir = join(cwd, 'data', '2025');
  mkdirSync(dir, { recursive: true });
  writeText(dir, '2025年供地备案.csv', csvOf([
    ['电子监管号', '行政区代码', '项目名称', '坐落', '土地来源', '存量类型', '供地面积(公顷)', '签订日期'],
    ['3301022025B00001', '330102', '甲', '坐落甲', '国有存量建设用地', '回收收购土地', '1.5', '2025/3/31'],
    ['3301022025B00002', '330199', '乙', '坐落乙', '国有存量建设用地', '空闲地', '2', '2025/4/31'],
  ]), 'gbk');
  await exceljsXlsx(join(dir, '材料清单.xlsx'), [{ name: 'evidence', rows: [
    ['项目编号', '材料类型', '盖章或签字'],
    ['3301022025B00001', '建设用地审查意见书', '是'],
  ] }]);
  writeText(dir, 'ledger.csv', csvOf([['项目编号', '挂钩年度'], ['3301022024B00009', '2024']]), 'utf-8-bom');
  writeText(dir, '说明.txt', 'notes');
  mkdirSync(join(dir, 'feedback'));
  return { cwd, dir };
}

describe('loadYear', () => {
  it('reads every file of ./data/<year>, with file infos, findings and progress', async () => {
    const { cwd, dir } = await yearFolder();
    const before = statSync(join(dir, 'ledger.csv')).mtimeMs;
    const progress: unknown[] = [];
    const y = await loadYear({ year: 2025, cwd, onProgress: (e) => progress.push(e) });
    expect(y).toMatchObject({ year: 2025, dataDir: dir, dataOrigin: 'cwd', feedbackDir: join(dir, 'feedback'), feedback: [] });
    expect(y.files.map((f) => [f.kind, f.name, f.rows, f.encoding, f.sheet])).toEqual([
      ['supply', '2025年供地备案.csv', 2, 'gb18030', undefined],
      ['evidence', '材料清单.xlsx', 1, 'xlsx', 'evidence'],
      ['ledger', 'ledger.csv', 1, 'utf-8', undefined],
    ]);
    expect(y.files[0]!.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, '2025年供地备案.csv'))).digest('hex'));
    expect([y.supply.length, y.evidence.length, y.ledger.length, y.redevelopment.length, y.startCheck.length]).toEqual([2, 1, 1, 0, 0]);
    expect(progress).toEqual([
      { kind: 'supply', file: '2025年供地备案.csv', rows: 2 },
      { kind: 'evidence', file: '材料清单.xlsx', rows: 1 },
      { kind: 'ledger', file: 'ledger.csv', rows: 1 },
    ]);
    expect(codes(y.findings)).toEqual(['file-ignored', 'encoding-gb18030', 'cell-date-invalid', 'region-unknown']);
    expect(y.findings.find((f) => f.code === 'cell-date-invalid')!.location).toMatchObject({ file: '2025年供地备案.csv', row: 3, column: '签订日期', value: '2025/4/31' });
    expect(statSync(join(dir, 'ledger.csv')).mtimeMs).toBe(before);
  });
  it('beforeFile is called before each file read in this thread, in the order read, and not for a file read elsewhere', async () => {
    const { cwd } = await yearFolder();
    const calls: string[] = [];
    await loadYear({ year: 2025, cwd, onProgress: (e) => calls.push(`read ${e.kind}`), beforeFile: (kind) => calls.push(`before ${kind}`), readElsewhere: { ledger: () => ({
      result: () => Promise.resolve({ rows: [], findings: [], info: { kind: 'ledger', path: 'x', name: 'ledger.csv', encoding: 'utf-8', rows: 0, sha256: '' } }),
      cancel: () => undefined,
    }) } });
    expect(calls).toEqual(['before supply', 'read supply', 'before evidence', 'read evidence', 'read ledger']);
  });
  it('betweenPieces is called between the pieces of each UTF-8 text file this thread reads in pieces, and the year is the same', async () => {
    const { cwd, dir } = await yearFolder();
    let calls = 0;
    const inPieces = await loadYear({ year: 2025, cwd, pieces: { from: 0, bytes: 16 }, betweenPieces: () => { calls++; } });
    // ledger.csv is the one UTF-8 text file (the supply filings are GBK, read whole; the evidence is a workbook)
    expect(calls).toBe(Math.ceil(statSync(join(dir, 'ledger.csv')).size / 16));
    expect(inPieces).toEqual(await loadYear({ year: 2025, cwd }));
  });
  it('a kind read elsewhere is told the rows of each file before its turn, as each is read, then given them all', async () => {
    const { cwd } = await yearFolder();
    const told: [string, number][] = [];
    let given: number[] = [];
    const y = await loadYear({ year: 2025, cwd, readElsewhere: { ledger: () => ({
      readBefore: (kind, rows) => { told.push([kind, rows.length]); },
      result: (before) => { given = [before.supply.length, before.evidence.length]; return Promise.resolve({ rows: [], findings: [], info: { kind: 'ledger', path: 'x', name: 'ledger.csv', encoding: 'utf-8', rows: 0, sha256: '' } }); },
      cancel: () => undefined,
    }) } });
    // the evidence is kept packed (src/ingest/load.ts evidenceLayout): told with no rows, none of its ids is looked up
    expect(told).toEqual([['supply', 2], ['evidence', 0]]);
    expect(given).toEqual([2, 1]);
    expect(y.ledger).toEqual([]);
  });
  it('whileWaiting runs once, after the last file read elsewhere is asked for, with the kinds not yet read', async () => {
    const { cwd } = await yearFolder();
    const events: string[] = [];
    const elsewhere = (kind: 'evidence' | 'ledger') => () => ({
      result: () => { events.push(`asked ${kind}`); return Promise.resolve({ rows: [], findings: [], info: { kind, path: 'x', name: kind, encoding: 'utf-8', rows: 0, sha256: '' } }); },
      cancel: () => undefined,
    });
    await loadYear({
      year: 2025, cwd, readElsewhere: { evidence: elsewhere('evidence'), ledger: elsewhere('ledger') } as never,
      whileWaiting: (before, unread) => { events.push(`waiting: ${before.supply.length} supply rows, unread ${[...unread].join()}`); },
    });
    expect(events).toEqual(['asked evidence', 'asked ledger', 'waiting: 2 supply rows, unread ledger']);
  });
  it('is deterministic', async () => {
    const { cwd } = await yearFolder();
    const a = await loadYear({ year: 2025, cwd });
    const b = await loadYear({ year: 2025, cwd });
    const plain = (y: typeof a) => JSON.stringify({ ...y, dataDir: '' }, (_, v: unknown) => (typeof v === 'object' && v !== null && 'numerator' in v ? (v as Exact).toString() : v));
    expect(plain(a)).toBe(plain(b));
  });
  it('passes read limits through', async () => {
    const { cwd } = await yearFolder();
    const f = await inputErrorOf(loadYear({ year: 2025, cwd, limits: { maxRows: 2 } }));
    expect([f.code, f.params?.limit, f.location.file]).toEqual(['file-limit-exceeded', 'maxRows', '2025年供地备案.csv']);
  });
  it('a missing required column stops the run, naming file and column', async () => {
    const cwd = tempDir();
    writeText(join(cwd, 'y'), 'supply.csv', csvOf([['电子监管号', '行政区代码', '项目名称', '土地来源', '供地面积', '签订日期'], ['1', '330102', 'p', '国有存量建设用地', '1', '2025-01-01']]));
    const f = await inputErrorOf(loadYear({ year: 2025, data: 'y', cwd }));
    expect([f.code, f.location.file, f.location.column]).toEqual(['column-missing', 'supply.csv', '坐落']);
  });
  it('an unreadable file stops the run', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'y'));
    writeFileSync(join(cwd, 'y', 'supply.xlsx'), 'not a workbook,really\n');
    expect((await inputErrorOf(loadYear({ year: 2025, data: 'y', cwd }))).code).toBe('file-not-xlsx');
  });
});

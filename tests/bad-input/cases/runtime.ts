// Cases built at run time: too big to commit (a 10 MB cell, a zip bomb, 600,000 rows), made by landlink itself
// (a city's returned review workbook of another year) or about the machine (long paths, a missing folder, an
// output folder that cannot be written).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin } from '../../cli/helpers.js';
import { rawXlsx, sheetXml } from '../../ingest/helpers.js';
import { PROJECT, YEAR, supplyCsv, supplyHeader, supplyRow } from '../build/files.js';
import type { BadCase } from './types.js';

function write(dir: string, name: string, data: Buffer | string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), data);
}

/** A 10 MB text cell (3.5 million Chinese characters) in 项目名称. */
export const TEN_MB_NAME = '地'.repeat(3_500_000);

/** Builds once, on first use (the big cases share their bytes). */
function once(make: () => Buffer): () => Buffer {
  let bytes: Buffer | undefined;
  return () => (bytes ??= make());
}

/** A workbook whose sheet inflates to 64 MB (~70 KB on disk, ratio ~1,000 : 1): the classic zip bomb, as the very
 *  sheet the reader would parse. */
const zipBomb = once(() => rawXlsx({
  sheets: [{ name: '供地备案', xml: sheetXml([supplyHeader, supplyRow()]) + ' '.repeat(64 * 1024 * 1024) }],
}));

/** A workbook whose sheet has 600,000 (empty) rows after the data: over the 500,000-row limit. */
const manyRows = once(() => {
  const rows: string[] = [];
  for (let r = 3; r < 600_003; r++) rows.push(`<row r="${r}"/>`);
  return rawXlsx({ sheets: [{ name: '供地备案', xml: sheetXml([supplyHeader, supplyRow()]) + rows.join('') }] });
});

/** The review workbook `landlink extract <YEAR−1>` writes for 杭州市, as a city would return it. */
function lastYearsReviewWorkbook(): Buffer {
  const tmp = mkdtempSync(join(tmpdir(), 'landlink-bad-extract-'));
  const data = join(tmp, 'data');
  write(data, 'supply.csv', supplyCsv([supplyRow('3301022024A00001', { 签订日期: `${YEAR - 1}-03-31` })]));
  const r = spawnSync(process.execPath, [bin, 'extract', String(YEAR - 1), '--data', data, '--out', join(tmp, 'out')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`landlink extract failed (${r.status}): ${r.stderr}`);
  return readFileSync(join(tmp, 'out', 'review', '330100-杭州市.xlsx'));
}

/** Folder names of a real mail-and-share chain, nested until the path is ~1,000 bytes long. */
export function longChinesePath(root: string): string {
  const parts = [
    '浙江省自然资源厅耕地保护监督处（存量建设用地盘活挂钩）工作材料汇总',
    '二〇二五年度新增建设用地计划分配与存量建设用地盘活挂钩项目（第一批次）各设区市报送',
    '杭州市自然资源和规划局关于报送二〇二五年度存量建设用地盘活挂钩项目审核意见的函（附件）',
    '上城区、拱墅区、西湖区、滨江区、萧山区、余杭区、临平区、钱塘区、富阳区、临安区报送材料汇编',
  ];
  let dir = root;
  for (let i = 0; Buffer.byteLength(dir) < 1000; i++) dir = join(dir, `${i + 1}-${parts[i % parts.length]!}`);
  return dir;
}

export const runtimeCases: BadCase[] = [
  {
    name: 'ten-mb-cell',
    about: 'a 10 MB cell: refused with a finding that shows only its start; the output stays small',
    make: (dir) => write(dir, 'supply.csv', supplyCsv([supplyRow(PROJECT, { 项目名称: TEN_MB_NAME })])),
    exit: 1,
    findings: [{ code: 'cell-too-long', file: 'supply.csv', row: 2, column: '项目名称', id: PROJECT }],
  },
  {
    name: 'zip-bomb',
    about: 'a zip bomb (a sheet of 64 MB in a file of ~70 KB) refused before inflating',
    make: (dir) => write(dir, 'supply.xlsx', zipBomb()),
    exit: 2,
    findings: [{ code: 'file-limit-exceeded', file: 'supply.xlsx' }],
  },
  {
    name: 'zip-bomb-limit-raised',
    about: 'the same file read with --read-limit maxRatio raised (limits are overridable)',
    make: (dir) => write(dir, 'supply.xlsx', zipBomb()),
    args: (p) => ['--data', p.dir, '--read-limit', 'maxRatio=100000'],
    exit: 0,
    findings: [{ code: 'evidence-missing', file: 'supply.xlsx', sheet: '供地备案', row: 2, id: PROJECT }],
  },
  {
    name: 'absurd-row-count',
    about: 'an absurd row count (600,000 rows) refused while reading',
    make: (dir) => write(dir, 'supply.xlsx', manyRows()),
    exit: 2,
    findings: [{ code: 'file-limit-exceeded', file: 'supply.xlsx', sheet: '供地备案' }],
  },
  {
    name: 'absurd-row-count-limit-raised',
    about: 'the same file read with --read-limit maxRows raised',
    make: (dir) => write(dir, 'supply.xlsx', manyRows()),
    args: (p) => ['--data', p.dir, '--read-limit', 'maxRows=1000000'],
    exit: 0,
    findings: [{ code: 'evidence-missing', file: 'supply.xlsx', sheet: '供地备案', row: 2, id: PROJECT }],
  },
  {
    name: 'read-limit-invalid',
    about: 'a --read-limit that is not name=positive integer',
    make: (dir) => write(dir, 'supply.csv', supplyCsv()),
    args: (p) => ['--data', p.dir, '--read-limit', 'maxRows=lots'],
    exit: 2,
    findings: [{ code: 'read-limit-invalid' }],
  },
  {
    name: 'feedback-wrong-year',
    about: `feedback for the wrong year: the review workbook landlink extract wrote for ${YEAR - 1}, returned into ${YEAR}'s folder`,
    make: (dir) => {
      write(dir, 'supply.csv', supplyCsv());
      write(join(dir, 'feedback'), '330100-杭州市.xlsx', lastYearsReviewWorkbook());
    },
    exit: 1,
    findings: [{ code: 'feedback-year-mismatch', file: 'feedback/330100-杭州市.xlsx' }],
  },
  {
    name: 'long-chinese-path',
    about: 'very long paths (~1,000 bytes) and Chinese folder and file names',
    make: (dir) => write(longChinesePath(dir), '2025年供地备案.csv', supplyCsv()),
    args: (p) => ['--data', longChinesePath(p.dir)],
    exit: 0,
    findings: [{ code: 'evidence-missing', file: '2025年供地备案.csv', row: 2, id: PROJECT }],
  },
  {
    name: 'missing-data-folder',
    about: 'a missing --data folder',
    make: () => undefined,
    args: (p) => ['--data', join(p.tmp, '不存在的数据目录')],
    exit: 2,
    findings: [{ code: 'folder-missing' }],
  },
  {
    name: 'unwritable-out',
    about: 'an unwritable --out (its parent is a file)',
    make: (dir) => write(dir, 'supply.csv', supplyCsv()),
    command: 'compute',
    args: (p) => {
      write(p.tmp, 'a-file', 'not a folder');
      return ['--data', p.dir, '--out', join(p.tmp, 'a-file', 'out')];
    },
    exit: 2,
    findings: [{ code: 'output-unwritable' }],
  },
];

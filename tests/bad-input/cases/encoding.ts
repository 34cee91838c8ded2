// Text encodings and line endings (inputs.md: "UTF-8 (with or without BOM) or GB18030/GBK … detected, never
// asked"; docs/bad-input.md: GBK is never read as UTF-8). A wrongly decoded file would show up as an unknown
// 土地来源 / 存量类型 or a 行政区 that does not match its code, so these cases assert those are absent and the
// project was classified (its evidence-missing findings carry the id and row).
import { PROJECT, csv, gbk, supplyHeader, supplyRow, utf8Bom } from '../build/files.js';
import type { BadCase } from './types.js';

const second = '3301022025A00002';
const withName = [...supplyHeader, '行政区'];
const rowWithName = (id = PROJECT) => [...supplyRow(id), '上城区'];
const misread = ['cell-enum-invalid', 'region-name-mismatch', 'cell-text-invalid', 'header-not-found'];

/** A UTF-8 file with one cell typed in GBK (pasted from another file): bytes, not text. */
function utf8WithGbkCell(bom: boolean): Buffer {
  const head = csv([withName, rowWithName()]);
  const [before, after] = csv([rowWithName(second)]).split('望江地块') as [string, string];
  const parts = [Buffer.from(head + before, 'utf8'), gbk('望江地块'), Buffer.from(after, 'utf8')];
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ...parts]) : Buffer.concat(parts);
}

export const encodingCases: BadCase[] = [
  {
    name: 'gbk-csv',
    about: 'wrong encoding: a GBK CSV (Excel/WPS on Chinese Windows) is detected, never read as UTF-8',
    files: { '供地备案.csv': gbk(csv([withName, rowWithName()])) },
    exit: 0,
    findings: [{ code: 'encoding-gb18030', file: '供地备案.csv' }, { code: 'evidence-missing', file: '供地备案.csv', row: 2, id: PROJECT }],
    absent: misread,
  },
  {
    name: 'gbk-csv-short',
    about: 'wrong encoding: a short GBK file (detectors misread these as Big5)',
    files: { 'supply.csv': gbk(csv([supplyHeader, supplyRow(PROJECT, { 项目名称: '地块', 坐落: '望江' })])) },
    exit: 0,
    findings: [{ code: 'encoding-gb18030', file: 'supply.csv' }, { code: 'evidence-missing', file: 'supply.csv', row: 2, id: PROJECT }],
    absent: misread,
  },
  {
    name: 'utf16-tab-text',
    about: 'Excel "Unicode text": UTF-16LE with BOM, tab-separated',
    files: { 'supply.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([withName, rowWithName()].map((r) => r.join('\t')).join('\r\n') + '\r\n', 'utf16le')]) },
    exit: 0,
    findings: [{ code: 'encoding-utf16', file: 'supply.txt' }, { code: 'evidence-missing', file: 'supply.txt', row: 2, id: PROJECT }],
    absent: misread,
  },
  {
    name: 'utf8-bom',
    about: 'UTF-8 with BOM (Excel "CSV UTF-8"): the BOM is not part of the first header',
    files: { 'supply.csv': utf8Bom(csv([withName, rowWithName()])) },
    exit: 0,
    findings: [{ code: 'evidence-missing', file: 'supply.csv', row: 2, id: PROJECT }],
    absent: [...misread, 'column-missing'],
  },
  {
    name: 'utf8-with-a-gbk-cell',
    about: 'wrong encoding in one cell: a UTF-8 file with one GBK cell is read as UTF-8 and the cell reported',
    files: { 'supply.csv': utf8WithGbkCell(false) },
    exit: 1,
    findings: [{ code: 'cell-text-invalid', file: 'supply.csv', row: 3, column: '项目名称', id: second }],
    absent: ['encoding-gb18030', 'header-not-found'],
  },
  {
    name: 'utf8-bom-with-a-gbk-cell',
    about: 'wrong encoding in one cell after a UTF-8 BOM',
    files: { 'supply.csv': utf8WithGbkCell(true) },
    exit: 1,
    findings: [{ code: 'cell-text-invalid', file: 'supply.csv', row: 3, column: '项目名称', id: second }],
    absent: ['encoding-gb18030'],
  },
  {
    name: 'mixed-line-endings',
    about: 'mixed line endings (\\r\\n, \\n, \\r): every record counted, row numbers right',
    files: {
      'supply.csv': csv([supplyHeader]) + csv([supplyRow()], '\n') + csv([supplyRow(second)], '\r') +
        csv([supplyRow('3301022025A00003', { 行政区代码: '33x' })], '\r\n'),
    },
    exit: 1,
    findings: [
      { code: 'evidence-missing', file: 'supply.csv', row: 2, id: PROJECT },
      { code: 'evidence-missing', file: 'supply.csv', row: 3, id: second },
      { code: 'region-unknown', file: 'supply.csv', row: 4, column: '行政区代码', id: '3301022025A00003' },
    ],
  },
];

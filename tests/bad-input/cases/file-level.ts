// Files that cannot be read at all: the run stops (exit 2) with one line naming the file, and writes nothing.
import { csv, ole2, supplyCsv, supplyRow, supplyXlsx, supplyHeader, evidenceHeader } from '../build/files.js';
import type { BadCase } from './types.js';

const validXlsx = supplyXlsx();

export const fileLevelCases: BadCase[] = [
  {
    name: 'xlsx-corrupt',
    about: 'corrupt .xlsx (zip signature, garbage after it)',
    files: { '供地备案.xlsx': Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('这不是一个工作簿'.repeat(40), 'utf8')]) },
    exit: 2,
    findings: [{ code: 'file-corrupt', file: '供地备案.xlsx' }],
  },
  {
    name: 'xlsx-truncated',
    about: 'truncated .xlsx (download or mail attachment cut off)',
    files: { '2025年供地备案.xlsx': validXlsx.subarray(0, Math.floor(validXlsx.length * 0.6)) },
    exit: 2,
    findings: [{ code: 'file-corrupt', file: '2025年供地备案.xlsx' }],
  },
  {
    name: 'xlsx-that-is-csv',
    about: '.xlsx that is really CSV',
    files: { 'supply.xlsx': supplyCsv() },
    exit: 2,
    findings: [{ code: 'file-not-xlsx', file: 'supply.xlsx' }],
  },
  {
    name: 'csv-that-is-xlsx',
    about: '.csv that is really an .xlsx',
    files: { 'supply.csv': validXlsx },
    exit: 2,
    findings: [{ code: 'file-unreadable', file: 'supply.csv' }],
  },
  {
    name: 'xlsx-encrypted',
    about: 'encrypted (password) workbook: an OLE2 container',
    files: { 'supply.csv': supplyCsv(), '材料清单.xlsx': ole2() },
    exit: 2,
    findings: [{ code: 'file-encrypted', file: '材料清单.xlsx' }],
  },
  {
    name: 'xls-old-format',
    about: 'an old .xls workbook where .xlsx is expected',
    files: { 'supply.csv': supplyCsv(), '核查结果.xls': ole2() },
    exit: 2,
    findings: [{ code: 'file-format-unsupported', file: '核查结果.xls' }],
  },
  {
    name: 'empty-supply-xlsx',
    about: 'empty file (0 bytes) as the supply workbook',
    files: { 'supply.xlsx': '' },
    exit: 2,
    findings: [{ code: 'file-unreadable', file: 'supply.xlsx' }],
  },
  {
    name: 'empty-evidence-csv',
    about: 'empty file (0 bytes) of an optional kind',
    files: { 'supply.csv': supplyCsv(), '材料清单.csv': '' },
    exit: 2,
    findings: [{ code: 'file-unreadable', file: '材料清单.csv' }],
  },
  {
    name: 'header-missing-column',
    about: 'header missing a required column (坐落)',
    files: { 'supply.csv': csv([supplyHeader.filter((h) => h !== '坐落'), supplyRow().filter((_, i) => supplyHeader[i] !== '坐落')]) },
    exit: 2,
    findings: [{ code: 'column-missing', file: 'supply.csv', row: 1, column: '坐落' }],
  },
  {
    name: 'header-not-found',
    about: 'a file of the right name holding another table',
    files: { 'supply.csv': csv([['姓名', '电话', '备注'], ['张三', '13800000000', '通讯录']]) },
    exit: 2,
    findings: [{ code: 'header-not-found', file: 'supply.csv' }],
  },
  {
    name: 'two-files-one-kind',
    about: 'a folder with two files of one kind',
    files: { 'supply.csv': supplyCsv(), '2025年供地备案.xlsx': validXlsx },
    exit: 2,
    findings: [{ code: 'kind-ambiguous', file: '2025年供地备案.xlsx、supply.csv' }],
  },
  {
    name: 'supply-missing',
    about: 'a folder without the required supply file',
    files: { '材料清单.csv': csv([evidenceHeader, [supplyRow()[0]!, '建设用地审查意见书', '审〔2025〕1号', '是', '上城区望江路1号', '1.5', '回收收购土地']]) },
    exit: 2,
    findings: [{ code: 'supply-missing' }],
  },
];

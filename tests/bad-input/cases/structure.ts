// Headers and rows that are not what the reader expects, but can be read: findings with their place, never a
// crash and never a silently dropped row.
import { PROJECT, csv, evidenceHeader, supplyCsv, supplyHeader, supplyRow, supplyXlsx } from '../build/files.js';
import { rawXlsx, sheetXml } from '../../ingest/helpers.js';
import type { BadCase } from './types.js';

const second = '3301022025A00002';

export const structureCases: BadCase[] = [
  {
    name: 'only-header-supply',
    about: 'only a header (supply)',
    files: { 'supply.csv': csv([supplyHeader]) },
    exit: 0,
    findings: [{ code: 'file-no-rows', file: 'supply.csv', row: 1 }],
  },
  {
    name: 'only-header-evidence',
    about: 'only a header (an optional kind, as `landlink init` leaves it)',
    files: { 'supply.csv': supplyCsv(), '材料清单.csv': csv([evidenceHeader]) },
    exit: 0,
    findings: [{ code: 'file-no-rows', file: '材料清单.csv', row: 1 }],
  },
  {
    name: 'two-header-rows',
    about: 'two header rows (the header repeated under itself)',
    files: { 'supply.csv': csv([supplyHeader, supplyHeader, supplyRow()]) },
    exit: 0,
    findings: [{ code: 'header-repeated', file: 'supply.csv', row: 2 }, { code: 'evidence-missing', file: 'supply.csv', row: 3, id: PROJECT }],
    absent: ['cell-enum-invalid', 'cell-date-invalid', 'region-unknown'],
  },
  {
    name: 'joined-exports-xlsx',
    about: 'two header rows in a workbook: title rows, header, rows, an empty row, the header again, rows (exports pasted together)',
    files: {
      '供地备案.xlsx': supplyXlsx(
        [supplyRow(), [null], supplyHeader, supplyRow(second)],
        [['2025年度供地备案导出'], ['导出时间：2026-01-10']],
      ),
    },
    exit: 0,
    findings: [
      { code: 'header-repeated', file: '供地备案.xlsx', sheet: '供地备案', row: 6 },
      { code: 'evidence-missing', file: '供地备案.xlsx', sheet: '供地备案', row: 4, id: PROJECT },
      { code: 'evidence-missing', file: '供地备案.xlsx', sheet: '供地备案', row: 7, id: second },
    ],
  },
  {
    name: 'duplicate-column-names',
    about: 'duplicate column names (供地面积 twice, once in 亩)',
    files: { 'supply.csv': csv([[...supplyHeader, '供地面积(亩)'], [...supplyRow(), '22.5']]) },
    exit: 0,
    findings: [{ code: 'column-duplicate', file: 'supply.csv', row: 1, column: '供地面积(亩)' }],
  },
  {
    name: 'prototype-column-names',
    about: 'header names that are JavaScript object keys (__proto__, constructor)',
    files: { 'supply.csv': csv([[...supplyHeader, '__proto__', 'constructor'], [...supplyRow(), '{"polluted":true}', 'x']]) },
    exit: 0,
    findings: [{ code: 'column-unknown', file: 'supply.csv', row: 1, column: '__proto__' }, { code: 'column-unknown', file: 'supply.csv', row: 1, column: 'constructor' }],
  },
  {
    name: 'unclosed-quote',
    about: 'a CSV record with an unclosed quote: reported by row, the other rows read',
    files: {
      'supply.csv': csv([supplyHeader, supplyRow()]) +
        `${second},330102,"未闭合的引号,上城区,划拨决定书,国有存量建设用地,回收收购土地,1,1,2025-03-31\r\n`,
    },
    exit: 1,
    findings: [{ code: 'row-unreadable', file: 'supply.csv', row: 3 }, { code: 'evidence-missing', file: 'supply.csv', row: 2, id: PROJECT }],
  },
  {
    name: 'copy-of-supply-ignored',
    about: 'a backup copy next to the supply file is not read as a second supply file',
    files: { 'supply.csv': supplyCsv(), '供地备案 - 副本.csv': supplyCsv([supplyRow(second)]) },
    exit: 0,
    findings: [{ code: 'file-ignored', file: '供地备案 - 副本.csv' }],
    absent: ['kind-ambiguous'],
  },
  {
    name: 'hidden-sheet-first',
    about: 'a workbook whose first sheet is hidden (and no sheet is named after the kind): the first visible sheet is read',
    files: {
      'supply.xlsx': rawXlsx({
        sheets: [
          { name: '隐藏', xml: sheetXml([['不是数据']]), hidden: true },
          { name: 'Sheet2', xml: sheetXml([supplyHeader, supplyRow()]) },
        ],
      }),
    },
    exit: 0,
    findings: [{ code: 'evidence-missing', file: 'supply.xlsx', sheet: 'Sheet2', row: 2, id: PROJECT }],
  },
];

// Bad cell values: each a finding on its file, row and column (inputs.md "an unknown value is a finding on that
// row … never a crash and never silently dropped"). One bad cell per case, in an otherwise valid supply file.
import { PROJECT, csv, redevelopmentHeader, redevelopmentRow, supplyCsv, supplyHeader, supplyRow } from '../build/files.js';
import { rawXlsx } from '../../ingest/helpers.js';
import type { BadCase, ExpectedFinding } from './types.js';

const AREA = '供地面积(公顷)';
const SURVEY = '测绘面积(公顷)';
const DATE = '签订日期';

/** A supply file whose one row has `value` in `column`, expected to give `code` there. */
function cellCase(name: string, about: string, column: string, value: string, code: string, exit: 0 | 1, more: ExpectedFinding[] = []): BadCase {
  return {
    name, about,
    files: { 'supply.csv': supplyCsv([supplyRow(PROJECT, { [column]: value })]) },
    exit,
    findings: [{ code, file: 'supply.csv', row: 2, column, id: PROJECT }, ...more],
  };
}

/** A supply workbook whose one data row holds raw cell XML for 供地面积 (column H) and 电子监管号 (column A). */
function xlsxCells(idCell: string, areaCell: string): Buffer {
  const head = supplyHeader.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
  const row = supplyRow().map((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}2`;
    if (i === 0) return idCell.replace('REF', ref);
    if (i === 7) return areaCell.replace('REF', ref);
    return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  }).join('');
  return rawXlsx({ sheets: [{ name: '供地备案', xml: `<row r="1">${head}</row><row r="2">${row}</row>` }] });
}

export const cellCases: BadCase[] = [
  cellCase('area-nan', 'NaN area', AREA, 'NaN', 'cell-number-invalid', 1),
  cellCase('area-infinity', 'Infinity area', SURVEY, 'Infinity', 'cell-number-invalid', 1),
  cellCase('area-negative', 'negative area', AREA, '-1.5', 'cell-area-negative', 1),
  cellCase('area-zero', 'zero area', AREA, '0', 'cell-area-zero', 0),
  cellCase('area-text', 'text area (a note and a unit in the cell)', SURVEY, '约1.5公顷', 'cell-number-invalid', 1),
  cellCase('area-scientific', 'an area written in scientific notation (a broken conversion)', AREA, '1.5E+3', 'cell-number-invalid', 1),
  cellCase('area-percent', 'an area with a percent sign', AREA, '15%', 'cell-number-invalid', 1),
  cellCase('date-1899', 'a date in 1899', DATE, '1899-12-31', 'cell-date-invalid', 1),
  cellCase('date-2100', 'a date in 2100: a valid date, outside the year', DATE, '2100-01-01', 'date-outside-year', 0),
  cellCase('date-impossible', 'an impossible date (2025-02-30)', DATE, '2025-02-30', 'cell-date-invalid', 1),
  cellCase('date-month-first', 'a month-first date (ambiguous: refused, not guessed)', DATE, '03/31/2025', 'cell-date-invalid', 1),
  cellCase('county-unknown', 'an unknown county code', '行政区代码', '339999', 'region-unknown', 1),
  cellCase('county-outside-zhejiang', 'a county outside Zhejiang (南京市玄武区)', '行政区代码', '320102', 'region-outside-zhejiang', 1),
  cellCase('enum-unknown', 'an unknown 存量类型', '存量类型', '回收土地（待定）', 'cell-enum-invalid', 1),
  cellCase('required-empty', 'a required cell left empty', '项目名称', '', 'cell-required', 1),
  cellCase('excel-error-as-text', 'an Excel error value saved into a CSV', SURVEY, '#DIV/0!', 'cell-error', 1),
  {
    name: 'plot-ratio-zero',
    about: 'plot ratio 0 (would divide by zero in 二、2)',
    files: { 'supply.csv': supplyCsv(), '低效用地再开发.csv': csv([redevelopmentHeader, redevelopmentRow({ 新容积率: '0' })]) },
    exit: 1,
    findings: [{ code: 'cell-number-invalid', file: '低效用地再开发.csv', row: 2, column: '新容积率', id: 'DX33010220250001' }],
  },
  {
    name: 'xlsx-error-cell',
    about: 'an Excel error value (#N/A) in an area cell of a workbook',
    files: { 'supply.xlsx': xlsxCells(`<c r="REF" t="inlineStr"><is><t>${PROJECT}</t></is></c>`, '<c r="REF" t="e"><v>#N/A</v></c>') },
    exit: 1,
    findings: [{ code: 'cell-error', file: 'supply.xlsx', sheet: '供地备案', row: 2, column: AREA, id: PROJECT }],
  },
  {
    name: 'xlsx-id-as-float',
    about: 'an 18-digit id that Excel turned into a number (digits after the 15th lost)',
    files: { 'supply.xlsx': xlsxCells('<c r="REF"><v>3.30102202500001E+17</v></c>', '<c r="REF"><v>1.5</v></c>') },
    exit: 1,
    findings: [{ code: 'cell-id-invalid', file: 'supply.xlsx', sheet: '供地备案', row: 2, column: '电子监管号' }],
  },
];

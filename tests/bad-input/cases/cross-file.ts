// Rows that are readable but do not fit together: ids repeated within and across files, documents and checks for
// projects that do not exist, a start check of the wrong year; and text that looks like a formula.
import {
  PROJECT, YEAR, csv, evidenceHeader, inspectionHeader, ledgerHeader, reclamationHeader, startCheckHeader, supplyCsv, supplyRow,
} from '../build/files.js';
import type { BadCase } from './types.js';

/** Formula-looking text (OWASP CSV injection): must come out as text in the plan workbook and the JSON. */
export const FORMULA_ID = '@SUM(A1:A2)';
export const FORMULA_NAME = '=HYPERLINK("http://example.com/x","点击查看")';
export const FORMULA_LOCATION = '+1';
export const FORMULA_DOCUMENT_NO = '-2+3';

export const crossFileCases: BadCase[] = [
  {
    name: 'duplicate-id-in-file',
    about: 'duplicate project ids within a file',
    files: { 'supply.csv': supplyCsv([supplyRow(), supplyRow(PROJECT, { 坐落: '上城区望江路3号' })]) },
    exit: 1,
    findings: [
      { code: 'id-duplicate', file: 'supply.csv', row: 3, column: '电子监管号', id: PROJECT },
      { code: 'project-id-duplicate', file: 'supply.csv', row: 2, column: '电子监管号', id: PROJECT },
      { code: 'project-id-duplicate', file: 'supply.csv', row: 3, column: '电子监管号', id: PROJECT },
    ],
  },
  {
    name: 'duplicate-id-across-files',
    about: 'duplicate project ids across files (a supply filing also listed as a reclamation block)',
    files: {
      'supply.csv': supplyCsv(),
      '增减挂钩复垦.csv': csv([reclamationHeader, [PROJECT, '330102', '望江村拆旧区块', '1.2', '通过', '2025-05-20']]),
    },
    exit: 1,
    findings: [
      { code: 'id-in-two-files', file: 'supply.csv', row: 2, column: '电子监管号', id: PROJECT },
      { code: 'id-in-two-files', file: '增减挂钩复垦.csv', row: 2, column: '项目编号', id: PROJECT },
    ],
  },
  {
    name: 'evidence-unknown-project',
    about: 'evidence for an unknown project',
    files: {
      'supply.csv': supplyCsv(),
      '材料清单.csv': csv([evidenceHeader, ['3301022025A99999', '建设用地审查意见书', '上城自然资审〔2025〕1号', '是', '上城区望江路1号', '1.5', '回收收购土地']]),
    },
    exit: 1,
    findings: [{ code: 'evidence-unknown-project', file: '材料清单.csv', row: 2, column: '项目编号' }],
  },
  {
    name: 'inspection-unknown-project',
    about: 'an inspection result for a project that is not this year\'s',
    files: { 'supply.csv': supplyCsv(), '核查结果.csv': csv([inspectionHeader, ['3301022024A00001', '实地抽查', '属实', '', '']]) },
    exit: 1,
    findings: [{ code: 'inspection-unknown-project', file: '核查结果.csv', row: 2 }],
  },
  {
    name: 'start-check-wrong-year',
    about: `a start-check row whose year is not Y−1 (${YEAR - 1})`,
    files: {
      'supply.csv': supplyCsv(),
      '开工核查.csv': csv([startCheckHeader, ['3301022023A00001', '330102', String(YEAR - 2), '1.2', '未开工(无合理证明)', '']]),
    },
    exit: 1,
    findings: [{ code: 'start-check-wrong-year', file: '开工核查.csv', row: 2, column: '挂钩年度', id: '3301022023A00001' }],
    absent: ['deduction-not-started'],
  },
  {
    name: 'ledger-year-in-words',
    about: 'a ledger year written in Chinese numerals',
    files: { 'supply.csv': supplyCsv(), '已挂钩台账.csv': csv([ledgerHeader, ['3301022024A00001', '二〇二四', '1.2', '330102']]) },
    exit: 1,
    findings: [{ code: 'cell-number-invalid', file: '已挂钩台账.csv', row: 2, column: '挂钩年度', id: '3301022024A00001' }],
  },
  {
    name: 'formula-looking-text',
    about: 'formula-looking text (=HYPERLINK(...), +1, @SUM, -2+3): text in the plan workbook and JSON',
    files: {
      'supply.csv': supplyCsv([supplyRow(FORMULA_ID, { 项目名称: FORMULA_NAME, 坐落: FORMULA_LOCATION })]),
      '材料清单.csv': csv([evidenceHeader, [FORMULA_ID, '建设用地审查意见书', FORMULA_DOCUMENT_NO, '是', FORMULA_LOCATION, '1.5', '=1+1']]),
    },
    command: 'compute',
    exit: 0,
    findings: [{ code: 'evidence-missing', file: 'supply.csv', row: 2, id: FORMULA_ID }, { code: 'evidence-type-mismatch', file: '材料清单.csv', row: 2, id: FORMULA_ID }],
  },
];

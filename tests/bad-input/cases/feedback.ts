// The cities' returned review workbooks (feedback/): a broken or foreign file is a finding on that file, never a
// crash and never silently used (the city then counts as "not returned").
import { rawXlsx, sheetXml } from '../../ingest/helpers.js';
import { csv, supplyCsv } from '../build/files.js';
import type { BadCase } from './types.js';

const HANGZHOU = 'feedback/330100-杭州市.xlsx';

export const feedbackCases: BadCase[] = [
  {
    name: 'feedback-corrupt-workbook',
    about: 'a returned review workbook that is corrupt (mail attachment cut off)',
    files: { 'supply.csv': supplyCsv(), [HANGZHOU]: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(200, 0x41)]) },
    exit: 1,
    findings: [{ code: 'file-corrupt', file: HANGZHOU }, { code: 'city-feedback-none' }],
  },
  {
    name: 'feedback-foreign-workbook',
    about: 'a returned "review workbook" the city made itself instead of filling in the one landlink wrote',
    files: {
      'supply.csv': supplyCsv(),
      [HANGZHOU]: rawXlsx({ sheets: [{ name: '审核意见', xml: sheetXml([['项目编号', '审核意见'], ['3301022025A00001', '同意']]) }] }),
    },
    exit: 1,
    findings: [{ code: 'feedback-not-review-workbook', file: HANGZHOU }],
  },
  {
    name: 'feedback-not-xlsx',
    about: 'a returned opinion saved as CSV in the feedback folder',
    files: { 'supply.csv': supplyCsv(), 'feedback/杭州市审核意见.csv': csv([['项目编号', '审核意见'], ['3301022025A00001', '同意']]) },
    exit: 0,
    findings: [{ code: 'feedback-file-ignored', file: 'feedback/杭州市审核意见.csv' }],
  },
];

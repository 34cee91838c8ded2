// Numbers no spreadsheet holds and text that would steer a terminal (docs/bad-input.md "数值与控制字符"): each a
// finding on its cell — never exit 3, never half an output, never an absurd credit. Built at run time (make) so
// each class runs through compute, which writes the JSON and the workbook from the figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeZip, rawXlsx, sheetXml } from '../../ingest/helpers.js';
import { PROJECT, csv, redevelopmentHeader, redevelopmentRow, supplyCsv, supplyHeader, supplyRow } from '../build/files.js';
import type { BadCase } from './types.js';

const AREA = '供地面积(公顷)';

function write(dir: string, name: string, data: Buffer | string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), data);
}

/** A supply workbook whose data row holds `cellXml` (with REF for its address) in column `col` (0-based). */
function supplyXlsxCell(col: number, cellXml: string): Buffer {
  const letter = (i: number): string => String.fromCharCode(65 + i);
  const head = supplyHeader.map((h, i) => `<c r="${letter(i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
  const row = supplyRow().map((v, i) => (i === col ? cellXml.replace('REF', `${letter(i)}2`) : `<c r="${letter(i)}2" t="inlineStr"><is><t>${v}</t></is></c>`)).join('');
  return rawXlsx({ sheets: [{ name: '供地备案', xml: `<row r="1">${head}</row><row r="2">${row}</row>` }] });
}

/** Numbers past what a spreadsheet cell holds exactly (15 significant digits) and past a binary double. */
const HUGE = [
  { name: 'digits-330', text: `1${'0'.repeat(330)}` },
  { name: 'digits-309', text: `1${'0'.repeat(308)}` },
  { name: 'digits-20', text: '11111111111111111111' },
  { name: 'digits-16', text: '1000000000000000' },
  { name: 'full-width-20', text: '１１１１１１１１１１１１１１１１１１１１' },
  { name: 'negative-20', text: '-11111111111111111111' },
];

function hugeCases(): BadCase[] {
  const out: BadCase[] = [];
  for (const h of HUGE) {
    out.push({
      name: `absurd-csv-area-${h.name}`,
      about: `an area of ${h.text.length} characters in a CSV cell`,
      make: (dir) => write(dir, 'supply.csv', supplyCsv([supplyRow(PROJECT, { [AREA]: h.text })])),
      command: 'compute',
      exit: 1,
      findings: [{ code: 'cell-number-invalid', file: 'supply.csv', row: 2, column: AREA, id: PROJECT }],
    });
    if (h.name.startsWith('full-width') || h.name.startsWith('negative')) continue;
    out.push({
      name: `absurd-xlsx-area-${h.name}`,
      about: `a numeric workbook cell of ${h.text.length} digits in an area column`,
      make: (dir) => write(dir, 'supply.xlsx', supplyXlsxCell(7, `<c r="REF"><v>${h.text}</v></c>`)),
      command: 'compute',
      exit: 1,
      findings: [{ code: 'cell-number-invalid', file: 'supply.xlsx', sheet: '供地备案', row: 2, column: AREA, id: PROJECT }],
    });
    out.push({
      name: `absurd-plot-ratio-${h.name}`,
      about: `a plot ratio of ${h.text.length} digits (category 6 divides by it)`,
      make: (dir) => {
        write(dir, 'supply.csv', supplyCsv());
        write(dir, '低效用地再开发.csv', csv([redevelopmentHeader, redevelopmentRow({ 新容积率: h.text })]));
      },
      command: 'compute',
      exit: 1,
      findings: [{ code: 'cell-number-invalid', file: '低效用地再开发.csv', row: 2, column: '新容积率' }],
    });
  }
  return out;
}

export const absurdCases: BadCase[] = [
  ...hugeCases(),
  {
    name: 'xlsx-region-code-nan',
    about: 'a region code stored as <v>NaN</v>: read as the text written and reported on the cell (the county comes from the id), never a silent fall-back',
    make: (dir) => write(dir, 'supply.xlsx', supplyXlsxCell(1, '<c r="REF"><v>NaN</v></c>')),
    command: 'compute',
    exit: 0,
    findings: [{ code: 'region-name-mismatch', file: 'supply.xlsx', sheet: '供地备案', row: 2, column: '行政区代码', id: PROJECT }],
  },
  {
    name: 'region-code-not-a-code-beside-a-name',
    about: 'a code column holding NaN beside a county name column: the name is used and the code cell reported, never dropped in silence',
    make: (dir) => write(dir, 'supply.csv', csv([[...supplyHeader, '行政区'], [...supplyRow(PROJECT, { 行政区代码: 'NaN' }), '上城区']])),
    command: 'compute',
    exit: 1,
    findings: [{ code: 'region-unknown', file: 'supply.csv', row: 2, column: '行政区代码', id: PROJECT }],
  },
  {
    name: 'xlsx-area-hexadecimal',
    about: 'an area stored as <v>0x1F</v>: not read as 31',
    make: (dir) => write(dir, 'supply.xlsx', supplyXlsxCell(7, '<c r="REF"><v>0x1F</v></c>')),
    command: 'compute',
    exit: 1,
    findings: [{ code: 'cell-number-invalid', file: 'supply.xlsx', sheet: '供地备案', row: 2, column: AREA, id: PROJECT }],
  },
  {
    name: 'xlsx-sheet-cut-short',
    about: 'the supply sheet cut before <row r="30"> inside a valid zip: a damaged file, never a shorter year',
    make: (dir) => {
      const rows = Array.from({ length: 40 }, (_, i) => supplyRow(`3301022025A${String(i + 1).padStart(5, '0')}`));
      const whole = rawXlsx({ sheets: [{ name: '供地备案', xml: sheetXml([supplyHeader, ...rows]) }], store: true });
      // stored parts: the sheet's text is in the file as is; cut it and rebuild the zip with the cut part
      write(dir, 'supply.xlsx', rawXlsxCut(whole, '<row r="30"'));
    },
    exit: 2,
    findings: [{ code: 'file-corrupt', file: 'supply.xlsx' }],
  },
  {
    name: 'absurd-area-tiny',
    about: 'an area of 0.00000000000000000001 公顷: credits nothing, so it is reported like a zero',
    make: (dir) => write(dir, 'supply.csv', supplyCsv([supplyRow(PROJECT, { [AREA]: '0.00000000000000000001' })])),
    command: 'compute',
    exit: 0,
    findings: [{ code: 'cell-area-zero', file: 'supply.csv', row: 2, column: AREA, id: PROJECT }],
  },
  {
    name: 'control-characters-in-a-cell',
    about: 'a cell holding ESC [2J (clear screen) and a right-to-left override: shown escaped in every message',
    make: (dir) => write(dir, 'supply.csv', supplyCsv([supplyRow(PROJECT, { 存量类型: '回收\u001b[2J收购\u202e土地' })])),
    exit: 1,
    findings: [{ code: 'cell-enum-invalid', file: 'supply.csv', row: 2, column: '存量类型', id: PROJECT }],
  },
];

/** A stored workbook rebuilt with its sheet part cut before `marker` (every other part as it was). */
function rawXlsxCut(stored: Buffer, marker: string): Buffer {
  const parts: { name: string; data: Buffer }[] = [];
  for (let at = stored.indexOf('PK\u0003\u0004'); at >= 0 && stored.readUInt32LE(at) === 0x04034b50;) {
    const size = stored.readUInt32LE(at + 18);
    const nameLength = stored.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + stored.readUInt16LE(at + 28);
    const name = stored.toString('utf8', at + 30, at + 30 + nameLength);
    let data = stored.subarray(start, start + size);
    if (name.startsWith('xl/worksheets/')) data = data.subarray(0, data.indexOf(marker));
    parts.push({ name, data: Buffer.from(data) });
    at = start + size;
  }
  return makeZip(parts);
}

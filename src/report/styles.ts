// The look of every workbook landlink writes: number formats (outputs.md "公顷 4 decimals, 亩 2") and the
// colours of statuses and severities (docs/spec/outputs.md: 认定状态 and problem severities visibly coloured).
import type { ProjectStatus } from '../pipeline/types.js';
import type { Severity } from '../findings/types.js';
import { HEADER_FILL_ARGB, type CellStyle } from '../xlsx/index.js';

export const numFmt = {
  ha: '0.0000',
  mu: '0.00',
  integer: '0',
  ratio: '0.00',
} as const;

export const fills = {
  header: HEADER_FILL_ARGB,
  total: 'FFF2F2F2',
  section: 'FFDDEBF7',
  editable: 'FFFFF2CC',
  green: 'FFC6EFCE',
  yellow: 'FFFFEB9C',
  red: 'FFFFC7CE',
  grey: 'FFD9D9D9',
  blue: 'FFDDEBF7',
} as const;

export const statusStyle: Record<ProjectStatus, CellStyle> = {
  credited: { fill: fills.green, fontColor: 'FF006100' },
  pending: { fill: fills.yellow, fontColor: 'FF9C5700' },
  rejected: { fill: fills.grey, fontColor: 'FF404040' },
  fraud: { fill: fills.red, fontColor: 'FF9C0006', bold: true },
};

export const severityStyle: Record<Severity, CellStyle> = {
  error: { fill: fills.red, fontColor: 'FF9C0006' },
  warning: { fill: fills.yellow, fontColor: 'FF9C5700' },
  info: { fill: fills.blue, fontColor: 'FF1F4E78' },
};

/** The same looks centred, as the status and severity columns show them: one style object per value (the writer
 *  resolves a style object once, not once per cell: src/xlsx/write-sheet.ts). */
const centred = <K extends string>(styles: Record<K, CellStyle>): Record<K, CellStyle> =>
  Object.fromEntries(Object.entries<CellStyle>(styles).map(([k, s]) => [k, { ...s, align: 'center' }])) as Record<K, CellStyle>;
export const statusStyleCentred = centred(statusStyle);
export const severityStyleCentred = centred(severityStyle);

export const haStyle: CellStyle = { numFmt: numFmt.ha, align: 'right' };
export const muStyle: CellStyle = { numFmt: numFmt.mu, align: 'right' };
export const intStyle: CellStyle = { numFmt: numFmt.integer, align: 'right' };
export const textStyle: CellStyle = { numFmt: '@' };
export const wrapStyle: CellStyle = { wrap: true };
export const totalStyle: CellStyle = { bold: true, fill: fills.total };

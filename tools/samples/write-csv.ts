// CSV as Excel and WPS save it: CRLF line ends, fields quoted only when needed, UTF-8 with or without BOM,
// or GBK (iconv-lite) like a CSV saved on Chinese Windows. Deterministic: same table → same bytes.
import iconv from 'iconv-lite';
import { formatDate } from './format.js';
import type { Cell } from './layouts.js';
import type { RenderedTable } from './render.js';

export function cellText(cell: Cell, table: Pick<RenderedTable, 'dateStyle'>): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if ('number' in cell) return cell.number;
  return formatDate(cell.date, table.dateStyle);
}

function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(table: RenderedTable): string {
  const lines = [table.header.map(field).join(',')];
  for (const row of table.rows) lines.push(row.map((c) => field(cellText(c, table))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function csvBytes(table: RenderedTable): Buffer {
  const text = csvText(table);
  switch (table.encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gbk': {
      const bytes = iconv.encode(text, 'gbk');
      // A character outside GBK would silently become '?': refuse instead (names.ts keeps to GBK).
      if (iconv.decode(bytes, 'gbk') !== text) throw new RangeError(`${table.fileName}: text not representable in GBK`);
      return bytes;
    }
    case 'xlsx': throw new RangeError(`${table.fileName} is not a CSV`);
  }
}

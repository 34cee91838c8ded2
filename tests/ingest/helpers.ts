// Fixture makers for the ingest tests: files are made in the test (a temp folder), never committed.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export function tempDir(prefix = 'landlink-ingest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeText(dir: string, name: string, text: string, encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' = 'utf-8'): string {
  const path = join(dir, name);
  mkdirSync(dir, { recursive: true });
  let bytes: Buffer;
  if (encoding === 'gbk') bytes = iconv.encode(text, 'gbk');
  else if (encoding === 'utf-16le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  else if (encoding === 'utf-8-bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  else bytes = Buffer.from(text, 'utf8');
  writeFileSync(path, bytes);
  return path;
}

export function csvOf(rows: (string | number)[][]): string {
  return rows.map((r) => r.map((c) => {
    const s = String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',')).join('\r\n') + '\r\n';
}

// ── a minimal zip writer: lets tests craft exact parts, lying headers and bombs ─────────────────────────
export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Override the uncompressed size written in the headers (to make a part lie about its size). */
  declaredSize?: number;
  encrypted?: boolean;
}

export function makeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : p.data;
    const body = p.store ? data : zlib.deflateRawSync(data);
    const name = Buffer.from(p.name, 'utf8');
    const crc = zlib.crc32(data) >>> 0;
    const size = p.declaredSize ?? data.length;
    const flags = 0x0800 | (p.encrypted ? 1 : 0);
    const method = p.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(flags, 6); local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10); central.writeUInt32LE(0, 12); central.writeUInt32LE(crc, 16); central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A hand-made .xlsx: sheets given as raw <sheetData> inner XML, plus optional shared strings XML. */
export function rawXlsx(o: {
  sheets: { name: string; xml: string; hidden?: boolean }[];
  sharedStrings?: string[] | string;
  date1904?: boolean;
  extraParts?: ZipPart[];
  /** Store the parts uncompressed (lets a test tamper with bytes). */
  store?: boolean;
}): Buffer {
  const sheetsXml = o.sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('');
  const rels = o.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`;
  const sst = o.sharedStrings === undefined ? '' : typeof o.sharedStrings === 'string' ? o.sharedStrings
    : o.sharedStrings.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join('');
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${o.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetsXml}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst}</sst>` },
    ...o.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.xml}</sheetData></worksheet>` })),
    ...(o.extraParts ?? []),
  ];
  return makeZip(o.store ? parts.map((p) => ({ ...p, store: true })) : parts);
}

/** Inline-string sheet XML from rows of values (strings inline, numbers as numbers); row numbers from 1. */
export function sheetXml(rows: (string | number | null)[][], firstRow = 1): string {
  return rows.map((r, i) => `<row r="${firstRow + i}">` + r.map((v, j) => {
    const ref = colName(j) + (firstRow + i);
    if (v === null) return '';
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
  }).join('') + '</row>').join('');
}

export function colName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

/** A workbook written by exceljs (what real tools produce: shared strings, styles, merges). */
export async function exceljsXlsx(path: string, sheets: { name: string; rows: unknown[][]; merges?: string[]; dateColumns?: number[] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

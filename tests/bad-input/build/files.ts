// The small files the bad-input corpus is made of: one minimal valid year (a supply file and, where a case needs
// one, a file of another kind), and the ways each can be broken. Deterministic bytes: no dates, no random names,
// so the committed fixtures can be checked against this code (fixtures.test.ts).
import iconv from 'iconv-lite';
import { rawXlsx, sheetXml } from '../../ingest/helpers.js';

export const YEAR = 2025;

/** The project every minimal supply file holds: a category 1 filing in 上城区 (330102). */
export const PROJECT = '3301022025A00001';

export const supplyHeader = ['电子监管号', '行政区代码', '项目名称', '坐落', '备案类型', '土地来源', '存量类型', '供地面积(公顷)', '测绘面积(公顷)', '签订日期'];

export type Row = (string | number)[];

/** A valid supply row; `over` replaces cells by header. */
export function supplyRow(id = PROJECT, over: Partial<Record<string, string | number>> = {}): Row {
  const base: Record<string, string | number> = {
    电子监管号: id, 行政区代码: '330102', 项目名称: '上城区望江地块收回收购项目', 坐落: '上城区望江路1号', 备案类型: '划拨决定书',
    土地来源: '国有存量建设用地', 存量类型: '回收收购土地', '供地面积(公顷)': '1.5', '测绘面积(公顷)': '1.5', 签订日期: '2025-03-31',
  };
  return supplyHeader.map((h) => (h in over ? over[h]! : base[h]!));
}

function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (CRLF, as Excel writes it). */
export function csv(rows: readonly Row[], eol = '\r\n'): string {
  return rows.map((r) => r.map(cell).join(',')).join(eol) + eol;
}

/** The minimal valid supply file, UTF-8 without BOM. */
export function supplyCsv(rows: readonly Row[] = [supplyRow()]): Buffer {
  return Buffer.from(csv([supplyHeader, ...rows]), 'utf8');
}

export function gbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

export function utf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** A supply workbook (inline strings, one sheet named 供地备案), optionally with title rows above the header. */
export function supplyXlsx(rows: readonly (string | number | null)[][] = [supplyRow()], titleRows: readonly (string | null)[][] = []): Buffer {
  return rawXlsx({ sheets: [{ name: '供地备案', xml: sheetXml([...titleRows, supplyHeader, ...rows]) }] });
}

/** The first bytes of an OLE2 compound file: what an encrypted (password) .xlsx and an old .xls really are. */
export function ole2(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian byte order mark
  header.writeUInt16LE(9, 0x1e);      // sector shift (512-byte sectors)
  return Buffer.concat([header, Buffer.from('EncryptedPackage\u0000StrongEncryptionDataSpace', 'utf16le')]);
}

// ── other kinds, minimal ──────────────────────────────────────────────────────────────────────────────────
export const evidenceHeader = ['项目编号', '材料类型', '文号', '盖章或签字', '载明坐落', '载明面积(公顷)', '载明类型'];
export const redevelopmentHeader = ['项目编号', '行政区代码', '项目名称', '坐落', '再开发类型', '改变用途建筑面积(平方米)', '新容积率', '改变用途面积(公顷)', '改变后用途', '完成日期'];
export const reclamationHeader = ['项目编号', '行政区代码', '项目名称', '复垦面积(公顷)', '验收结论', '验收日期'];
export const inspectionHeader = ['项目编号', '核查方式', '核查结论', '核实面积(公顷)', '说明'];
export const startCheckHeader = ['项目编号', '行政区代码', '挂钩年度', '认定面积(公顷)', '核查结果', '说明'];
export const ledgerHeader = ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'];

export function redevelopmentRow(over: Partial<Record<string, string | number>> = {}): Row {
  const base: Record<string, string | number> = {
    项目编号: 'DX33010220250001', 行政区代码: '330102', 项目名称: '上城区某厂退二进三项目', 坐落: '上城区秋涛路9号', 再开发类型: '退二进三',
    '改变用途建筑面积(平方米)': '12000', 新容积率: '3.0', '改变用途面积(公顷)': '0.4', 改变后用途: '商务办公', 完成日期: '2025-06-30',
  };
  return redevelopmentHeader.map((h) => (h in over ? over[h]! : base[h]!));
}

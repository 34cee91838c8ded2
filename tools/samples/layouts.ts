// How each input kind is written, like the real exports it imitates (inputs.md): file name, format, encoding,
// title rows, header names (aliases and units included) and the cell of every column. The supply file is an
// .xlsx with a merged title above the header and the alias 监管号; the redevelopment file is a GBK CSV (saved by
// Excel on Chinese Windows) with 亩 headers; others are UTF-8 CSV with or without BOM, or small workbooks.
import type { Exact } from '../../src/domain/exact.js';
import { exactText, formatDate, withSeparators, type DateStyle, type IsoDate } from './format.js';
import type {
  EvidenceRecord, FileKind, InspectionRecord, LedgerRecord, RawOverrides, ReclamationRecord, RedevelopmentRecord,
  StartCheckRecord, SupplyRecord, YearModel,
} from './model.js';

/** A cell before it is written: text, a number (its exact decimal text and an Excel format) or a date. */
export type Cell = null | string | { number: string; format: string } | { date: IsoDate; format: string };

export interface Column<R> {
  key: string;
  header: string;
  width: number;
  value: (r: R, index: number) => Cell;
}

export type Encoding = 'xlsx' | 'utf-8-bom' | 'utf-8' | 'gbk';

export interface FileLayout<R> {
  kind: FileKind;
  fileName: (year: number) => string;
  format: 'xlsx' | 'csv';
  encoding: Encoding;
  /** How dates are written in a CSV (inputs.md lists the accepted formats). */
  dateStyle: DateStyle;
  sheet?: string;
  /** Merged title rows above the header (xlsx). */
  title?: (year: number) => string[];
  /** A second sheet of notes, as real exports have (xlsx). */
  notes?: { sheet: string; lines: (year: number) => string[] };
  columns: Column<R>[];
  rows: (m: YearModel) => R[];
  rowId: (r: R) => string;
  raw?: (r: R) => RawOverrides | undefined;
}

const num = (v: Exact | null, decimals: number): Cell => (v === null ? null : { number: exactText(v, decimals), format: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` });
const date = (d: IsoDate | null): Cell => (d === null ? null : { date: d, format: 'yyyy-mm-dd' });
const text = (s: string | null): Cell => (s === null || s === '' ? null : s);

export const supplyLayout: FileLayout<SupplyRecord> = {
  kind: 'supply',
  fileName: (y) => `${y}年供地备案.xlsx`,
  format: 'xlsx',
  encoding: 'xlsx',
  dateStyle: 'iso',
  sheet: '供地备案',
  title: (y) => [
    `${y}年度浙江省建设用地供应备案明细表`,
    `数据来源：浙江省建设用地供应动态监管系统\u3000\u3000导出时间：${y + 1}年1月8日\u3000\u3000面积单位：公顷\u3000\u3000价格单位：万元`,
  ],
  notes: {
    sheet: '填报说明',
    lines: (y) => [
      `本表为 ${y} 年度已备案的划拨决定书、出让合同和集体建设用地供应记录。`,
      '存量面积为供地面积中的存量建设用地部分；测绘面积按权属测绘成果填写。',
      '是否单独选址：线性工程等单独选址项目填“是”。',
    ],
  },
  columns: [
    { key: 'serial', header: '序号', width: 7, value: (_r, i) => ({ number: String(i + 1), format: '0' }) },
    { key: 'id', header: '监管号', width: 19, value: (r) => r.id },
    { key: 'regionCode', header: '行政区代码', width: 11, value: (r) => r.regionCode },
    { key: 'regionName', header: '行政区', width: 12, value: (r) => r.regionName },
    { key: 'projectName', header: '项目名称', width: 40, value: (r) => r.projectName },
    { key: 'location', header: '坐落', width: 36, value: (r) => r.location },
    { key: 'filingType', header: '备案类型', width: 12, value: (r) => r.filingType },
    { key: 'supplyMethod', header: '供地方式', width: 10, value: (r) => r.supplyMethod },
    { key: 'landSource', header: '土地来源', width: 20, value: (r) => r.landSource },
    { key: 'stockType', header: '存量类型', width: 30, value: (r) => text(r.stockType) },
    { key: 'requisitionType', header: '征收类型', width: 16, value: (r) => text(r.requisitionType) },
    { key: 'supplyArea', header: '供地面积（公顷）', width: 14, value: (r) => num(r.supplyHa, r.decimals) },
    { key: 'stockArea', header: '存量面积（公顷）', width: 14, value: (r) => num(r.stockHa, r.decimals) },
    {
      key: 'surveyedArea', header: '测绘面积（公顷）', width: 14,
      value: (r) => (r.surveyedHa && r.surveyedAsText ? exactText(r.surveyedHa, 4) : num(r.surveyedHa, 4)),
    },
    { key: 'landUse', header: '土地用途', width: 14, value: (r) => r.landUse },
    { key: 'plotRatio', header: '容积率', width: 8, value: (r) => (r.plotRatio === null ? null : { number: r.plotRatio, format: '0.0' }) },
    { key: 'standalone', header: '是否单独选址', width: 12, value: (r) => (r.standalone ? '是' : '否') },
    { key: 'signed', header: '签订日期', width: 12, value: (r) => date(r.signed) },
    { key: 'agreedStart', header: '约定开工日期', width: 16, value: (r) => (r.agreedStart ? formatDate(r.agreedStart, 'cjk') : null) },
    { key: 'actualStart', header: '实际开工日期', width: 12, value: (r) => date(r.actualStart) },
    { key: 'holder', header: '土地使用权人', width: 30, value: (r) => r.holder },
    { key: 'price', header: '成交价格（万元）', width: 14, value: (r) => (r.priceWan === null ? null : { number: r.priceWan, format: '0.0000' }) },
  ],
  rows: (m) => m.supply,
  rowId: (r) => r.id,
  raw: (r) => r.raw,
};

export const redevelopmentLayout: FileLayout<RedevelopmentRecord> = {
  kind: 'redevelopment',
  fileName: () => '低效用地再开发.csv',
  format: 'csv',
  encoding: 'gbk',
  dateStyle: 'slash',
  columns: [
    { key: 'id', header: '再开发项目编号', width: 20, value: (r) => r.id },
    { key: 'regionCode', header: '行政区代码', width: 11, value: (r) => r.regionCode },
    { key: 'regionName', header: '行政区', width: 12, value: (r) => r.regionName },
    { key: 'projectName', header: '项目名称', width: 40, value: (r) => r.projectName },
    { key: 'location', header: '坐落', width: 36, value: (r) => r.location },
    { key: 'type', header: '再开发类型', width: 12, value: (r) => r.type },
    {
      key: 'floorArea', header: '改变用途的建筑面积(平方米)', width: 16,
      // Some rows with thousands separators, as Excel prints a number formatted "#,##0.0".
      value: (r) => (r.floorM2.numerator % 3n === 0n ? withSeparators(exactText(r.floorM2, 1)) : exactText(r.floorM2, 1)),
    },
    { key: 'plotRatio', header: '新容积率', width: 8, value: (r) => exactText(r.plotRatio, 1) },
    { key: 'changedUseArea', header: '改变用途面积(亩)', width: 14, value: (r) => exactText(r.changedUseMu, 2) },
    { key: 'changedLandUseArea', header: '改变土地用途面积(亩)', width: 14, value: (r) => (r.changedLandUseMu ? exactText(r.changedLandUseMu, 2) : null) },
    { key: 'newUse', header: '改变后用途', width: 12, value: (r) => r.newUse },
    { key: 'governmentResupply', header: '政府重新供地', width: 10, value: (r) => r.governmentResupply },
    { key: 'completed', header: '完成日期', width: 12, value: (r) => date(r.completed) },
    { key: 'formerHolder', header: '原土地使用权人', width: 30, value: (r) => r.formerHolder },
  ],
  rows: (m) => m.redevelopment,
  rowId: (r) => r.id,
  raw: (r) => r.raw,
};

export const reclamationLayout: FileLayout<ReclamationRecord> = {
  kind: 'reclamation',
  fileName: (y) => `reclamation-${y}.csv`,
  format: 'csv',
  encoding: 'utf-8-bom',
  dateStyle: 'cjk',
  columns: [
    { key: 'id', header: '拆旧区块编号', width: 20, value: (r) => r.id },
    { key: 'regionCode', header: '行政区代码', width: 11, value: (r) => r.regionCode },
    { key: 'projectName', header: '项目名称', width: 40, value: (r) => r.projectName },
    { key: 'reclaimedArea', header: '复垦面积(亩)', width: 12, value: (r) => exactText(r.reclaimedMu, 2) },
    { key: 'acceptance', header: '验收结论', width: 10, value: (r) => r.acceptance },
    { key: 'accepted', header: '验收日期', width: 14, value: (r) => date(r.accepted) },
    { key: 'approvalNo', header: '批准文号', width: 20, value: (r) => r.approvalNo },
  ],
  rows: (m) => m.reclamation,
  rowId: (r) => r.id,
  raw: (r) => r.raw,
};

export const evidenceLayout: FileLayout<EvidenceRecord> = {
  kind: 'evidence',
  fileName: () => '材料清单.csv',
  format: 'csv',
  encoding: 'utf-8-bom',
  dateStyle: 'iso',
  columns: [
    { key: 'projectId', header: '项目编号', width: 20, value: (r) => r.projectId },
    { key: 'docType', header: '材料类型', width: 30, value: (r) => r.docType },
    { key: 'docNo', header: '文号', width: 22, value: (r) => text(r.docNo) },
    { key: 'stamped', header: '盖章或签字', width: 10, value: (r) => r.stamped },
    { key: 'statedLocation', header: '载明坐落', width: 36, value: (r) => text(r.statedLocation) },
    { key: 'statedArea', header: '载明面积(平方米)', width: 14, value: (r) => (r.statedM2 ? exactText(r.statedM2, 2) : null) },
    { key: 'statedType', header: '载明类型', width: 24, value: (r) => text(r.statedType) },
    { key: 'attachment', header: '附件', width: 50, value: (r) => text(r.attachment) },
  ],
  rows: (m) => m.evidence,
  rowId: (r) => r.projectId,
};

export const inspectionLayout: FileLayout<InspectionRecord> = {
  kind: 'inspection',
  fileName: () => '核查结果.xlsx',
  format: 'xlsx',
  encoding: 'xlsx',
  dateStyle: 'iso',
  sheet: '核查结果',
  columns: [
    { key: 'projectId', header: '项目编号', width: 20, value: (r) => r.projectId },
    { key: 'method', header: '核查方式', width: 10, value: (r) => r.method },
    { key: 'conclusion', header: '核查结论', width: 10, value: (r) => r.conclusion },
    { key: 'verifiedArea', header: '核实面积(公顷)', width: 14, value: (r) => num(r.verifiedHa, 4) },
    { key: 'note', header: '说明', width: 50, value: (r) => text(r.note) },
  ],
  rows: (m) => m.inspection,
  rowId: (r) => r.projectId,
};

export const startCheckLayout: FileLayout<StartCheckRecord> = {
  kind: 'start-check',
  fileName: () => 'start-check.xlsx',
  format: 'xlsx',
  encoding: 'xlsx',
  dateStyle: 'iso',
  sheet: '开工核查',
  columns: [
    { key: 'projectId', header: '项目编号', width: 20, value: (r) => r.projectId },
    { key: 'regionCode', header: '行政区代码', width: 11, value: (r) => r.regionCode },
    { key: 'linkageYear', header: '挂钩年度', width: 10, value: (r) => ({ number: String(r.linkageYear), format: '0' }) },
    { key: 'creditedArea', header: '认定面积(公顷)', width: 14, value: (r) => num(r.creditedHa, 4) },
    { key: 'result', header: '核查结果', width: 18, value: (r) => r.result },
    { key: 'note', header: '说明', width: 40, value: (r) => text(r.note) },
  ],
  rows: (m) => m.startCheck,
  rowId: (r) => r.projectId,
};

export const ledgerLayout: FileLayout<LedgerRecord> = {
  kind: 'ledger',
  fileName: () => '已挂钩台账.csv',
  format: 'csv',
  encoding: 'utf-8',
  dateStyle: 'iso',
  columns: [
    { key: 'projectId', header: '项目编号', width: 20, value: (r) => r.projectId },
    { key: 'linkageYear', header: '挂钩年度', width: 10, value: (r) => String(r.linkageYear) },
    { key: 'creditedArea', header: '认定面积(公顷)', width: 14, value: (r) => exactText(r.creditedHa, 4) },
    { key: 'regionCode', header: '行政区代码', width: 11, value: (r) => r.regionCode },
  ],
  rows: (m) => m.ledger,
  rowId: (r) => r.projectId,
};

// Typed rows: what the readers (src/ingest) hand to the pipeline and the policy rules read. Every row keeps its source (file, sheet, row) so every
// figure is traceable; a bad cell leaves its field null and a finding — the row itself is never dropped.
import type { Exact } from './exact.js';
import type {
  AcceptanceResult, CityOpinion, DocumentType, FilingType, InspectionConclusion, InspectionMethod, LandSource,
  RedevelopmentType, RequisitionType, StartCheckResult, StockType, SupplyMethod, YesNo,
} from './vocabulary.js';

export type InputKind =
  | 'supply' | 'redevelopment' | 'reclamation' | 'evidence' | 'inspection' | 'start-check' | 'ledger' | 'carried';

/** A calendar date as 'YYYY-MM-DD' (deterministic, time-zone free). */
export type IsoDate = string;

/** Where a row came from: file name (as in the folder), sheet (xlsx only), row as a spreadsheet shows it. */
export interface SourceRef {
  file: string;
  sheet?: string;
  row: number;
}

/** A row's SourceRef as every reader makes it: the keys in this order (the JSON and the findings name them so), `sheet`
 *  only for a workbook. Written as literals, so that every source of a file shares one hidden class (BENCHMARKS.md "The
 *  10× peak, fifth pass": spread from another object, each source got one of its own). */
export function sourceRef(file: string, sheet: string | undefined, row: number): SourceRef {
  return sheet !== undefined ? { file, sheet, row } : { file, row };
}

/** A county-level region as resolved from code and/or name (inputs.md "Region codes"). */
export interface RegionRef {
  /** 6-digit code of a county, or of a city's own level (xxxx00, 市本级). */
  code: string;
}

export interface RowBase {
  source: SourceRef;
  /** Column header as written in the file, by field name: lets a finding name the column the user sees. */
  columns?: Partial<Record<string, string>>;
}

/** supply — 供地备案 (categories 1–5; stock-supply-share indicator). */
export interface SupplyRow extends RowBase {
  supervisionId: string;               // 电子监管号 (project id)
  region: RegionRef | null;            // null: unresolved (finding raised)
  projectName: string;
  location: string;                    // 坐落
  filingType: FilingType | null;       // 备案类型 (derived for national exports)
  supplyMethod: SupplyMethod | null;
  landSource: LandSource | null;
  stockType: StockType | null;
  requisitionType: RequisitionType | null;
  supplyAreaHa: Exact | null;          // 供地面积
  stockAreaHa: Exact | null;           // 存量面积 as given (national site: numeric 土地来源)
  surveyedAreaHa: Exact | null;        // 测绘面积
  landUse: string | null;              // 土地用途 (free text)
  plotRatio: Exact | null;             // 容积率
  standaloneSite: boolean | null;      // 是否单独选址
  signedDate: IsoDate | null;          // 签订日期
  agreedStartDate: IsoDate | null;     // 约定开工日期
  actualStartDate: IsoDate | null;     // 实际开工日期
}

/** redevelopment — 低效用地再开发 (category 6 when 再开发类型 = 退二进三). */
export interface RedevelopmentRow extends RowBase {
  projectId: string;
  region: RegionRef | null;
  projectName: string;
  location: string;
  redevelopmentType: RedevelopmentType | null;
  changedFloorAreaM2: Exact | null;    // 改变用途建筑面积 (m²)
  newPlotRatio: Exact | null;          // 新容积率
  changedUseAreaHa: Exact | null;      // 改变用途面积 (start material test)
  changedLandUseAreaHa: Exact | null;  // 改变土地用途面积 (completion material test; null → = changedUseAreaHa)
  newUse: string | null;               // 改变后用途 (free text; commercial real estate excluded by policy)
  governmentResupply: YesNo | null;    // 政府重新供地
  completedDate: IsoDate | null;       // 完成日期
}

/** reclamation — 增减挂钩复垦 (category 7). */
export interface ReclamationRow extends RowBase {
  projectId: string;
  region: RegionRef | null;
  projectName: string;
  reclaimedAreaHa: Exact | null;       // 复垦面积 (acceptance area)
  acceptance: AcceptanceResult | null; // 验收结论
  acceptanceDate: IsoDate | null;      // 验收日期
  approvalNo: string | null;           // 批准文号
}

/** evidence — 材料清单, one row per document. */
export interface EvidenceRow extends RowBase {
  projectId: string;
  documentType: DocumentType | null;
  stamped: YesNo | null;               // 盖章或签字
  statedLocation: string | null;       // 载明坐落
  statedAreaHa: Exact | null;          // 载明面积
  statedType: string | null;           // 载明类型 (free text: category name or 存量类型)
  // 文号 and 附件 are read and checked, not kept (UnkeptFieldsByKind).
}

export interface InspectionRow extends RowBase {
  projectId: string;
  method: InspectionMethod | null;
  conclusion: InspectionConclusion | null;
  verifiedAreaHa: Exact | null;        // 核实面积
  note: string | null;
}

export interface StartCheckRow extends RowBase {
  projectId: string;
  region: RegionRef | null;
  linkageYear: number | null;          // 挂钩年度 (must be Y−1)
  creditedAreaHa: Exact | null;        // 认定面积
  result: StartCheckResult | null;     // 核查结果
  note: string | null;
}

export interface LedgerRow extends RowBase {
  projectId: string;
  linkageYear: number | null;
  creditedAreaHa: Exact | null;
  region: RegionRef | null;
}

/** carried — 结转扣减: a county's carried-forward deduction of an earlier plan (docs/spec/domain.md Decisions 6). */
export interface CarriedRow extends RowBase {
  region: RegionRef | null;
  /** 年度: the plan year it was carried from (null: not given → the year before the run's). */
  linkageYear: number | null;
  carriedHa: Exact | null;
}

/** One city's returned review workbook, read back (src/review-workbook/read.ts; 浙土资发〔2017〕19号 四、1). */
export interface CityFeedback {
  cityCode: string;
  file: string;
  opinions: CityOpinionRow[];
}
export interface CityOpinionRow extends RowBase {
  projectId: string;
  opinion: CityOpinion | null;
  note: string | null;
}

/**
 * The columns of each kind that are read and checked like the others (their cells' findings stand) but not kept in
 * the row, since no stage and no output reads them: a spec marks them `kept: false` (src/ingest/columns/types.ts).
 * At 10× the evidence's 文号 and 附件 were 47 MB of texts held to the end of reading (BENCHMARKS.md "The 10× peak,
 * third pass").
 */
export interface UnkeptFieldsByKind {
  supply: never;
  redevelopment: never;
  reclamation: never;
  evidence: 'documentNo' | 'attachment';   // 文号, 附件
  inspection: never;
  'start-check': never;
  ledger: never;
  carried: never;
}

/** The typed row of each input kind (readers return these). */
export interface RowByKind {
  supply: SupplyRow;
  redevelopment: RedevelopmentRow;
  reclamation: ReclamationRow;
  evidence: EvidenceRow;
  inspection: InspectionRow;
  'start-check': StartCheckRow;
  ledger: LedgerRow;
  carried: CarriedRow;
}

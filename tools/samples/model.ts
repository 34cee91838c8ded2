// The generator's model of a sample year: the records it will write (one type per input kind, holding the
// Chinese labels the files carry), the linkage candidates with what the generator expects compute to decide
// for them, the deliberate business branches and the deliberate input problems. Pure data, no I/O.
import type { Exact } from '../../src/domain/exact.js';
import type { CategoryId } from '../../src/policy/categories.js';
import type { IsoDate } from './format.js';

export type ProjectStatus = 'credited' | 'pending' | 'rejected' | 'fraud';
export type RecordKind = 'supply' | 'redevelopment' | 'reclamation';
export type FileKind = RecordKind | 'evidence' | 'inspection' | 'start-check' | 'ledger';

/** Raw cell text that replaces a column's value when written (deliberate input problems). */
export type RawOverrides = Partial<Record<string, string>>;

export interface SupplyRecord {
  id: string;
  regionCode: string;
  regionName: string;
  projectName: string;
  location: string;
  filingType: string;
  supplyMethod: string;
  landSource: string;
  stockType: string | null;
  requisitionType: string | null;
  supplyHa: Exact;
  /** 4 or 6: how many decimals the supply system printed for this row's areas. */
  decimals: 4 | 6;
  stockHa: Exact | null;
  surveyedHa: Exact | null;
  /** The surveyed area cell is stored as text (a common export quirk, not an error). */
  surveyedAsText: boolean;
  landUse: string;
  plotRatio: string | null;
  standalone: boolean;
  signed: IsoDate;
  agreedStart: IsoDate | null;
  actualStart: IsoDate | null;
  holder: string;
  priceWan: string | null;
  raw?: RawOverrides;
}

export interface RedevelopmentRecord {
  id: string;
  regionCode: string;
  regionName: string;
  projectName: string;
  location: string;
  type: string;
  floorM2: Exact;             // 改变用途建筑面积, 0.1 m²
  plotRatio: Exact;           // 新容积率, 0.1
  changedUseMu: Exact;        // 改变用途面积 in 亩, 0.01 亩
  changedLandUseMu: Exact | null;
  newUse: string;
  governmentResupply: '是' | '否' | null;
  completed: IsoDate;
  formerHolder: string;
  raw?: RawOverrides;
}

export interface ReclamationRecord {
  id: string;
  regionCode: string;
  projectName: string;
  reclaimedMu: Exact;         // 0.01 亩
  acceptance: '通过' | '不通过';
  accepted: IsoDate;
  approvalNo: string;
  raw?: RawOverrides;
}

export interface EvidenceRecord {
  projectId: string;
  docType: string;
  docNo: string | null;
  stamped: '是' | '否' | null;
  statedLocation: string | null;
  statedM2: Exact | null;     // 0.01 m²
  statedType: string | null;
  attachment: string | null;
}

export interface InspectionRecord {
  projectId: string;
  method: string;
  conclusion: string;
  verifiedHa: Exact | null;
  note: string | null;
}

export interface StartCheckRecord {
  projectId: string;
  regionCode: string;
  linkageYear: number;
  creditedHa: Exact;          // as shown in the year-(Y−1) plan: 4 decimals
  result: string;
  note: string | null;
}

export interface LedgerRecord {
  projectId: string;
  linkageYear: number;
  creditedHa: Exact;          // 4 decimals
  regionCode: string;
}

/** What the generator expects `compute` to decide (its reading of domain.md; the compute tests are the judge). */
export interface Expectation {
  status: ProjectStatus;
  /** Exact area credited this year; zero unless credited. */
  creditedHa: Exact;
  /** What would be credited with everything in order (basis of a fraud deduction). */
  eligibleHa: Exact;
}

export interface Candidate {
  id: string;
  kind: RecordKind;
  category: CategoryId;
  regionCode: string;
  expect: Expectation;
  /** The business branch this project was made for, if any. */
  branch?: string;
}

export interface BranchResult {
  key: string;
  ids: string[];
  /** Extra facts for the manifest (e.g. the county of the carried-forward deduction). */
  detail?: Record<string, string | number>;
}

export interface Problem {
  key: string;
  file: FileKind;
  /** The id of the row that carries the problem (a project id; the typo id for unknown-project evidence). */
  rowId: string;
  column: string;
  value: string;
  /** The finding code of src/findings the readers raise for it. */
  expectedFinding: string;
  zh: string;
  en: string;
}

/** Everything one sample year consists of. */
export interface YearModel {
  year: number;
  scale: number;
  seed: number;
  clean: boolean;
  /** Set when the year was made with another candidate share than the samples' (year.ts YearOptions). */
  candidateShare?: number;
  supply: SupplyRecord[];
  redevelopment: RedevelopmentRecord[];
  reclamation: ReclamationRecord[];
  evidence: EvidenceRecord[];
  inspection: InspectionRecord[];
  startCheck: StartCheckRecord[];
  ledger: LedgerRecord[];
  candidates: Candidate[];
  branches: BranchResult[];
  problems: Problem[];
}

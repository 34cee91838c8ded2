// Small builders of typed input rows (src/domain/rows.ts) for the policy and pipeline tests. Defaults make a
// clean, creditable project of year Y; each test overrides only what its rule is about.
import { Exact, toHectares } from '../../src/domain/exact.js';
import { regionByCode } from '../../src/domain/divisions.js';
import type {
  CarriedRow, CityFeedback, CityOpinionRow, EvidenceRow, InspectionRow, LedgerRow, ReclamationRow, RedevelopmentRow, SourceRef,
  StartCheckRow, SupplyRow,
} from '../../src/domain/rows.js';
import type { YearInputs } from '../../src/ingest/types.js';
import type { CategoryId } from '../../src/policy/categories.js';
import type { DocumentType } from '../../src/domain/vocabulary.js';

export const Y = 2025;
export const ha = (s: string): Exact => Exact.parseDecimal(s);
export const m2 = (s: string): Exact => toHectares(Exact.parseDecimal(s), 'm2');
export const mu = (s: string): Exact => toHectares(Exact.parseDecimal(s), 'mu');

export const FILES = {
  supply: '供地备案.xlsx', redevelopment: '低效用地再开发.csv', reclamation: '增减挂钩复垦.csv', evidence: '材料清单.csv',
  inspection: '核查结果.csv', startCheck: '开工核查.csv', ledger: '已挂钩台账.csv', carried: '结转扣减.csv',
} as const;

const counters = new Map<string, number>();
function nextRow(file: string): number {
  const n = (counters.get(file) ?? 1) + 1; // row 1 is the header
  counters.set(file, n);
  return n;
}
function src(file: string, row?: number, sheet?: string): SourceRef {
  const s: SourceRef = { file, row: row ?? nextRow(file) };
  if (sheet !== undefined) s.sheet = sheet;
  return s;
}

export const STOCK_TYPE_OF = { 1: 'reclaimed', 2: 'idle', 3: 'urban-village', 4: 'demolition' } as const;

/** A supply filing (default: category 1, 330102 上城区, 1 公顷 surveyed, signed in Y). */
export function supply(id: string, over: Partial<SupplyRow> & { row?: number; category?: 1 | 2 | 3 | 4 | 5 } = {}): SupplyRow {
  const { row, category, ...rest } = over;
  const byCategory: Partial<SupplyRow> =
    category === 5 ? { filingType: 'collective', landSource: 'collective-stock', stockType: null }
      : { filingType: 'transfer', landSource: 'state-stock', stockType: STOCK_TYPE_OF[category ?? 1] };
  return {
    source: src(FILES.supply, row, 'Sheet1'),
    supervisionId: id, region: { code: '330102' }, projectName: `项目${id}`, location: `上城区${id}号地块`,
    filingType: 'transfer', supplyMethod: 'listing', landSource: 'state-stock', stockType: 'reclaimed', requisitionType: null,
    supplyAreaHa: ha('1'), stockAreaHa: null, surveyedAreaHa: ha('1'), landUse: '商服用地', plotRatio: null, standaloneSite: false,
    signedDate: `${Y}-05-01`, agreedStartDate: null, actualStartDate: null,
    ...byCategory, ...rest,
  };
}

/** A 退二进三 redevelopment (default: 10,000 m² ÷ 2.5 = 0.4 公顷, filed 0.4 公顷, completed in Y). */
export function redevelopment(id: string, over: Partial<RedevelopmentRow> & { row?: number } = {}): RedevelopmentRow {
  const { row, ...rest } = over;
  return {
    source: src(FILES.redevelopment, row), projectId: id, region: { code: '330102' }, projectName: `再开发${id}`,
    location: `上城区${id}号厂房`, redevelopmentType: 'secondary-to-tertiary', changedFloorAreaM2: ha('10000'), newPlotRatio: ha('2.5'),
    changedUseAreaHa: ha('0.4'), changedLandUseAreaHa: null, newUse: '科技研发', governmentResupply: 'no', completedDate: `${Y}-06-30`,
    ...rest,
  };
}

/** A 增减挂钩 reclamation (default: 2 公顷, passed, accepted in Y). */
export function reclamation(id: string, over: Partial<ReclamationRow> & { row?: number } = {}): ReclamationRow {
  const { row, ...rest } = over;
  return {
    source: src(FILES.reclamation, row), projectId: id, region: { code: '330102' }, projectName: `复垦${id}`,
    reclaimedAreaHa: ha('2'), acceptance: 'passed', acceptanceDate: `${Y}-09-15`, approvalNo: '浙土整〔2024〕1号', ...rest,
  };
}

export function doc(projectId: string, documentType: DocumentType, over: Partial<EvidenceRow> & { row?: number } = {}): EvidenceRow {
  const { row, ...rest } = over;
  return {
    source: src(FILES.evidence, row), projectId, documentType, stamped: null, statedLocation: null,
    statedAreaHa: null, statedType: null, ...rest,
  };
}

const PROOF_OF = {
  1: 'state-reclaim-decision', 2: 'ownership-confirmation', 3: 'reclaim-material', 4: 'demolition-images', 5: 'requisition-approval',
} as const satisfies Record<1 | 2 | 3 | 4 | 5, DocumentType>;
const STATED_TYPE_OF = { 1: '回收收购土地', 2: '无主存量空闲地', 3: '城中村改造项目', 4: '“三改一拆”拆后土地', 5: '集体存量建设用地' } as const;

type AnyRow = SupplyRow | RedevelopmentRow | ReclamationRow;
function idOf(r: AnyRow): string { return 'supervisionId' in r ? r.supervisionId : r.projectId; }
export function categoryOfRow(r: AnyRow): CategoryId {
  if ('supervisionId' in r) {
    if (r.landSource === 'collective-stock' || r.landSource === 'conversion-requisition') return 5;
    return ({ reclaimed: 1, idle: 2, 'urban-village': 3, demolition: 4 } as const)[r.stockType as 'reclaimed'] ?? 1;
  }
  return 'redevelopmentType' in r ? 6 : 7;
}

/** Every document the project's category requires, valid (审核要求表), at the project's own location; the 审查意见书
 *  states the declared stock area (决定 5b), so it never bounds a surveyed area that is capped at it (决定 4). */
export function fullEvidence(r: AnyRow): EvidenceRow[] {
  const id = idOf(r);
  const c = categoryOfRow(r);
  if (c <= 5) {
    const loc = (r as SupplyRow).location;
    return [
      doc(id, 'review-opinion', { stamped: 'yes', statedType: STATED_TYPE_OF[c as 1], statedLocation: loc, statedAreaHa: (r as SupplyRow).stockAreaHa ?? (r as SupplyRow).supplyAreaHa }),
      doc(id, PROOF_OF[c as 1], { statedLocation: loc }),
    ];
  }
  if (c === 6) {
    const rd = r as RedevelopmentRow;
    return [
      doc(id, 'planning-change-approval', { statedLocation: rd.location, statedAreaHa: rd.changedUseAreaHa }),
      doc(id, 'land-use-supplementary-agreement', { statedLocation: rd.location, statedAreaHa: rd.changedLandUseAreaHa ?? rd.changedUseAreaHa }),
    ];
  }
  return [doc(id, 'project-approval'), doc(id, 'acceptance-record')];
}

export function inspectionRow(projectId: string, over: Partial<InspectionRow> & { row?: number } = {}): InspectionRow {
  const { row, ...rest } = over;
  return { source: src(FILES.inspection, row), projectId, method: 'onsite', conclusion: 'confirmed', verifiedAreaHa: null, note: null, ...rest };
}

export function startCheck(projectId: string, over: Partial<StartCheckRow> & { row?: number } = {}): StartCheckRow {
  const { row, ...rest } = over;
  return { source: src(FILES.startCheck, row), projectId, region: { code: '330102' }, linkageYear: Y - 1, creditedAreaHa: ha('0.3'), result: 'started', note: null, ...rest };
}

export function ledgerRow(projectId: string, over: Partial<LedgerRow> & { row?: number } = {}): LedgerRow {
  const { row, ...rest } = over;
  return { source: src(FILES.ledger, row), projectId, linkageYear: Y - 1, creditedAreaHa: ha('0.3'), region: { code: '330102' }, ...rest };
}

/** A carried-forward deduction (default: 330102, from the Y−1 plan, 0.4 公顷). */
export function carriedRow(over: Partial<CarriedRow> & { row?: number } = {}): CarriedRow {
  const { row, ...rest } = over;
  return { source: src(FILES.carried, row), region: { code: '330102' }, linkageYear: Y - 1, carriedHa: ha('0.4'), ...rest };
}

export function opinion(projectId: string, o: CityOpinionRow['opinion'], over: Partial<CityOpinionRow> & { row?: number; file?: string } = {}): CityOpinionRow {
  const { row, file, ...rest } = over;
  return { source: src(file ?? 'feedback/330100-杭州市.xlsx', row, '第1类'), projectId, opinion: o, note: null, ...rest };
}

export function workbook(cityCode: string, opinions: CityOpinionRow[]): CityFeedback {
  return { cityCode, file: `feedback/${cityCode}.xlsx`, opinions };
}

export interface YearParts {
  year?: number;
  supply?: SupplyRow[];
  redevelopment?: RedevelopmentRow[];
  reclamation?: ReclamationRow[];
  /** Default: fullEvidence of every project row given. */
  evidence?: EvidenceRow[];
  inspection?: InspectionRow[];
  startCheck?: StartCheckRow[];
  ledger?: LedgerRow[];
  carried?: CarriedRow[];
  /** Default: every city with a row returns a workbook agreeing (同意) with each of its rows. */
  feedback?: CityFeedback[];
  findings?: YearInputs['findings'];
}

/** A year's inputs; by default complete evidence and agreeing city opinions, so a case shows only its own rule. */
export function year(p: YearParts): YearInputs {
  const rows: AnyRow[] = [...(p.supply ?? []), ...(p.redevelopment ?? []), ...(p.reclamation ?? [])];
  const feedback = p.feedback ?? defaultFeedback(rows);
  return {
    year: p.year ?? Y, dataDir: '/test', dataOrigin: 'option', files: [],
    supply: p.supply ?? [], redevelopment: p.redevelopment ?? [], reclamation: p.reclamation ?? [],
    evidence: p.evidence ?? rows.flatMap(fullEvidence),
    inspection: p.inspection ?? [], startCheck: p.startCheck ?? [], ledger: p.ledger ?? [], carried: p.carried ?? [],
    feedback, findings: p.findings ?? [],
  };
}

function defaultFeedback(rows: AnyRow[]): CityFeedback[] {
  const byCity = new Map<string, CityOpinionRow[]>();
  for (const r of rows) {
    const city = r.region ? regionByCode(r.region.code)?.cityCode : undefined;
    if (!city) continue;
    const list = byCity.get(city) ?? [];
    list.push(opinion(idOf(r), 'agree', { file: `feedback/${city}.xlsx` }));
    byCity.set(city, list);
  }
  return [...byCity.entries()].map(([city, ops]) => workbook(city, ops));
}

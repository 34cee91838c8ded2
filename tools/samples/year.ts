// One sample year as a model (pure, no I/O): the linkage candidates and branches from History, the ordinary
// rows, last year's start check, the ledger and — unless clean — the deliberate input problems.
import { earlierFraudRow, startCheckRows, ledgerRows } from './annual.js';
import { History, FIRST_YEAR } from './history.js';
import type { YearModel } from './model.js';
import { ordinaryRows } from './ordinary.js';
import { addProblems } from './problems.js';
import { RegionTable } from './regions.js';

/** The Measures' first year plus two: the first year with a start check and a ledger hit two years back. */
export const MIN_SAMPLE_YEAR = FIRST_YEAR + 2;
export const MAX_SAMPLE_YEAR = 2100;
/** 浙土资发〔2017〕19号 was issued on 2017-08-16. */
export const DEFAULT_SEED = 20170816;

export interface YearOptions {
  year: number;
  scale: number;
  seed?: number;
  clean?: boolean;
  /** Share of supply rows that are linkage candidates (e.g. 0.55, Zhejiang's mix); none = the samples' ≈ 13 %. */
  candidateShare?: number;
}

export function checkOptions(o: YearOptions): void {
  if (!Number.isInteger(o.year) || o.year < MIN_SAMPLE_YEAR || o.year > MAX_SAMPLE_YEAR) {
    throw new RangeError(`year must be an integer from ${MIN_SAMPLE_YEAR} to ${MAX_SAMPLE_YEAR}: ${o.year}`);
  }
  if (!Number.isFinite(o.scale) || o.scale < 0.05 || o.scale > 1000) throw new RangeError(`scale must be from 0.05 to 1000: ${o.scale}`);
  if (o.seed !== undefined && (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff)) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295: ${o.seed}`);
  }
  if (o.candidateShare !== undefined && !(o.candidateShare >= 0.05 && o.candidateShare <= 0.9)) {
    throw new RangeError(`candidate share must be from 0.05 to 0.9: ${o.candidateShare}`);
  }
}

export function buildYear(o: YearOptions, history?: History): YearModel {
  checkOptions(o);
  const seed = o.seed ?? DEFAULT_SEED;
  const h = history ?? new History(seed, o.scale, new RegionTable(seed), o.candidateShare);
  const set = h.candidates(o.year);
  // Ordinary rows draw their ids after the candidates' (a copy: the memoised year stays untouched).
  const ctx = { ...set.ctx, usedIds: new Set(set.ctx.usedIds) };
  const ordinary = ordinaryRows(ctx);
  const start = startCheckRows(ctx, h);
  const earlierFraud = earlierFraudRow(ctx, h);
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const model: YearModel = {
    year: o.year,
    scale: o.scale,
    seed,
    clean: o.clean ?? false,
    ...(o.candidateShare === undefined ? {} : { candidateShare: o.candidateShare }),
    // Copies of the memoised records: problems alter rows of the written year only.
    supply: [...set.supply, ...ordinary.supply].map((r) => ({ ...r })).sort(byId),
    redevelopment: [...set.redevelopment, ...ordinary.redevelopment].map((r) => ({ ...r })).sort(byId),
    reclamation: set.reclamation.map((r) => ({ ...r })).sort(byId),
    evidence: set.evidence.map((e) => ({ ...e })),
    inspection: [...set.inspection, ...earlierFraud.rows].sort((a, b) => (a.projectId < b.projectId ? -1 : 1)),
    startCheck: start.rows,
    ledger: ledgerRows(o.year, h),
    candidates: set.candidates,
    branches: [...set.branches, ...start.branches, ...earlierFraud.branches, ...ordinary.branches],
    problems: [],
  };
  if (!model.clean) addProblems(model);
  // Evidence in project order, documents of one project in the order they were listed (a stable sort).
  model.evidence.sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
  return model;
}

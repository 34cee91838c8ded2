// The two inputs that look back: the December start check of last year's projects (Measures 五; inputs.md
// start-check) and the ledger of ids credited in earlier years (domain.md 决定 7; inputs.md ledger).
import { scaled, type YearContext } from './context.js';
import { largestCreditedRegions, type CreditedEntry } from './expect.js';
import { FIRST_YEAR, type History } from './history.js';
import { conclusionLabel, inspectionMethodLabel, startCheckLabel } from './labels.js';
import type { BranchResult, InspectionRecord, LedgerRecord, StartCheckRecord } from './model.js';
import { Rng } from './prng.js';
import { floorTo } from './format.js';
import { Exact } from '../../src/domain/exact.js';

const notes = {
  started: ['已开工建设', '已取得施工许可证并开工', '主体结构施工中'],
  'not-started-justified': ['因规划调整延期开工，已提供延期开工批复', '受台风影响停工，已提供县政府证明', '因文物勘探延期，已提供文物部门意见'],
  'not-started-unjustified': ['现场未开工，未能提供延期开工的合理证明'],
  revoked: ['出让合同已解除，项目撤销'],
} as const;

/**
 * Year-(Y−1) supply projects (categories 1–5, the ones with a construction start) with their plan areas.
 * Categories 6 (already converted) and 7 (reclaimed to farmland) have no construction start to check.
 */
export function startCheckRows(ctx: YearContext, history: History): { rows: StartCheckRecord[]; branches: BranchResult[] } {
  const year = ctx.year;
  const last = history.creditedIn(year - 1).filter((e) => e.kind === 'supply');
  const carried = history.carriedForward(year);
  const rng = Rng.derive(ctx.seed, year, 'start-check');
  const revokedId = carried?.revoked.id;
  // The unjustified non-start goes to a county whose quota this year absorbs the deduction (domain.md 决定 6).
  const large = new Set(largestCreditedRegions(history.candidates(year).candidates, 10, carried ? [carried.countyCode] : []));
  const eligibleForUnjustified = last.filter((e) => e.id !== revokedId && large.has(e.regionCode));
  const unjustified = eligibleForUnjustified.length > 0 ? rng.pick(eligibleForUnjustified).id : undefined;
  const rest = last.filter((e) => e.id !== revokedId && e.id !== unjustified);
  const justified = new Set(rng.sample(rest, Math.min(rest.length, scaled(ctx, 8, 2))).map((e) => e.id));

  const ids: Record<keyof typeof notes, string[]> = { started: [], 'not-started-justified': [], 'not-started-unjustified': [], revoked: [] };
  const rows = last.map((e: CreditedEntry): StartCheckRecord => {
    const result: keyof typeof notes = e.id === revokedId ? 'revoked' : e.id === unjustified ? 'not-started-unjustified'
      : justified.has(e.id) ? 'not-started-justified' : 'started';
    ids[result].push(e.id);
    // The unjustified row's 认定面积 was copied wrong (nine tenths of the plan's): compute deducts from the ledger's
    // figure and reports the difference (domain.md 决定 5c).
    const stated = e.id === unjustified ? floorTo(e.shownHa.mul(Exact.of(9, 10)), 4) : e.shownHa;
    return {
      projectId: e.id, regionCode: e.regionCode, linkageYear: e.year, creditedHa: stated,
      result: startCheckLabel(result), note: result === 'started' && !rng.chance(0.3) ? null : rng.pick(notes[result]),
    };
  });
  return {
    rows,
    branches: [
      { key: 'start-check-started', ids: ids.started },
      { key: 'start-check-not-started-justified', ids: ids['not-started-justified'] },
      { key: 'start-check-not-started-unjustified', ids: ids['not-started-unjustified'] },
      { key: 'start-check-revoked', ids: ids.revoked },
      { key: 'start-check-differs-from-ledger', ids: ids['not-started-unjustified'] },
    ],
  };
}

/** Every id credited from 2017 to Y−1, as the plans of those years listed them. */
export function ledgerRows(year: number, history: History): LedgerRecord[] {
  const rows: LedgerRecord[] = [];
  for (let y = FIRST_YEAR; y < year; y++) {
    for (const e of history.creditedIn(y)) rows.push({ projectId: e.id, linkageYear: y, creditedHa: e.shownHa, regionCode: e.regionCode });
  }
  return rows;
}

/**
 * Fraud found this year on a project credited two years ago (Measures 五; 用户手册 5.5): an on-site inspection row
 * naming an id of the ledger, in a county whose quota this year absorbs the deduction (2 × ledger area ÷ 3).
 */
export function earlierFraudRow(ctx: YearContext, history: History): { rows: InspectionRecord[]; branches: BranchResult[] } {
  const year = ctx.year;
  if (year - 2 < FIRST_YEAR) return { rows: [], branches: [] };
  const carried = history.carriedForward(year);
  const large = new Set(largestCreditedRegions(history.candidates(year).candidates, 10, carried ? [carried.countyCode] : []));
  const eligible = history.creditedIn(year - 2).filter((e) => large.has(e.regionCode) && e.id !== carried?.revoked.id);
  if (eligible.length === 0) return { rows: [], branches: [] };
  const e = Rng.derive(ctx.seed, year, 'earlier-fraud').pick(eligible);
  return {
    rows: [{ projectId: e.id, method: inspectionMethodLabel('onsite'), conclusion: conclusionLabel('untrue'), verifiedHa: null,
      note: `复查${year - 2}年度已挂钩项目：现场仍为原状，所报盘活不属实` }],
    branches: [{ key: 'inspection-fraud-earlier-year', ids: [e.id] }],
  };
}

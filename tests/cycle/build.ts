// Small builders for the cycle's tests: typed candidates, rows and snapshots made directly (no files).
import { Exact } from '../../src/domain/exact.js';
import type { SupplyRow } from '../../src/domain/rows.js';
import type { SpotCheckCandidate, WeightedCandidate } from '../../src/cycle/risk.js';
import type { CreditedEntry } from '../../src/cycle/start-list.js';

export function candidate(id: string, over: Partial<SpotCheckCandidate> = {}): SpotCheckCandidate {
  return {
    id, countyCode: '330102', projectName: `项目${id}`, location: '某街道某路', category: 1,
    creditedHa: Exact.parseDecimal('1'), warningCodes: [], cityOpinion: 'agree', countyPenalised: false, ...over,
  };
}

export function weighted(id: string, countyCode: string, weight: number): WeightedCandidate {
  return { ...candidate(id, { countyCode }), weight, factors: [] };
}

export function supplyRow(id: string, dates: { agreed?: string; actual?: string } = {}): SupplyRow {
  return {
    source: { file: '供地备案.xlsx', sheet: '供地备案', row: 2 },
    supervisionId: id, region: { code: '330102' }, projectName: `项目${id}`, location: '某路', filingType: 'transfer',
    supplyMethod: 'listing', landSource: 'state-stock', stockType: 'reclaimed', requisitionType: null,
    supplyAreaHa: Exact.ONE, stockAreaHa: Exact.ONE, surveyedAreaHa: Exact.ONE, landUse: '商服用地', plotRatio: null,
    standaloneSite: false, signedDate: '2024-05-01', agreedStartDate: dates.agreed ?? null, actualStartDate: dates.actual ?? null,
  };
}

export function credited(id: string, countyCode = '330102', area = '1.5', linkageYear = 2024): CreditedEntry {
  return { projectId: id, countyCode, linkageYear, creditedHa: Exact.parseDecimal(area), source: { file: '已挂钩台账.csv', row: 2 } };
}

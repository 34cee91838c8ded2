// Typed test rows for the indicator tests: every field explicit, areas as decimal strings → Exact.
import { Exact } from '../../src/domain/exact.js';
import type { RedevelopmentRow, SupplyRow } from '../../src/domain/rows.js';
import type { FilingType, LandSource, RedevelopmentType, RequisitionType, StockType, YesNo } from '../../src/domain/vocabulary.js';

const x = (v: string | null): Exact | null => (v === null ? null : Exact.parseDecimal(v));

export interface SupplySpec {
  id: string;
  row: number;
  county: string | null;
  source: LandSource | null;
  filing?: FilingType | null;
  stockType?: StockType | null;
  requisition?: RequisitionType | null;
  ha: string | null;
  stockHa?: string | null;
  use?: string | null;
  ratio?: string | null;
  standalone?: boolean | null;
  signed: string | null;
}

export function supply(s: SupplySpec): SupplyRow {
  return {
    source: { file: 'supply.csv', row: s.row },
    supervisionId: s.id,
    region: s.county === null ? null : { code: s.county },
    projectName: `项目${s.id}`,
    location: '某地',
    filingType: s.filing === undefined ? 'transfer' : s.filing,
    supplyMethod: 'listing',
    landSource: s.source,
    stockType: s.stockType ?? null,
    requisitionType: s.requisition ?? null,
    supplyAreaHa: x(s.ha),
    stockAreaHa: x(s.stockHa ?? null),
    surveyedAreaHa: null,
    landUse: s.use ?? null,
    plotRatio: x(s.ratio ?? null),
    standaloneSite: s.standalone ?? null,
    signedDate: s.signed,
    agreedStartDate: null,
    actualStartDate: null,
  };
}

export interface RedevelopmentSpec {
  id: string;
  row: number;
  county: string | null;
  type?: RedevelopmentType;
  useHa?: string | null;
  landUseHa?: string | null;
  floorM2?: string | null;
  newRatio?: string | null;
  resupply?: YesNo | null;
  completed: string | null;
}

export function redevelopment(s: RedevelopmentSpec): RedevelopmentRow {
  return {
    source: { file: 'redevelopment.csv', row: s.row },
    projectId: s.id,
    region: s.county === null ? null : { code: s.county },
    projectName: `再开发${s.id}`,
    location: '某地',
    redevelopmentType: s.type ?? 'secondary-to-tertiary',
    changedFloorAreaM2: x(s.floorM2 ?? null),
    newPlotRatio: x(s.newRatio ?? null),
    changedUseAreaHa: x(s.useHa ?? null),
    changedLandUseAreaHa: x(s.landUseHa ?? null),
    newUse: '商务办公',
    governmentResupply: s.resupply ?? null,
    completedDate: s.completed,
  };
}

export const d = (text: string): Exact => Exact.parseDecimal(text);
/** Exact equality as text, so a failing assertion shows both numbers. */
export const frac = (e: Exact | null | undefined): string | null => (e == null ? null : `${e.numerator}/${e.denominator}`);

// The action plan's indicator the sample year shows (用户手册 6.2): 存量土地供应占比 per city and for the province,
// computed by `landlink indicators` on the folder just written, and the supply rows whose counting changed when
// 集体建设用地征收 became stock supply (浙土资发〔2017〕19号 一、5; src/policy/stock-supply.ts).
import { runIndicators } from '../../src/app/indicators.js';
import { Exact } from '../../src/domain/exact.js';
import { stockSupplyOf } from '../../src/policy/stock-supply.js';

/** Read limits for a folder the generator wrote itself (up to the benchmark's 10× years). */
export const GENERATED_READ_LIMITS = ['maxRows=5000000'];

export interface ManifestIndicators {
  /** [code, name, 存量土地供应占比 in %, 2 decimals], the cities then 330000 全省. */
  stockSupplyShare: [string, string, string][];
  /** This year's supply rows of 集体建设用地征收 (counted as stock supply, no longer as new land). */
  collectiveRequisition: { rows: number; supplyHa: string };
}

const percent = (f: { value: Exact | null }): string => (f.value === null ? '—' : f.value.mul(100).toFixed(2));

export async function sampleIndicators(year: number, dataDir: string): Promise<ManifestIndicators> {
  // The generator's own folder is trusted: at the benchmark's 10× its ledger passes the default row limit (src/ingest/limits.ts).
  const { inputs, result } = await runIndicators({ year, data: dataDir, cwd: dataDir, readLimits: GENERATED_READ_LIMITS });
  const regions = [...result.cities, result.province];
  const collective = inputs.supply.filter((r) => r.signedDate?.startsWith(String(year)) && r.landSource === 'conversion-requisition'
    && stockSupplyOf(r) === 'stock' && r.standaloneSite !== true);
  return {
    stockSupplyShare: regions.map((r) => [r.code, r.name, percent(r.stockSupplyShare)]),
    collectiveRequisition: { rows: collective.length, supplyHa: Exact.sum(collective.map((r) => r.supplyAreaHa ?? Exact.ZERO)).toFixed(4) },
  };
}

// The bulk of a year that is not linkage: ordinary supply filings (new land, stock of type 其他, unused land,
// standalone-site infrastructure) and redevelopment of types other than 退二进三. They still matter: the
// stock-supply-share indicator counts them, and a reader has to classify every one of them.
import type { RedevelopmentType } from '../../src/domain/vocabulary.js';
import { scaled, type YearContext } from './context.js';
import type { BranchResult, RedevelopmentRecord, SupplyRecord } from './model.js';
import { Rng, WeightedPicker } from './prng.js';
import { makeSupply, type OrdinarySource } from './supply.js';
import { makeRedevelopment } from './works.js';

/** Ordinary supply rows at scale 1 (with ≈ 330 candidates the supply file has ≈ 2,400 rows; ≥ 2,100 in any year). */
export const ordinarySupplyCount = 2_050;
/** Redevelopment rows of other types at scale 1. */
export const otherRedevelopmentCount = 60;

const sources = new WeightedPicker<OrdinarySource>(
  ['farmland', 'new-state', 'stock-other', 'requisition-other', 'unused', 'standalone'],
  [55, 15, 8, 5, 3, 7],
);
const otherTypes = new WeightedPicker<Exclude<RedevelopmentType, 'secondary-to-tertiary'>>(
  ['industrial-upgrade', 'urban-village', 'other'], [2, 1, 1],
);

export interface OrdinaryRows {
  supply: SupplyRecord[];
  redevelopment: RedevelopmentRecord[];
  branches: BranchResult[];
}

export function ordinaryRows(ctx: YearContext): OrdinaryRows {
  const rng = Rng.derive(ctx.seed, ctx.year, 'ordinary-supply');
  const supply: SupplyRecord[] = [];
  const stockOther: string[] = [];
  const standalone: string[] = [];
  const n = scaled(ctx, ordinarySupplyCount * ctx.mix.ordinary);
  for (let i = 0; i < n; i++) {
    const source = sources.pick(rng);
    const r = makeSupply(ctx, rng, { kind: 'ordinary', source }, ctx.regions.pick(rng));
    supply.push(r);
    if (source === 'stock-other') stockOther.push(r.id);
    if (source === 'standalone') standalone.push(r.id);
  }
  const rrng = Rng.derive(ctx.seed, ctx.year, 'ordinary-redevelopment');
  const redevelopment: RedevelopmentRecord[] = [];
  for (let i = 0, m = scaled(ctx, otherRedevelopmentCount); i < m; i++) {
    redevelopment.push(makeRedevelopment(ctx, rrng, ctx.regions.pick(rrng), otherTypes.pick(rrng)));
  }
  return {
    supply,
    redevelopment,
    branches: [
      { key: 'redevelopment-not-linkage', ids: redevelopment.map((r) => r.id).sort() },
      { key: 'supply-stock-type-other', ids: stockOther.sort() },
      { key: 'supply-standalone-site', ids: standalone.sort() },
    ],
  };
}

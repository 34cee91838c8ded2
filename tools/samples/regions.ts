// Which regions the sample's rows fall in: all 90 counties of the division table (src/domain/divisions.ts),
// weighted by a rough share of each city's land supply, plus a few city levels (市本级, xxxx00) that file
// supply of their own development zones. The weights depend on the seed only, so a county keeps its size
// and its towns from one sample year to the next.
import { counties, regionByCode, type Region } from '../../src/domain/divisions.js';
import { Rng, WeightedPicker } from './prng.js';
import { shortName, townName } from './names.js';

/** Rough relative supply volume per city (设区市), for a realistic spread. */
const cityWeights: Record<string, number> = {
  '330100': 16, '330200': 15, '330300': 12, '330400': 9, '330500': 7, '330600': 9,
  '330700': 10, '330800': 5, '330900': 3, '331000': 9, '331100': 5,
};

/** City levels that file supply themselves (e.g. a city-run development zone). */
export const cityLevelCodes = ['330400', '330500', '330800', '331100'] as const;

export interface SampleRegion {
  region: Region;
  short: string;
  towns: readonly string[];
  weight: number;
  /** A county or county-level city (县/市), not an urban district (区): where reclamation happens. */
  rural: boolean;
}

export class RegionTable {
  readonly all: readonly SampleRegion[];
  private readonly byCode: Map<string, SampleRegion>;
  private readonly pickers = new Map<string, WeightedPicker<SampleRegion>>();

  constructor(seed: number) {
    const rng = Rng.derive(seed, 'regions');
    const list: SampleRegion[] = [];
    for (const region of counties) {
      const siblings = counties.filter((c) => c.cityCode === region.cityCode).length;
      const weight = ((cityWeights[region.cityCode] ?? 5) / siblings) * (0.5 + rng.next());
      const rural = !region.name.endsWith('区');
      list.push({ region, short: shortName(region.name), towns: makeTowns(rng, !rural), weight, rural });
    }
    for (const code of cityLevelCodes) {
      const region = regionByCode(code)!;
      list.push({ region, short: region.cityName.replace(/市$/, ''), towns: makeTowns(rng, true), weight: 0.6, rural: false });
    }
    this.all = list;
    this.byCode = new Map(list.map((r) => [r.region.code, r]));
  }

  get(code: string): SampleRegion {
    const r = this.byCode.get(code);
    if (!r) throw new RangeError(`no sample region ${code}`);
    return r;
  }

  /**
   * Weighted choice among the regions, optionally excluding some codes and city levels; `rural` favours
   * counties over urban districts (reclamation of 增减挂钩 demolition blocks is rural).
   */
  pick(rng: Rng, opts: { exclude?: readonly string[]; countiesOnly?: boolean; rural?: boolean } = {}): SampleRegion {
    const key = `${(opts.exclude ?? []).join(',')}|${opts.countiesOnly ? 1 : 0}|${opts.rural ? 1 : 0}`;
    let picker = this.pickers.get(key);
    if (!picker) {
      const items = this.all.filter((r) => !(opts.exclude ?? []).includes(r.region.code) && !(opts.countiesOnly && r.region.cityLevel));
      picker = new WeightedPicker(items, items.map((r) => r.weight * (opts.rural ? (r.rural ? 1.5 : 0.15) : 1)));
      this.pickers.set(key, picker);
    }
    return picker.pick(rng);
  }
}

function makeTowns(rng: Rng, urban: boolean): string[] {
  const towns = new Set<string>();
  const n = rng.int(6, 12);
  while (towns.size < n) towns.add(townName(rng, urban));
  return [...towns];
}

// carried — 结转扣减 (inputs.md "## carried"; domain.md Decisions 6): a county's carried-forward deduction of an
// earlier plan, deducted first by the next year's run. `ledger add` writes it; the plan's 分县 sheet reads as it too
// (no 年度 column there: the plan year is then the row's year, hence 年度 is not required).
import { regionCodeColumn, regionNameColumn, regionRequired } from './region.js';
import type { KindSpec } from './types.js';

export const carriedSpec = {
  kind: 'carried',
  names: { en: 'carried', zh: '结转扣减' },
  requiredAnyOf: [regionRequired],
  columns: [
    regionCodeColumn,
    regionNameColumn,
    { field: 'linkageYear', header: '年度', aliases: ['挂钩年度', '方案年度'], required: false, cell: { type: 'year' } },
    { field: 'carriedHa', header: '结转扣减', aliases: ['结转扣减指标', '结转扣减面积'], required: true, cell: { type: 'area', unit: 'ha' } },
  ],
} as const satisfies KindSpec<'carried'>;

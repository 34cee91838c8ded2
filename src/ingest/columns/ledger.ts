// ledger — 已挂钩台账 (inputs.md "## ledger"; domain.md Decisions 7: a parcel is credited at most once).
import { regionCodeColumn, regionNameColumn } from './region.js';
import type { KindSpec } from './types.js';

export const ledgerSpec = {
  kind: 'ledger',
  names: { en: 'ledger', zh: '已挂钩台账' },
  uniqueId: 'projectId',
  // inputs.md lists 项目编号, 挂钩年度, 认定面积(公顷), 行政区代码 without marking which are required: the id and
  // the year are what refusing double crediting needs; area and region are read when present.
  requiredAnyOf: [],
  columns: [
    { field: 'projectId', header: '项目编号', aliases: ['电子监管号'], required: true, cell: { type: 'id' } },
    { field: 'linkageYear', header: '挂钩年度', aliases: [], required: true, cell: { type: 'year' } },
    { field: 'creditedAreaHa', header: '认定面积', aliases: [], required: false, cell: { type: 'area', unit: 'ha' } },
    regionCodeColumn,
    regionNameColumn,
  ],
} as const satisfies KindSpec<'ledger'>;

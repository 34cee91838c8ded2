// The region columns every kind with a region shares (inputs.md supply: 行政区代码 "(as supply)" elsewhere).
import type { ColumnSpec, RegionColumnField } from './types.js';

export const regionCodeColumn = {
  field: 'regionCode', header: '行政区代码', aliases: ['区县代码', '行政区划代码', '所在地'], required: false, cell: { type: 'region-code' },
} as const satisfies ColumnSpec<'regionCode'>;

export const regionNameColumn = {
  field: 'regionName', header: '行政区', aliases: ['区县', '县(市、区)'], required: false, cell: { type: 'region-name' },
} as const satisfies ColumnSpec<'regionName'>;

/** inputs.md 行政区代码 "yes*": the code, or else the name, must be there. */
export const regionRequired = ['regionCode', 'regionName'] as const satisfies readonly RegionColumnField[];

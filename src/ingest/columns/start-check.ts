// start-check — 开工核查 (inputs.md "## start-check"; 浙土资发〔2017〕19号 五: 12月底前对上一年度项目开工情况进行核查).
import { startCheckResults } from '../../domain/vocabulary.js';
import { regionCodeColumn, regionNameColumn, regionRequired } from './region.js';
import type { KindSpec } from './types.js';

export const startCheckSpec = {
  kind: 'start-check',
  names: { en: 'start-check', zh: '开工核查' },
  uniqueId: 'projectId',
  requiredAnyOf: [regionRequired],
  columns: [
    { field: 'projectId', header: '项目编号', aliases: ['电子监管号'], required: true, cell: { type: 'id' } },
    regionCodeColumn,
    regionNameColumn,
    { field: 'linkageYear', header: '挂钩年度', aliases: [], required: true, cell: { type: 'year' } },
    { field: 'creditedAreaHa', header: '认定面积', aliases: [], required: true, cell: { type: 'area', unit: 'ha' } },
    { field: 'result', header: '核查结果', aliases: [], required: true, cell: { type: 'enum', vocabulary: startCheckResults } },
    { field: 'note', header: '说明', aliases: [], required: false, cell: { type: 'text' } },
  ],
} as const satisfies KindSpec<'start-check'>;

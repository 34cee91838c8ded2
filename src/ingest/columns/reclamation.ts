// reclamation — 增减挂钩复垦 (inputs.md "## reclamation"); category 7 (浙土资发〔2017〕19号 一、7;
// credited area = area in the acceptance document, 二、3).
import { acceptanceResults } from '../../domain/vocabulary.js';
import { regionCodeColumn, regionNameColumn, regionRequired } from './region.js';
import type { KindSpec } from './types.js';

export const reclamationSpec = {
  kind: 'reclamation',
  names: { en: 'reclamation', zh: '增减挂钩复垦' },
  uniqueId: 'projectId',
  requiredAnyOf: [regionRequired],
  columns: [
    { field: 'projectId', header: '项目编号', aliases: ['复垦项目编号', '拆旧区块编号'], required: true, cell: { type: 'id' } },
    regionCodeColumn,
    regionNameColumn,
    { field: 'projectName', header: '项目名称', aliases: [], required: true, cell: { type: 'text' } },
    { field: 'reclaimedAreaHa', header: '复垦面积', aliases: ['验收面积', '复核验收面积'], required: true, cell: { type: 'area', unit: 'ha' } },
    { field: 'acceptance', header: '验收结论', aliases: ['复核结论'], required: true, cell: { type: 'enum', vocabulary: acceptanceResults } },
    { field: 'acceptanceDate', header: '验收日期', aliases: ['复核验收日期'], required: true, cell: { type: 'date' } },
    { field: 'approvalNo', header: '批准文号', aliases: ['项目批准文号'], required: false, cell: { type: 'text' } },
  ],
} as const satisfies KindSpec<'reclamation'>;

// evidence — 材料清单, one row per document (inputs.md "## evidence"; the annex 审核要求表). 文号 and 附件 are checked,
// not kept: no rule of the annex and no output reads them (src/domain/rows.ts UnkeptFieldsByKind).
import { documentTypes } from '../../domain/vocabulary.js';
import type { KindSpec } from './types.js';

export const evidenceSpec = {
  kind: 'evidence',
  names: { en: 'evidence', zh: '材料清单' },
  requiredAnyOf: [],
  columns: [
    { field: 'projectId', header: '项目编号', aliases: ['电子监管号'], required: true, cell: { type: 'id' } },
    { field: 'documentType', header: '材料类型', aliases: ['材料名称'], required: true, cell: { type: 'enum', vocabulary: documentTypes } },
    { field: 'documentNo', header: '文号', aliases: [], required: false, kept: false, cell: { type: 'text' } },
    { field: 'stamped', header: '盖章或签字', aliases: ['是否盖章签字'], required: false, cell: { type: 'yes-no' } },
    { field: 'statedLocation', header: '载明坐落', aliases: ['材料坐落'], required: false, cell: { type: 'text' } },
    { field: 'statedAreaHa', header: '载明面积', aliases: ['材料面积'], required: false, cell: { type: 'area', unit: 'ha' } },
    { field: 'statedType', header: '载明类型', aliases: ['载明存量类型', '材料载明内容'], required: false, cell: { type: 'text' } },
    { field: 'attachment', header: '附件', aliases: ['文件路径'], required: false, kept: false, cell: { type: 'text' } },
  ],
} as const satisfies KindSpec<'evidence'>;

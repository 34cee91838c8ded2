// inspection — 核查结果 (inputs.md "## inspection"; 浙土资发〔2017〕19号 四、2 and 五: 错报/虚报 = fraud).
import { inspectionConclusions, inspectionMethods } from '../../domain/vocabulary.js';
import type { KindSpec } from './types.js';

export const inspectionSpec = {
  kind: 'inspection',
  names: { en: 'inspection', zh: '核查结果' },
  requiredAnyOf: [],
  columns: [
    // 电子监管号 added as an alias: for categories 1–5 the project id is the 电子监管号 (inputs.md supply).
    { field: 'projectId', header: '项目编号', aliases: ['电子监管号'], required: true, cell: { type: 'id' } },
    { field: 'method', header: '核查方式', aliases: [], required: false, cell: { type: 'enum', vocabulary: inspectionMethods } },
    { field: 'conclusion', header: '核查结论', aliases: [], required: true, cell: { type: 'enum', vocabulary: inspectionConclusions } },
    { field: 'verifiedAreaHa', header: '核实面积', aliases: [], required: false, cell: { type: 'area', unit: 'ha' } },
    { field: 'note', header: '说明', aliases: [], required: false, cell: { type: 'text' } },
  ],
} as const satisfies KindSpec<'inspection'>;

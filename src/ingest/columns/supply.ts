// supply — 供地备案 (inputs.md "## supply"). Source of categories 1–5 (浙土资发〔2017〕19号 一、1–5).
import { filingTypes, requisitionTypes, stockTypes, supplyMethods } from '../../domain/vocabulary.js';
import { regionCodeColumn, regionNameColumn, regionRequired } from './region.js';
import type { KindSpec } from './types.js';

export const supplySpec = {
  kind: 'supply',
  names: { en: 'supply', zh: '供地备案' },
  uniqueId: 'supervisionId',
  requiredAnyOf: [regionRequired],
  columns: [
    { field: 'supervisionId', header: '电子监管号', aliases: ['监管号', '项目编号'], required: true, cell: { type: 'id' } },
    regionCodeColumn,
    regionNameColumn,
    { field: 'projectName', header: '项目名称', aliases: [], required: true, cell: { type: 'text' } },
    { field: 'location', header: '坐落', aliases: ['项目位置', '宗地坐落', '土地坐落'], required: true, cell: { type: 'text' } },
    // "yes*": when the column is absent (national-site exports) it is derived (rows/supply.ts).
    { field: 'filingType', header: '备案类型', aliases: ['供地类型', '文书类型'], required: true, derivedWhenAbsent: true, cell: { type: 'enum', vocabulary: filingTypes } },
    { field: 'supplyMethod', header: '供地方式', aliases: [], required: false, cell: { type: 'enum', vocabulary: supplyMethods } },
    { field: 'landSource', header: '土地来源', aliases: [], required: true, cell: { type: 'land-source' } },
    { field: 'stockType', header: '存量类型', aliases: [], required: false, cell: { type: 'enum', vocabulary: stockTypes } },
    { field: 'requisitionType', header: '征收类型', aliases: ['征收土地类型'], required: false, cell: { type: 'enum', vocabulary: requisitionTypes } },
    { field: 'supplyAreaHa', header: '供地面积', aliases: ['面积', '出让面积', '划拨面积'], required: true, cell: { type: 'area', unit: 'ha' } },
    { field: 'stockAreaHa', header: '存量面积', aliases: ['其中存量面积'], required: false, cell: { type: 'area', unit: 'ha' } },
    { field: 'surveyedAreaHa', header: '测绘面积', aliases: ['权属测绘面积', '测绘核定面积'], required: false, cell: { type: 'area', unit: 'ha' } },
    { field: 'landUse', header: '土地用途', aliases: ['用途'], required: false, cell: { type: 'text' } },
    // 约定容积率下限 is how the national land-market site names it (tests/fixtures/real/SOURCES.md); added to inputs.md's aliases.
    { field: 'plotRatio', header: '容积率', aliases: ['约定容积率', '容积率下限', '约定容积率下限'], required: false, cell: { type: 'number' } },
    { field: 'standaloneSite', header: '是否单独选址', aliases: ['单独选址'], required: false, cell: { type: 'yes-no' } },
    { field: 'signedDate', header: '签订日期', aliases: ['合同签订日期', '决定书日期', '批准日期'], required: true, cell: { type: 'date' } },
    { field: 'agreedStartDate', header: '约定开工日期', aliases: ['约定开工时间'], required: false, cell: { type: 'date' } },
    { field: 'actualStartDate', header: '实际开工日期', aliases: ['实际开工时间'], required: false, cell: { type: 'date' } },
  ],
} as const satisfies KindSpec<'supply'>;

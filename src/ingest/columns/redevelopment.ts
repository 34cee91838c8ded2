// redevelopment — 低效用地再开发 (inputs.md "## redevelopment"); category 6 when 再开发类型 = 退二进三
// (浙土资发〔2017〕19号 一、6; credited area = 改变用途的建筑面积 ÷ 地块新的容积率, 二、2).
import { redevelopmentTypes } from '../../domain/vocabulary.js';
import { regionCodeColumn, regionNameColumn, regionRequired } from './region.js';
import type { KindSpec } from './types.js';

export const redevelopmentSpec = {
  kind: 'redevelopment',
  names: { en: 'redevelopment', zh: '低效用地再开发' },
  uniqueId: 'projectId',
  requiredAnyOf: [regionRequired],
  columns: [
    { field: 'projectId', header: '项目编号', aliases: ['再开发项目编号'], required: true, cell: { type: 'id' } },
    regionCodeColumn,
    regionNameColumn,
    { field: 'projectName', header: '项目名称', aliases: [], required: true, cell: { type: 'text' } },
    { field: 'location', header: '坐落', aliases: [], required: true, cell: { type: 'text' } },
    { field: 'redevelopmentType', header: '再开发类型', aliases: [], required: true, cell: { type: 'enum', vocabulary: redevelopmentTypes } },
    { field: 'changedFloorAreaM2', header: '改变用途建筑面积', aliases: ['改变用途的建筑面积'], required: true, cell: { type: 'area', unit: 'm2', target: 'm2' } },
    // "> 0" (inputs.md): a zero plot ratio would divide by zero in 二、2, so it is refused at the cell.
    { field: 'newPlotRatio', header: '新容积率', aliases: ['地块新容积率', '调整后容积率'], required: true, cell: { type: 'number', positive: true } },
    { field: 'changedUseAreaHa', header: '改变用途面积', aliases: [], required: true, cell: { type: 'area', unit: 'ha' } },
    { field: 'changedLandUseAreaHa', header: '改变土地用途面积', aliases: [], required: false, cell: { type: 'area', unit: 'ha' } },
    // Stays null when missing (not ''): the exclusion rules read null as "not stated" (policy/exclusions.ts).
    { field: 'newUse', header: '改变后用途', aliases: ['新用途'], required: true, cell: { type: 'text', nullable: true } },
    { field: 'governmentResupply', header: '政府重新供地', aliases: ['是否政府重新供地'], required: false, cell: { type: 'yes-no' } },
    { field: 'completedDate', header: '完成日期', aliases: ['办结日期'], required: true, cell: { type: 'date' } },
  ],
} as const satisfies KindSpec<'redevelopment'>;

// 说明 — what the city must do and by when (浙土资发〔2017〕19号 四、1: "各设区市国土资源局对上一年度存量建设用地
// 盘活挂钩项目逐个进行审核，于每年1月底前书面反馈审核意见"). B2 (year) and B3 (city code) are checked on read-back.
import { Exact } from '../domain/exact.js';
import type { ProjectResult } from '../pipeline/types.js';
import { categories, type CategoryId } from '../policy/categories.js';
import { fills, haStyle, intStyle, textStyle, wrapStyle } from '../report/styles.js';
import type { CellInput, CellStyle, SheetModel } from '../xlsx/index.js';
import { categorySheetName } from './category-sheet.js';
import { CITY_CELL, feedbackDeadline, YEAR_CELL } from './layout.js';
import { guideCitation } from '../domain/guide-sections.js';

const MEASURES_4_1 =
  '浙土资发〔2017〕19号 四、1 提取项目清单：“每年1月15日前，省厅根据浙江省建设用地供应动态监管系统、全省增减挂钩拆旧区块复核验收情况，' +
  '梳理提取各地上一年度存量建设用地盘活挂钩项目清单，下发各设区市国土资源局。各设区市国土资源局对上一年度存量建设用地盘活挂钩项目逐个进行审核，' +
  '于每年1月底前书面反馈审核意见。”';

const label: CellStyle = { bold: true, border: true, fill: fills.total };
const value: CellStyle = { border: true, wrap: true };

export function instructionsSheet(o: {
  year: number; cityCode: string; cityName: string; toolVersion: string; decimals: number;
  byCategory: [CategoryId, readonly ProjectResult[]][];
}): SheetModel {
  const deadline = feedbackDeadline(o.year);
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  const kv = (k: string, v: CellInput, style: CellStyle = value) => {
    rows.push([{ value: k, style: label }, typeof v === 'object' && v !== null && 'value' in v ? { ...v, style: { ...style, ...v.style } } : { value: v, style }]);
    merges.push(`B${rows.length}:E${rows.length}`);
  };
  rows.push([{ value: `${o.year}年度存量建设用地盘活挂钩项目审核表（${o.cityName}）`, style: { bold: true } }]);
  merges.push('A1:E1');
  kv(YEAR_CELL.label, { value: o.year, style: { align: 'left' } });
  kv(CITY_CELL.label, { value: o.cityCode, style: textStyle });
  kv('设区市', o.cityName);
  kv('反馈截止日期', { value: `${deadline}前`, style: { bold: true, fontColor: 'FF9C0006' } });
  kv('依据', MEASURES_4_1);
  kv('填写方法', [
    '1. 本工作簿按挂钩类别分为若干工作表，每行一个项目，请逐个审核。',
    '2. 在每行的“审核意见”列（黄色）从下拉列表选择：同意 / 不同意 / 需补正；选择“不同意”或“需补正”时，在“说明”列写明理由或需补正的材料。',
    '3. 除“审核意见”“说明”两列外，其他单元格均已锁定：请勿修改、增删行或工作表、调整顺序。工作簿内含校验信息，被改动的行或工作簿将不予采用。',
    `4. 填写完成后保存（保持 .xlsx 格式和文件名），于${deadline}前书面报送省厅。`,
  ].join('\n'));
  kv('审核意见的效力', `同意：按材料审核结果认定；不同意：不予认定；需补正：列为待补正，本次暂不认定（浙土资发〔2017〕19号 四、1；${guideCitation('cityOpinion')}、${guideCitation('onlyCreditedCounts')}）。`);
  kv('初审结果', '“初审认定面积”“初审状态”“问题说明”为省厅依据报送材料的初审结果，供审核参考；面积单位为公顷，保留 4 位小数。');
  rows.push([]);
  const head = (h: string): CellInput => ({ value: h, style: { ...label, align: 'center' } });
  rows.push([head('工作表'), head('类别'), head('项目数'), head('申报面积合计(公顷)')]);
  for (const [id, projects] of o.byCategory) {
    const total = Exact.sum(projects.map((p) => p.declaredHa.roundHalfUp(o.decimals)));
    rows.push([
      { value: categorySheetName(id), style: { border: true } },
      { value: categories[id].name, style: { border: true, wrap: true } },
      { value: projects.length, style: { ...intStyle, border: true } },
      { value: total.toNumber(o.decimals), style: { ...haStyle, border: true } },
    ]);
  }
  rows.push([]);
  rows.push([{ value: `由 landlink ${o.toolVersion} 生成`, style: { italic: true, fontColor: 'FF808080' } }]);
  return {
    name: '说明',
    columns: [{ width: 18 }, { width: 30, style: wrapStyle }, { width: 12 }, { width: 20 }, { width: 40 }],
    rows,
    merges,
    protect: true,
    print: { landscape: true, title: `${o.year}年度存量建设用地盘活挂钩项目审核表（${o.cityName}）` },
    tabColor: 'FFC00000',
  };
}

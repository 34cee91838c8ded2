// Finding codes raised by workbook round trips (the cities' returned review workbooks, read back by
// src/ingest/feedback.ts) and by writers. Locations name the file, sheet, row and column as the city sees them.
import type { FindingSpec } from './types.js';
import { guideCitation } from '../domain/guide-sections.js';

const MEASURES_4_1 = '浙土资发〔2017〕19号 四、1';

export const reportFindings = {
  'feedback-file-ignored': {
    severity: 'warning', label: '审核意见文件已忽略', article: guideCitation('feedbackInput'),
    message: '审核意见目录中的文件 {file} 不是 .xlsx 工作簿，已忽略',
    hint: '审核意见只接受 landlink extract 生成、设区市填写后返回的 .xlsx 工作簿；其他文件请移出该目录。',
  },
  'feedback-not-review-workbook': {
    severity: 'error', label: '不是审核工作簿', article: MEASURES_4_1,
    message: '{file} 不是 landlink 生成的审核意见工作簿（缺少校验信息），未采用',
    hint: '请设区市在 landlink extract 生成的审核工作簿上填写审核意见，不要另建或复制到新工作簿。',
  },
  'feedback-manifest-altered': {
    severity: 'error', label: '校验信息被修改', article: MEASURES_4_1,
    message: '{file} 的校验信息被修改或损坏，无法确认内容，未采用',
    hint: '请设区市在原始审核工作簿上重新填写审核意见后报送。',
  },
  'feedback-year-mismatch': {
    severity: 'error', label: '审核工作簿年度不符', article: MEASURES_4_1,
    message: '{file} 是 {value} 年度的审核工作簿，本次计算为 {expected} 年度，未采用',
    hint: '把该文件移出本年度的审核意见目录，换成本年度的审核工作簿。',
  },
  'feedback-city-mismatch': {
    severity: 'error', label: '审核工作簿设区市不符', article: MEASURES_4_1,
    message: '{file} 属于设区市 {value}，与{detail} {expected} 不一致，未采用',
    hint: '确认文件来自正确的设区市；不要改动文件名中的设区市代码或复制其他设区市的工作簿。',
  },
  'feedback-city-duplicate': {
    severity: 'error', label: '审核工作簿重复', article: MEASURES_4_1,
    message: '设区市 {value} 有多个审核工作簿（{detail}），均未采用',
    hint: '每个设区市只保留一个审核工作簿（最终版），其余移出该目录。',
  },
  'feedback-sheet-missing': {
    severity: 'error', label: '缺少工作表', article: MEASURES_4_1,
    message: '{file} 缺少工作表“{sheet}”（{count} 个项目），这些项目视为未填写审核意见',
    hint: '不要删除或重命名审核工作簿中的工作表。',
  },
  'feedback-cell-altered': {
    severity: 'error', label: '单元格被修改', article: MEASURES_4_1,
    message: '“{column}”（单元格 {cell}）被修改：现为“{value}”，原为“{expected}”；只能填写“审核意见”“说明”两列，该{scope}的审核意见未采用',
    hint: '恢复原值（或重新使用原始审核工作簿），只在“审核意见”“说明”两列填写。',
  },
  'feedback-row-added': {
    severity: 'error', label: '新增的行', article: MEASURES_4_1,
    message: '工作表“{sheet}”第 {row} 行不在下发的项目清单中（新增的行），已忽略',
    hint: '不要在审核工作簿中增加项目；清单有遗漏时请另行书面报告省厅。',
  },
  'feedback-opinion-invalid': {
    severity: 'error', label: '审核意见无法识别', article: MEASURES_4_1,
    message: '审核意见“{value}”无法识别（可选：{expected}），该项目视为未填写审核意见',
    hint: '在“审核意见”列的下拉列表中选择：同意、不同意或需补正。',
  },
  'feedback-note-missing': {
    severity: 'info', label: '未写明理由', article: MEASURES_4_1,
    message: '审核意见为“{value}”，但未在“说明”中写明理由',
    hint: '选择“不同意”或“需补正”时，请在“说明”列写明理由或需补正的材料。',
  },
} as const satisfies Record<string, FindingSpec>;

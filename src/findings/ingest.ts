// Finding codes raised while reading input files (spec/inputs.md "Reading rules").
import type { FindingSpec } from './types.js';

export const ingestFindings = {
  'file-unreadable': { severity: 'error', article: 'inputs.md 读取规则', message: '无法读取文件：{detail}', hint: '确认文件未损坏、未加密，并用 Excel/WPS 另存为 .xlsx 或 .csv 后重试。' },
  'folder-missing': { severity: 'error', article: 'inputs.md', message: '数据目录不存在：{detail}', hint: '用 --data 指定年度数据目录，或把文件放在 ./data/<年度>/。' },
  'kind-ambiguous': { severity: 'error', article: 'inputs.md', message: '多个文件都是“{kind}”类：{detail}', hint: '每类只保留一个文件，其余移出该目录。' },
  'supply-missing': { severity: 'error', article: 'inputs.md', message: '缺少必需的供地备案文件（supply / 供地备案）', hint: '把供地备案导出文件命名为 供地备案.xlsx 或 supply.csv 放入数据目录。' },
  'column-missing': { severity: 'error', article: 'inputs.md 读取规则', message: '缺少必需列“{column}”（可用列名：{expected}）', hint: '在表头中加入该列，或改用所列的别名之一。' },
  'header-not-found': { severity: 'error', article: 'inputs.md 读取规则', message: '找不到表头行：没有一行能匹配“{kind}”类一半以上的已知列名', hint: '检查是否选错了文件或工作表；表头应为 inputs.md 所列列名。' },
  'column-duplicate': { severity: 'warning', article: 'inputs.md 读取规则', message: '列“{column}”出现多次，取第一列', hint: '删除重复的列。' },
  'column-unknown': { severity: 'info', article: 'inputs.md 读取规则', message: '未识别的列“{column}”已忽略' },
  'cell-required': { severity: 'error', article: 'inputs.md', message: '必填项“{column}”为空' },
  'cell-number-invalid': { severity: 'error', article: 'inputs.md 读取规则', message: '“{column}”不是有效数字：{value}（应为：{expected}）' },
  'cell-area-negative': { severity: 'error', article: 'inputs.md 读取规则', message: '面积“{column}”不能为负数：{value}' },
  'cell-date-invalid': { severity: 'error', article: 'inputs.md 读取规则', message: '“{column}”不是有效日期：{value}（可用格式：{expected}）' },
  'cell-enum-invalid': { severity: 'error', article: 'inputs.md 读取规则', message: '“{column}”的值“{value}”不在可选范围内（可选：{expected}）' },
  'cell-text-invalid': { severity: 'error', article: 'inputs.md 读取规则', message: '“{column}”含无法识别的字符（可能是编码错误）：{value}' },
  'region-unknown': { severity: 'error', article: 'inputs.md 行政区代码', message: '无法识别的行政区：{value}' },
  'region-outside-zhejiang': { severity: 'error', article: 'inputs.md 行政区代码', message: '行政区代码 {value} 不在浙江省内' },
  'region-retired': { severity: 'warning', article: 'inputs.md 行政区代码', message: '行政区代码 {value} 已撤销，按继任代码 {expected} 处理' },
  'region-retired-ambiguous': { severity: 'error', article: 'inputs.md 行政区代码', message: '已撤销的行政区代码 {value} 有多个继任代码（{expected}），且行政区名称无法确定归属' },
  'region-name-mismatch': { severity: 'warning', article: 'inputs.md 行政区', message: '行政区名称“{value}”与代码所指的“{expected}”不一致，以代码为准' },
  'id-duplicate': { severity: 'error', article: 'inputs.md 电子监管号', message: '编号 {value} 在文件中重复出现（首次出现于第 {expected} 行）' },
  'encoding-gb18030': { severity: 'info', article: 'inputs.md 读取规则', message: '文件按 GB18030/GBK 编码读取' },
  'row-empty-skipped': { severity: 'info', article: 'inputs.md 读取规则', message: '跳过 {value} 个空行' },
} as const satisfies Record<string, FindingSpec>;

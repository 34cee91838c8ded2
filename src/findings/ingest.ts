// Finding codes raised while reading input files (docs/spec/inputs.md "Reading rules"). Codes marked "stop" are
// raised only as InputError (exit 2, nothing written); the others are findings on a row or a file.
import type { FindingSpec } from './types.js';
import { guideCitation } from '../domain/guide-sections.js';

export const ingestFindings = {
  // ── stop the run (InputError) ────────────────────────────────────────────────────────────────────────────
  'file-unreadable': { severity: 'error', label: '文件无法读取', article: guideCitation('fileNaming'), message: '无法读取文件：{detail}', hint: '确认文件未损坏、未加密，并用 Excel/WPS 另存为 .xlsx 或 .csv 后重试。' },
  'file-encrypted': { severity: 'error', label: '文件加密或为旧版格式', article: guideCitation('fileNaming'), message: '文件是加密的工作簿或旧版 .xls（OLE2 格式），无法读取', hint: '在 Excel/WPS 中取消密码保护，并另存为 .xlsx（Excel 工作簿）后重试。' },
  'file-not-xlsx': { severity: 'error', label: '扩展名与内容不符', article: guideCitation('fileNaming'), message: '扩展名是 .xlsx，但内容是文本（可能是改了扩展名的 CSV 文件）', hint: '把扩展名改为 .csv，或在 Excel/WPS 中打开后另存为 .xlsx。' },
  'file-corrupt': { severity: 'error', label: '文件已损坏', article: guideCitation('fileNaming'), message: '文件已损坏或不是有效的 .xlsx 工作簿：{detail}', hint: '重新导出该文件，或在 Excel/WPS 中打开后另存为 .xlsx。' },
  'file-format-unsupported': { severity: 'error', label: '文件格式不支持', article: guideCitation('fileNaming'), message: '不支持的文件格式“{value}”（可用：{expected}）', hint: '在 Excel/WPS 中打开后另存为 .xlsx 或 .csv。' },
  'file-limit-exceeded': { severity: 'error', label: '文件超过读取限制', article: guideCitation('cannotRun'), message: '文件超过读取限制“{label}”（{limit}）：实际 {value}，上限 {expected}，已停止读取。如确认文件可信，可加 --read-limit {limit}=<新上限> 后重试', hint: '该限制防止恶意或损坏的文件（如压缩炸弹）耗尽内存；通常应先检查文件来源。' },
  'read-limit-invalid': { severity: 'error', label: '读取限制参数无效', article: guideCitation('cannotRun'), message: '读取限制参数“{value}”无效（可用：{expected}）', hint: '写成 --read-limit 名称=正整数，如 --read-limit maxRows=2000000；各限制的名称与默认值见用户手册 9.2。' },
  'folder-missing': { severity: 'error', label: '数据目录不存在', article: guideCitation('folders'), message: '数据目录不存在：{detail}', hint: '用 --data 指定年度数据目录，或把文件放在 ./data/<年度>/。' },
  'folder-unreadable': { severity: 'error', label: '数据目录无法读取', article: guideCitation('folders'), message: '无法读取数据目录：{detail}', hint: '检查目录的访问权限，或把数据复制到本机的目录后用 --data 指定。' },
  'kind-ambiguous': { severity: 'error', label: '同类文件多于一个', article: guideCitation('fileNaming'), message: '多个文件都是“{kind}”类：{detail}', hint: '每类只保留一个文件，其余移出该目录。' },
  'supply-missing': { severity: 'error', label: '缺少供地备案', article: guideCitation('fileNaming'), message: '缺少必需的供地备案文件（supply / 供地备案）', hint: '把供地备案导出文件命名为 供地备案.xlsx 或 supply.csv 放入数据目录。' },
  'column-missing': { severity: 'error', label: '缺少必需列', article: guideCitation('headersUnitsDatesRegions'), message: '缺少必需列“{column}”（可用列名：{expected}）', hint: '在表头中加入该列，或改用所列的别名之一。' },
  'header-not-found': { severity: 'error', label: '找不到表头', article: guideCitation('headersUnitsDatesRegions'), message: '找不到表头行：前 {detail} 行中没有一行能匹配“{kind}”类的已知列名', hint: '检查是否选错了文件或工作表（工作表名可写成类别名，如“供地备案”）；表头应使用规定的列名，可用 landlink init 生成带表头的空白模板对照。' },
  // ── findings on a file ───────────────────────────────────────────────────────────────────────────────────
  'file-ignored': { severity: 'info', label: '文件已忽略', article: guideCitation('fileNaming'), message: '文件名不对应任何输入类别，已忽略', hint: '按用户手册 3.1 命名，如 供地备案.xlsx、supply-2025.csv。' },
  'feedback-folder-unreadable': { severity: 'warning', label: '审核意见目录无法读取', article: guideCitation('feedbackInput'), message: '设区市审核意见目录无法读取：{detail}；本次按未反馈处理', hint: '把设区市退回的审核工作簿放在数据目录下名为“审核意见”（或 feedback）的文件夹中。' },
  'encoding-gb18030': { severity: 'info', label: '按 GBK 编码读取', article: guideCitation('fileNaming'), message: '文件按 GB18030/GBK 编码读取' },
  'encoding-utf16': { severity: 'info', label: '按 UTF-16 编码读取', article: guideCitation('fileNaming'), message: '文件按 UTF-16（Excel“Unicode 文本”）编码读取' },
  'column-duplicate': { severity: 'warning', label: '列重复', article: guideCitation('headersUnitsDatesRegions'), message: '列“{column}”与前面的列“{expected}”是同一字段，取前面的列', hint: '删除重复的列。' },
  'column-unknown': { severity: 'info', label: '未识别的列', article: guideCitation('headersUnitsDatesRegions'), message: '未识别的列“{column}”已忽略' },
  'file-no-rows': { severity: 'warning', label: '没有数据行', article: guideCitation('headersUnitsDatesRegions'), message: '文件只有表头（第 {row} 行），没有数据行', hint: '确认导出时选对了年度和范围；不用的模板文件请移出数据目录。' },
  'column-unit-unknown': { severity: 'warning', label: '面积单位无法识别', article: guideCitation('headersUnitsDatesRegions'), message: '面积列“{column}”的单位“{value}”无法识别，按 {expected} 读取', hint: '在列名中写明单位：(公顷)、(亩) 或 (平方米)。' },
  // ── findings on a row or a cell ──────────────────────────────────────────────────────────────────────────
  'row-unreadable': { severity: 'error', label: '该行无法读取', article: guideCitation('headersUnitsDatesRegions'), message: '该行无法读取：{detail}', hint: '检查该行的引号是否成对。' },
  'header-repeated': { severity: 'warning', label: '表头重复', article: guideCitation('headersUnitsDatesRegions'), message: '该行重复了表头（第 {expected} 行），已跳过', hint: '删除多余的表头行（常见于多个导出文件拼接）。' },
  'cell-required': { severity: 'error', label: '必填项为空', article: guideCitation('headersUnitsDatesRegions'), message: '必填项“{column}”为空', hint: '补填该项；确实没有的，请向报送单位核实后补录。' },
  'cell-number-invalid': { severity: 'error', label: '数字无效', article: guideCitation('headersUnitsDatesRegions'), message: '“{column}”不是有效数字：{value}（应为：{expected}）', hint: '只填数字：去掉文字、单位和百分号；面积单位写在列名里，如 供地面积(亩)。' },
  'cell-area-negative': { severity: 'error', label: '面积为负', article: guideCitation('headersUnitsDatesRegions'), message: '面积“{column}”不能为负数：{value}', hint: '核对面积并改为正数。' },
  'cell-area-zero': { severity: 'warning', label: '面积为 0', article: guideCitation('headersUnitsDatesRegions'), message: '面积“{column}”为 0', hint: '核对面积：供地、复垦、改变用途的面积不应为 0；确为 0 的记录不会计入挂钩面积。' },
  'cell-date-invalid': { severity: 'error', label: '日期无效', article: guideCitation('headersUnitsDatesRegions'), message: '“{column}”不是有效日期：{value}（可用格式：{expected}）', hint: '改为实际存在的日期，如 2025-03-31；注意月份的天数（没有 2 月 30 日）和 1900 年以前的日期。' },
  'cell-enum-invalid': { severity: 'error', label: '取值不在可选范围', article: guideCitation('headersUnitsDatesRegions'), message: '“{column}”的值“{value}”不在可选范围内（可选：{expected}）', hint: '改为所列可选值之一（检查错别字、多余的字或符号）。' },
  'cell-text-invalid': { severity: 'error', label: '含无法识别的字符', article: guideCitation('headersUnitsDatesRegions'), message: '“{column}”含无法识别的字符（可能是编码错误）：{value}', hint: '在 Excel/WPS 中打开原文件，另存为 .xlsx 或“CSV UTF-8”后重试，并核对该单元格。' },
  'cell-too-long': { severity: 'error', label: '内容过长', article: guideCitation('headersUnitsDatesRegions'), message: '“{column}”过长，超过 Excel 单元格上限（应为：{expected}）：{value}', hint: '该单元格内容异常（可能是导出错误或多行粘贴进了一个单元格），请核对并改正。' },
  'cell-error': { severity: 'error', label: '单元格为错误值', article: guideCitation('headersUnitsDatesRegions'), message: '“{column}”是 Excel 错误值 {value}', hint: '修正该单元格的公式或改为数值。' },
  'cell-id-invalid': { severity: 'error', label: '编号被存成数字', article: guideCitation('headersUnitsDatesRegions'), message: '编号“{column}”被存成了数字且已超出精确范围：{value}', hint: '把该列设为文本格式后重新录入编号。' },
  'region-unknown': { severity: 'error', label: '行政区无法识别', article: guideCitation('headersUnitsDatesRegions'), message: '无法识别的行政区：{value}', hint: '填写 6 位县级行政区划代码（如 330102）或规范的县（市、区）名称。' },
  'region-outside-zhejiang': { severity: 'error', label: '行政区不在浙江省', article: guideCitation('headersUnitsDatesRegions'), message: '行政区代码 {value} 不在浙江省内', hint: '核对代码（浙江省的代码以 33 开头）；外省记录应从本省数据中删除。' },
  'region-retired': { severity: 'warning', label: '行政区代码已撤销', article: guideCitation('headersUnitsDatesRegions'), message: '行政区代码 {value} 已撤销，按继任代码 {expected} 处理' },
  'region-retired-ambiguous': { severity: 'error', label: '撤销代码归属不明', article: guideCitation('headersUnitsDatesRegions'), message: '已撤销的行政区代码 {value} 有多个继任代码（{expected}），且行政区名称无法确定归属', hint: '改填现行的行政区划代码，或在“行政区”列写明现属的县（市、区）。' },
  'region-name-mismatch': { severity: 'warning', label: '行政区名称与代码不符', article: guideCitation('headersUnitsDatesRegions'), message: '行政区名称“{value}”与代码所指的“{expected}”不一致，以代码为准' },
  'id-duplicate': { severity: 'error', label: '编号重复', article: guideCitation('parcelOnce'), message: '编号 {value} 在文件中重复出现（首次出现于第 {expected} 行）', hint: '删除重复的记录，或更正其中一条的编号。' },
  'filing-type-underivable': { severity: 'error', label: '备案类型无法确定', article: guideCitation('supplyInput'), message: '无法确定备案类型：文件没有“备案类型”列，供地方式与电子监管号（{value}）也不能推断', hint: '加入“备案类型”列（划拨决定书 / 出让合同 / 集体建设用地）。' },
  'land-source-number-invalid': { severity: 'error', label: '土地来源数值无效', article: guideCitation('supplyInput'), message: '土地来源为数值 {value}（已是建设用地的公顷数），应在 0 与供地面积 {expected} 之间', hint: '核对土地来源与供地面积；可改填土地来源名称，如 国有存量建设用地。' },
} as const satisfies Record<string, FindingSpec>;

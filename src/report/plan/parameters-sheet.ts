// 参数 — enough to reproduce the run (outputs.md 6): the policy in force, each parameter with its article
// (parameterDocs), every input file (kind, rows read, SHA-256), the tool version, the year and the policy source.
import type { ComputeResult } from '../../pipeline/types.js';
import { parameterDocs, type Policy } from '../../policy/parameters.js';
import type { CellInput, CellStyle, SheetModel } from '../../xlsx/index.js';
import { fills, intStyle, textStyle, wrapStyle } from '../styles.js';
import { kindLabel } from '../labels.js';
import { REWARD_DOCUMENT, REWARD_SENTENCE } from '../../policy/reward.js';
import { planPrint } from './print.js';
import { guideCitation } from '../../domain/guide-sections.js';

export const PARAMETERS_SHEET = '参数';

const section: CellStyle = { bold: true, fill: fills.section };
const head: CellStyle = { bold: true, fill: fills.total, border: true, align: 'center' };
const boxed: CellStyle = { border: true };

function box(values: CellInput[]): CellInput[] {
  return values.map((v) => (v !== null && typeof v === 'object' && 'value' in v ? { ...v, style: { ...boxed, ...v.style } } : { value: v, style: boxed }));
}

/** A parameter's value as shown: numbers as numbers, booleans 是/否, lists joined with 、 (any future shape as JSON). */
export function policyValue(v: unknown): CellInput {
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return { value: v, style: { align: 'left' } };
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return { value: v.map(String).join('、'), style: wrapStyle };
  return JSON.stringify(v) ?? null;
}

export function parametersSheet(result: ComputeResult, meta: { toolVersion: string; date: Date }): SheetModel {
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  const title = (text: string) => { rows.push([{ value: text, style: section }]); merges.push(`A${rows.length}:F${rows.length}`); };

  title('一、政策参数');
  rows.push(['参数', '取值', '依据', '代码'].map((h) => ({ value: h, style: head })));
  for (const key of Object.keys(parameterDocs) as (keyof Policy)[]) {
    const doc = parameterDocs[key];
    if (key === 'lowEfficiencyIndustrialReward') {
      // The opt-in reward is listed only when it was on: off, the sheet stays as it was before the extension existed.
      const reward = result.policy.lowEfficiencyIndustrialReward;
      if (reward.enabled) rows.push(box([doc.label, { value: `已启用，${reward.ratio}:1`, style: wrapStyle }, doc.article, key]));
      continue;
    }
    rows.push(box([doc.label, policyValue(result.policy[key]), doc.article, key]));
  }
  rows.push([]);

  title('二、输入文件');
  rows.push(['文件', '类别', '工作表', '读取行数', 'SHA-256', '编码'].map((h) => ({ value: h, style: head })));
  for (const f of result.inputs) {
    rows.push(box([f.name, kindLabel[f.kind], f.sheet ?? null, { value: f.rows, style: intStyle }, { value: f.sha256, style: textStyle }, f.encoding ?? null]));
  }
  if (result.inputs.length === 0) rows.push(box(['（无）']));
  rows.push([]);

  title('三、运行信息');
  const source = result.policySource === 'default' ? `默认参数（浙土资发〔2017〕19号；《办法》未规定之处见${guideCitation('decisions')}）` : result.policySource;
  const info: [string, CellInput][] = [
    ['挂钩年度', { value: result.year, style: { ...intStyle, align: 'left' } }],
    ['政策来源', source],
    ['工具', `landlink ${meta.toolVersion}`],
    ['实施依据', '浙江省国土资源厅《新增建设用地计划分配与存量建设用地盘活挂钩办法》（浙土资发〔2017〕19号）'],
    ...(result.reward ? [['政策扩展', `已启用：${REWARD_DOCUMENT}四、(二)“${REWARD_SENTENCE}”——工业用地提质项目通过整治验收的，按 ${result.reward.policy.ratio}:1 奖励指标，计入核定指标`] as [string, CellInput]] : []),
    ['取整规则', `县级认定面积、挂钩指标（= 未取整认定面积 ÷ ${result.policy.ratio}）、扣减指标各四舍五入保留 ${result.policy.roundingDecimals} 位小数（公顷），核定指标、结转扣减由取整后数字计算；设区市、全省为县级之和（${guideCitation('exactArithmetic')}、${guideCitation('netQuotaNotNegative')}）`],
    ['文件日期', meta.date.toISOString().slice(0, 10)],
  ];
  for (const [k, v] of info) rows.push(box([{ value: k, style: { bold: true } }, typeof v === 'string' ? { value: v, style: wrapStyle } : v]));
  const infoEnd = rows.length;
  for (let r = infoEnd - info.length + 1; r <= infoEnd; r++) merges.push(`B${r}:F${r}`);

  return {
    name: PARAMETERS_SHEET,
    columns: [{ maxWidth: 44 }, { maxWidth: 24 }, { maxWidth: 40, style: wrapStyle }, { maxWidth: 28 }, { width: 68 }, { maxWidth: 12 }],
    rows,
    merges,
    print: planPrint(result.year, '参数'),
  };
}

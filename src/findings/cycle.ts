// Finding codes raised by the rest of the yearly cycle (docs/yearly-cycle.md): the ledger, the start-check list, the
// spot-check draw. Owned by src/cycle. All of them stop the run (InputError → exit 2): nothing is written.
import type { FindingSpec } from './types.js';
import { guideCitation } from '../domain/guide-sections.js';

export const cycleFindings = {
  'ledger-duplicate': {
    severity: 'error', label: '台账编号重复', article: guideCitation('parcelOnce'),
    message: '已挂钩台账中已有这些项目编号，未写入任何内容：{value}',
    hint: '同一地块只能挂钩一次。检查是否重复登记了同一年度的挂钩方案，或方案中的项目在以前年度已挂钩。',
  },
  'ledger-file-invalid': {
    severity: 'error', label: '台账有误', article: guideCitation('ledgerInput'),
    message: '已挂钩台账有 {value} 处错误（此处为第一处），为免丢失数据未写入',
    hint: '先用 landlink validate 查看并修正台账中的错误，再登记。',
  },
  'plan-ledger-missing': {
    severity: 'error', label: '方案缺少台账', article: guideCitation('ledgerSheet'),
    message: '挂钩方案中没有“台账”工作表（应有列：{expected}）',
    hint: '指定 landlink compute 写出的挂钩方案（out/<年度>/挂钩方案-<年度>.xlsx）。',
  },
  'plan-ledger-invalid': {
    severity: 'error', label: '方案台账有误', article: guideCitation('ledgerSheet'),
    message: '“台账”工作表有误：{detail}',
    hint: '台账工作表由 landlink compute 写出，请勿手工修改；重新运行 compute。',
  },
  'start-list-source-missing': {
    severity: 'error', label: '找不到认定项目', article: '浙土资发〔2017〕19号 五',
    message: '找不到 {value} 年度认定的项目：{detail}',
    hint: '先运行 landlink compute <年度> 并 landlink ledger add 登记台账，或用 --ledger / --plan 指定文件。',
  },
} as const satisfies Record<string, FindingSpec>;

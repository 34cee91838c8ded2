import type { ChalkInstance } from 'chalk';
import type { YearInputs } from '../../ingest/types.js';
import { renderTable } from './table.js';

const kindLabel: Record<string, string> = {
  supply: '供地备案', redevelopment: '低效用地再开发', reclamation: '增减挂钩复垦', evidence: '材料清单',
  inspection: '核查结果', 'start-check': '开工核查', ledger: '已挂钩台账', feedback: '设区市反馈',
};

export function originLine(inputs: Pick<YearInputs, 'dataDir' | 'dataOrigin'>, c: ChalkInstance): string {
  const how = inputs.dataOrigin === 'option' ? '（--data 指定）'
    : inputs.dataOrigin === 'cwd' ? '（./data/<年度>）'
    : c.yellow('（未找到 ./data/<年度>，使用自带样例数据）');
  return `数据目录：${inputs.dataDir} ${how}`;
}

export function renderInputs(inputs: YearInputs, c: ChalkInstance): string[] {
  const rows = inputs.files.map((f) => [kindLabel[f.kind] ?? f.kind, f.name + (f.sheet ? `「${f.sheet}」` : ''), String(f.rows)]);
  const missing = Object.keys(kindLabel).filter((k) => k !== 'feedback' && !inputs.files.some((f) => f.kind === k));
  const lines = renderTable(['类别', '文件', '行数'], rows, ['left', 'left', 'right']);
  if (missing.length) lines.push(c.gray(`未提供：${missing.map((k) => kindLabel[k]).join('、')}`));
  return lines;
}

// The terminal view of `landlink status` (pure: a CycleStatus → lines; the command prints them).
import type { ChalkInstance } from 'chalk';
import { renderTable } from './table.js';
import type { CycleStatus, StepState } from '../../cycle/status.js';

const stateLabel: Record<StepState, string> = { done: '✓ 完成', stale: '! 需重算', upcoming: '· 未到', todo: '○ 待办', late: '✗ 逾期' };

function paintState(c: ChalkInstance, state: StepState, text: string): string {
  switch (state) {
    case 'done': return c.green(text);
    case 'stale': return c.yellow(text);
    case 'late': return c.red(text);
    case 'todo': return c.bold(text);
    case 'upcoming': return c.gray(text);
  }
}

const originLabel: Record<NonNullable<CycleStatus['dataOrigin']>, string> = {
  option: '（--data 指定）', cwd: '（./data/<年度>）', samples: '（未找到 ./data/<年度>，使用自带样例数据）',
};

export function renderStatus(st: CycleStatus, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const p = st.phase;
  lines.push(c.bold(`${st.year} 年度存量建设用地盘活挂钩 — 今天 ${st.today}`));
  const due = p.deadline ? `，截止 ${p.deadline}（${p.daysToDeadline! >= 0 ? `还有 ${p.daysToDeadline} 天` : `已过 ${-p.daysToDeadline!} 天`}）` : '';
  lines.push(`当前阶段：${p.label}${due}  ${c.gray(p.article)}`);
  lines.push(`数据目录：${st.dataDir ?? c.red('未找到')}${st.dataOrigin ? ' ' + originLabel[st.dataOrigin] : ''}`);
  lines.push('');

  lines.push(c.bold('输入数据'));
  const inputRows = st.inputs.map((i) => [
    i.label + (i.required ? '（必需）' : ''),
    i.present ? (i.file ?? '') : (i.required ? c.red('缺少') : c.gray('未提供')),
    i.error ? c.red(`无法读取：${i.error}`) : i.rows === null ? '' : i.kind === 'feedback' ? `${i.rows} 个文件` : `${i.rows} 行`,
  ]);
  lines.push(...renderTable(['类别', '文件', '内容'], inputRows, ['left', 'left', 'right']));
  lines.push(`设区市反馈：${st.feedback.returned.length}/${st.feedback.returned.length + st.feedback.missing.length}` +
    (st.feedback.missing.length && st.feedback.returned.length ? `（未返回：${st.feedback.missing.map((x) => x.name).join('、')}）` : '') +
    (st.feedback.unrecognised.length ? c.yellow(`；无法识别所属设区市的文件：${st.feedback.unrecognised.join('、')}`) : ''));
  lines.push(`核查结果：${st.inspectionIn ? '已提供' : '未提供'}；${st.year - 1} 年度项目开工核查：${st.previousStartCheckIn ? '已提供' : '未提供'}`);
  lines.push('');

  lines.push(c.bold('年度流程'));
  const stepRows = st.steps.map((s) => [
    paintState(c, s.state, stateLabel[s.state]), s.label, s.deadline ?? '审定后', s.detail,
  ]);
  lines.push(...renderTable(['状态', '步骤', '截止', '情况'], stepRows, ['left', 'left', 'left', 'left']));
  lines.push('');
  if (st.next) {
    const when = st.next.from ? `（${st.next.from} 起）` : '';
    lines.push(c.bold('下一步：') + (st.next.command ? c.cyan(st.next.command) + '  ' : '') + st.next.instruction + when);
  } else {
    lines.push(c.green(`${st.year} 年度周期已全部完成。`) + `下一步：landlink status ${st.year + 1}`);
  }
  return lines;
}

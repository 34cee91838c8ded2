// The yearly cycle of the Measures (浙土资发〔2017〕19号 四、五; domain.md "Who uses it, when") as data: for linkage
// year Y, every step falls in year Y+1 — extract by 15 January, city opinions by 31 January, desk review and
// on-site spot checks in February–March, the linkage plan by 31 March, the quota issued after approval, the
// start-of-construction check by 31 December.
import type { IsoDate } from '../domain/rows.js';
import { guideCitation } from '../domain/guide-sections.js';

export type PhaseId = 'not-started' | 'year-running' | 'extract' | 'feedback' | 'inspection' | 'issue' | 'start-check' | 'closed';

export interface Phase {
  id: PhaseId;
  label: string;
  article: string;
  from: IsoDate | null;
  to: IsoDate | null;
  /** The deadline of what is due in this phase, when the Measures give one. */
  deadline: IsoDate | null;
}

const d = (year: number, mmdd: string): IsoDate => `${year}-${mmdd}`;

/** The phases of linkage year Y in calendar order; they tile the time line without gaps. */
export function phasesOf(year: number): Phase[] {
  const n = year + 1;
  return [
    { id: 'not-started', label: `${year} 年度尚未开始`, article: guideCitation('calendar'), from: null, to: d(year - 1, '12-31'), deadline: null },
    { id: 'year-running', label: `${year} 年度进行中：供地备案、再开发、复垦验收陆续录入`, article: '浙土资发〔2017〕19号 二、1', from: d(year, '01-01'), to: d(year, '12-31'), deadline: d(n, '01-15') },
    { id: 'extract', label: '提取上一年度挂钩项目清单，下发各设区市', article: '浙土资发〔2017〕19号 四、1', from: d(n, '01-01'), to: d(n, '01-15'), deadline: d(n, '01-15') },
    { id: 'feedback', label: '各设区市逐个审核项目，书面反馈审核意见', article: '浙土资发〔2017〕19号 四、1', from: d(n, '01-16'), to: d(n, '01-31'), deadline: d(n, '01-31') },
    { id: 'inspection', label: '内业审核与实地抽查，编制挂钩方案', article: '浙土资发〔2017〕19号 四、2、3', from: d(n, '02-01'), to: d(n, '03-31'), deadline: d(n, '03-31') },
    { id: 'issue', label: '挂钩方案审定后下达指标，登记已挂钩台账', article: '浙土资发〔2017〕19号 四、4', from: d(n, '04-01'), to: d(n, '11-30'), deadline: null },
    { id: 'start-check', label: '核查上一年度挂钩项目开工情况', article: '浙土资发〔2017〕19号 五', from: d(n, '12-01'), to: d(n, '12-31'), deadline: d(n, '12-31') },
    { id: 'closed', label: `${year} 年度周期已结束；开工核查结果由 compute ${n} 扣减`, article: guideCitation('deductionYearAndBase'), from: d(n + 1, '01-01'), to: null, deadline: null },
  ];
}

export function phaseOn(year: number, today: IsoDate): Phase {
  return phasesOf(year).find((p) => (p.from === null || p.from <= today) && (p.to === null || today <= p.to))!;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const t = (s: IsoDate): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(to) - t(from)) / 86_400_000);
}

export type StepId = 'supply' | 'extract' | 'feedback' | 'sample' | 'inspection' | 'compute' | 'ledger' | 'start-list' | 'start-check';

export interface StepSpec {
  id: StepId;
  label: string;
  article: string;
  opens(year: number): IsoDate;
  deadline(year: number): IsoDate | null;
  /** `compute` can go on without it once its deadline has passed (it is then only reported as late). */
  skippableWhenLate: boolean;
  /** The command that does the step, if landlink does it. */
  command?(year: number): string;
  /** What the officer does, in Chinese. */
  instruction(year: number): string;
}

export const steps: readonly StepSpec[] = [
  {
    id: 'supply', label: '年度数据（供地备案等）', article: '浙土资发〔2017〕19号 四、1', skippableWhenLate: false,
    opens: (y) => d(y, '01-01'), deadline: (y) => d(y + 1, '01-15'),
    instruction: (y) => `把 ${y} 年度供地备案等导出文件放入 data/${y}/（如 供地备案.xlsx），再运行 landlink validate ${y}`,
  },
  {
    id: 'extract', label: '提取项目清单，下发各设区市', article: '浙土资发〔2017〕19号 四、1', skippableWhenLate: true,
    opens: (y) => d(y + 1, '01-01'), deadline: (y) => d(y + 1, '01-15'),
    command: (y) => `landlink extract ${y}`,
    instruction: (y) => `写出各设区市审核表（out/${y}/review/），下发各设区市`,
  },
  {
    id: 'feedback', label: '设区市反馈审核意见', article: '浙土资发〔2017〕19号 四、1', skippableWhenLate: true,
    opens: (y) => d(y + 1, '01-01'), deadline: (y) => d(y + 1, '01-31'),
    instruction: (y) => `等待各设区市返回审核表；收到后放入 data/${y}/审核意见/，运行 landlink validate ${y}`,
  },
  {
    id: 'sample', label: '实地抽查清单', article: '浙土资发〔2017〕19号 四、2', skippableWhenLate: true,
    opens: (y) => d(y + 1, '02-01'), deadline: (y) => d(y + 1, '03-31'),
    command: (y) => `landlink sample ${y}`,
    instruction: (y) => `按风险加权抽取实地抽查项目（out/${y}/抽查清单-${y}.xlsx）`,
  },
  {
    id: 'inspection', label: '核查结果（内业审核、实地抽查）', article: '浙土资发〔2017〕19号 四、2', skippableWhenLate: true,
    opens: (y) => d(y + 1, '02-01'), deadline: (y) => d(y + 1, '03-31'),
    instruction: (y) => `填写抽查清单的核查结论，另存为 data/${y}/核查结果.xlsx`,
  },
  {
    id: 'compute', label: '编制挂钩方案', article: '浙土资发〔2017〕19号 四、3', skippableWhenLate: false,
    opens: (y) => d(y + 1, '02-01'), deadline: (y) => d(y + 1, '03-31'),
    command: (y) => `landlink compute ${y}`,
    instruction: (y) => `计算挂钩方案（out/${y}/挂钩方案-${y}.xlsx），报厅长办公会议审定`,
  },
  {
    id: 'ledger', label: '登记已挂钩台账', article: guideCitation('ledgerAdd'), skippableWhenLate: false,
    opens: (y) => d(y + 1, '04-01'), deadline: () => null,
    command: (y) => `landlink ledger add out/${y}/挂钩方案-${y}.xlsx`,
    instruction: (y) => `方案审定后把本年度认定的项目登记到 data/${y + 1}/已挂钩台账（防止重复挂钩）`,
  },
  {
    id: 'start-list', label: '开工核查表', article: '浙土资发〔2017〕19号 五', skippableWhenLate: false,
    opens: (y) => d(y + 1, '12-01'), deadline: (y) => d(y + 1, '12-31'),
    command: (y) => `landlink start-list ${y}`,
    instruction: (y) => `写出开工核查表（out/${y}/开工核查-${y + 1}.xlsx），逐项核查开工情况`,
  },
  {
    id: 'start-check', label: '开工核查结果', article: '浙土资发〔2017〕19号 五', skippableWhenLate: false,
    opens: (y) => d(y + 1, '12-01'), deadline: (y) => d(y + 1, '12-31'),
    instruction: (y) => `填好开工核查表，放入 data/${y + 1}/开工核查.xlsx；其结果由 landlink compute ${y + 1} 扣减`,
  },
];

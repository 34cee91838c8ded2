// `landlink status <year>`: where linkage year Y's cycle stands — a pure function of (today, what the folders hold).
// The folders are read at the edge (snapshot.ts) into a CycleSnapshot; this module decides, rendering is separate
// (src/cli/render/status.ts). Steps and deadlines: calendar.ts (浙土资发〔2017〕19号 四、五).
import { cities } from '../domain/divisions.js';
import type { InputKind, IsoDate } from '../domain/rows.js';
import { daysBetween, phaseOn, steps, type Phase, type StepId, type StepSpec } from './calendar.js';
import { kindLabels } from './labels.js';

/** What one input file of a data folder holds. */
export interface InputFacts {
  kind: InputKind;
  name: string;
  /** Rows read; null when the file could not be read (error says why). */
  rows: number | null;
  error?: string;
  mtimeMs: number;
  /** ledger / start-check: rows per 挂钩年度. */
  rowsByYear?: Record<string, number>;
  /** start-check: rows per 挂钩年度 whose 核查结果 is filled in. */
  filledByYear?: Record<string, number>;
}

export interface FileFacts { name: string; mtimeMs: number }

export interface CycleSnapshot {
  year: number;
  /** The year's data folder (null: none found) and how it was chosen. */
  dataDir: string | null;
  dataOrigin: 'option' | 'cwd' | 'samples' | null;
  data: InputFacts[];
  /** The returned city workbooks in <data>/审核意见/ or <data>/feedback/. */
  feedbackFiles: FileFacts[];
  /** The next year's data folder (holds the ledger with year-Y ids and the start check of year-Y projects). */
  nextDataDir: string | null;
  next: InputFacts[];
  outDir: string;
  reviewWorkbooks: number;
  spotCheck: FileFacts | null;
  plan: FileFacts | null;
  startList: FileFacts | null;
}

export type StepState = 'done' | 'stale' | 'upcoming' | 'todo' | 'late';

export interface StepStatus {
  id: StepId;
  label: string;
  article: string;
  opens: IsoDate;
  deadline: IsoDate | null;
  state: StepState;
  /** What was found, in Chinese (e.g. "已返回 9/11 个设区市"). */
  detail: string;
  command: string | null;
  instruction: string;
}

export interface InputStatus {
  kind: InputKind | 'feedback';
  label: string;
  required: boolean;
  present: boolean;
  file: string | null;
  rows: number | null;
  error: string | null;
}

export interface CycleStatus {
  year: number;
  today: IsoDate;
  phase: Phase & { daysToDeadline: number | null };
  dataDir: string | null;
  dataOrigin: CycleSnapshot['dataOrigin'];
  nextDataDir: string | null;
  outDir: string;
  inputs: InputStatus[];
  feedback: { returned: { code: string; name: string }[]; missing: { code: string; name: string }[]; unrecognised: string[] };
  inspectionIn: boolean;
  /** The December check of year Y−1's projects (applied by compute Y) is in data/Y. */
  previousStartCheckIn: boolean;
  steps: StepStatus[];
  /** The step to do now and how; null when the cycle is complete. */
  next: { step: StepId; command: string | null; instruction: string; from: IsoDate | null } | null;
}

const dataKinds: readonly (InputKind | 'feedback')[] = ['supply', 'redevelopment', 'reclamation', 'evidence', 'feedback', 'inspection', 'start-check', 'ledger'];

/**
 * Which city a returned review workbook is, from its name (extract writes `<city code>-<city name>.xlsx`; a name
 * containing the city's name counts too). Only workbooks count; status does not open them (readFeedback does).
 */
export function cityOfFileName(name: string): string | null {
  if (!/\.(xlsx|xlsm)$/i.test(name)) return null;
  const hit = cities.find((c) => name.startsWith(c.code) || name.includes(c.name) || name.includes(c.name.replace(/市$/, '')));
  return hit ? hit.code : null;
}

function feedbackOf(files: readonly FileFacts[]): CycleStatus['feedback'] {
  const returned = new Set<string>();
  const unrecognised: string[] = [];
  for (const f of files) {
    const code = cityOfFileName(f.name);
    if (code) returned.add(code); else unrecognised.push(f.name);
  }
  return {
    returned: cities.filter((c) => returned.has(c.code)).map((c) => ({ code: c.code, name: c.name })),
    missing: cities.filter((c) => !returned.has(c.code)).map((c) => ({ code: c.code, name: c.name })),
    unrecognised: unrecognised.sort(),
  };
}

function inputsOf(s: CycleSnapshot): InputStatus[] {
  return dataKinds.map((kind): InputStatus => {
    if (kind === 'feedback') {
      const n = s.feedbackFiles.length;
      return { kind, label: kindLabels[kind], required: false, present: n > 0, file: n > 0 ? '审核意见/' : null, rows: n > 0 ? n : null, error: null };
    }
    const f = s.data.find((x) => x.kind === kind);
    return {
      kind, label: kindLabels[kind], required: kind === 'supply', present: f !== undefined,
      file: f?.name ?? null, rows: f?.rows ?? null, error: f?.error ?? null,
    };
  });
}

interface Progress { done: boolean; stale?: boolean; detail: string }

function progressOf(id: StepId, s: CycleSnapshot, fb: CycleStatus['feedback']): Progress {
  const y = String(s.year);
  const dataFile = (kind: InputKind) => s.data.find((f) => f.kind === kind);
  const nextFile = (kind: InputKind) => s.next.find((f) => f.kind === kind);
  switch (id) {
    case 'supply': {
      const f = dataFile('supply');
      if (!s.dataDir) return { done: false, detail: '未找到年度数据目录' };
      if (!f) return { done: false, detail: `${s.dataDir} 中没有供地备案文件` };
      if (f.rows === null) return { done: false, detail: `${f.name} 无法读取：${f.error ?? ''}` };
      return { done: true, detail: `${f.name}：${f.rows} 行` };
    }
    case 'extract':
      if (s.reviewWorkbooks > 0) return { done: true, detail: `已写出 ${s.reviewWorkbooks} 个设区市审核表` };
      if (fb.returned.length > 0) return { done: true, detail: '已有设区市返回审核表' };
      return { done: false, detail: '尚未写出设区市审核表' };
    case 'feedback':
      return { done: fb.missing.length === 0, detail: `已返回 ${fb.returned.length}/${cities.length} 个设区市` +
        (fb.missing.length && fb.missing.length < cities.length ? `（未返回：${fb.missing.map((c) => c.name).join('、')}）` : '') };
    case 'sample':
      return s.spotCheck ? { done: true, detail: `已抽取：${s.spotCheck.name}` } : { done: false, detail: '尚未抽取' };
    case 'inspection': {
      const f = dataFile('inspection');
      return f ? { done: true, detail: `${f.name}：${f.rows ?? '无法读取'} 行` } : { done: false, detail: '数据目录中没有核查结果' };
    }
    case 'compute': {
      if (!s.plan) return { done: false, detail: '尚未计算' };
      const newer = [...s.data, ...s.feedbackFiles].filter((f) => f.mtimeMs > s.plan!.mtimeMs).map((f) => f.name).sort();
      return newer.length
        ? { done: true, stale: true, detail: `${s.plan.name} 写出后输入文件有修改（${newer.slice(0, 3).join('、')}${newer.length > 3 ? ` 等 ${newer.length} 个` : ''}），需重新计算` }
        : { done: true, detail: `已写出 ${s.plan.name}` };
    }
    case 'ledger': {
      const f = nextFile('ledger');
      const n = f?.rowsByYear?.[y] ?? 0;
      if (!s.nextDataDir) return { done: false, detail: `未找到 ${s.year + 1} 年度数据目录` };
      return n > 0 ? { done: true, detail: `${f!.name} 中有 ${n} 行挂钩年度 ${y}` }
        : { done: false, detail: f ? `${f.name} 中没有挂钩年度 ${y} 的行` : `${s.nextDataDir} 中没有已挂钩台账` };
    }
    case 'start-list':
      if (s.startList) return { done: true, detail: `已写出 ${s.startList.name}` };
      if ((nextFile('start-check')?.rowsByYear?.[y] ?? 0) > 0) return { done: true, detail: '开工核查结果已在下一年度数据目录中' };
      return { done: false, detail: '尚未写出开工核查表' };
    case 'start-check': {
      const f = nextFile('start-check');
      const n = f?.rowsByYear?.[y] ?? 0;
      const filled = f?.filledByYear?.[y] ?? 0;
      if (n === 0) return { done: false, detail: f ? `${f.name} 中没有挂钩年度 ${y} 的行` : `${s.nextDataDir ?? `data/${s.year + 1}`} 中没有开工核查结果` };
      return { done: filled === n, detail: `${f!.name}：挂钩年度 ${y} 的 ${n} 个项目，已填核查结果 ${filled} 个` };
    }
  }
}

function stepStatus(spec: StepSpec, s: CycleSnapshot, today: IsoDate, fb: CycleStatus['feedback']): StepStatus {
  const p = progressOf(spec.id, s, fb);
  const opens = spec.opens(s.year);
  const deadline = spec.deadline(s.year);
  const state: StepState = p.stale ? 'stale' : p.done ? 'done'
    : today < opens ? 'upcoming' : deadline !== null && today > deadline ? 'late' : 'todo';
  return {
    id: spec.id, label: spec.label, article: spec.article, opens, deadline, state, detail: p.detail,
    command: spec.command?.(s.year) ?? null, instruction: spec.instruction(s.year),
  };
}

/**
 * The next step: the first one not done, skipping late steps that compute can do without (city feedback,
 * spot checks: the province goes on without them and the step stays listed as late).
 */
function nextOf(list: readonly StepStatus[]): CycleStatus['next'] {
  const skippable = new Set(steps.filter((s) => s.skippableWhenLate).map((s) => s.id));
  const step = list.find((st) => st.state !== 'done' && !(st.state === 'late' && skippable.has(st.id)));
  if (!step) return null;
  return { step: step.id, command: step.command, instruction: step.instruction, from: step.state === 'upcoming' ? step.opens : null };
}

export function cycleStatus(s: CycleSnapshot, today: IsoDate): CycleStatus {
  const phase = phaseOn(s.year, today);
  const fb = feedbackOf(s.feedbackFiles);
  const list = steps.map((spec) => stepStatus(spec, s, today, fb));
  const previous = s.data.find((f) => f.kind === 'start-check');
  return {
    year: s.year,
    today,
    phase: { ...phase, daysToDeadline: phase.deadline ? daysBetween(today, phase.deadline) : null },
    dataDir: s.dataDir,
    dataOrigin: s.dataOrigin,
    nextDataDir: s.nextDataDir,
    outDir: s.outDir,
    inputs: inputsOf(s),
    feedback: fb,
    inspectionIn: s.data.some((f) => f.kind === 'inspection'),
    previousStartCheckIn: (previous?.rowsByYear?.[String(s.year - 1)] ?? 0) > 0,
    steps: list,
    next: nextOf(list),
  };
}

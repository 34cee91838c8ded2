// `status` as a pure function of (today, folder contents): the snapshot of a folder in each stage of the year.
import { describe, expect, it } from 'vitest';
import { cityOfFileName, cycleStatus, type CycleSnapshot, type InputFacts } from '../../src/cycle/status.js';
import { daysBetween, phaseOn, phasesOf } from '../../src/cycle/calendar.js';
import { cities } from '../../src/domain/divisions.js';

const T0 = 1_000_000;
const file = (kind: InputFacts['kind'], name: string, rows: number, extra: Partial<InputFacts> = {}): InputFacts =>
  ({ kind, name, rows, mtimeMs: T0, ...extra });
const cityFiles = (n: number) => cities.slice(0, n).map((c) => ({ name: `${c.code}-${c.name}.xlsx`, mtimeMs: T0 }));

const empty: CycleSnapshot = {
  year: 2024, dataDir: null, dataOrigin: null, data: [], feedbackFiles: [], nextDataDir: null, next: [],
  outDir: 'out/2024', reviewWorkbooks: 0, spotCheck: null, plan: null, startList: null,
};
const withSupply: CycleSnapshot = { ...empty, dataDir: 'data/2024', dataOrigin: 'cwd', data: [file('supply', '供地备案.xlsx', 2100)] };
const extracted: CycleSnapshot = { ...withSupply, reviewWorkbooks: 11 };
const allBack: CycleSnapshot = { ...extracted, feedbackFiles: cityFiles(11) };
const sampled: CycleSnapshot = { ...allBack, spotCheck: { name: '抽查清单-2024.xlsx', mtimeMs: T0 } };
const inspected: CycleSnapshot = { ...sampled, data: [...sampled.data, file('inspection', '核查结果.xlsx', 30)] };
const computed: CycleSnapshot = { ...inspected, plan: { name: '挂钩方案-2024.xlsx', mtimeMs: T0 + 10 } };
const ledgered: CycleSnapshot = {
  ...computed, nextDataDir: 'data/2025',
  next: [file('ledger', '已挂钩台账.csv', 500, { rowsByYear: { 2023: 300, 2024: 200 } })],
};
const listed: CycleSnapshot = { ...ledgered, startList: { name: '开工核查-2025.xlsx', mtimeMs: T0 } };
const checkedHalf: CycleSnapshot = {
  ...listed, next: [...ledgered.next, file('start-check', '开工核查.xlsx', 200, { rowsByYear: { 2024: 200 }, filledByYear: { 2024: 120 } })],
};
const checked: CycleSnapshot = {
  ...listed, next: [...ledgered.next, file('start-check', '开工核查.xlsx', 200, { rowsByYear: { 2024: 200 }, filledByYear: { 2024: 200 } })],
};

describe('cycleStatus: the folder in each stage of the year', () => {
  it.each([
    { name: 'mid-year, no data folder yet', snap: empty, today: '2024-06-01', phase: 'year-running', next: 'supply', command: null },
    { name: 'early January, supply in', snap: withSupply, today: '2025-01-10', phase: 'extract', next: 'extract', command: 'landlink extract 2024' },
    { name: 'supply in before the year ends: extract opens 1 January', snap: withSupply, today: '2024-11-20', phase: 'year-running', next: 'extract', command: 'landlink extract 2024' },
    { name: 'review workbooks out, 4 cities back', snap: { ...extracted, feedbackFiles: cityFiles(4) }, today: '2025-01-20', phase: 'feedback', next: 'feedback', command: null },
    { name: 'all 11 cities back in February', snap: allBack, today: '2025-02-03', phase: 'inspection', next: 'sample', command: 'landlink sample 2024' },
    { name: 'spot checks drawn', snap: sampled, today: '2025-02-20', phase: 'inspection', next: 'inspection', command: null },
    { name: 'inspection results in', snap: inspected, today: '2025-03-10', phase: 'inspection', next: 'compute', command: 'landlink compute 2024' },
    { name: 'April: late feedback and spot checks are skipped, compute is next', snap: { ...extracted, feedbackFiles: cityFiles(9) }, today: '2025-04-05', phase: 'issue', next: 'compute', command: 'landlink compute 2024' },
    { name: 'April, nothing but supply: late extract, feedback and spot checks are skipped, compute is next', snap: withSupply, today: '2025-04-02', phase: 'issue', next: 'compute', command: 'landlink compute 2024' },
    { name: 'plan older than an input → compute again', snap: { ...computed, data: [...computed.data, file('inspection', '核查结果.xlsx', 31, { mtimeMs: T0 + 99 })] }, today: '2025-03-20', phase: 'inspection', next: 'compute', command: 'landlink compute 2024' },
    { name: 'plan written, not in the ledger', snap: computed, today: '2025-05-01', phase: 'issue', next: 'ledger', command: 'landlink ledger add out/2024/挂钩方案-2024.xlsx' },
    { name: 'ledger done, December', snap: ledgered, today: '2025-12-05', phase: 'start-check', next: 'start-list', command: 'landlink start-list 2024' },
    { name: 'ledger done in summer: start-list opens 1 December', snap: ledgered, today: '2025-07-01', phase: 'issue', next: 'start-list', command: 'landlink start-list 2024' },
    { name: 'start list written', snap: listed, today: '2025-12-20', phase: 'start-check', next: 'start-check', command: null },
    { name: 'start check half filled', snap: checkedHalf, today: '2025-12-28', phase: 'start-check', next: 'start-check', command: null },
  ])('$name → phase $phase, next $next', ({ snap, today, phase, next, command }) => {
    const st = cycleStatus(snap, today);
    expect(st.phase.id).toBe(phase);
    expect(st.next?.step).toBe(next);
    expect(st.next?.command).toBe(command);
  });

  it('all done → no next step, phase closed in the following January', () => {
    const st = cycleStatus(checked, '2026-01-05');
    expect(st.phase.id).toBe('closed');
    expect(st.next).toBeNull();
    expect(st.steps.every((s) => s.state === 'done')).toBe(true);
  });

  it('counts the cities that returned feedback and names the missing ones', () => {
    const st = cycleStatus({ ...extracted, feedbackFiles: [...cityFiles(9), { name: '说明.docx', mtimeMs: T0 }] }, '2025-01-25');
    expect(st.feedback.returned).toHaveLength(9);
    expect(st.feedback.missing.map((c) => c.code)).toEqual(cities.slice(9).map((c) => c.code));
    expect(st.feedback.unrecognised).toEqual(['说明.docx']);
    expect(st.steps.find((s) => s.id === 'feedback')).toMatchObject({ state: 'todo', deadline: '2025-01-31' });
    expect(cycleStatus({ ...extracted, feedbackFiles: cityFiles(9) }, '2025-02-01').steps.find((s) => s.id === 'feedback')!.state).toBe('late');
  });

  it('lists the inputs present with rows and the missing ones; supply is the required one', () => {
    const st = cycleStatus({ ...inspected, data: [...inspected.data, file('start-check', '开工核查.xlsx', 12, { rowsByYear: { 2023: 12 } })] }, '2025-03-01');
    expect(st.inputs.find((i) => i.kind === 'supply')).toMatchObject({ present: true, required: true, rows: 2100, file: '供地备案.xlsx' });
    expect(st.inputs.find((i) => i.kind === 'evidence')).toMatchObject({ present: false, rows: null });
    expect(st.inputs.find((i) => i.kind === 'feedback')).toMatchObject({ present: true, rows: 11 });
    expect(st.inspectionIn).toBe(true);
    expect(st.previousStartCheckIn).toBe(true);
  });

  it('an unreadable supply file keeps the supply step open and says why', () => {
    const st = cycleStatus({ ...withSupply, data: [{ kind: 'supply', name: '供地备案.xlsx', rows: null, error: '文件已损坏', mtimeMs: T0 }] }, '2025-01-05');
    expect(st.next?.step).toBe('supply');
    expect(st.inputs[0]).toMatchObject({ present: true, rows: null, error: '文件已损坏' });
  });

  it('reports the phase deadline and the days left', () => {
    const st = cycleStatus(withSupply, '2025-01-10');
    expect(st.phase).toMatchObject({ id: 'extract', deadline: '2025-01-15', daysToDeadline: 5 });
  });
});

describe('calendar (浙土资发〔2017〕19号 四、五)', () => {
  it('the phases tile the time line: each starts the day after the previous ends', () => {
    const ps = phasesOf(2024);
    for (let i = 1; i < ps.length; i++) expect(daysBetween(ps[i - 1]!.to!, ps[i]!.from!)).toBe(1);
  });

  it.each([
    ['2023-12-31', 'not-started'], ['2024-01-01', 'year-running'], ['2025-01-15', 'extract'], ['2025-01-16', 'feedback'],
    ['2025-01-31', 'feedback'], ['2025-02-01', 'inspection'], ['2025-03-31', 'inspection'], ['2025-04-01', 'issue'],
    ['2025-12-01', 'start-check'], ['2025-12-31', 'start-check'], ['2026-01-01', 'closed'],
  ])('%s is in phase %s of linkage year 2024', (today, phase) => {
    expect(phaseOn(2024, today).id).toBe(phase);
  });

  it('leap years count: 2024-02-28 → 2024-03-01 is 2 days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('cityOfFileName', () => {
  it.each([
    ['330100-杭州市.xlsx', '330100'], ['宁波审核意见.xlsx', '330200'], ['331100 丽水市 返回.xlsx', '331100'], ['readme.txt', null],
  ])('%s → %s', (name, code) => { expect(cityOfFileName(name)).toBe(code); });
});

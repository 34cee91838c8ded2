// Pre-fill rules of the December start-check list (浙土资发〔2017〕19号 五; inputs.md supply 约定开工日期 / 实际开工日期).
import { describe, expect, it } from 'vitest';
import { buildStartList, defaultAsOf, startDatesById } from '../../src/cycle/start-list.js';
import { startListWorkbook, START_CHECK_SHEET } from '../../src/cycle/start-list-sheet.js';
import { credited, supplyRow } from './build.js';

const asOf = '2025-12-31';

describe('start-list pre-fill rules', () => {
  it.each([
    { name: 'actual start date present → 已开工', dates: { actual: '2025-03-01', agreed: '2025-06-30' }, rule: 'started', result: 'started', flagged: false },
    { name: 'actual start date on the check day → 已开工', dates: { actual: '2025-12-31' }, rule: 'started', result: 'started', flagged: false },
    { name: 'agreed date passed, no actual date → overdue, officer decides', dates: { agreed: '2025-06-30' }, rule: 'overdue', result: null, flagged: true },
    { name: 'agreed date passed, actual date after the check day → overdue', dates: { agreed: '2025-06-30', actual: '2026-02-01' }, rule: 'overdue', result: null, flagged: true },
    { name: 'agreed date on the check day → not yet due', dates: { agreed: '2025-12-31' }, rule: 'not-yet-due', result: null, flagged: false },
    { name: 'agreed date later → not yet due', dates: { agreed: '2026-03-01' }, rule: 'not-yet-due', result: null, flagged: false },
    { name: 'supply row without dates', dates: {}, rule: 'no-start-date', result: null, flagged: false },
  ])('$name', ({ dates, rule, result, flagged }) => {
    const [row] = buildStartList([credited('A')], [{ file: '供地备案.xlsx', rows: [supplyRow('A', dates)] }], asOf);
    expect(row).toMatchObject({ projectId: 'A', rule, result, flagged, linkageYear: 2024, countyCode: '330102' });
    expect(row!.note.length).toBeGreaterThan(0);
  });

  it('a project without a supply row (categories 6–7) is listed for the officer, not dropped', () => {
    const rows = buildStartList([credited('R-7')], [{ file: '供地备案.xlsx', rows: [supplyRow('OTHER', { actual: '2025-01-01' })] }], asOf);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ projectId: 'R-7', rule: 'no-supply-record', result: null });
  });

  it('the newer export wins field by field: year Y+1 supplies the actual date year Y lacked', () => {
    const older = { file: '2024/供地备案.xlsx', rows: [supplyRow('A', { agreed: '2025-03-01' })] };
    const newer = { file: '2025/供地备案.xlsx', rows: [supplyRow('A', { actual: '2025-04-02' })] };
    const dates = startDatesById([newer, older]).get('A');
    expect(dates).toEqual({ agreed: '2025-03-01', actual: '2025-04-02', file: '2025/供地备案.xlsx' });
    expect(buildStartList([credited('A')], [newer, older], asOf)[0]!.rule).toBe('started');
  });

  it('rows come out in county, then id order; every credited project once', () => {
    const rows = buildStartList([credited('B', '330203'), credited('A', '330203'), credited('C', '330102')], [], asOf);
    expect(rows.map((r) => r.projectId)).toEqual(['C', 'A', 'B']);
  });

  it('the default check day is 31 December of the year after the linkage year (Measures 五)', () => {
    expect(defaultAsOf(2024)).toBe('2025-12-31');
  });
});

describe('start-list workbook', () => {
  const rows = buildStartList([credited('A', '330102', '1.23456'), credited('B')],
    [{ file: '供地备案.xlsx', rows: [supplyRow('A', { actual: '2025-01-01' }), supplyRow('B', { agreed: '2025-01-01' })] }], asOf);
  const wb = startListWorkbook(rows, { year: 2024, asOf, source: '已挂钩台账.csv', supplyFiles: ['供地备案.xlsx'] });
  const sheet = wb.sheets[0]!;

  it('first sheet is 开工核查 with exactly the columns of inputs.md start-check', () => {
    expect(sheet.name).toBe(START_CHECK_SHEET);
    expect(sheet.rows[0]).toEqual(['项目编号', '行政区代码', '挂钩年度', '认定面积(公顷)', '核查结果', '说明']);
  });

  it('核查结果 has a dropdown of the four results; areas are numbers rounded to 4 decimals', () => {
    expect(sheet.validations).toEqual([expect.objectContaining({ range: 'E2:E53', list: ['已开工', '未开工(有合理证明)', '未开工(无合理证明)', '已撤销'] })]);
    expect(sheet.rows[1]!.slice(0, 5)).toEqual(['A', '330102', 2024, 1.2346, '已开工']);
  });

  it('overdue rows are highlighted', () => {
    const b = sheet.rows[2]!;
    expect(b[0]).toMatchObject({ value: 'B', style: { fill: expect.any(String) as unknown } });
  });
});

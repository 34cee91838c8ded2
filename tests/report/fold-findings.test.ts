// 问题清单's folding (src/report/plan/fold-findings.ts; docs/用户手册.md 8.5): identical findings of one city's
// projects become one row that says how many projects; everything else stays one row per finding, in order.
import { describe, expect, it } from 'vitest';
import { finding, type FindingCode } from '../../src/findings/index.js';
import { foldFindings } from '../../src/report/plan/fold-findings.js';

const cityOf = (id: string) => ({ A1: '杭州市', A2: '杭州市', A3: '杭州市', B1: '宁波市' } as Record<string, string>)[id];
const f = (code: FindingCode, projectId?: string, params: Record<string, string | number> = {}, row = 2) =>
  finding(code, { file: 'supply.csv', row }, { ...(projectId ? { projectId } : {}), params });
const missing = (id: string, row: number) => f('city-feedback-missing', id, { city: cityOf(id) ?? '', effect: '仍予计入' }, row);

const cases: { name: string; findings: ReturnType<typeof f>[]; rows: { count: number; message: RegExp; projectId?: string; row?: number }[] }[] = [
  {
    name: 'a city without an answer: one row for its three projects, the other city kept apart',
    findings: [missing('A1', 2), missing('B1', 3), missing('A2', 4), missing('A3', 5)],
    rows: [
      { count: 3, message: /^杭州市未返回审核意见表（未反馈），仍予计入（共 3 个项目，逐项见“项目明细”的“问题”列）$/ },
      { count: 1, message: /^宁波市未返回/, projectId: 'B1', row: 3 },
    ],
  },
  {
    name: 'the same words on two projects of a city that the message does not name: the city is said',
    findings: [f('evidence-not-stamped', 'A1'), f('evidence-not-stamped', 'A2')],
    rows: [{ count: 2, message: /未经有供地权的政府盖章.*（杭州市共 2 个项目/, row: 2 }],
  },
  {
    name: 'different words (different values) are not folded',
    findings: [f('area-not-surveyed', 'A1', { value: '1.0000' }), f('area-not-surveyed', 'A2', { value: '2.0000' })],
    rows: [{ count: 1, message: /1\.0000/, projectId: 'A1' }, { count: 1, message: /2\.0000/, projectId: 'A2' }],
  },
  {
    name: 'findings without a project, or of a project with no city, are never folded',
    findings: [f('column-unknown', undefined, {}, 1), f('column-unknown', undefined, {}, 1), f('evidence-not-stamped', 'X9'), f('evidence-not-stamped', 'X9')],
    rows: [{ count: 1, message: /未识别的列/ }, { count: 1, message: /未识别的列/ }, { count: 1, message: /盖章/, projectId: 'X9' }, { count: 1, message: /盖章/, projectId: 'X9' }],
  },
];

describe('foldFindings', () => {
  it.each(cases)('$name', ({ findings, rows }) => {
    const lines = foldFindings(findings, cityOf);
    expect(lines.map((l) => l.count)).toEqual(rows.map((r) => r.count));
    lines.forEach((l, i) => {
      expect(l.message).toMatch(rows[i]!.message);
      expect(l.projectId).toBe(rows[i]!.projectId);
      if (rows[i]!.row !== undefined) expect(l.location.row).toBe(rows[i]!.row);
    });
    // Counts stay exact: the rows stand for every finding.
    expect(lines.reduce((n, l) => n + l.count, 0)).toBe(findings.length);
  });

  it('a folded row keeps only the location its findings share', () => {
    const [line] = foldFindings([missing('A1', 2), missing('A2', 4)], cityOf);
    expect(line!.location).toEqual({ file: 'supply.csv' });
  });
});

import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewWorkbookModel, writeReviewWorkbooks } from '../../src/review-workbook/write.js';
import { readFeedback as readFeedbackFiles } from '../../src/ingest/feedback.js';
import { reportFindings } from '../../src/findings/report.js';
import type { Finding } from '../../src/findings/types.js';
import { buildResult, sampleResult } from './helpers/fixture.js';
import { editWorkbook, opinion, removeSheet, setCell, type Edit } from './helpers/city.js';
import { loadWorkbook } from './helpers/workbook.js';
import { cellText } from '../helpers/cell-text.js';

let root: string;
let written: string[];
const HZ = '330100-杭州市.xlsx';
let hz: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'landlink-review-'));
  written = await writeReviewWorkbooks(sampleResult(), join(root, 'review'), { toolVersion: '9.9.9' });
  hz = join(root, 'review', HZ);
});
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

/** A fresh feedback folder with the given files (path → name in the folder). */
async function feedbackDir(files: [string, string][]): Promise<string> {
  const dir = await mkdtemp(join(root, 'fb-'));
  const fb = join(dir, 'feedback');
  await mkdir(fb);
  for (const [from, name] of files) await copyFile(from, join(fb, name));
  return fb;
}

/** The Hangzhou workbook, filled (and possibly tampered with) as the city would, alone in a feedback folder. */
async function returned(...edits: Edit[]): Promise<string> {
  const tmp = join(await mkdtemp(join(root, 'edit-')), HZ);
  await editWorkbook(hz, tmp, ...edits);
  return feedbackDir([[tmp, HZ]]);
}

// The finding codes the reads of this file really returned (tests/report/catalogue.test.ts relies on the last test).
const emitted = new Set<string>();
async function readFeedback(...args: Parameters<typeof readFeedbackFiles>): ReturnType<typeof readFeedbackFiles> {
  const read = await readFeedbackFiles(...args);
  for (const f of read.findings) emitted.add(f.code);
  return read;
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const pick = (f: Finding) => ({ code: f.code, ...f.location, ...(f.projectId ? { projectId: f.projectId } : {}) });

describe('review workbooks (extract)', () => {
  it('one workbook per city with projects, named <code>-<name>.xlsx, in the fixed city order', () => {
    expect(written.map((f) => basename(f))).toEqual(['330100-杭州市.xlsx', '330200-宁波市.xlsx', '331100-丽水市.xlsx']);
  });

  it('说明 first, one sheet per category with projects, the fingerprint very hidden', async () => {
    const wb = await loadWorkbook(hz);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['说明', 'visible'], ['1类-收回收购', 'visible'], ['2类-无主空闲地', 'visible'], ['4类-三改一拆', 'visible'],
      ['6类-退二进三', 'visible'], ['7类-增减挂钩复垦', 'visible'], ['_landlink', 'veryHidden'],
    ]);
  });

  it('说明 carries the year, the city and the deadline with the Measures quoted (四、1)', async () => {
    const ws = (await loadWorkbook(hz)).getWorksheet('说明')!;
    expect(ws.getCell('B2').value).toBe(2025);
    expect(ws.getCell('B3').value).toBe('330100');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(cellText(c.value))));
    expect(texts.join('\n')).toContain('2026年1月31日前');
    expect(texts.join('\n')).toContain('于每年1月底前书面反馈审核意见');
  });

  it('only 审核意见 and 说明 are unlocked; the sheet is protected without a password; 审核意见 is a dropdown', async () => {
    const wb = await loadWorkbook(hz);
    const ws = wb.getWorksheet('1类-收回收购')!;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    expect(ws.getRow(1).values).toEqual([undefined, '项目编号', '行政区代码', '行政区', '项目名称', '坐落', '类别', '类别名称', '申报面积(公顷)', '初审认定面积(公顷)', '初审状态', '问题', '问题说明', '来源', '审核意见', '说明']);
    for (let c = 1; c <= 15; c++) expect(ws.getCell(2, c).protection?.locked ?? true, `column ${c}`).toBe(c < 14);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(Object.entries(dv).map(([range, v]) => [range, v.type, v.formulae[0]])).toEqual([['N2', 'list', '"同意,不同意,需补正"']]);
  });
});

describe('review rows show the evidence findings, not the city-review ones', () => {
  it('问题 / 问题说明 keep evidence findings and leave out 未反馈 (the city has not answered yet)', () => {
    const result = buildResult({ projects: [{ id: 'P1', county: '330102', category: 1, declared: '1', status: 'pending', findings: [
      { code: 'cell-required', severity: 'error', location: { file: '材料清单.xlsx', row: 3, column: '材料类型' }, projectId: 'P1' },
      { code: 'city-feedback-none', severity: 'warning', location: {}, projectId: 'P1', params: { city: '杭州市' } },
    ] }] });
    const model = reviewWorkbookModel(result, { code: '330100', name: '杭州市' }, result.projects, { toolVersion: 't' });
    const row = model.sheets[1]!.rows[1]!;
    const text = (i: number) => { const c = row[i]; return c !== null && typeof c === 'object' && 'value' in c ? c.value : c; };
    expect(text(10)).toBe('必填项为空'); // the catalogue's label, never the code (用户手册 8.11)
    expect(cellText(text(11))).toMatch(/^【错误】必填项“材料类型”为空$/);
  });
});

describe('feedback read back', () => {
  it('reads the opinions a city filled in', async () => {
    const dir = await returned(
      opinion('3301022025B00001', '同意'),
      opinion('3301022025B00002', '不同意', '用途不符'),
      opinion('FK-330106-001', '需补正', '缺复核验收材料'),
    );
    const { feedback, findings } = await readFeedback(dir, 2025);
    expect(errors(findings)).toEqual([]);
    expect(feedback).toHaveLength(1);
    expect(feedback[0]!.cityCode).toBe('330100');
    expect(feedback[0]!.file).toBe(`feedback/${HZ}`);
    const byId = Object.fromEntries(feedback[0]!.opinions.map((o) => [o.projectId, [o.opinion, o.note, o.source.sheet, o.source.row]]));
    expect(byId).toEqual({
      '3301022025B00001': ['agree', null, '1类-收回收购', 2],
      '3301062025A00003': [null, null, '2类-无主空闲地', 2],
      '3301002025B00006': [null, null, '4类-三改一拆', 2],
      '3301022025B00002': ['disagree', '用途不符', '6类-退二进三', 2],
      'FK-330106-001': ['needs-correction', '缺复核验收材料', '7类-增减挂钩复垦', 2],
    });
  });

  it('不同意 or 需补正 without a reason in 说明 is noted (info), and the opinion still counts', async () => {
    const { feedback, findings } = await readFeedback(await returned(opinion('3301022025B00002', '不同意')), 2025);
    expect(findings.map(pick)).toEqual([
      { code: 'feedback-note-missing', file: `feedback/${HZ}`, sheet: '6类-退二进三', row: 2, column: '说明', value: '不同意', projectId: '3301022025B00002' },
    ]);
    expect(feedback[0]!.opinions.find((o) => o.projectId === '3301022025B00002')!.opinion).toBe('disagree');
  });

  it.each([['需要补正', 'needs-correction'], [' 同意 ', 'agree'], ['不同意', 'disagree']])('opinion %j is read as %s (aliases, spaces)', async (text, id) => {
    const { feedback } = await readFeedback(await returned(opinion('3301022025B00001', text, '理由')), 2025);
    expect(feedback[0]!.opinions.find((o) => o.projectId === '3301022025B00001')!.opinion).toBe(id);
  });

  const tampering: { name: string; edits: Edit[]; expected: ReturnType<typeof pick>[]; kept: boolean }[] = [
    {
      name: 'project id changed', kept: true,
      edits: [opinion('3301022025B00001', '同意'), setCell('1类-收回收购', 'A2', '3301022025B99999')],
      expected: [{ code: 'feedback-cell-altered', file: `feedback/${HZ}`, sheet: '1类-收回收购', row: 2, column: '项目编号', value: '3301022025B99999', expected: '3301022025B00001', projectId: '3301022025B00001' }],
    },
    {
      name: 'area changed', kept: true,
      edits: [setCell('6类-退二进三', 'H2', 5)],
      expected: [{ code: 'feedback-cell-altered', file: `feedback/${HZ}`, sheet: '6类-退二进三', row: 2, column: '申报面积(公顷)', value: '5', expected: '0.5', projectId: '3301022025B00002' }],
    },
    {
      name: 'category changed', kept: true,
      edits: [setCell('4类-三改一拆', 'F2', 1)],
      expected: [{ code: 'feedback-cell-altered', file: `feedback/${HZ}`, sheet: '4类-三改一拆', row: 2, column: '类别', value: '1', expected: '4', projectId: '3301002025B00006' }],
    },
    {
      name: 'city code in 说明 changed', kept: false,
      edits: [setCell('说明', 'B3', '330200')],
      expected: [{ code: 'feedback-cell-altered', file: `feedback/${HZ}`, sheet: '说明', row: 3, column: '设区市代码', value: '330200', expected: '330100' }],
    },
    {
      name: 'fingerprint edited', kept: false,
      edits: [setCell('_landlink', 'D8', '[]')],
      expected: [{ code: 'feedback-manifest-altered', file: `feedback/${HZ}`, sheet: '_landlink' }],
    },
    {
      name: 'copied into a workbook without the fingerprint', kept: false,
      edits: [removeSheet('_landlink')],
      expected: [{ code: 'feedback-not-review-workbook', file: `feedback/${HZ}` }],
    },
    {
      name: 'unknown opinion', kept: true,
      edits: [opinion('3301022025B00001', '基本同意')],
      expected: [{ code: 'feedback-opinion-invalid', file: `feedback/${HZ}`, sheet: '1类-收回收购', row: 2, column: '审核意见', value: '基本同意', expected: '同意 / 不同意 / 需补正', projectId: '3301022025B00001' }],
    },
    {
      name: 'row added', kept: true,
      edits: [setCell('1类-收回收购', 'A3', '3301022025B00777'), setCell('1类-收回收购', 'N3', '同意')],
      expected: [{ code: 'feedback-row-added', file: `feedback/${HZ}`, sheet: '1类-收回收购', row: 3 }],
    },
    {
      name: 'category sheet deleted', kept: true,
      edits: [removeSheet('7类-增减挂钩复垦')],
      expected: [{ code: 'feedback-sheet-missing', file: `feedback/${HZ}`, sheet: '7类-增减挂钩复垦' }],
    },
  ];

  it.each(tampering)('$name → the finding names the cell', async ({ edits, expected, kept }) => {
    const { feedback, findings } = await readFeedback(await returned(...edits), 2025);
    expect(errors(findings).map(pick)).toEqual(expected);
    expect(feedback.length).toBe(kept ? 1 : 0);
    const altered = expected.filter((e) => e.code === 'feedback-cell-altered' || e.code === 'feedback-opinion-invalid');
    for (const e of altered) {
      // a tampered row's opinion is not used
      const row = feedback[0]?.opinions.find((o) => o.source.sheet === e.sheet && o.source.row === e.row);
      expect(row?.opinion ?? null).toBeNull();
    }
  });

  it('a workbook of another year is not used', async () => {
    const dir = await returned(opinion('3301022025B00001', '同意'));
    const { feedback, findings } = await readFeedback(dir, 2026);
    expect(feedback).toEqual([]);
    expect(errors(findings).map(pick)).toEqual([{ code: 'feedback-year-mismatch', file: `feedback/${HZ}`, sheet: '说明', row: 2, column: '挂钩年度', value: '2025', expected: '2026' }]);
  });

  it('a workbook of another city (file name says 宁波) is not used', async () => {
    const dir = await feedbackDir([[hz, '330200-宁波市.xlsx']]);
    const { feedback, findings } = await readFeedback(dir, 2025);
    expect(feedback).toEqual([]);
    expect(errors(findings).map(pick)).toEqual([{ code: 'feedback-city-mismatch', file: 'feedback/330200-宁波市.xlsx', sheet: '说明', row: 3, column: '设区市代码', value: '330100', expected: '330200' }]);
  });

  it('two workbooks for one city: neither is used', async () => {
    const dir = await feedbackDir([[hz, HZ], [hz, '杭州市-修改版.xlsx']]);
    const { feedback, findings } = await readFeedback(dir, 2025);
    expect(feedback).toEqual([]);
    expect(errors(findings).map((f) => [f.code, f.location.value])).toEqual([['feedback-city-duplicate', '330100']]);
  });

  it('other files are reported and skipped; a broken .xlsx is a finding, not a crash', async () => {
    const dir = await feedbackDir([[hz, HZ]]);
    await writeFile(join(dir, '说明.pdf'), 'x');
    await writeFile(join(dir, '330200-宁波市.xlsx'), '项目编号,审核意见\n1,同意\n');
    await writeFile(join(dir, '~$330100-杭州市.xlsx'), 'lock');
    const { feedback, findings } = await readFeedback(dir, 2025);
    expect(feedback.map((f) => f.cityCode)).toEqual(['330100']);
    expect(findings.map((f) => [f.code, f.location.file])).toEqual([
      ['file-not-xlsx', 'feedback/330200-宁波市.xlsx'],
      ['feedback-file-ignored', 'feedback/说明.pdf'],
    ]);
  });

  it('files read are listed with their SHA-256 for the plan', async () => {
    const { files } = await readFeedback(await feedbackDir([[hz, HZ]]), 2025);
    expect(files).toEqual([expect.objectContaining({ kind: 'feedback', name: `feedback/${HZ}`, rows: 5, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string })]);
  });

  it('opened and saved unchanged by another program: no finding, no opinion', async () => {
    const { feedback, findings } = await readFeedback(await returned(), 2025);
    expect(findings).toEqual([]);
    expect(feedback[0]!.opinions.every((o) => o.opinion === null)).toBe(true);
    expect(await readdir(join(root, 'review'))).toHaveLength(3);
  });
});

describe('the report finding catalogue', () => {
  // runs last in this file (vitest runs a file's tests in order): every code was returned by a read above
  it('every report finding code was emitted by a feedback read of this file', () => {
    expect(Object.keys(reportFindings).filter((code) => !emitted.has(code))).toEqual([]);
  });
});

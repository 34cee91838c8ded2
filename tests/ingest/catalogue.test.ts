// Meta-tests of the ingest finding catalogue: every code is emitted by a real run, and each has an article and a
// Chinese message whose placeholders the readers fill.
// A code counts as emitted when a case of the bad-input corpus expects it — tests/bad-input/corpus.test.ts runs every
// case through the built CLI and fails unless each expected finding is in the run's output — or when one of the
// reader runs below, made here through the real reader, emits it.
import { describe, expect, it } from 'vitest';
import { ingestFindings } from '../../src/findings/ingest.js';
import { readInputFile } from '../../src/ingest/load.js';
import { badCases } from '../bad-input/cases/index.js';
import { permissionCases } from '../bad-input/cases/permissions.js';
import { csvOf, tempDir, writeText } from './helpers.js';

const entries = Object.entries(ingestFindings);
const fillable = new Set(['file', 'sheet', 'row', 'column', 'value', 'expected', 'detail', 'kind', 'limit', 'label']);

// …and the permission cases (tests/bad-input/permissions.test.ts runs them through the built CLI as `nobody`).
const fromCorpus = new Set([...badCases.flatMap((c) => c.findings.map((f) => f.code)), ...permissionCases.map((c) => c.code)]);

// Supply files in the provincial layout (H) and in the national export's (N), one row each.
const H = ['电子监管号', '行政区代码', '行政区', '项目名称', '坐落', '备案类型', '供地方式', '土地来源', '存量类型', '供地面积(公顷)', '测绘面积(亩)', '签订日期'];
const good = ['3301022025B00001', '330102', '上城区', '项目', '坐落', '出让合同', '挂牌出让', '国有存量建设用地', '回收收购土地', '1.5', '15.5', '2025-03-31'];
const row = (patch: Record<string, string>) => H.map((h, i) => patch[h] ?? good[i]!);
const N = ['行政区', '电子监管号', '项目名称', '项目位置', '面积(公顷)', '土地来源', '供地方式', '合同签订日期'];
const nationalGood: Record<string, string> = { 行政区: '嘉善县', 电子监管号: '3304212018B03838', 项目名称: 'p', 项目位置: 'l', '面积(公顷)': '8.803290', 土地来源: '0', 供地方式: '挂牌出让', 合同签订日期: '2018年12月31日' };
const national = (patch: Record<string, string>) => N.map((h) => patch[h] ?? nationalGood[h]!);

/** The codes the corpus does not reach, each from one supply file read by the real reader. */
const readerRuns: [code: string, rows: string[][]][] = [
  ['column-unit-unknown', [H.map((h) => (h === '测绘面积(亩)' ? '测绘面积(万元)' : h)), good]],
  ['region-retired', [H, row({ 行政区代码: '330183', 行政区: '' })]],
  ['region-retired-ambiguous', [H, row({ 行政区代码: '330104', 行政区: '' })]],
  ['filing-type-underivable', [N, national({ 供地方式: '', 电子监管号: 'JS-0001' })]],
  ['land-source-number-invalid', [N, national({ 土地来源: '9' })]],
];

const dir = tempDir();
describe('ingest finding catalogue', () => {
  it.each(readerRuns)('%s: a supply file read by the real reader emits it', async (code, rows) => {
    const read = await readInputFile(writeText(dir, `${code}.csv`, csvOf(rows)), 'supply');
    expect(read.findings.map((f) => f.code)).toContain(code);
  });
  it.each(entries)('%s is emitted by a real run (a corpus case or a reader run above)', (code) => {
    expect(fromCorpus.has(code) || readerRuns.some(([c]) => c === code)).toBe(true);
  });
  it('no code is claimed by both (the reader runs cover only what the corpus does not)', () => {
    expect(readerRuns.map(([c]) => c).filter((c) => fromCorpus.has(c))).toEqual([]);
  });
  it.each(entries)('%s: article, Chinese message, placeholders the readers fill', (_, spec) => {
    expect(spec.article).not.toBe('');
    expect(spec.message).toMatch(/[\u4e00-\u9fff]/);
    const placeholders = [...spec.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(placeholders.filter((p) => !fillable.has(p!))).toEqual([]);
  });
  it('bad cells are errors, a retired code a warning, notes info', () => {
    expect(ingestFindings['cell-number-invalid'].severity).toBe('error');
    expect(ingestFindings['region-retired'].severity).toBe('warning');
    expect(ingestFindings['column-unknown'].severity).toBe('info');
  });
});

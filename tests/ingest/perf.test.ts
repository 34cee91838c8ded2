// Reading stays fast (a 20,000-row supply export, the size of a 1× year in BENCHMARKS.md, reads in about a
// second): no per-cell regex compilation, no quadratic work. Measured as CPU time (≈ 1 s cold on this project's
// machine); the bound leaves room for a slower CI machine and catches anything quadratic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { colName, rawXlsx, tempDir } from './helpers.js';

const header = ['电子监管号', '行政区代码', '行政区', '项目名称', '坐落', '备案类型', '供地方式', '土地来源', '存量类型', '征收类型', '供地面积(公顷)', '存量面积(公顷)', '测绘面积(公顷)', '土地用途', '容积率', '是否单独选址', '签订日期', '约定开工日期', '实际开工日期'];

function bigWorkbook(rows: number): Buffer {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const s = (t: string): number => {
    let i = index.get(t);
    if (i === undefined) { i = shared.length; shared.push(t); index.set(t, i); }
    return i;
  };
  const parts = ['<row r="1">' + header.map((h, j) => `<c r="${colName(j)}1" t="s"><v>${s(h)}</v></c>`).join('') + '</row>'];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const values: (string | number)[] = [`3301022025B${String(i).padStart(5, '0')}`, 330102, '上城区', `某某项目第${i}号地块`, `某某街道某某路${i}号`, '出让合同', '挂牌出让',
      '国有存量建设用地', '回收收购土地', '', 1.2345 + i / 1000, 1.1, 1.05, '工业用地', 1.5, '否', 45747, 45800, ''];
    parts.push(`<row r="${r}">` + values.map((v, j) => (v === '' ? '' : typeof v === 'number' ? `<c r="${colName(j)}${r}" s="1"><v>${v}</v></c>` : `<c r="${colName(j)}${r}" t="s"><v>${s(v)}</v></c>`)).join('') + '</row>');
  }
  return rawXlsx({ sheets: [{ name: 'supply', xml: parts.join('') }], sharedStrings: shared });
}

describe('reading speed', () => {
  it('a 20,000-row supply workbook reads in about a second', async () => {
    const path = join(tempDir(), 'supply.xlsx');
    writeFileSync(path, bigWorkbook(20_000));
    const cpu0 = process.cpuUsage();
    const r = await readInputFile(path, 'supply');
    const cpu = process.cpuUsage(cpu0);
    // CPU time, not wall time: the shared CI machine may be busy with other work.
    const ms = (cpu.user + cpu.system) / 1000;
    expect(r.rows).toHaveLength(20_000);
    expect(r.findings).toEqual([]);
    expect(r.rows[19_999]!.source.row).toBe(20_001);
    expect(ms).toBeLessThan(3_000);
  });
});

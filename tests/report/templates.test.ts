import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTemplate, writeTemplates } from '../../src/report/templates.js';
import { displayHeader, inputKinds, kindSpecs } from '../../src/ingest/columns/index.js';
import { kindFromFileName } from '../../src/ingest/folder.js';
import { readInputFile } from '../../src/ingest/read.js';
import type { InputKind } from '../../src/domain/rows.js';
import { documentTypes, filingTypes, startCheckResults } from '../../src/domain/vocabulary.js';
import { packageRoot } from '../../src/cli/version.js';
import { loadWorkbook } from './helpers/workbook.js';
import { cellText } from '../helpers/cell-text.js';

let dir: string;
let written: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landlink-init-'));
  written = await writeTemplates(dir);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const fileOf = (kind: InputKind) => join(dir, `${kindSpecs[kind].names.zh}.xlsx`);

describe('landlink init: templates', () => {
  it('writes one template per input kind, named so that the reader recognises its kind', () => {
    expect(written.map((f) => basename(f))).toEqual(['供地备案.xlsx', '低效用地再开发.xlsx', '增减挂钩复垦.xlsx', '材料清单.xlsx', '核查结果.xlsx', '开工核查.xlsx', '已挂钩台账.xlsx', '结转扣减.xlsx']);
    expect(written.map((f) => kindFromFileName(basename(f)))).toEqual([...inputKinds]);
  });

  it('never overwrites an existing file', async () => {
    await writeFile(fileOf('supply'), 'filled in by a county');
    expect(await writeTemplates(dir)).toEqual([]);
    expect(await readFile(fileOf('supply'), 'utf8')).toBe('filled in by a county');
    await writeFile(fileOf('supply'), await renderTemplate('supply'));
  });

  it.each([...inputKinds])('%s: the data sheet comes first, named after the kind, with a 说明 row and the headers of inputs.md', async (kind) => {
    const wb = await loadWorkbook(fileOf(kind));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe(kindSpecs[kind].names.zh);
    expect(cellText(ws.getCell('A1').value)).toContain('模板');
    const headers: unknown[] = [];
    ws.getRow(2).eachCell((c) => headers.push(c.value));
    expect(headers).toEqual(kindSpecs[kind].columns.map(displayHeader));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it.each([
    ['supply', '备案类型', filingTypes.map((t) => t.label)],
    ['evidence', '材料类型', documentTypes.map((t) => t.label)],
    ['start-check', '核查结果', startCheckResults.map((t) => t.label)],
  ] as const)('%s: %s offers the vocabulary as a dropdown (from the hidden list sheet)', async (kind, header, labels) => {
    const wb = await loadWorkbook(fileOf(kind));
    const ws = wb.worksheets[0]!;
    const col = kindSpecs[kind].columns.findIndex((c) => displayHeader(c) === header) + 1;
    const dv = ws.getCell(3, col).dataValidation as { type: string; formulae: string[] };
    expect(dv.type).toBe('list');
    const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(dv.formulae[0]!);
    expect(m).not.toBeNull();
    const options = wb.getWorksheet(m![1])!;
    expect(options.state).toBe('hidden');
    const values: unknown[] = [];
    for (let r = Number(m![3]); r <= Number(m![4]); r++) values.push(options.getCell(`${m![2]}${r}`).value);
    expect(values).toEqual(labels);
  });

  const filled: Record<InputKind, Record<string, ExcelJS.CellValue>> = {
    supply: { 电子监管号: '3301022025B00001', 行政区代码: '330102', 项目名称: '某地块', 坐落: '上城区某路1号', 备案类型: '出让合同', 供地方式: '挂牌出让', 土地来源: '国有存量建设用地', 存量类型: '回收收购土地', '供地面积(公顷)': 1.5, '测绘面积(公顷)': 1.4, 签订日期: new Date(Date.UTC(2025, 2, 31)) },
    redevelopment: { 项目编号: 'ZX-1', 行政区代码: '330102', 项目名称: '退二进三', 坐落: '某路', 再开发类型: '退二进三', '改变用途建筑面积(平方米)': 12000, 新容积率: 3, '改变用途面积(公顷)': 0.4, 改变后用途: '商务办公', 完成日期: new Date(Date.UTC(2025, 5, 1)) },
    reclamation: { 项目编号: 'FK-1', 行政区代码: '330106', 项目名称: '复垦', '复垦面积(公顷)': 0.8, 验收结论: '通过', 验收日期: new Date(Date.UTC(2025, 8, 9)) },
    evidence: { 项目编号: '3301022025B00001', 材料类型: '建设用地审查意见书', 盖章或签字: '是', 载明坐落: '上城区某路1号', '载明面积(公顷)': 1.4 },
    inspection: { 项目编号: '3301022025B00001', 核查方式: '实地抽查', 核查结论: '面积核减', '核实面积(公顷)': 1.2 },
    'start-check': { 项目编号: '3301022024B00001', 行政区代码: '330102', 挂钩年度: 2024, '认定面积(公顷)': 2, 核查结果: '未开工(无合理证明)' },
    ledger: { 项目编号: '3301022024B00001', 挂钩年度: 2024, '认定面积(公顷)': 2, 行政区代码: '330102' },
    carried: { 行政区代码: '330102', 年度: 2024, '结转扣减(公顷)': 0.4 },
  };

  it.each([...inputKinds])('%s: a row filled in by hand is read back without errors', async (kind) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fileOf(kind));
    const ws = wb.worksheets[0]!;
    const headers = kindSpecs[kind].columns.map(displayHeader);
    for (const [h, v] of Object.entries(filled[kind])) {
      const c = headers.indexOf(h);
      expect(c, h).toBeGreaterThanOrEqual(0);
      ws.getCell(3, c + 1).value = v;
    }
    const path = join(dir, 'filled', `${kindSpecs[kind].names.zh}.xlsx`);
    await mkdir(join(dir, 'filled'), { recursive: true });
    await wb.xlsx.writeFile(path);
    const { rows, findings } = await readInputFile(path, kind);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source.row).toBe(3);
  });

  it.each([...inputKinds])('templates/%s is the committed copy of what init writes (UPDATE_TEMPLATES=1 regenerates)', async (kind) => {
    const committed = join(packageRoot, 'templates', `${kindSpecs[kind].names.zh}.xlsx`);
    const fresh = await renderTemplate(kind);
    if (process.env.UPDATE_TEMPLATES === '1') await writeFile(committed, fresh);
    expect(existsSync(committed), `${committed} missing: run UPDATE_TEMPLATES=1 npx vitest run tests/report/templates.test.ts`).toBe(true);
    expect((await readFile(committed)).equals(fresh), `${committed} is stale: run UPDATE_TEMPLATES=1 npx vitest run tests/report/templates.test.ts`).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { displayHeader, inputKinds, kindSpecs } from '../../src/ingest/columns/index.js';
import { textKey } from '../../src/ingest/normalize.js';
import { readInputFile } from '../../src/ingest/load.js';
import { csvOf, tempDir, writeText } from './helpers.js';

const kinds = inputKinds.map((k) => [k, kindSpecs[k]] as const);

describe('column specs (meta-tests keep the tables honest)', () => {
  it('cover all eight kinds of inputs.md', () => {
    expect(inputKinds).toEqual(['supply', 'redevelopment', 'reclamation', 'evidence', 'inspection', 'start-check', 'ledger', 'carried']);
  });
  it.each(kinds)('%s: no header or alias maps to two fields', (_, spec) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const col of spec.columns) for (const name of [col.header, ...col.aliases]) {
      const key = textKey(name);
      const prev = owner.get(key);
      if (prev !== undefined) clashes.push(`${name}: ${prev} / ${col.field}`);
      owner.set(key, col.field);
    }
    expect(clashes).toEqual([]);
  });
  it.each(kinds)('%s: the first column is its required id (carried, a county figure: its region); fields are unique', (kind, spec) => {
    if (kind === 'carried') expect(spec.columns[0]).toMatchObject({ field: 'regionCode', cell: { type: 'region-code' } });
    else expect(spec.columns[0]).toMatchObject({ cell: { type: 'id' }, required: true });
    expect(new Set(spec.columns.map((c) => c.field)).size).toBe(spec.columns.length);
    for (const group of spec.requiredAnyOf) for (const f of group) expect(spec.columns.some((c) => c.field === f)).toBe(true);
    if (spec.uniqueId) expect(spec.columns.some((c) => c.field === spec.uniqueId)).toBe(true);
  });
  it.each(kinds)('%s: every field lands on the typed row (src/domain/rows.ts)', async (kind, spec) => {
    const dir = tempDir();
    const header = spec.columns.map(displayHeader);
    const path = writeText(dir, `${kind}.csv`, csvOf([header, spec.columns.map((_, i) => (i === 0 ? 'ID-1' : ''))]));
    const r = await readInputFile(path, kind);
    const row = r.rows[0] as unknown as Record<string, unknown>;
    for (const col of spec.columns) {
      const field = col.field === 'regionCode' || col.field === 'regionName' ? 'region' : col.field;
      // A column checked, not kept (src/domain/rows.ts UnkeptFieldsByKind) has no field.
      expect(Object.hasOwn(row, field), `${kind}.${field}`).toBe(col.kept !== false);
    }
    expect(Object.keys(row.columns as object).sort()).toEqual(spec.columns.map((c) => c.field).sort());
  });
  it('the columns checked, not kept, are those of UnkeptFieldsByKind: 文号 and 附件 of the evidence', () => {
    const unkept = kinds.flatMap(([kind, spec]) => spec.columns.filter((c) => c.kept === false).map((c) => `${kind}.${c.header}`));
    expect(unkept).toEqual(['evidence.文号', 'evidence.附件']);
  });
  it('a column checked, not kept, reports its bad cells as a kept one does', async () => {
    const dir = tempDir();
    const header = ['项目编号', '材料类型', '文号', '附件', '载明坐落'];
    const bad = '\uFFFD坏';
    const path = writeText(dir, 'evidence.csv', csvOf([header, ['P-1', '建设用地审查意见书', bad, '#REF!', bad], ['P-2', '建设用地审查意见书', '浙土资〔2024〕1号', '材料/P-2.pdf', '坐落']]));
    const r = await readInputFile(path, 'evidence');
    expect(r.findings.map((f) => [f.code, f.location.row, f.location.column])).toEqual([
      ['cell-text-invalid', 2, '文号'], ['cell-text-invalid', 2, '载明坐落'], ['cell-error', 2, '附件'],
    ]);
    expect(r.rows.map((row) => Object.keys(row))).toEqual([0, 1].map(() => ['source', 'columns', 'projectId', 'documentType', 'stamped', 'statedLocation', 'statedAreaHa', 'statedType']));
    expect(r.rows[1]!.columns).toMatchObject({ documentNo: '文号', attachment: '附件' });
  });
  it('area columns show their unit', () => {
    expect(kindSpecs.supply.columns.filter((c) => c.cell.type === 'area').map(displayHeader)).toEqual(['供地面积(公顷)', '存量面积(公顷)', '测绘面积(公顷)']);
    expect(displayHeader(kindSpecs.redevelopment.columns.find((c) => c.field === 'changedFloorAreaM2')!)).toBe('改变用途建筑面积(平方米)');
  });
});

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
      expect(Object.hasOwn(row, field), `${kind}.${field}`).toBe(true);
    }
    expect(Object.keys(row.columns as object).sort()).toEqual(spec.columns.map((c) => c.field).sort());
  });
  it('area columns show their unit', () => {
    expect(kindSpecs.supply.columns.filter((c) => c.cell.type === 'area').map(displayHeader)).toEqual(['供地面积(公顷)', '存量面积(公顷)', '测绘面积(公顷)']);
    expect(displayHeader(kindSpecs.redevelopment.columns.find((c) => c.field === 'changedFloorAreaM2')!)).toBe('改变用途建筑面积(平方米)');
  });
});

// The real national land-market-site exports in tests/fixtures/real/ (sources in SOURCES.md) read as supply files
// (docs/spec/inputs.md): no exception, regions from names or township codes, `Nah` placeholders empty, numeric 土地来源.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { codes } from './errors.js';

const realDir = join(import.meta.dirname, '..', 'fixtures', 'real');
const real = (name: string) => join(realDir, name);

describe('real exports (tests/fixtures/real)', () => {
  it('the files are there', () => {
    expect(existsSync(realDir)).toBe(true);
  });

  it('2007 东阳/桐乡/磐安/诸暨: township codes, names in 所在地, Nah, 1901年01月02日-style placeholders, time stamps', async () => {
    const r = await readInputFile(real('landchina_2007-01-02_yuhangtsim_zj.csv'), 'supply');
    expect(r.rows).toHaveLength(18);
    expect(new Set(codes(r.findings))).toEqual(new Set(['column-unknown']));
    expect(r.rows.map((s) => s.region?.code)).toEqual([
      '330783', '330783', '330783', '330483', '330727', '330483', '330483', '330483', '330483', '330483', '330483', '330483', '330483', '330483', '330483', '330483', '330681', '330681',
    ]);
    expect(r.rows[0]).toMatchObject({ supervisionId: '3307832007A00129', filingType: 'allocation', supplyMethod: 'allocation', landSource: 'new-state', actualStartDate: null, signedDate: '2007-01-31' });
    expect(r.rows[0]!.supplyAreaHa!.toString()).toBe('1.6691');
    expect(r.rows[3]).toMatchObject({ supervisionId: '3304832007B00137-1', filingType: 'transfer', actualStartDate: '2007-09-07' });
    expect(r.rows[4]).toMatchObject({ landSource: 'new-from-stock-pool' });
  });

  it('2018 嘉善: names only, 土地来源 with an annotation in its header', async () => {
    const r = await readInputFile(real('landchina_2018-12-31_zitaichen_zj.csv'), 'supply');
    expect(r.rows).toHaveLength(6);
    expect(new Set(codes(r.findings))).toEqual(new Set(['column-unknown']));
    expect(r.rows.every((s) => s.region?.code === '330421' && s.signedDate === '2018-12-31' && s.filingType === 'transfer')).toBe(true);
    expect(r.rows[0]!.columns?.landSource).toBe('土地来源(爬虫推导,有bug)');
    expect(r.rows[0]!.landSource).toBe('new-from-stock-pool');
  });

  it('2019 nationwide .psv: pipes, duplicate headers, numeric 土地来源, rows outside Zhejiang are findings', async () => {
    const r = await readInputFile(real('landchina_jieguo_output_2019-06_sample.psv'), 'supply');
    expect(r.rows).toHaveLength(30);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(Array(30).fill('region-outside-zhejiang'));
    expect(errors.map((f) => f.location.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    expect(r.findings.filter((f) => f.code === 'column-duplicate').map((f) => f.location.column)).toEqual(['行政区', '项目位置', '土地用途']);
    const bySource = r.rows.map((s) => s.landSource);
    expect(new Set(bySource)).toEqual(new Set(['new-state', 'existing']));
    const airport = r.rows.find((s) => s.supervisionId === '6608162019A00034')!;
    expect(airport).toMatchObject({ landSource: 'existing', filingType: 'allocation', signedDate: '2019-06-01' });
    expect(airport.stockAreaHa!.eq(airport.supplyAreaHa!)).toBe(true);
  });
});

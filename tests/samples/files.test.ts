// The committed sample year read back from its files (exceljs / csv-parse, not the ingest readers): the files
// are what the manifest says, every branch's projects carry the facts of their branch, every problem sits at
// its file/row/column, and the formats are those of real exports (inputs.md). determinism.test.ts checks that
// the committed folder is exactly what the generator writes, so these checks hold for the generator too.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import ExcelJS from 'exceljs';
import { cities, regionByCode, resolveRegion } from '../../src/domain/divisions.js';
import { catalogue } from '../../src/findings/index.js';
import { branchKeys, type BranchKey } from '../../tools/samples/branch-specs.js';
import type { ManifestBranch } from '../../tools/samples/manifest.js';
import { readSample, rowsOf, type Row, type Sample } from './read-back.js';
import { cellText } from '../helpers/cell-text.js';

const YEAR = 2025;
const dir = resolve(import.meta.dirname, '../../samples', String(YEAR));
let s: Sample;

beforeAll(async () => { s = await readSample(dir); });

// Column headers as the sample writes them.
const SUPPLY_AREA = '供地面积（公顷）';
const STOCK_AREA = '存量面积（公顷）';
const SURVEYED_AREA = '测绘面积（公顷）';

const dec = (text: string | undefined): Exact => Exact.parseDecimal((text ?? '').replace(/,/g, ''));
const muToM2 = (text: string | undefined): Exact => dec(text).mul(10_000).div(15);
const unquote = (text: string): string => text.replace(/["“”]/g, '');
const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** domain.md "Where each category comes from", read straight from the supply row's fields. */
function categoryOf(r: Row): number | null {
  const statePaper = r['备案类型'] === '划拨决定书' || r['备案类型'] === '出让合同';
  if (statePaper && r['土地来源'] === '国有存量建设用地') {
    const byStock: Record<string, number> = { 回收收购土地: 1, 空闲地: 2, '城中村改造、小城镇环境综合整治土地': 3, 三改一拆拆后土地: 4 };
    return byStock[unquote(r['存量类型'] ?? '')] ?? null;
  }
  if (statePaper && r['土地来源'] === '农用地转用和土地征收' && r['征收类型'] === '集体建设用地征收') return 5;
  if (r['备案类型'] === '集体建设用地' && r['土地来源'] === '集体存量建设用地') return 5;
  return null;
}

function row(kind: string, id: string, idColumn: string): Row {
  const found = rowsOf(s, kind).find((r) => r[idColumn] === id);
  if (!found) throw new Error(`${id} not in ${kind}`);
  return found;
}
const supplyRow = (id: string) => row('supply', id, '监管号');
const redevRow = (id: string) => row('redevelopment', id, '再开发项目编号');
const reclRow = (id: string) => row('reclamation', id, '拆旧区块编号');
const docs = (id: string) => rowsOf(s, 'evidence').filter((r) => r['项目编号'] === id);
const docTypes = (id: string) => docs(id).map((d) => d['材料类型']).sort();
const doc = (id: string, type: string) => docs(id).find((d) => d['材料类型'] === type);
const inspection = (id: string) => rowsOf(s, 'inspection').find((r) => r['项目编号'] === id);
const startCheck = (id: string) => rowsOf(s, 'start-check').find((r) => r['项目编号'] === id);
const OPINION = '建设用地审查意见书';

type Check = (ids: string[], b: ManifestBranch) => void;
const each = (f: (id: string) => void): Check => (ids) => { for (const id of ids) f(id); };
const supplyCategory = (n: number): Check => each((id) => {
  expect(categoryOf(supplyRow(id))).toBe(n);
  expect(doc(id, OPINION)?.['盖章或签字']).toBe('是');
  expect(docTypes(id).length).toBeGreaterThanOrEqual(2);
});
const conclusion = (label: string): Check => each((id) => expect(inspection(id)?.['核查结论']).toBe(label));
const startResult = (label: string): Check => each((id) => {
  expect(startCheck(id)?.['核查结果']).toBe(label);
  expect(startCheck(id)?.['挂钩年度']).toBe(String(YEAR - 1));
});
const yearOf = (text: string | undefined) => Number((text ?? '').slice(0, 4));

/** One check per branch, complete by type: a new branch without a check here does not compile. */
const checks: Record<BranchKey, Check> = {
  'category-1-credited': supplyCategory(1),
  'category-2-credited': supplyCategory(2),
  'category-3-credited': supplyCategory(3),
  'category-4-credited': supplyCategory(4),
  'category-5-credited': supplyCategory(5),
  'category-6-credited': each((id) => {
    expect(redevRow(id)['再开发类型']).toBe('退二进三');
    expect(docTypes(id)).toContain('改变土地用途补充协议');
  }),
  'category-7-credited': each((id) => {
    expect(reclRow(id)['验收结论']).toBe('通过');
    expect(docTypes(id)).toEqual(['复核验收材料', '项目批准材料']);
  }),
  'category-5-requisition': each((id) => expect(supplyRow(id)['征收类型']).toBe('集体建设用地征收')),
  'category-5-collective-filing': each((id) => expect([supplyRow(id)['备案类型'], supplyRow(id)['土地来源']]).toEqual(['集体建设用地', '集体存量建设用地'])),
  'review-opinion-missing': each((id) => {
    expect(docTypes(id)).not.toContain(OPINION);
    expect(docTypes(id).length).toBeGreaterThan(0);
  }),
  'review-opinion-not-stamped': each((id) => expect(doc(id, OPINION)?.['盖章或签字']).toBe('否')),
  'proof-document-missing': each((id) => expect(docTypes(id)).toEqual([OPINION])),
  'location-differs-no-proof': each((id) => {
    expect(squash(doc(id, OPINION)!['载明坐落']!)).not.toBe(squash(supplyRow(id)['坐落']!));
    expect(docTypes(id)).not.toContain('同一地块证明');
  }),
  'location-differs-with-proof': each((id) => {
    expect(squash(doc(id, OPINION)!['载明坐落']!)).not.toBe(squash(supplyRow(id)['坐落']!));
    expect(doc(id, '同一地块证明')?.['载明坐落']).toBe(supplyRow(id)['坐落']);
  }),
  'location-equal-after-normalisation': each((id) => {
    const stated = doc(id, OPINION)!['载明坐落']!;
    expect(stated).not.toBe(supplyRow(id)['坐落']);
    expect(squash(stated)).toBe(squash(supplyRow(id)['坐落']!));
  }),
  'other-proof-only': each((id) => expect(docTypes(id)).toEqual(['其他证明材料', OPINION])),
  'surveyed-exceeds-supply': each((id) => expect(dec(supplyRow(id)[SURVEYED_AREA]).gt(dec(supplyRow(id)[SUPPLY_AREA]))).toBe(true)),
  'surveyed-area-missing': each((id) => {
    expect(supplyRow(id)[SURVEYED_AREA]).toBe('');
    expect(dec(supplyRow(id)[STOCK_AREA]).gt(Exact.ZERO)).toBe(true);
  }),
  'opinion-area-not-stated': each((id) => expect(doc(id, OPINION)?.['载明面积(平方米)'] ?? '').toBe('')),
  'stated-type-not-whole-term': each((id) => expect(doc(id, OPINION)?.['载明类型']).toBe('新增建设用地，不属于收回收购土地')),
  'document-area-bounds-credit': each((id) => {
    const surveyedM2 = dec(supplyRow(id)[SURVEYED_AREA]).mul(10_000);
    expect(dec(doc(id, OPINION)!['载明面积(平方米)']).lt(surveyedM2)).toBe(true);
  }),
  'parcel-filed-twice': (ids) => {
    const supplyId = ids.find((id) => rowsOf(s, 'supply').some((r) => r['监管号'] === id))!;
    const redevId = ids.find((id) => id !== supplyId)!;
    expect(squash(redevRow(redevId)['坐落']!)).toBe(squash(supplyRow(supplyId)['坐落']!));
  },
  'cat6-plot-ratio-implausible': each((id) => {
    const r = redevRow(id);
    const areaM2 = dec(r['改变用途的建筑面积(平方米)']).div(dec(r['新容积率']));
    expect(areaM2.gt(muToM2(r['改变用途面积(亩)']).mul(Exact.of(12, 10)))).toBe(true);
  }),
  'inspection-fraud-on-rejected': each((id) => {
    expect(redevRow(id)['改变后用途']).toBe('商品住宅');
    expect(inspection(id)?.['核查结论']).toBe('不属实');
  }),
  'start-check-differs-from-ledger': each((id) => {
    const ledger = rowsOf(s, 'ledger').find((r) => r['项目编号'] === id)!;
    expect(dec(startCheck(id)?.['认定面积(公顷)']).lt(dec(ledger['认定面积(公顷)']))).toBe(true);
  }),
  'cat6-social-housing': each((id) => expect(redevRow(id)['改变后用途']).toBe('保障性租赁住房')),
  'cat6-start-area-short': each((id) => {
    const start = docs(id).find((d) => d['材料类型']!.startsWith('改变规划条件'))!;
    expect(dec(start['载明面积(平方米)']).lt(muToM2(redevRow(id)['改变用途面积(亩)']))).toBe(true);
  }),
  'cat6-completion-missing': each((id) => {
    expect(docTypes(id)).not.toContain('改变土地用途补充协议');
    expect(docTypes(id).some((t) => t!.startsWith('改变规划条件'))).toBe(true);
  }),
  'cat6-completion-area-short': each((id) => {
    const r = redevRow(id);
    const filed = muToM2(r['改变土地用途面积(亩)'] || r['改变用途面积(亩)']);
    expect(dec(doc(id, '改变土地用途补充协议')!['载明面积(平方米)']).lt(filed)).toBe(true);
  }),
  'cat6-commercial-real-estate': each((id) => expect(redevRow(id)['改变后用途']).toBe('商品住宅')),
  'cat6-government-resupply': each((id) => expect(redevRow(id)['政府重新供地']).toBe('是')),
  'cat7-acceptance-failed': each((id) => expect(reclRow(id)['验收结论']).toBe('不通过')),
  'supply-signed-outside-year': each((id) => expect(yearOf(supplyRow(id)['签订日期'])).toBe(YEAR - 1)),
  'redevelopment-completed-outside-year': each((id) => expect(yearOf(redevRow(id)['完成日期'])).toBe(YEAR + 1)),
  'reclamation-accepted-outside-year': each((id) => expect(yearOf(reclRow(id)['验收日期'])).toBe(YEAR - 1)),
  'inspection-confirmed': conclusion('属实'),
  'inspection-area-reduced': each((id) => {
    expect(inspection(id)?.['核查结论']).toBe('面积核减');
    expect(dec(inspection(id)?.['核实面积(公顷)']).lt(dec(supplyRow(id)[SURVEYED_AREA] || supplyRow(id)[SUPPLY_AREA]))).toBe(true);
  }),
  'inspection-misreported': conclusion('错报'),
  'inspection-false-report': conclusion('虚报'),
  'inspection-untrue': conclusion('不属实'),
  'inspection-fraud-earlier-year': each((id) => {
    expect(inspection(id)?.['核查结论']).toBe('不属实');
    const ledger = rowsOf(s, 'ledger').find((r) => r['项目编号'] === id);
    expect(Number(ledger?.['挂钩年度'])).toBe(YEAR - 2);
  }),
  'ledger-hit': each((id) => {
    expect(yearOf(supplyRow(id)['签订日期'])).toBe(YEAR);
    const earlier = rowsOf(s, 'ledger').find((l) => l['项目编号'] === id);
    expect(Number(earlier?.['挂钩年度'])).toBeLessThan(YEAR);
  }),
  'carried-forward-deduction': ([revoked, small], b) => {
    expect(startCheck(revoked!)?.['核查结果']).toBe('已撤销');
    expect(startCheck(revoked!)?.['行政区代码']).toBe(b.detail?.countyCode);
    expect(reclRow(small!)['行政区代码']).toBe(b.detail?.countyCode);
  },
  'start-check-started': startResult('已开工'),
  'start-check-not-started-justified': startResult('未开工(有合理证明)'),
  'start-check-not-started-unjustified': startResult('未开工(无合理证明)'),
  'start-check-revoked': startResult('已撤销'),
  'redevelopment-not-linkage': each((id) => expect(redevRow(id)['再开发类型']).not.toBe('退二进三')),
  'supply-stock-type-other': each((id) => {
    expect(supplyRow(id)['存量类型']).toBe('其他');
    expect(categoryOf(supplyRow(id))).toBeNull();
  }),
  'supply-standalone-site': each((id) => {
    expect(supplyRow(id)['是否单独选址']).toBe('是');
    expect(categoryOf(supplyRow(id))).toBeNull();
  }),
};

describe('samples/2025, read back from its files', () => {
  it('holds exactly the files of the manifest and its 审核意见/ folder, with its headers and row counts', async () => {
    const names = (await readdir(dir)).sort();
    expect(s.manifest.feedback).toBeDefined();
    expect(s.manifest.carried).toBeDefined();
    expect(names).toEqual([...s.manifest.files.map((f) => f.file), s.manifest.carried!.file, 'MANIFEST.json', 'README.md', '审核意见'].sort());
    for (const f of s.manifest.files) {
      const data = s.files.get(f.kind)!;
      expect(data.header, f.file).toEqual(f.header);
      expect(data.rows.length, f.file).toBe(f.dataRows);
      expect(s.manifest.counts.rows[f.kind]).toBe(f.dataRows);
    }
  });

  it.each(branchKeys.map((key) => ({ key })))('branch $key: its projects carry the facts of the branch', ({ key }) => {
    const b = s.manifest.branches.find((x) => x.key === key);
    expect(b, key).toBeDefined();
    expect(b!.ids.length).toBeGreaterThan(0);
    checks[key](b!.ids, b!);
  });

  it('every input problem is at the file/row/column the manifest gives', () => {
    expect(s.manifest.problems).toHaveLength(6);
    for (const p of s.manifest.problems) {
      const data = s.files.get(p.kind)!;
      const r = data.rows.find((x) => x.__row === String(p.row));
      expect(r?.[p.column], p.key).toBe(p.value);
      const file = s.manifest.files.find((f) => f.kind === p.kind)!;
      expect(p.file).toBe(file.file);
      expect(p.sheet).toBe(file.sheet);
    }
  });

  it('every problem names a finding code of the catalogue (src/findings)', () => {
    for (const p of s.manifest.problems) expect(Object.keys(catalogue), p.key).toContain(p.expectedFinding);
  });

  it.each([
    { key: 'bad-date', valid: (v: string) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v) },
    { key: 'text-area', valid: (v: string) => /^\d+(\.\d+)?$/.test(v) },
    { key: 'unknown-enumeration', valid: (v: string) => ['划拨', '协议出让', '招标出让', '拍卖出让', '挂牌出让', '租赁', '作价出资'].includes(v) },
    { key: 'unknown-county-code', valid: (v: string) => resolveRegion(v, null).ok },
    { key: 'negative-area', valid: (v: string) => !v.startsWith('-') },
  ])('problem $key really is a bad value', ({ key, valid }) => {
    const p = s.manifest.problems.find((x) => x.key === key)!;
    expect(valid(p.value)).toBe(false);
  });

  it('the unknown-project evidence row names no project of any file', () => {
    const p = s.manifest.problems.find((x) => x.key === 'evidence-unknown-project')!;
    const known = new Set([...rowsOf(s, 'supply').map((r) => r['监管号']), ...rowsOf(s, 'redevelopment').map((r) => r['再开发项目编号']), ...rowsOf(s, 'reclamation').map((r) => r['拆旧区块编号'])]);
    expect(known.has(p.value)).toBe(false);
    expect(known.has(p.value.replace(/O/g, '0'))).toBe(true);
  });

  it('has every category 1–7, and the supply categories match the manifest counts', () => {
    const counts: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const r of rowsOf(s, 'supply')) {
      const c = categoryOf(r);
      if (c !== null) counts[String(c)]!++;
    }
    expect(counts).toEqual(s.manifest.counts.supply.byCategory);
    for (const c of ['1', '2', '3', '4', '5']) expect(counts[c]).toBeGreaterThanOrEqual(20);
    const tertiary = rowsOf(s, 'redevelopment').filter((r) => r['再开发类型'] === '退二进三').length;
    expect(tertiary).toBe(s.manifest.counts.redevelopment.category6);
    expect(rowsOf(s, 'reclamation').length).toBe(s.manifest.counts.reclamation.category7);
    expect(tertiary).toBeGreaterThan(0);
  });

  it('is a province year: ≥ 2,000 supply rows, all 11 cities, most counties and some 市本级', () => {
    const supply = rowsOf(s, 'supply');
    expect(supply.length).toBeGreaterThanOrEqual(2_000);
    const regions = supply.map((r) => regionByCode(r['行政区代码']!)).filter((r) => r !== undefined);
    expect(new Set(regions.map((r) => r.cityCode)).size).toBe(11);
    expect(new Set(regions.filter((r) => !r.cityLevel).map((r) => r.code)).size).toBeGreaterThanOrEqual(85);
    expect(regions.some((r) => r.cityLevel)).toBe(true);
    const candidates = supply.filter((r) => categoryOf(r) !== null).length;
    expect(candidates).toBeGreaterThanOrEqual(200);
    expect(candidates).toBeLessThan(supply.length / 2);
  });

  it('has an evidence row for every linkage candidate except the one missing all of it on purpose', () => {
    const withDocs = new Set(rowsOf(s, 'evidence').map((r) => r['项目编号']));
    const candidates = [
      ...rowsOf(s, 'supply').filter((r) => categoryOf(r) !== null).map((r) => r['监管号']),
      ...rowsOf(s, 'redevelopment').filter((r) => r['再开发类型'] === '退二进三').map((r) => r['再开发项目编号']),
      ...rowsOf(s, 'reclamation').map((r) => r['拆旧区块编号']),
    ];
    expect(candidates.filter((id) => !withDocs.has(id))).toEqual([]);
  });

  it.each([
    { kind: 'supply', want: 'xlsx' },
    { kind: 'redevelopment', want: 'gbk' },
    { kind: 'reclamation', want: 'utf-8-bom' },
    { kind: 'evidence', want: 'utf-8-bom' },
    { kind: 'ledger', want: 'utf-8' },
  ])('$kind is written as $want, like a real export', async ({ kind, want }) => {
    const f = s.manifest.files.find((x) => x.kind === kind)!;
    expect(f.encoding).toBe(want);
    const bytes = await readFile(join(dir, f.file));
    const bom = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
    if (want === 'xlsx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    if (want === 'utf-8-bom') expect(bom).toBe(true);
    if (want === 'utf-8') expect(bom).toBe(false);
    if (want === 'gbk') expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    if (want !== 'xlsx') expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
  });

  it('supply: a merged two-row title above the header, the alias 监管号, a notes sheet', () => {
    const f = s.manifest.files.find((x) => x.kind === 'supply')!;
    const data = s.files.get('supply')!;
    expect(f.headerRow).toBe(3);
    expect(data.merges).toEqual(['A1:V1', 'A2:V2']);
    expect(data.header).toContain('监管号');
    expect(data.header).not.toContain('电子监管号');
    expect(data.sheetNames).toEqual(['供地备案', '填报说明']);
  });

  it('supply areas are numbers with at most 6 decimals; some surveyed areas are stored as text', () => {
    const data = s.files.get('supply')!;
    const col = data.header.indexOf(SUPPLY_AREA);
    const surveyedCol = data.header.indexOf(SURVEYED_AREA);
    const problemRow = s.manifest.problems.find((p) => p.key === 'text-area')!.row;
    let textSurveyed = 0;
    data.cells!.slice(f0(s)).forEach((cells, i) => {
      const v = cells[col];
      if (i + f0(s) + 1 === problemRow) return;
      expect(typeof v).toBe('number');
      expect(String(v)).toMatch(/^\d+(\.\d{1,6})?$/);
      if (typeof cells[surveyedCol] === 'string') textSurveyed++;
    });
    expect(textSurveyed).toBeGreaterThan(0);
  });

  it('the supply file carries every date format of the spec it uses: Excel dates and 年月日 text', () => {
    const data = s.files.get('supply')!;
    const signed = data.header.indexOf('签订日期');
    const agreed = data.header.indexOf('约定开工日期');
    const first = data.cells![f0(s)]!;
    expect(typeof first[signed]).toBe('string'); // read back as an ISO timestamp: a real date cell
    expect(String(first[signed])).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
    expect(data.rows.some((r) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(r[data.header[agreed]!] ?? ''))).toBe(true);
  });
});

describe('samples/2025/审核意见: the workbooks eight cities returned (浙土资发〔2017〕19号 四、1)', () => {
  const feedbackDir = join(dir, '审核意见');
  /** Each project row of a returned workbook's category sheets: [project id, 审核意见, 说明]. */
  async function opinions(file: string): Promise<[string, string, string][]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(feedbackDir, file));
    const out: [string, string, string][] = [];
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible' && w.name !== '说明')) {
      const header = (ws.getRow(1).values as unknown[]).map((v) => cellText(v));
      const [id, opinion, note] = ['项目编号', '审核意见', '说明'].map((h) => header.indexOf(h));
      expect([id, opinion, note].every((c) => c! > 0), ws.name).toBe(true);
      ws.eachRow((row, n) => {
        if (n > 1) out.push([cellText(row.getCell(id!).value), cellText(row.getCell(opinion!).value), cellText(row.getCell(note!).value)]);
      });
    }
    return out;
  }

  it('one workbook per returned city, none for the three silent ones (湖州, 衢州, 丽水)', async () => {
    const f = s.manifest.feedback!;
    expect(f.silent).toEqual(['330500', '330800', '331100']);
    expect([...f.returned, ...f.silent].sort()).toEqual(cities.map((c) => c.code));
    const want = f.returned.map((code) => `${code}-${cities.find((c) => c.code === code)!.name}.xlsx`);
    expect((await readdir(feedbackDir)).sort()).toEqual(want.sort());
  });

  it('every project gets 同意, except one 不同意 (杭州) and one 需补正 (宁波), each with a note', async () => {
    const f = s.manifest.feedback!;
    const opposed: [string, string, string, string][] = [];
    let agreed = 0;
    for (const file of await readdir(feedbackDir)) {
      for (const [id, opinion, note] of await opinions(file)) {
        expect(id, file).toMatch(/^\S+$/);
        if (opinion === '同意') { agreed++; expect(note).toBe(''); } else opposed.push([file.slice(0, 6), id, opinion, note === '' ? '' : 'note']);
      }
    }
    expect(opposed).toEqual([[f.disagree.cityCode, f.disagree.id, '不同意', 'note'], [f.needsCorrection.cityCode, f.needsCorrection.id, '需补正', 'note']]);
    expect([f.disagree.cityCode, f.needsCorrection.cityCode]).toEqual(['330100', '330200']);
    expect(agreed).toBeGreaterThan(200);
  });

  it('the two opposed projects are ordinary supply candidates (on no specific branch) and are not expected to be credited', () => {
    const f = s.manifest.feedback!;
    for (const { id, cityCode } of [f.disagree, f.needsCorrection]) {
      expect(regionByCode(supplyRow(id)['行政区代码']!)?.cityCode).toBe(cityCode);
      expect(categoryOf(supplyRow(id))).not.toBeNull();
      const on = s.manifest.branches.filter((b) => b.ids.includes(id)).map((b) => b.key);
      expect(on.every((k) => /^category-\d-credited$|^category-5-/.test(k)), id).toBe(true);
      expect(s.manifest.expected.credited.some(([x]) => x === id)).toBe(false);
    }
  });
});

/** Index of the first data row in the supply sheet's cell grid. */
function f0(sample: Sample): number {
  return sample.manifest.files.find((x) => x.kind === 'supply')!.headerRow;
}

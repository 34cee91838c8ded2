// The bundled sample year end to end through the real readers and compute, with the workbooks eight cities
// returned in its 审核意见/ folder: compute credits what the manifest expects, the plan workbook recalculated (in
// process here; in LibreOffice in tests/clients/plan.test.ts), the golden copy, and the cities' round trip (extract → fill in → compute again) on a copy of the
// sample without 审核意见/.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndCompute } from '../../src/app/load-and-compute.js';
import { packageRoot } from '../../src/cli/version.js';
import { Exact } from '../../src/domain/exact.js';
import { cities, regionByCode } from '../../src/domain/divisions.js';
import type { ComputeResult, ProjectResult } from '../../src/pipeline/types.js';
import type { SampleManifest } from '../../tools/samples/manifest.js';
import { planSheetNames, planWorkbookModel } from '../../src/report/plan.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { writeReviewWorkbooks } from '../../src/review-workbook/write.js';
import { checkPlan } from './helpers/plan-check.js';
import { expectGolden, formulasAsText, sheetAsCsv } from './helpers/golden.js';
import { loadWorkbook } from './helpers/workbook.js';
import { editWorkbook, opinion, setCell } from './helpers/city.js';

const YEAR = 2025;
const samples = join(packageRoot, 'samples', String(YEAR));
let tmp: string;
let result: ComputeResult;
let manifest: SampleManifest;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'landlink-sample-'));
  manifest = JSON.parse(await readFile(join(samples, 'MANIFEST.json'), 'utf8')) as SampleManifest;
  result = (await loadAndCompute({ year: YEAR, data: samples, cwd: tmp, withFeedback: true })).result;
});
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

const cityOf = (p: ProjectResult) => (p.countyCode ? regionByCode(p.countyCode)?.cityCode : undefined);

describe(`sample year ${YEAR}: compute with the returned city workbooks`, () => {
  it('reads the eight returned workbooks and credits exactly the manifest\'s expected list', () => {
    const f = manifest.feedback!;
    expect(result.inputs.filter((i) => i.kind === 'feedback').map((i) => i.name))
      .toEqual(f.returned.map((code) => `审核意见/${code}-${cities.find((c) => c.code === code)!.name}.xlsx`));
    const credited = result.projects.filter((p) => p.status === 'credited')
      .map((p) => [p.id, p.category, p.countyCode, p.creditedHa.roundHalfUp(4).toFixed(4)]);
    expect(credited).toEqual(manifest.expected.credited);
  });

  it('不同意 → rejected, 需补正 → pending, each with its finding; every project of a silent city is 未反馈', () => {
    const f = manifest.feedback!;
    const byId = new Map(result.projects.map((p) => [p.id, p]));
    expect([f.disagree.id, f.needsCorrection.id].map((id) => [byId.get(id)?.status, byId.get(id)?.cityOpinion])).toEqual([
      ['rejected', 'disagree'], ['pending', 'needs-correction'],
    ]);
    const opinionFindings = result.findings.filter((x) => x.code === 'city-disagrees' || x.code === 'city-needs-correction').map((x) => [x.code, x.projectId]);
    expect(opinionFindings).toEqual([['city-disagrees', f.disagree.id], ['city-needs-correction', f.needsCorrection.id]]);
    const silent = result.projects.filter((p) => f.silent.includes(cityOf(p) ?? ''));
    const missing = result.findings.filter((x) => x.code === 'city-feedback-missing').map((x) => x.projectId).sort();
    expect(silent.length).toBeGreaterThan(0);
    expect(missing).toEqual(silent.map((p) => p.id).sort());
    expect(silent.every((p) => p.cityOpinion === null)).toBe(true);
    expect(result.projects.filter((p) => !f.silent.includes(cityOf(p) ?? '') && cityOf(p) !== undefined).every((p) => p.cityOpinion !== null)).toBe(true);
  });
});

describe(`sample year ${YEAR}: plan workbook`, () => {
  it('every quota figure is a formula (no fallback to a value)', () => {
    expect(planWorkbookModel(result, { toolVersion: 'test' }).fallbacks).toEqual([]);
  });

  it('every recalculated formula equals the cached value and the --json figure', async () => {
    const { formulas, withJson } = await checkPlan(result, join(tmp, 'plan'));
    expect(withJson).toBe(12 * 13 + 4 * result.counties.length);
    expect(formulas).toBe(12 * 13 + 1 + 4 * result.counties.length);
  });

  it('golden: each sheet as CSV text and the formulas equal the committed copy (UPDATE_GOLDEN=1 regenerates)', async () => {
    const wb = await loadWorkbook(await renderWorkbook(planWorkbookModel(result, { toolVersion: 'golden' }).model));
    const files = new Map<string, string>(planSheetNames.map((name) => [`${name}.csv`, sheetAsCsv(wb.getWorksheet(name)!)]));
    files.set('formulas.tsv', formulasAsText(wb));
    await expectGolden(join(packageRoot, 'tests', 'report', 'golden', String(YEAR)), files);
  });
});

describe(`sample year ${YEAR}: the cities' round trip`, () => {
  const exactCredited = (r: ComputeResult, county: string) => Exact.sum(r.projects.filter((p) => p.countyCode === county && p.status === 'credited').map((p) => p.creditedHa));

  it('extract → a city fills in opinions → compute: statuses and quotas change exactly as the opinions say; a tampered workbook is a finding', async () => {
    // The sample's input files without its returned workbooks: the city side starts from a fresh extract.
    const data = join(tmp, 'data');
    await mkdir(data, { recursive: true });
    const entries = await readdir(samples, { withFileTypes: true });
    expect(entries.filter((e) => !e.isFile()).map((e) => e.name)).toEqual(['审核意见']);
    for (const e of entries.filter((x) => x.isFile())) await copyFile(join(samples, e.name), join(data, e.name));
    const result = (await loadAndCompute({ year: YEAR, data, cwd: tmp, withFeedback: false })).result;
    // before any opinion, the sample's two opposed projects are credited like any other
    const f = manifest.feedback!;
    expect([f.disagree.id, f.needsCorrection.id].map((id) => result.projects.find((p) => p.id === id)?.status)).toEqual(['credited', 'credited']);
    const review = join(tmp, 'review');
    const written = await writeReviewWorkbooks(result, review, { toolVersion: 'test' });
    expect(written).toHaveLength(11);

    // three credited projects of one Hangzhou county: agree, disagree, needs correction
    const hz = result.projects.filter((p) => cityOf(p) === '330100' && p.status === 'credited');
    const county = hz[0]!.countyCode!;
    const [a, b, c] = hz.filter((p) => p.countyCode === county);
    expect(c, 'the sample has three credited projects in one Hangzhou county').toBeDefined();
    const nb = result.projects.find((p) => cityOf(p) === '330200' && p.status === 'credited')!;

    const feedback = join(data, 'feedback');
    await mkdir(feedback);
    await editWorkbook(join(review, '330100-杭州市.xlsx'), join(feedback, '330100-杭州市.xlsx'),
      opinion(a!.id, '同意'), opinion(b!.id, '不同意', '非存量土地'), opinion(c!.id, '需补正', '缺测绘报告'));
    // Ningbo changed an area on its first category sheet: that row is refused with a finding naming the cell
    let tampered = { sheet: '', row: 0 };
    await editWorkbook(join(review, '330200-宁波市.xlsx'), join(feedback, '330200-宁波市.xlsx'), opinion(nb.id, '同意'), (wb) => {
      for (const ws of wb.worksheets) ws.eachRow((row, r) => { if (row.getCell(1).value === nb.id) tampered = { sheet: ws.name, row: r }; });
      setCell(tampered.sheet, `H${tampered.row}`, 999)(wb);
    });

    const after = (await loadAndCompute({ year: YEAR, data, cwd: tmp, withFeedback: true })).result;
    const byId = new Map(after.projects.map((p) => [p.id, p]));
    expect([a, b, c].map((p) => [byId.get(p!.id)!.status, byId.get(p!.id)!.cityOpinion])).toEqual([
      ['credited', 'agree'], ['rejected', 'disagree'], ['pending', 'needs-correction'],
    ]);
    expect(byId.get(a!.id)!.creditedHa.eq(a!.creditedHa)).toBe(true);
    // the county loses exactly b's and c's credited areas; its figures are rounded once from the exact sum
    const before = exactCredited(result, county);
    const now = exactCredited(after, county);
    expect(now.eq(before.sub(b!.creditedHa).sub(c!.creditedHa))).toBe(true);
    const countyAfter = after.counties.find((x) => x.code === county)!;
    expect(countyAfter.creditedHa.eq(now.roundHalfUp(4))).toBe(true);
    expect(countyAfter.quotaHa.eq(now.div(3).roundHalfUp(4))).toBe(true);
    // the tampered Ningbo row: a finding naming the cell; its opinion not applied
    expect(after.findings.filter((f) => f.code === 'feedback-cell-altered').map((f) => ({ ...f.location, projectId: f.projectId }))).toEqual([
      { file: 'feedback/330200-宁波市.xlsx', sheet: tampered.sheet, row: tampered.row, column: '申报面积(公顷)', value: '999', expected: expect.any(String) as string, projectId: nb.id },
    ]);
    expect(byId.get(nb.id)!.cityOpinion).toBeNull();
    // and the plan of the new result still recalculates to its cached values
    await checkPlan(after, join(tmp, 'plan-after'));
  });
});

// Review workbooks written after inspection results exist show the cities no province verdict (浙土资发〔2017〕19号
// 四、1–2: the cities review by 31 January, before the desk review and spot checks; pipeline/city-review.ts).
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import { forCityReview } from '../../src/pipeline/city-review.js';
import { reviewWorkbookModel } from '../../src/review-workbook/write.js';
import type { ComputeResult } from '../../src/pipeline/types.js';
import { ha, inspectionRow, supply, year } from '../pipeline/builders.js';
import { cellText } from '../helpers/cell-text.js';

const inputs = year({
  supply: [supply('RV1', { supplyAreaHa: ha('0.9'), surveyedAreaHa: ha('0.9') }), supply('RV2', { location: '上城区RV2', supplyAreaHa: ha('2'), surveyedAreaHa: ha('2') })],
  inspection: [inspectionRow('RV1', { conclusion: 'false-report' }), inspectionRow('RV2', { conclusion: 'area-reduced', verifiedAreaHa: ha('1.5') })],
});

/** Every cell value of the city's category sheets, as text. */
function cellsOf(result: ComputeResult): string[] {
  const model = reviewWorkbookModel(result, { code: '330100', name: '杭州市' }, result.projects, { toolVersion: 't' });
  const rows = model.sheets.slice(1).flatMap((s) => (Array.isArray(s.rows) ? s.rows : []));
  return rows.flatMap((r) => r.map((c) => cellText(c !== null && typeof c === 'object' && 'value' in c ? c.value : c)));
}

describe('review workbooks after the inspections (四、1–2)', () => {
  it('the full run has the verdicts (so the check below can fail)', () => {
    const full = compute(inputs);
    expect(full.projects.map((p) => [p.id, p.status, p.creditedHa.toDecimalString()])).toEqual([['RV1', 'fraud', '0'], ['RV2', 'credited', '1.5']]);
    expect(cellsOf(full).some((c) => c.includes('弄虚作假'))).toBe(true);
  });

  it('the cities\' run shows the evidence result only: no 弄虚作假, no 面积核减, areas as declared', () => {
    const forCities = compute(forCityReview(inputs));
    expect(forCities.projects.map((p) => [p.id, p.status, p.creditedHa.toDecimalString()])).toEqual([['RV1', 'credited', '0.9'], ['RV2', 'credited', '2']]);
    const cells = cellsOf(forCities);
    expect(cells.filter((c) => /弄虚作假|虚报|核减|inspection-|deduction-/.test(c))).toEqual([]);
  });

  it('leaves inputs without inspection results as they are', () => {
    const none = year({ supply: [supply('RV3')] });
    expect(forCityReview(none)).toBe(none);
  });
});

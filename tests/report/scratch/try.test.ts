import { it } from 'vitest';
import { loadAndCompute } from '../../../src/app/load-and-compute.js';
import { writePlanWorkbook } from '../../../src/report/plan.js';
import { writeReviewWorkbooks } from '../../../src/report/review.js';
it('writes', async () => {
  const { result } = await loadAndCompute({ year: 2025, data: 'samples/2025', cwd: process.cwd(), withFeedback: false });
  await writePlanWorkbook(result, '/tmp/plan-sample/挂钩方案-2025.xlsx', { toolVersion: '0.1.0' });
  await writeReviewWorkbooks(result, '/tmp/plan-sample/review', { toolVersion: '0.1.0' });
}, 120000);

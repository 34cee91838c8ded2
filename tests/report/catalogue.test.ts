// Meta-tests: every finding code of the report room cites an article and says what to do. That each code is
// emitted by a real run is checked by the last test of tests/report/review.test.ts, which collects the codes its
// feedback reads returned.
import { describe, expect, it } from 'vitest';
import { reportFindings } from '../../src/findings/report.js';

const codes = Object.keys(reportFindings) as (keyof typeof reportFindings)[];

describe('report finding catalogue', () => {
  it.each(codes)('%s cites an article and gives a hint', (code) => {
    const spec = reportFindings[code];
    expect(spec.article).toMatch(/浙土资发〔2017〕19号|inputs\.md|outputs\.md|domain\.md/);
    expect(spec.hint.length).toBeGreaterThan(5);
  });
});

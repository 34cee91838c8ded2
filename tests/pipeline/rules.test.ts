// Table-driven rule tests: one case per rule row, each naming its article; asserts statuses, finding codes,
// locations and figures (tests/pipeline/harness.ts).
import { describe, it } from 'vitest';
import { checkCase } from './harness.js';
import { caseGroups } from './cases/index.js';

for (const [group, cases] of Object.entries(caseGroups)) {
  describe(group, () => {
    it.each(cases.map((c) => ({ ...c, title: `${c.name} [${c.article}]` })))('$title', (c) => { checkCase(c); });
  });
}

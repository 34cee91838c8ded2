// docs/bad-input.md ("数据出错时 / When input is wrong", README-ready) stays in step with the catalogue: its tables
// are generated from it (docs.ts) and compared here. After changing a message or a hint:
//   LANDLINK_WRITE_DOCS=1 npx vitest run tests/bad-input/docs.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/findings/index.js';
import { badCases } from './cases/index.js';
import { dataCodes, renderBlocks, stopCodes } from './docs.js';

const docPath = join(import.meta.dirname, '..', '..', 'docs', 'bad-input.md');

if (process.env.LANDLINK_WRITE_DOCS === '1') writeFileSync(docPath, renderBlocks(readFileSync(docPath, 'utf8')));

describe('docs/bad-input.md', () => {
  const doc = readFileSync(docPath, 'utf8');

  it('its generated tables match the catalogue and the read limits', () => {
    expect(doc).toBe(renderBlocks(doc));
  });

  it('starts with the README section title', () => {
    expect(doc.split('\n')[0]).toBe('## 数据出错时 / When input is wrong');
  });

  it('documents every code the bad-input corpus expects', () => {
    const documented = new Set<string>([...stopCodes, ...dataCodes]);
    const shown = new Set(badCases.flatMap((c) => c.findings.map((f) => f.code)));
    // ordinary outcomes of the Measures' rules, used in the corpus as markers ("the row was read and classified")
    const pipelineOutcomes = new Set(['evidence-missing', 'evidence-type-mismatch', 'city-feedback-none']);
    expect([...shown].filter((c) => !documented.has(c) && !pipelineOutcomes.has(c))).toEqual([]);
  });

  it('lists every stop-the-run code the corpus produces as such', () => {
    const stops = new Set(badCases.filter((c) => c.exit === 2).map((c) => c.findings[0]!.code));
    for (const code of stops) expect(stopCodes as readonly string[]).toContain(code);
  });

  it('every documented code exists, once', () => {
    const all = [...stopCodes, ...dataCodes];
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(Object.keys(catalogue)).toContain(code);
  });
});

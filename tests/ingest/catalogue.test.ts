// Meta-tests of the ingest finding catalogue (style.md 6: "every finding code is produced by some test").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFindings } from '../../src/findings/ingest.js';

// The readers are tested here and, for the bad-input corpus (issue 8), in tests/bad-input.
const testDirs = [import.meta.dirname, join(import.meta.dirname, '..', 'bad-input')];
const testSources = testDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts') && f !== 'catalogue.test.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))).join('\n');
const entries = Object.entries(ingestFindings);
const fillable = new Set(['file', 'sheet', 'row', 'column', 'value', 'expected', 'detail', 'kind', 'limit', 'label']);

describe('ingest finding catalogue', () => {
  it.each(entries)('%s is asserted by some ingest test', (code) => {
    expect(testSources).toContain(`'${code}'`);
  });
  it.each(entries)('%s: article, Chinese message, placeholders the readers fill', (_, spec) => {
    expect(spec.article).not.toBe('');
    expect(spec.message).toMatch(/[\u4e00-\u9fff]/);
    const placeholders = [...spec.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(placeholders.filter((p) => !fillable.has(p!))).toEqual([]);
  });
  it('bad cells are errors, a retired code a warning, notes info', () => {
    expect(ingestFindings['cell-number-invalid'].severity).toBe('error');
    expect(ingestFindings['region-retired'].severity).toBe('warning');
    expect(ingestFindings['column-unknown'].severity).toBe('info');
  });
});

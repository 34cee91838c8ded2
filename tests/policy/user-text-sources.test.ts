// Every table of Chinese text that reaches a user — the finding catalogue, the indicators' exclusion reasons, the
// evidence checks, the Measures' supervision tables, the yearly calendar and its steps (`status`), the start-list's
// pre-fill rules, the ledger's citation — cites the Measures, the action plan or a section of docs/用户手册.md, never a
// developer file (a spec file, a decision number, an issue). The workbooks' cells are checked as written in
// tests/report/reader-text.test.ts; this test covers the sources, including those printed only on the terminal.
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/cycle/calendar.js';
import * as ledger from '../../src/cycle/ledger.js';
import * as startList from '../../src/cycle/start-list.js';
import { catalogue } from '../../src/findings/index.js';
import * as exclusions from '../../src/indicators/exclusions.js';
import * as evidenceChecks from '../../src/policy/evidence-checks.js';
import * as supervision from '../../src/policy/supervision.js';

/** Every string held by a value, with the path to it (functions are code, not text: skipped). */
export function stringsOf(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringsOf(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

const DEVELOPER_REFERENCE = /\b(domain|inputs|outputs|glossary|decisions|style|dependencies)\.md\b|决定\s*\d|\bissues?\s*#?\d|shared\/|seeds\//i;

/** The strings of a source that name a developer file. */
export function developerReferences(value: unknown): string[] {
  return stringsOf(value).filter(([, s]) => DEVELOPER_REFERENCE.test(s)).map(([p, s]) => `${p}: ${s}`);
}

describe('text users read cites no developer file', () => {
  it('finds a spec file, a decision number or an issue wherever it hides (the check can fail)', () => {
    expect(developerReferences({ a: { article: 'domain.md 决定 6' }, b: ['ok', 'inputs.md supply'], c: 'see issue 7', d: '浙土资发〔2017〕19号 五、2' }))
      .toEqual(['a.article: domain.md 决定 6', 'b[1]: inputs.md supply', 'c: see issue 7']);
    expect(developerReferences({ article: '用户手册 4.12', fn: () => 'domain.md' })).toEqual([]);
  });

  it.each([
    ['the finding catalogue', catalogue],
    ['the indicators\' exclusion reasons', exclusions],
    ['the evidence checks', evidenceChecks],
    ['the supervision tables', supervision],
    ['the calendar of 2025 and its steps', { phases: calendar.phasesOf(2025), steps: calendar.steps }],
    ['the start-list pre-fill rules', startList],
    ['the ledger', ledger],
  ])('%s', (_name, source) => {
    expect(stringsOf(source).length).toBeGreaterThan(0);
    expect(developerReferences(source)).toEqual([]);
  });
});

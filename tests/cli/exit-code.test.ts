import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';

describe('exit code (outputs.md "Exit codes")', () => {
  it.each([
    { name: 'done, nothing wrong', outcome: { kind: 'done', findings: [] }, code: 0 },
    { name: 'done, warnings and notes only', outcome: { kind: 'done', findings: [{ severity: 'warning' }, { severity: 'info' }] }, code: 0 },
    { name: 'done, an error-level finding', outcome: { kind: 'done', findings: [{ severity: 'warning' }, { severity: 'error' }] }, code: 1 },
    { name: 'could not run (bad input or argument)', outcome: { kind: 'input-error' }, code: 2 },
    { name: 'internal error', outcome: { kind: 'internal-error' }, code: 3 },
  ] as const)('$name → $code', ({ outcome, code }) => {
    expect(exitCodeFor(outcome)).toBe(code);
  });
});

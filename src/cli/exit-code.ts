// The exit code is a pure function of the run's outcome (docs/spec/outputs.md "Exit codes").
import type { Finding } from '../findings/types.js';

export const EXIT = { ok: 0, findings: 1, cannotRun: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type Outcome =
  | { kind: 'done'; findings: readonly Pick<Finding, 'severity'>[] }
  | { kind: 'input-error' }      // bad arguments, missing/unreadable/ambiguous input, missing required column
  | { kind: 'internal-error' };  // a bug

export function exitCodeFor(outcome: Outcome): ExitCode {
  switch (outcome.kind) {
    case 'done':
      return outcome.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
    case 'input-error':
      return EXIT.cannotRun;
    case 'internal-error':
      return EXIT.internal;
  }
}

// Helpers to assert InputErrors and findings by code and location: tests assert codes, not prose, so a reworded message breaks no test.
import { expect } from 'vitest';
import { InputError, type Finding } from '../../src/findings/index.js';

/** Awaits a promise (or runs a function) that must throw an InputError; returns its finding. */
export async function inputErrorOf(run: Promise<unknown> | (() => unknown)): Promise<Finding> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (e) {
    if (e instanceof InputError) return e.finding;
    throw e;
  }
  expect.fail('expected an InputError, but nothing was thrown');
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** Findings of one code, as { row, column, value, expected } (undefined fields dropped). */
export function at(findings: readonly Finding[], code: string): Record<string, unknown>[] {
  return findings.filter((f) => f.code === code).map((f) => {
    const { row, column, value, expected } = f.location;
    return Object.fromEntries(Object.entries({ row, column, value, expected }).filter(([, v]) => v !== undefined));
  });
}

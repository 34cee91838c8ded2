// Deterministic order for everything compute returns (outputs.md: "the same inputs print the same JSON byte for
// byte"; shuffling input rows changes nothing). Code-point comparison only, never locale-dependent.
import type { Finding } from '../findings/types.js';
import type { SourceRef } from '../domain/rows.js';
import { compareText } from '../policy/text.js';

export function compareSource(a: SourceRef, b: SourceRef): number {
  return compareText(a.file, b.file) || compareText(a.sheet ?? '', b.sheet ?? '') || a.row - b.row;
}

/** A sorted copy. Rows of one file usually come in source order already (each project's documents, BENCHMARKS.md):
 *  that is checked first, and the sort — which allocates its own work space on every call — is skipped. */
export function sortBySource<T extends { source: SourceRef }>(rows: readonly T[]): T[] {
  for (let i = 1; i < rows.length; i++) if (compareSource(rows[i - 1]!.source, rows[i]!.source) > 0) return [...rows].sort(bySource);
  return rows.slice();
}

/** sortBySource of a list of the caller's own, in place: no copy (a stable sort, so the same order). */
export function sortOwnBySource<T extends { source: SourceRef }>(rows: T[]): T[] {
  for (let i = 1; i < rows.length; i++) if (compareSource(rows[i - 1]!.source, rows[i]!.source) > 0) return rows.sort(bySource);
  return rows;
}

const bySource = (a: { source: SourceRef }, b: { source: SourceRef }): number => compareSource(a.source, b.source);

/** Findings with a file first (by file, sheet, row, column), then run-level ones; ties by code and content. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    compareText(la.file ?? '\uffff', lb.file ?? '\uffff') ||
    compareText(la.sheet ?? '', lb.sheet ?? '') ||
    (la.row ?? 0) - (lb.row ?? 0) ||
    compareText(la.column ?? '', lb.column ?? '') ||
    compareText(a.code, b.code) ||
    compareText(a.projectId ?? '', b.projectId ?? '') ||
    compareText(la.value ?? '', lb.value ?? '') ||
    compareText(la.expected ?? '', lb.expected ?? '') ||
    compareText(paramsKey(a), paramsKey(b))
  );
}

function paramsKey(f: Finding): string {
  if (!f.params) return '';
  return JSON.stringify(Object.keys(f.params).sort().map((k) => [k, f.params![k]]));
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** The unique findings (by identity) of several lists, sorted. */
export function mergeFindings(...lists: readonly (readonly Finding[])[]): Finding[] {
  const seen = new Set<Finding>();
  for (const list of lists) for (const f of list) seen.add(f);
  return sortFindings([...seen]);
}

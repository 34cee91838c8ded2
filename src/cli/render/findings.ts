// Findings for the terminal: grouped by file, then severity; each with its place (file/sheet/row/column).
import type { ChalkInstance } from 'chalk';
import { messageOf, severityLabel, severityOrder, specOf } from '../../findings/index.js';
import type { Finding, Severity } from '../../findings/types.js';

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function placeOf(f: Finding): string {
  const l = f.location;
  const parts: string[] = [];
  if (l.sheet) parts.push(`工作表「${l.sheet}」`);
  if (l.row !== undefined) parts.push(`第 ${l.row} 行`);
  if (l.column) parts.push(`列「${l.column}」`);
  return parts.join(' ');
}

const paint = (c: ChalkInstance, s: Severity, text: string): string =>
  s === 'error' ? c.red.bold(text) : s === 'warning' ? c.yellow(text) : c.gray(text);

export interface RenderFindingsOptions {
  verbose: boolean;
  /** Show at most this many findings per file and severity (the rest are counted); 0 = all. */
  limitPerGroup: number;
  /** Severities to show (info only with --verbose by default). */
  severities: readonly Severity[];
}

export function renderFindings(findings: readonly Finding[], c: ChalkInstance, o: RenderFindingsOptions): string[] {
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!o.severities.includes(f.severity)) continue;
    const key = f.location.file ?? '（整体）';
    const list = byFile.get(key) ?? [];
    list.push(f);
    byFile.set(key, list);
  }
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(c.bold(file));
    for (const severity of (['error', 'warning', 'info'] as const).filter((s) => o.severities.includes(s))) {
      const group = list.filter((f) => f.severity === severity).sort((a, b) => (a.location.row ?? 0) - (b.location.row ?? 0) || a.code.localeCompare(b.code));
      if (group.length === 0) continue;
      lines.push('  ' + paint(c, severity, `${severityLabel[severity]}（${group.length}）`));
      const shown = o.limitPerGroup > 0 ? group.slice(0, o.limitPerGroup) : group;
      for (const f of shown) {
        const where = placeOf(f);
        const id = f.projectId ? `[${f.projectId}] ` : '';
        lines.push(`    ${where ? c.cyan(where) + '  ' : ''}${id}${messageOf(f)}  ${c.gray(f.code)}`);
        if (o.verbose) {
          const spec = specOf(f.code);
          if (spec?.hint) lines.push(c.gray(`      处理：${spec.hint}`));
          if (spec) lines.push(c.gray(`      依据：${spec.article}`));
        }
      }
      if (shown.length < group.length) lines.push(c.gray(`    ……另有 ${group.length - shown.length} 条（--verbose 显示全部，或 --json）`));
    }
  }
  return lines;
}

export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) =>
    (a.location.file ?? '').localeCompare(b.location.file ?? '') ||
    (a.location.row ?? 0) - (b.location.row ?? 0) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    a.code.localeCompare(b.code));
}

export function findingToJson(f: Finding): Record<string, unknown> {
  const l = f.location;
  return {
    severity: f.severity, code: f.code, message: messageOf(f),
    ...(f.projectId !== undefined ? { id: f.projectId } : {}),
    ...(l.file !== undefined ? { file: l.file } : {}),
    ...(l.sheet !== undefined ? { sheet: l.sheet } : {}),
    ...(l.row !== undefined ? { row: l.row } : {}),
    ...(l.column !== undefined ? { column: l.column } : {}),
    ...(l.value !== undefined ? { value: l.value } : {}),
    ...(l.expected !== undefined ? { expected: l.expected } : {}),
  };
}

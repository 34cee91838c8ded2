// The catalogue of finding codes: one table, merged from the rooms that raise them.
import type { Finding, FindingSpec, Location, Severity } from './types.js';
import { guideCitation } from '../domain/guide-sections.js';
import { ingestFindings } from './ingest.js';
import { policyFindings } from './policy.js';
import { reportFindings } from './report.js';
import { cycleFindings } from './cycle.js';

export type { Finding, FindingSpec, Location, Severity } from './types.js';

/** Problems with the command line itself (outputs.md exit code 2). */
export const cliFindings = {
  'argument-invalid': { severity: 'error', label: '参数无效', article: guideCitation('commonOptions'), message: '参数无效：{value}（应为：{expected}）', hint: '用 landlink <命令> --help 查看用法。' },
  'output-unwritable': { severity: 'error', label: '输出目录无法写入', article: guideCitation('cannotRun'), message: '无法写入输出目录：{value}', hint: '用 --out 指定一个可写的目录。' },
} as const satisfies Record<string, FindingSpec>;

export const catalogue = { ...ingestFindings, ...policyFindings, ...reportFindings, ...cycleFindings, ...cliFindings } as const;
export type FindingCode = keyof typeof catalogue;

export function finding(code: FindingCode, location: Location = {}, extra: { projectId?: string; params?: Record<string, string | number> } = {}): Finding<FindingCode> {
  const spec: FindingSpec = catalogue[code];
  const f: Finding<FindingCode> = { code, severity: spec.severity, location: visibleFields(location) };
  if (extra.projectId !== undefined) f.projectId = visibleText(extra.projectId);
  if (extra.params !== undefined) f.params = visibleFields(extra.params);
  return f;
}

/** Control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides: in a message they
 *  would clear a terminal, break a line or reorder what is shown, so they are shown as escapes instead. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** `text` with every control character written as an escape (`\x1b`, `\u202e`): what the file holds, visibly. */
export function visibleText(text: string): string {
  if (!HAS_INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

function visibleFields<T extends object>(fields: T): T {
  let out: T | undefined;
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v !== 'string') continue;
    const shown = visibleText(v);
    if (shown !== v) (out ??= { ...fields })[k as keyof T] = shown as T[keyof T];
  }
  return out ?? fields;
}

/** The Chinese message of a finding, its template filled from params and location. */
export function messageOf(f: Finding): string {
  const spec: FindingSpec | undefined = (catalogue as Record<string, FindingSpec>)[f.code];
  const template = spec?.message ?? f.code;
  const values: Record<string, string | number | undefined> = { ...f.location, ...f.params };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = values[k];
    return v === undefined ? '' : String(v);
  });
}

export function specOf(code: string): FindingSpec | undefined {
  return (catalogue as Record<string, FindingSpec>)[code];
}

/** A row's problems in words, each once in the order raised: '设区市不同意、未盖章' (the catalogue's labels). */
export function problemLabels(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => specOf(f.code)?.label ?? f.code))].join('、');
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** A known input problem that stops the run (exit 2). Thrown only at the reading edge, caught by the CLI. */
export class InputError extends Error {
  constructor(readonly finding: Finding) {
    super(messageOf(finding));
    this.name = 'InputError';
  }
}

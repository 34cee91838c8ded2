// The generated tables of docs/bad-input.md ("数据出错时 / When input is wrong"): rendered from the finding
// catalogue and the read limits, so the README section cannot drift from what landlink says (docs.test.ts).
import { catalogue, severityLabel, type FindingCode } from '../../src/findings/index.js';
import type { FindingSpec } from '../../src/findings/types.js';
import { defaultReadLimits, limitLabels, type ReadLimits } from '../../src/ingest/limits.js';

/** Problems that stop the run (exit 2, nothing written), in the order a user meets them. */
export const stopCodes = [
  'argument-invalid', 'read-limit-invalid', 'policy-unreadable', 'policy-invalid', 'folder-missing', 'folder-unreadable', 'supply-missing', 'kind-ambiguous',
  'file-format-unsupported', 'file-unreadable', 'file-not-xlsx', 'file-encrypted', 'file-corrupt', 'file-limit-exceeded',
  'header-not-found', 'column-missing', 'output-unwritable',
] as const satisfies readonly FindingCode[];

/** Findings on a file, a row or a cell (the run goes on; errors give exit 1): the common ones. */
export const dataCodes = [
  // reading
  'file-ignored', 'feedback-folder-unreadable', 'file-no-rows', 'encoding-gb18030', 'encoding-utf16', 'column-duplicate', 'column-unknown', 'column-unit-unknown', 'header-repeated',
  'row-unreadable', 'cell-required', 'cell-number-invalid', 'cell-area-negative', 'cell-area-zero', 'cell-date-invalid', 'cell-enum-invalid',
  'cell-text-invalid', 'cell-too-long', 'cell-error', 'cell-id-invalid', 'region-unknown', 'region-outside-zhejiang', 'region-retired',
  'region-retired-ambiguous', 'region-name-mismatch', 'id-duplicate', 'filing-type-underivable', 'land-source-number-invalid',
  // across files
  'id-in-two-files', 'project-id-duplicate', 'project-data-incomplete', 'date-outside-year', 'plot-ratio-invalid', 'evidence-unknown-project',
  'inspection-unknown-project', 'start-check-wrong-year', 'start-check-unknown-project',
  // the cities' returned review workbooks
  'feedback-file-ignored', 'feedback-not-review-workbook', 'feedback-manifest-altered', 'feedback-year-mismatch', 'feedback-city-mismatch',
  'feedback-city-duplicate', 'feedback-cell-altered', 'feedback-row-added', 'feedback-opinion-invalid', 'city-opinion-unknown-project',
] as const satisfies readonly FindingCode[];

const PLACEHOLDER_LABELS: Record<string, string> = {
  file: '文件', sheet: '工作表', row: '行号', column: '列名', value: '值', expected: '应为', detail: '详情', kind: '类别', limit: '限制名',
  label: '限制', city: '设区市', count: '数量', cell: '单元格', scope: '范围', document: '材料', requirement: '要求', category: '类别', year: '年度',
};

function cellText(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A message template as the docs show it: `{column}` → `〈列名〉`. */
export function templateText(message: string): string {
  return message.replace(/\{(\w+)\}/g, (_, k: string) => `〈${PLACEHOLDER_LABELS[k] ?? k}〉`);
}

function specOf(code: FindingCode): FindingSpec {
  return catalogue[code];
}

export function stopTable(): string {
  const rows = stopCodes.map((code) => {
    const s = specOf(code);
    return `| \`${code}\` | ${cellText(templateText(s.message))} | ${cellText(s.hint ?? '')} |`;
  });
  return ['| 代码 code | 说明 what | 怎么办 what to do |', '|---|---|---|', ...rows].join('\n');
}

export function dataTable(): string {
  const rows = dataCodes.map((code) => {
    const s = specOf(code);
    return `| \`${code}\` | ${severityLabel[s.severity]} | ${cellText(templateText(s.message))} | ${cellText(s.hint ?? '—')} |`;
  });
  return ['| 代码 code | 级别 | 说明 what | 怎么办 what to do |', '|---|---|---|---|', ...rows].join('\n');
}

export function limitsTable(): string {
  const rows = (Object.keys(defaultReadLimits) as (keyof ReadLimits)[]).map((k) =>
    `| \`${k}\` | ${limitLabels[k]} | ${defaultReadLimits[k].toLocaleString('en-US')} | \`--read-limit ${k}=${defaultReadLimits[k] * 2}\` |`);
  return ['| 名称 name | 含义 | 默认值 default | 放宽示例 |', '|---|---|---|---|', ...rows].join('\n');
}

export const generatedBlocks: Record<string, () => string> = { 'stop-codes': stopTable, 'data-codes': dataTable, 'read-limits': limitsTable };

/** The document with every `<!-- generated:NAME -->…<!-- /generated:NAME -->` block re-rendered. */
export function renderBlocks(doc: string): string {
  let out = doc;
  for (const [name, render] of Object.entries(generatedBlocks)) {
    const open = `<!-- generated:${name} -->`;
    const close = `<!-- /generated:${name} -->`;
    const a = out.indexOf(open);
    const b = out.indexOf(close);
    if (a < 0 || b < a) throw new Error(`docs/bad-input.md: block ${name} is missing`);
    out = `${out.slice(0, a + open.length)}\n${render()}\n${out.slice(b)}`;
  }
  return out;
}

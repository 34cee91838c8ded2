// A row's region from its 行政区代码 and/or 行政区 (inputs.md "Region codes"; the rules themselves are in
// src/domain/divisions.ts resolveRegion). What this adds:
// - a code column holding a name (real 2007 export: 所在地 = 磐安县) is read as the name;
// - supply only: with no usable code, and a name that is missing or unknown, the 电子监管号's first six
//   digits are the region code (the 电子监管号 is a 6-digit region code + a 4-digit year + a
//   letter), so the national site's non-Zhejiang rows are region-outside-zhejiang, not region-unknown.
import { regionByCode, resolveRegion, type RegionResolution } from '../../domain/divisions.js';
import { report } from '../convert.js';
import type { RegionRef } from '../../domain/rows.js';
import type { RowFields } from './common.js';

const HAS_DIGIT = /\d/;
const ID_REGION = /^(\d{6})\d{4}[A-Za-z]/;

/** One RegionRef per region code, shared by all rows (for memory, BENCHMARKS.md: 590k rows of a 10× year name 94 regions). */
const refs = new Map<string, RegionRef>();
function regionRef(code: string): RegionRef {
  let ref = refs.get(code);
  if (ref === undefined) { ref = { code }; refs.set(code, ref); }
  return ref;
}

function regionLabel(code: string): string {
  const r = regionByCode(code);
  return r ? `${code} ${r.name}` : code;
}

/** Limit of the codes, and of the names per code, a file's memo of resolved regions holds. */
const REGION_MEMO_LIMIT = 4096;

export function resolveRowRegion(r: RowFields, fallbackId?: string): RegionRef | null {
  const code = r.text('regionCode');
  const name = r.text('regionName');
  // A (code, name) pair that resolved before without any finding and without the id's digits resolves the same
  // again (resolveRegion is a function of the two): a file names a few hundred regions over and over.
  const memo = r.fc.memo.regions;
  let byName = memo.get(code);
  const hit = byName?.get(name);
  if (hit !== undefined) return hit;
  const before = r.ctx.findings.length;
  const resolved = resolveWith(r, code, name, fallbackId);
  if (resolved.ref !== null && !resolved.byId && r.ctx.findings.length === before) {
    if (byName === undefined && memo.size < REGION_MEMO_LIMIT) { byName = new Map(); memo.set(code, byName); }
    if (byName !== undefined && byName.size < REGION_MEMO_LIMIT) byName.set(name, resolved.ref);
  }
  return resolved.ref;
}

/** The row's region and its findings; `byId`: found through the id's digits (fallbackId). */
function resolveWith(r: RowFields, code: string | null, name: string | null, fallbackId: string | undefined): { ref: RegionRef | null; byId: boolean } {
  let byId = false;
  let codeColumn = r.column('regionCode');
  let nameColumn = r.column('regionName');
  if (code !== null && !HAS_DIGIT.test(code)) {
    // A county name typed into the code column is read as the name; but beside a name of its own, text that is no
    // code (`NaN`, a damaged cell) is reported on its cell, never dropped in silence.
    if (name === null) { name = code; nameColumn = codeColumn; }
    else report(r.ctx, 'region-unknown', { column: codeColumn ?? '', value: code });
    code = null;
  }
  let res: RegionResolution | null = null;
  if (code !== null) res = resolveRegion(code, name);
  else if (name !== null) res = resolveRegion(null, name);
  const idPrefix = fallbackId !== undefined ? ID_REGION.exec(fallbackId)?.[1] : undefined;
  if (code === null && (res === null || !res.ok) && idPrefix !== undefined) {
    res = resolveRegion(idPrefix, name);
    code = idPrefix;
    codeColumn = r.column('supervisionId');
    byId = true;
  }
  if (res === null) {
    const required = r.fc.spec.requiredAnyOf.some((group) => group.includes('regionCode'));
    if (required && (r.has('regionCode') || r.has('regionName'))) report(r.ctx, 'cell-required', { column: codeColumn ?? nameColumn ?? '行政区代码', value: '' });
    return { ref: null, byId };
  }
  if (res.ok) {
    if (res.retiredFrom !== undefined) report(r.ctx, 'region-retired', { column: codeColumn ?? '', value: res.retiredFrom, expected: regionLabel(res.region.code) });
    if (res.nameMismatch !== undefined) report(r.ctx, 'region-name-mismatch', { column: nameColumn ?? '', value: name ?? res.nameMismatch, expected: regionLabel(res.region.code) });
    return { ref: regionRef(res.region.code), byId };
  }
  const column = code !== null ? codeColumn ?? '' : nameColumn ?? '';
  switch (res.reason) {
    case 'outside-zhejiang': report(r.ctx, 'region-outside-zhejiang', { column, value: res.value }); break;
    case 'retired-ambiguous': report(r.ctx, 'region-retired-ambiguous', { column, value: res.value, expected: (res.candidates ?? []).map(regionLabel).join('、') }); break;
    case 'unknown': report(r.ctx, 'region-unknown', { column, value: code !== null ? res.value : name ?? res.value }); break;
  }
  return { ref: null, byId };
}

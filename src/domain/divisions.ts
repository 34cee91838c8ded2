// The Zhejiang division table and the region-code rules of inputs.md ("Region codes"):
// a 6-digit county code; a city's own code (xxxx00, 市本级) is a region of its own; a 9- or 12-digit
// township/village code is cut to its first 6 digits; a code abolished since 2010 maps to its successor
// (with a warning; two successors → the row's name decides, else an error); a name alone is looked up;
// a code outside Zhejiang is an error. domain.md Decisions 1: region = county-level division.
import { CITIES, COUNTIES, RETIRED } from './divisions-data.js';

export interface Region {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  /** true for a city's own level (市本级, code xxxx00). */
  cityLevel: boolean;
}

export interface City { code: string; name: string }

export const cities: readonly City[] = CITIES.map(([code, name]) => ({ code, name }));
const cityByCode = new Map(cities.map((c) => [c.code, c]));

const regions = new Map<string, Region>();
for (const [code, name, cityCode] of COUNTIES) {
  regions.set(code, { code, name, cityCode, cityName: cityByCode.get(cityCode)!.name, cityLevel: false });
}
for (const c of cities) {
  regions.set(c.code, { code: c.code, name: `${c.name}本级`, cityCode: c.code, cityName: c.name, cityLevel: true });
}

/** All regions: the 90 counties then the 11 city levels, in code order (six digits each: compared as text, which
 *  is their numeric order; localeCompare would start ICU's collator at every start-up, ≈ 4 ms: BENCHMARKS.md). */
export const allRegions: readonly Region[] = [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
export const counties: readonly Region[] = allRegions.filter((r) => !r.cityLevel);

const retired = new Map(RETIRED.map(([code, name, year, successors]) => [code, { code, name, year, successors }]));

export function regionByCode(code: string): Region | undefined { return regions.get(code); }
export function cityByCodeOf(code: string): City | undefined { return cityByCode.get(code); }

/** Name normalisation for look-ups: no spaces; 市本级 written as "XX市本级", "XX本级" or "XX市市本级". */
function nameKey(name: string): string { return name.replace(/\s+/g, '').replace(/市市本级$/, '市本级'); }

const byName = new Map<string, string[]>();
function addName(key: string, code: string): void {
  const list = byName.get(key) ?? [];
  if (!list.includes(code)) list.push(code);
  byName.set(key, list);
}
for (const r of regions.values()) {
  addName(r.name, r.code);
  if (!r.cityLevel) {
    addName(r.cityName + r.name, r.code);                   // 杭州市上城区
    const short = r.name.replace(/(自治县|区|县|市)$/, '');
    if (short.length >= 2) addName(short, r.code);          // 嘉善
  } else {
    addName(r.name.replace(/市本级$/, '本级'), r.code);      // 杭州本级
  }
}
for (const r of retired.values()) if (r.successors.length === 1) addName(r.name, r.successors[0]!);

export type RegionResolution =
  | { ok: true; region: Region; retiredFrom?: string; nameMismatch?: string }
  | { ok: false; reason: 'unknown' | 'outside-zhejiang' | 'retired-ambiguous'; value: string; candidates?: string[] };

/** Looks up a region by name alone (exact, then short form, then historical names). */
export function regionByName(name: string): Region | undefined {
  const codes = byName.get(nameKey(name));
  return codes && codes.length === 1 ? regions.get(codes[0]!) : undefined;
}

/**
 * Resolves a row's region from its code and/or name. `code` may be 6, 9 or 12 digits (township codes are cut).
 * A name that disagrees with a valid code is reported (nameMismatch) but the code wins (inputs.md 行政区).
 */
export function resolveRegion(code: string | null, name: string | null): RegionResolution {
  const cleanName = name && name.trim() !== '' ? nameKey(name) : null;
  if (code !== null && code.trim() !== '') {
    const digits = code.trim();
    if (!/^\d{6}(\d{3}|\d{6})?$/.test(digits)) return { ok: false, reason: 'unknown', value: code };
    const six = digits.slice(0, 6);
    if (!six.startsWith('33')) return { ok: false, reason: 'outside-zhejiang', value: code };
    const direct = regions.get(six);
    if (direct) {
      const mismatch = cleanName && !namesAgree(cleanName, direct) ? cleanName : undefined;
      return mismatch ? { ok: true, region: direct, nameMismatch: mismatch } : { ok: true, region: direct };
    }
    const old = retired.get(six);
    if (old) {
      if (old.successors.length === 1) return { ok: true, region: regions.get(old.successors[0]!)!, retiredFrom: six };
      const byRowName = cleanName ? old.successors.find((s) => namesAgree(cleanName, regions.get(s)!)) : undefined;
      if (byRowName) return { ok: true, region: regions.get(byRowName)!, retiredFrom: six };
      return { ok: false, reason: 'retired-ambiguous', value: six, candidates: [...old.successors] };
    }
    return { ok: false, reason: 'unknown', value: code };
  }
  if (cleanName) {
    const r = regionByName(cleanName);
    return r ? { ok: true, region: r } : { ok: false, reason: 'unknown', value: cleanName };
  }
  return { ok: false, reason: 'unknown', value: '' };
}

function namesAgree(name: string, region: Region): boolean {
  const found = byName.get(name);
  return found !== undefined && found.includes(region.code);
}

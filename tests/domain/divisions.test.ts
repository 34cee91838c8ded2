import { describe, expect, it } from 'vitest';
import { allRegions, cities, counties, resolveRegion } from '../../src/domain/divisions.js';

describe('division table (inputs.md Region codes)', () => {
  it('has 90 counties, 11 cities and 11 city levels', () => {
    expect(counties).toHaveLength(90);
    expect(cities).toHaveLength(11);
    expect(allRegions.filter((r) => r.cityLevel)).toHaveLength(11);
  });
  it('lists every region in the numeric order of its six-digit code', () => {
    const codes = allRegions.map((r) => r.code);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)));
  });
  it.each([
    { name: 'county code', code: '330421', rowName: null, expect: '330421' },
    { name: '市本级 code is a region of its own', code: '330100', rowName: null, expect: '330100' },
    { name: '9-digit township code is cut', code: '330783001', rowName: null, expect: '330783' },
    { name: '12-digit village code is cut', code: '330483003201', rowName: null, expect: '330483' },
    { name: 'retired code with one successor', code: '330183', rowName: null, expect: '330111' },
    { name: 'retired code with two successors decided by name', code: '330104', rowName: '钱塘区', expect: '330114' },
    { name: 'name alone', code: null, rowName: '嘉善县', expect: '330421' },
    { name: 'short name alone', code: null, rowName: '嘉善', expect: '330421' },
    { name: 'city level by name', code: null, rowName: '杭州市本级', expect: '330100' },
  ])('$name', ({ code, rowName, expect: want }) => {
    const r = resolveRegion(code, rowName);
    expect(r.ok && r.region.code).toBe(want);
  });
  it('flags a retired code', () => {
    const r = resolveRegion('330682', null);
    expect(r.ok && r.retiredFrom).toBe('330682');
  });
  it.each([
    { code: '441827', rowName: '清新县', reason: 'outside-zhejiang' },
    { code: '330199', rowName: null, reason: 'unknown' },
    { code: '330104', rowName: null, reason: 'retired-ambiguous' },
    { code: '33010', rowName: null, reason: 'unknown' },
    { code: null, rowName: '火星县', reason: 'unknown' },
  ])('refuses $code $rowName ($reason)', ({ code, rowName, reason }) => {
    const r = resolveRegion(code, rowName);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });
  it('reports a name that disagrees with the code, keeping the code', () => {
    const r = resolveRegion('330421', '桐乡市');
    expect(r.ok && r.region.code).toBe('330421');
    expect(r.ok && r.nameMismatch).toBe('桐乡市');
  });
});

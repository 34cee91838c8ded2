// The spot-check draw (浙土资发〔2017〕19号 四、2; docs/yearly-cycle.md): reproducible from the seed, at least one project per
// county, the rest weighted toward risk. Statistical checks use fixed seeds, so they are deterministic (they cannot
// flake) and their bounds sit many standard deviations from the expected values (they would hold for any seeds).
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { ceilOf, drawSpotChecks, DEFAULT_RATE } from '../../src/cycle/draw.js';
import { seededRandom } from '../../src/cycle/random.js';
import { largeAreaThreshold, weighCandidates } from '../../src/cycle/risk.js';
import { WeightedPool } from '../../src/cycle/weighted-pool.js';
import { candidate, weighted } from './build.js';

const ids = (d: ReturnType<typeof drawSpotChecks>): string[] => d.picks.map((p) => p.candidate.id);

/** A generated province year: `counties` counties × `per` projects; every second project high-risk (weight 8). */
function generatedYear(counties: number, per: number) {
  const list = [];
  for (let c = 0; c < counties; c++) {
    for (let i = 0; i < per; i++) {
      const id = `P${String(c).padStart(3, '0')}-${String(i).padStart(4, '0')}`;
      list.push(weighted(id, `33${String(1000 + c)}`, i % 2 === 0 ? 8 : 1));
    }
  }
  return list;
}

describe('seeded random', () => {
  it('same seed → same stream; different seed → different stream', () => {
    const a = seededRandom('2025'), b = seededRandom('2025'), c = seededRandom('2026');
    const sa = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it('below(n) is uniform enough: 60,000 draws of below(6), each face within 5 % of 10,000', () => {
    const r = seededRandom('dice');
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[r.below(6)]!++;
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500); // σ ≈ 91: > 5σ margin
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1])('below(%s) is refused', (bound) => {
    expect(() => seededRandom('x').below(bound)).toThrow(RangeError);
  });
});

describe('weighted pool', () => {
  it('draws every item exactly once, then nothing', () => {
    const pool = new WeightedPool([3, 1, 4, 1, 5]);
    const r = seededRandom('pool');
    const seen = Array.from({ length: 5 }, () => pool.draw(r));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(pool.draw(r)).toBeUndefined();
  });

  it('one draw picks an item with probability weight ÷ total (weights 1 : 3 → 25 % : 75 % over 4,000 seeds)', () => {
    let heavy = 0;
    for (let s = 0; s < 4000; s++) if (new WeightedPool([1, 3]).draw(seededRandom(`s${s}`)) === 1) heavy++;
    // expected 3000, σ ≈ 27: bound ± 200 is > 7σ
    expect(heavy).toBeGreaterThan(2800);
    expect(heavy).toBeLessThan(3200);
  });

  it.each([[0], [-2], [1.5]])('weight %s is refused', (w) => {
    expect(() => new WeightedPool([1, w])).toThrow(RangeError);
  });
});

describe('drawSpotChecks', () => {
  const year = generatedYear(20, 100); // 2,000 candidates in 20 counties

  it('is reproducible: the same seed and inputs give the same list, whatever the order of the rows', () => {
    const a = drawSpotChecks(year, { rate: DEFAULT_RATE, seed: '2025' });
    const b = drawSpotChecks([...year].reverse(), { rate: DEFAULT_RATE, seed: '2025' });
    expect(ids(b)).toEqual(ids(a));
    expect(ids(drawSpotChecks(year, { rate: DEFAULT_RATE, seed: '2026' }))).not.toEqual(ids(a));
  });

  it('draws ⌈rate × candidates⌉ projects, no project twice', () => {
    const d = drawSpotChecks(year, { rate: Exact.parseDecimal('0.1'), seed: 'x' });
    expect(d.target).toBe(200);
    expect(d.picks).toHaveLength(200);
    expect(new Set(ids(d)).size).toBe(200);
    expect(d.picks.map((p) => p.order)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it.each([
    { name: 'a county with one candidate among large ones', sizes: [1, 50, 50, 50] },
    { name: 'more counties than the rate allows (rate 1 %)', sizes: Array.from({ length: 30 }, () => 3) },
    { name: 'every county a single candidate', sizes: [1, 1, 1, 1, 1] },
  ])('every county with candidates gets at least one: $name', ({ sizes }) => {
    const list = sizes.flatMap((n, c) => Array.from({ length: n }, (_, i) => weighted(`C${c}-${i}`, `33${1000 + c}`, 1 + (i % 3))));
    for (const seed of ['1', '2', '3', '2025']) {
      const d = drawSpotChecks(list, { rate: Exact.parseDecimal('0.01'), seed });
      const counties = new Set(d.picks.map((p) => p.candidate.countyCode));
      expect(counties.size).toBe(sizes.length);
      expect(d.picks.filter((p) => p.how === 'county-minimum')).toHaveLength(sizes.length);
      expect(d.picks.length).toBe(Math.max(sizes.length, Math.ceil(list.length * 0.01)));
    }
  });

  it('draws high-risk projects much more often (weight 8 vs 1, 2,000 candidates, 50 seeds)', () => {
    let high = 0, low = 0;
    for (let s = 0; s < 50; s++) {
      for (const p of drawSpotChecks(year, { rate: DEFAULT_RATE, seed: `seed-${s}` }).picks) {
        if (p.candidate.weight === 8) high++; else low++;
      }
    }
    // 10,000 picks in all. Sampling without replacement at weight 8 : 1 gives about 85–90 % high-risk picks;
    // uniform sampling would give 50 %. Bound: high-risk picks at least 3 × low-risk picks (≥ 75 %).
    expect(high + low).toBe(10_000);
    expect(high).toBeGreaterThan(3 * low);
  });

  it('within a county the minimum pick follows the weights (weights 1 and 3: the heavy one ≈ 75 % of 2,000 seeds)', () => {
    const pair = [weighted('A', '330102', 1), weighted('B', '330102', 3)];
    let heavy = 0;
    for (let s = 0; s < 2000; s++) {
      const d = drawSpotChecks(pair, { rate: Exact.parseDecimal('0.01'), seed: String(s) });
      expect(d.picks).toHaveLength(1);
      if (d.picks[0]!.candidate.id === 'B') heavy++;
    }
    // expected 1500, σ ≈ 19: ± 150 is > 7σ
    expect(heavy).toBeGreaterThan(1350);
    expect(heavy).toBeLessThan(1650);
  });

  it('no candidates → an empty draw', () => {
    const d = drawSpotChecks([], { rate: DEFAULT_RATE, seed: '1' });
    expect(d).toMatchObject({ population: 0, counties: 0, target: 0, picks: [] });
  });

  it('rate 1 draws everybody', () => {
    const small = year.slice(0, 37);
    expect(drawSpotChecks(small, { rate: Exact.ONE, seed: '1' }).picks).toHaveLength(37);
  });

  it.each([
    ['0.1', 10, 1], ['0.1', 11, 2], ['0.1', 0, 0], ['1/3', 9, 3], ['1/3', 10, 4],
  ])('ceil(%s × %i) = %i', (rate, n, expected) => {
    const r = rate.includes('/') ? Exact.of(1, 3) : Exact.parseDecimal(rate);
    expect(ceilOf(r.mul(n))).toBe(expected);
  });
});

describe('risk weights (docs/yearly-cycle.md: large area, warnings, no city feedback, categories 6–7, county penalised)', () => {
  const areas = ['0.5', '1', '2', '3', '4', '5', '6', '20'].map((a) => Exact.parseDecimal(a));

  it('large area = the top quarter of the candidates', () => {
    expect(largeAreaThreshold(areas).toString()).toBe('6'); // 8 candidates → the largest 2: 6 and 20
    expect(largeAreaThreshold([]).isZero()).toBe(true);
    expect(largeAreaThreshold([Exact.ONE]).toString()).toBe('1');
  });

  it.each([
    { name: 'no factor', over: {}, factors: [], weight: 1 },
    { name: 'large area', over: { creditedHa: Exact.parseDecimal('20') }, factors: ['large-area'], weight: 3 },
    { name: 'a warning', over: { warningCodes: ['area-not-surveyed'] }, factors: ['warnings'], weight: 2 },
    { name: 'no city feedback', over: { cityOpinion: null }, factors: ['no-city-feedback'], weight: 2 },
    { name: 'category 6', over: { category: 6 as const }, factors: ['category-6-7'], weight: 2 },
    { name: 'category 7', over: { category: 7 as const }, factors: ['category-6-7'], weight: 2 },
    { name: 'county penalised', over: { countyPenalised: true }, factors: ['county-penalised'], weight: 3 },
    {
      name: 'everything', weight: 8,
      over: { creditedHa: Exact.parseDecimal('20'), warningCodes: ['x'], cityOpinion: null, category: 7 as const, countyPenalised: true },
      factors: ['large-area', 'warnings', 'no-city-feedback', 'category-6-7', 'county-penalised'],
    },
  ])('$name → weight $weight', ({ over, factors, weight }) => {
    // T, eight small candidates and two of 20 公顷: 11 candidates, the largest quarter = the two of 20 → threshold 20.
    const population = [candidate('T', over),
      ...Array.from({ length: 8 }, (_, i) => candidate(`S${i}`, { creditedHa: Exact.parseDecimal('0.1') })),
      candidate('BIG1', { creditedHa: Exact.parseDecimal('20') }), candidate('BIG2', { creditedHa: Exact.parseDecimal('20') })];
    const { weighted: w } = weighCandidates(population);
    const t = w.find((c) => c.id === 'T')!;
    expect(t.factors).toEqual(factors);
    expect(t.weight).toBe(weight);
  });
});

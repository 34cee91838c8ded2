// The ledger refuses double crediting (domain.md 决定 7): an id already there refuses the whole addition.
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { appendToLedger, ledgerKey, type LedgerLine } from '../../src/cycle/ledger.js';

const line = (projectId: string, linkageYear = 2024): LedgerLine => ({ projectId, linkageYear, creditedHa: Exact.parseDecimal('1.5'), countyCode: '330102' });

describe('appendToLedger', () => {
  it('appends new ids after the existing rows', () => {
    const r = appendToLedger([line('A', 2023)], [line('B'), line('C')]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.total).toBe(3);
      expect(r.added.map((x) => x.projectId)).toEqual(['B', 'C']);
    }
  });

  it.each([
    { name: 'an id the ledger holds (an earlier year)', existing: [line('A', 2023)], add: [line('A'), line('B')], dup: [{ projectId: 'A', already: 2023 }] },
    { name: 'the same plan added twice', existing: [line('A'), line('B')], add: [line('A'), line('B')], dup: [{ projectId: 'A', already: 2024 }, { projectId: 'B', already: 2024 }] },
    { name: 'an id twice in the plan', existing: [], add: [line('A'), line('A')], dup: [{ projectId: 'A', already: 'plan' }] },
    { name: 'the same id in full-width digits / lower case', existing: [line('3301022024B00001', 2023)], add: [line(' ３３０１０２２０２４b００００１')], dup: [{ projectId: ' ３３０１０２２０２４b００００１', already: 2023 }] },
  ])('refuses $name, adding nothing', ({ existing, add, dup }) => {
    expect(appendToLedger(existing, add)).toEqual({ ok: false, duplicates: dup });
  });

  it('ids compare after NFKC, trim and upper case', () => {
    expect(ledgerKey(' ３３b ')).toBe('33B');
  });
});

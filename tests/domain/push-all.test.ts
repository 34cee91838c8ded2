import { describe, expect, it } from 'vitest';
import { pushAll } from '../../src/domain/push-all.js';

describe('pushAll (a 10× year has ~200,000 rows in one file)', () => {
  it('appends 300,000 items where push(...items) overflows the stack', () => {
    const items = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    pushAll(target, items);
    expect(target).toHaveLength(300_001);
    expect(target[300_000]).toBe(299_999);
  });
});

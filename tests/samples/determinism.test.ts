// Same seed → byte-identical CSV, JSON and README, and identical xlsx cells (task B); and the committed
// samples/2024 and samples/2025 are exactly what the generator writes today.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateYear } from '../../src/samples/generate.js';
import { folderSnapshot } from './read-back.js';

const committed = (year: number) => resolve(import.meta.dirname, '../../samples', String(year));
let root = '';

beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'landlink-det-')); });
afterAll(async () => { if (root) await rm(root, { recursive: true, force: true }); });

describe('sample determinism', () => {
  // Two fresh runs are each compared with the committed folder: equal to it, hence to each other.
  it.each([{ year: 2024, run: 1 }, { year: 2025, run: 1 }, { year: 2025, run: 2 }])(
    'run $run of year $year writes exactly the committed samples/$year (regenerate: npm run samples -- --year $year --scale 1)',
    async ({ year, run }) => {
      const fresh = join(root, `${year}-${run}`);
      await generateYear({ year, scale: 1, outDir: fresh });
      const [want, got] = [await folderSnapshot(fresh), await folderSnapshot(committed(year))];
      expect([...got.keys()]).toEqual([...want.keys()]);
      expect(want.size).toBe(9);
      for (const [name, value] of want) expect(got.get(name), name).toEqual(value);
    },
  );
});

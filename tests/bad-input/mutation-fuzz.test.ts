// A short, seeded run of the mutation fuzzer (tools/fuzz/): random damage to the bundled sample year, the built
// CLI's compute on each, the contract checked (exit 0–2, no half output, inputs unchanged, no raw control
// characters, totals = sum of their parts). The long run is `npm run fuzz -- --runs 10000` (README).
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../tools/fuzz/run.js';
import { Random, damage } from '../../tools/fuzz/mutations.js';
import { bin, root, tempDir } from '../cli/helpers.js';
import { cpSync } from 'node:fs';
import { snapshot } from '../../tools/fuzz/contract.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20170816);

describe('mutation fuzzer', () => {
  it('the same seed damages a folder the same way (runs are reproducible)', () => {
    const a = join(tempDir('landlink-fuzz-a-'), 'y');
    const b = join(tempDir('landlink-fuzz-b-'), 'y');
    cpSync(join(root, 'samples', '2025'), a, { recursive: true });
    cpSync(join(root, 'samples', '2025'), b, { recursive: true });
    for (let s = 0; s < 5; s++) {
      expect(damage(a, new Random(SEED + s))).toEqual(damage(b, new Random(SEED + s)));
    }
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it(`${16} seeded runs over the sample year keep the contract`, async () => {
    const results = await fuzz({
      runs: 16, seed: SEED, from: 0, year: 2025, base: join(root, 'samples', '2025'), bin,
      concurrency: Math.max(2, availableParallelism()), timeoutMs: 60_000,
    });
    expect(results).toHaveLength(16);
    const broken = results.filter((r) => r.problems.length > 0).map((r) => ({ run: r.run, damage: r.damage, problems: r.problems }));
    expect(broken).toEqual([]);
    // the damage reaches every outcome: some runs stop (2), some run with errors (1)
    expect(results.some((r) => r.code === 2)).toBe(true);
    expect(results.some((r) => r.code === 1)).toBe(true);
  }, 300_000);
});

describe('mutation fuzzer, fast mode (the CLI entry in worker processes)', () => {
  it('gives every run the same outcome as one `node bin/landlink` per run', () => {
    // the fast mode forks the compiled worker: build the tools as `npm run fuzz` does
    execFileSync('npm', ['run', '--silent', 'build:tools'], { cwd: root, stdio: 'ignore' });
    /** How many runs ended with each exit code (the summary line's `exit codes 1×5 2×3`, order-free). */
    const run = (fast: boolean): Record<string, number> => {
      const out = execFileSync(process.execPath, [join(root, 'build', 'tools', 'fuzz', 'run.js'), '--runs', '8', '--seed', String(SEED), '--concurrency', '2', ...(fast ? ['--fast'] : [])], { cwd: root, encoding: 'utf8' });
      expect(out).toMatch(/done: 8 runs in \d+ s; .*; 0 broke the contract/);
      const codes = /exit codes ([^;]+);/.exec(out)![1]!.trim().split(/\s+/).map((x) => x.split('×') as [string, string]);
      return Object.fromEntries(codes.sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => [c, Number(n)]));
    };
    expect(run(true)).toEqual(run(false));
  }, 300_000);
});

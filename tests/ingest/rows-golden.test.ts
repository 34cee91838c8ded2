// What the readers make of every committed input folder — the sample years, the bad-input corpus, the real national
// site exports — as one canonical JSON text per folder (typed rows with their key order, findings, file infos and the
// read-back city feedback), pinned by its SHA-256 in rows-golden.json. The row builders are driven by the column
// specs (src/ingest/rows/build.ts): this is what says that every kind's spec builds the same rows as before.
// After an intended change: UPDATE_ROWS_GOLDEN=1 npx vitest run tests/ingest/rows-golden.test.ts, and say why in
// the commit.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { InputError } from '../../src/findings/index.js';
import { readFeedback } from '../../src/ingest/feedback.js';
import { loadYear, readInputFile } from '../../src/ingest/load.js';

const root = resolve(import.meta.dirname, '../..');
const goldenPath = join(import.meta.dirname, 'rows-golden.json');
const update = process.env.UPDATE_ROWS_GOLDEN === '1';
const golden: Record<string, { rows: number; sha256: string }> = existsSync(goldenPath) ? JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, { rows: number; sha256: string }> : {};
const fresh: Record<string, { rows: number; sha256: string }> = {};

/** Canonical text: Exact values as exact decimals (tagged), absolute paths cut to the folder's own name. */
function canonical(value: unknown): string {
  const text = JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    const own = (this as Record<string, unknown>)[_key];
    return own instanceof Exact ? `#${own.toString()}` : v;
  });
  return text.split(root).join('<root>');
}

async function readFolder(dir: string, year: number): Promise<{ rows: number; text: string }> {
  try {
    const inputs = await loadYear({ year, data: dir });
    const feedback = inputs.feedbackDir !== undefined ? await readFeedback(inputs.feedbackDir, year) : null;
    const rows = inputs.supply.length + inputs.redevelopment.length + inputs.reclamation.length + inputs.evidence.length
      + inputs.inspection.length + inputs.startCheck.length + inputs.ledger.length + (feedback?.feedback.reduce((n, f) => n + f.opinions.length, 0) ?? 0);
    return { rows, text: canonical({ inputs, feedback }) };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { rows: 0, text: canonical({ error: err.finding }) };
  }
}

const bad = join(root, 'tests/fixtures/bad');
const real = join(root, 'tests/fixtures/real');
const cases: { name: string; read: () => Promise<{ rows: number; text: string }> }[] = [
  { name: 'samples/2024', read: () => readFolder(join(root, 'samples/2024'), 2024) },
  { name: 'samples/2025', read: () => readFolder(join(root, 'samples/2025'), 2025) },
  ...readdirSync(bad).filter((n) => statSync(join(bad, n)).isDirectory()).sort()
    .map((n) => ({ name: `tests/fixtures/bad/${n}`, read: () => readFolder(join(bad, n), 2025) })),
  ...readdirSync(real).filter((n) => /\.(csv|psv)$/.test(n)).sort().map((n) => ({
    name: `tests/fixtures/real/${n}`,
    read: async () => {
      const r = await readInputFile(join(real, n), 'supply');
      return { rows: r.rows.length, text: canonical(r) };
    },
  })),
];

describe('typed rows of every committed input folder are unchanged (rows-golden.json)', () => {
  it.each(cases)('$name', async ({ name, read }) => {
    const { rows, text } = await read();
    const got = { rows, sha256: createHash('sha256').update(text).digest('hex') };
    fresh[name] = got;
    if (update) return;
    expect(golden[name], `${name} missing from rows-golden.json (UPDATE_ROWS_GOLDEN=1 regenerates)`).toBeDefined();
    expect(got).toEqual(golden[name]);
  });
  it('the samples are read into rows of every kind (the golden covers each spec)', async () => {
    const inputs = await loadYear({ year: 2025, data: join(root, 'samples/2025') });
    for (const kind of ['supply', 'redevelopment', 'reclamation', 'evidence', 'inspection', 'startCheck', 'ledger', 'carried'] as const) {
      expect((inputs[kind] ?? []).length, kind).toBeGreaterThan(0);
    }
  });
  afterAll(() => {
    if (update) writeFileSync(goldenPath, JSON.stringify(Object.fromEntries(Object.entries(fresh).sort(([a], [b]) => (a < b ? -1 : 1))), null, 2) + '\n');
  });
});

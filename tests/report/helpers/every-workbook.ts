// Every kind of workbook landlink writes, produced by the built CLI as a user runs it (dist/, made by the pretest
// build): the plan (compute), the cities' review workbooks (extract), the blank input templates (init), the
// spot-check list (sample) and the start-check list (start-list). Used by the in-process formula check
// (tests/report/formulas.test.ts) and by the LibreOffice suite (tests/clients/workbooks.test.ts).
import { mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { landlink, root } from '../../cli/helpers.js';

export type WorkbookKind = 'plan' | 'review' | 'template' | 'spot-check' | 'start-list';
export interface WrittenWorkbook { kind: WorkbookKind; file: string; name: string }

const runs: { kind: WorkbookKind; args: string[]; dir: string }[] = [
  { kind: 'plan', args: ['compute', '2025', '--quiet'], dir: 'out/2025' },
  { kind: 'review', args: ['extract', '2025', '--quiet'], dir: 'out/2025/review' },
  { kind: 'template', args: ['init', 'templates'], dir: 'templates' },
  { kind: 'spot-check', args: ['sample', '2025', '--quiet'], dir: 'out/2025' },
  { kind: 'start-list', args: ['start-list', '2024', '--data', join(root, 'samples', '2024'), '--quiet'], dir: 'out/2024' },
];

const kindOfName: [RegExp, WorkbookKind][] = [[/^挂钩方案-/, 'plan'], [/^抽查清单-/, 'spot-check'], [/^开工核查-/, 'start-list']];

/** Runs the five commands in `cwd` (each must succeed: exit 0, or 1 for findings) and lists the workbooks written. */
export async function writeEveryWorkbookKind(cwd: string): Promise<WrittenWorkbook[]> {
  await mkdir(cwd, { recursive: true });
  for (const r of runs) {
    const run = landlink(r.args, { cwd });
    expect([0, 1], `landlink ${r.args.join(' ')}: ${run.stderr}`).toContain(run.code);
  }
  const out: WrittenWorkbook[] = [];
  for (const dir of new Set(runs.map((r) => r.dir))) {
    for (const name of (await readdir(join(cwd, dir))).filter((n) => n.endsWith('.xlsx')).sort()) {
      const kind = dir.endsWith('review') ? 'review' : dir === 'templates' ? 'template' : kindOfName.find(([re]) => re.test(name))?.[1];
      expect(kind, `an unexpected workbook ${dir}/${name}`).toBeDefined();
      out.push({ kind: kind!, file: join(cwd, dir, name), name: relative(cwd, join(cwd, dir, name)) });
    }
  }
  expect([...new Set(out.map((w) => w.kind))].sort()).toEqual(['plan', 'review', 'spot-check', 'start-list', 'template']);
  return out;
}

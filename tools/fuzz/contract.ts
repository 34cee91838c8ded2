// What every run of landlink on damaged input must keep (docs/bad-input.md "数据出错时"): an exit code of 0, 1 or
// 2 (3 is a bug, a signal is an abort), no half output (exit 2 writes nothing; exit 0/1 writes the JSON and the
// workbook together), inputs unchanged, no raw control character on the terminal, and totals equal to the sum of
// their parts.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface RunOutcome {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Every entry below `dir` as it is: a file's SHA-256, a link's target, a special file's mode. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const raw of readdirSync(d, { encoding: 'buffer' }).sort((a, b) => Buffer.compare(a, b))) {
      const p = Buffer.concat([Buffer.from(`${d}/`), raw]);
      const key = `${prefix}${raw.toString('latin1')}`;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out[key] = `link ${readlinkSync(p, 'latin1')}`;
      else if (st.isDirectory()) walk(p.toString(), `${key}/`);
      else if (st.isFile()) out[key] = createHash('sha256').update(readFileSync(p)).digest('hex');
      else out[key] = `special ${st.mode.toString(8)}`;
    }
  };
  walk(dir, '');
  return out;
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Sum of 4-decimal JSON numbers, exactly (as integers of 0.0001). */
function units(n: unknown): bigint {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`not a finite number: ${String(n)}`);
  const [i, f = ''] = n.toFixed(4).split('.');
  return BigInt(`${i}${f.padEnd(4, '0')}`);
}

const FIGURES = ['creditedHa', 'quotaHa', 'deductionHa', 'netQuotaHa', 'carriedDeductionHa'] as const;

type Figures = Record<(typeof FIGURES)[number], number> & { code?: string; cityCode?: string };

function totalsProblems(doc: { province: Figures; cities: Figures[]; counties: Figures[] }): string[] {
  const problems: string[] = [];
  for (const k of FIGURES) {
    const counties = doc.counties.reduce((s, c) => s + units(c[k]), 0n);
    if (units(doc.province[k]) !== counties) problems.push(`province ${k} ${doc.province[k]} ≠ sum of counties ${counties}`);
    for (const city of doc.cities) {
      const sum = doc.counties.filter((c) => c.cityCode === city.code).reduce((s, c) => s + units(c[k]), 0n);
      if (units(city[k]) !== sum) problems.push(`city ${city.code} ${k} ${city[k]} ≠ sum of its counties ${sum}`);
    }
  }
  return problems;
}

/** The broken promises of one run (empty when it kept the contract). */
export function contractProblems(run: RunOutcome, o: { before: Record<string, string>; after: Record<string, string>; out: string; year: number }): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push('hang: no exit within the time limit');
  if (run.signal !== null) problems.push(`abort: ended by signal ${run.signal}`);
  if (run.code !== 0 && run.code !== 1 && run.code !== 2) problems.push(`exit ${run.code} (only 0, 1 and 2 are for input)`);
  if (/内部错误/.test(run.stderr)) problems.push('internal error message on stderr');
  if (/\n\s+at .+\(.+:\d+:\d+\)/.test(run.stderr)) problems.push('stack trace on stderr');
  if (RAW_CONTROL.test(run.stdout) || RAW_CONTROL.test(run.stderr)) problems.push('raw control character in the output');
  if (JSON.stringify(o.before) !== JSON.stringify(o.after)) problems.push('inputs changed');
  const json = join(o.out, `挂钩方案-${o.year}.json`);
  const xlsx = join(o.out, `挂钩方案-${o.year}.xlsx`);
  const written = existsSync(o.out) ? readdirSync(o.out) : [];
  if (run.code === 2 && written.length > 0) problems.push(`exit 2 but wrote ${written.join(', ')}`);
  if (run.code === 0 || run.code === 1) {
    if (!existsSync(json) || !existsSync(xlsx)) problems.push(`half output: ${written.join(', ') || 'nothing'}`);
    else {
      try {
        problems.push(...totalsProblems(JSON.parse(readFileSync(json, 'utf8')) as Parameters<typeof totalsProblems>[0]));
      } catch (e) {
        problems.push(`JSON unreadable: ${(e as Error).message}`);
      }
    }
  }
  if (written.some((n) => n.endsWith('.tmp'))) problems.push('temporary file left behind');
  return problems;
}

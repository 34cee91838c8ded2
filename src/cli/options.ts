// What every command's wiring shares: the action signature, the common options of outputs.md and the parsers of
// argument values (a bad one is exit 2 with the value and what was expected). The commands import these from here,
// never from main.ts (main.ts imports every command).
import type { Command } from 'commander';
import { Exact } from '../domain/exact.js';
import { InputError, finding } from '../findings/index.js';
import type { IsoDate } from '../domain/rows.js';
import type { Context } from './context.js';

/** One command's body: parsed arguments in, exit code out (it prints through ctx only). */
export type Action = (ctx: Context, ...args: string[]) => Promise<number>;

/** Wraps an action as commander's action callback (main.ts: options → Context → guard → exit code). */
export type Runner = (action: Action) => (...args: unknown[]) => Promise<void>;

/** Common options of outputs.md, added to each command. */
export function withCommon(cmd: Command, which: { out?: boolean; policy?: boolean; json?: boolean; data?: boolean } = {}): Command {
  if (which.data !== false) cmd.option('--data <dir>', '年度数据目录（默认 ./data/<年度>，否则用自带样例 samples/<年度>） / data folder');
  if (which.out) cmd.option('--out <dir>', '输出目录（默认 ./out/<年度>） / output folder');
  if (which.policy) cmd.option('--policy <file>', '参数文件（JSON），覆盖默认参数做情景测算 / policy overrides (JSON)');
  if (which.json !== false) cmd.option('--json', '以 JSON 输出到标准输出 / print JSON on stdout');
  if (which.data !== false) {
    cmd.option('--read-limit <name=value>', '放宽读取限制（可重复），如 maxRows=2000000 / raise a read limit (repeatable)',
      (text: string, acc: string[] = []) => [...acc, text]);
  }
  cmd.option('--quiet', '只输出结果，不显示进度 / no progress output');
  cmd.option('--verbose', '显示详细信息（含提示级问题与出错时的调用栈） / more detail');
  cmd.option('--no-color', '不使用颜色（也可设置 NO_COLOR） / no colours');
  return cmd;
}

export function parseYear(text: string): number {
  const normal = text.normalize('NFKC').trim();
  if (!/^\d{4}$/.test(normal) || Number(normal) < 2000 || Number(normal) > 2100) {
    throw new InputError(finding('argument-invalid', { value: text, expected: '四位年度，如 2025' }));
  }
  return Number(normal);
}

/** --rate: a share in (0, 1], as `0.1`, `10%` or `１０％`; exact (no binary floating point). */
export function parseRate(text: string): Exact {
  const t = text.normalize('NFKC').trim();
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1).trim() : t;
  let rate: Exact | null = null;
  try {
    rate = Exact.parseDecimal(body);
    if (percent) rate = rate.div(100);
  } catch {
    rate = null;
  }
  if (rate === null || !rate.gt(Exact.ZERO) || rate.gt(Exact.ONE)) {
    throw new InputError(finding('argument-invalid', { value: `--rate ${text}`, expected: '0 到 1 之间的比例，如 0.1 或 10%' }));
  }
  return rate;
}

/** --today / --as-of: a calendar date YYYY-MM-DD that exists. */
export function parseIsoDate(text: string, option: string): IsoDate {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  throw new InputError(finding('argument-invalid', { value: `${option} ${text}`, expected: '日期 YYYY-MM-DD，如 2025-12-31' }));
}

/** --seed: any non-empty text (trimmed). */
export function parseSeed(text: string): string {
  const t = text.trim();
  if (t === '') throw new InputError(finding('argument-invalid', { value: '--seed', expected: '非空的文字或数字' }));
  return t;
}

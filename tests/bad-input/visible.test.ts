// Control characters never reach a terminal raw (docs/bad-input.md "数值与控制字符"): a cell holding ESC [2J would
// clear the screen, a right-to-left override would reorder the line. Every message shows them escaped — terminal,
// JSON and workbook alike — because the finding itself holds the escaped text (src/findings/index.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finding, messageOf, visibleText } from '../../src/findings/index.js';
import { tempDir } from '../cli/helpers.js';
import { PROJECT, YEAR, supplyCsv, supplyRow } from './build/files.js';
import { runCli } from './run.js';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('visibleText', () => {
  it.each([
    { text: '上城区望江路1号', shown: '上城区望江路1号' },
    { text: '核减\u001b[2J', shown: '核减\\x1b[2J' },
    { text: 'a\u0000b\u007fc\u0085d', shown: 'a\\x00b\\x7fc\\x85d' },
    { text: '行1\n行2\r\t', shown: '行1\\x0a行2\\x0d\\x09' },
    { text: 'abc\u202etxt.exe', shown: 'abc\\u202etxt.exe' },
    { text: '\u2028\u2066', shown: '\\u2028\\u2066' },
  ])('$shown', ({ text, shown }) => {
    expect(visibleText(text)).toBe(shown);
  });

  it('a finding holds the escaped text in its place, its parameters and its message', () => {
    const f = finding('file-unreadable', { file: 'a\u001bb.csv', value: '\u0001' }, { params: { detail: '\u001b[31m' } });
    expect(f.location).toEqual({ file: 'a\\x1bb.csv', value: '\\x01' });
    expect(messageOf(f)).toBe('无法读取文件：\\x1b[31m');
  });
});

describe('the built CLI shows a control character escaped', () => {
  const data = join(tempDir('landlink-visible-'), 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'supply.csv'), supplyCsv([supplyRow(PROJECT, { 存量类型: '回收\u001b[2J收购\u202e土地', 坐落: '望江路\u0007' })]));

  it('validate on a terminal-like stream: the finding shows \\x1b, no raw control character anywhere', async () => {
    const r = await runCli(['validate', String(YEAR), '--data', data, '--no-color'], { cwd: data, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('回收\\x1b[2J收购\\u202e土地');
    expect(RAW.test(r.stdout + r.stderr)).toBe(false);
  });

  it('a stop-the-run line with a control character in its detail is escaped too', async () => {
    const dir = join(tempDir('landlink-visible-stop-'), 'data');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'supply.xlsx'), Buffer.from('PK\u0003\u0004\u001b[2J garbage'));
    const r = await runCli(['validate', String(YEAR), '--data', dir, '--no-color'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(2);
    expect(RAW.test(r.stdout + r.stderr)).toBe(false);
  });
});

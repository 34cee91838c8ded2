import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINING_BUDGET_FLAG, tuneV8 } from '../../src/app/v8-tuning.js';
import { startEarly } from '../../src/cli/early.js';

describe('the engine settings of a run (src/app/v8-tuning.ts)', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('names a setting this Node knows: V8 ignores an unknown one without a word', () => {
    const name = INLINING_BUDGET_FLAG.split('=')[0]!;
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 << 20 });
    expect(options.split('\n').some((line) => line.trim().startsWith(`${name} `))).toBe(true);
    // and this Node starts with it
    expect(execFileSync(process.execPath, [INLINING_BUDGET_FLAG, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
  });

  it('is made by the command line before it loads, for every command, once', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    startEarly(['node', 'landlink', 'draw', '2025'], 'file:///nowhere/landlink.js');
    expect(set.mock.calls).toEqual([[INLINING_BUDGET_FLAG]]);
    tuneV8();
    startEarly(['node', 'landlink', 'init'], 'file:///nowhere/landlink.js');
    expect(set).toHaveBeenCalledTimes(1);
  });
});

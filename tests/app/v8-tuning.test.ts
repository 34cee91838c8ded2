import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINING_BUDGET_FLAG, MEASURED_V8_MAJOR, tuneV8 } from '../../src/app/v8-tuning.js';
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

  it('leaves another V8 at its defaults', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    expect(tuneV8(`${MEASURED_V8_MAJOR + 1}.4.254.21-node.33`)).toBe(false);
    expect(tuneV8('10.2.154.26-node.22')).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('is made by the command line before it loads, for every command, once (on the V8 measured: Node 20\'s)', () => {
    const measured = Number.parseInt(process.versions.v8, 10) === MEASURED_V8_MAJOR;
    const set = vi.spyOn(v8, 'setFlagsFromString');
    startEarly(['node', 'landlink', 'draw', '2025'], 'file:///nowhere/landlink.js');
    expect(set.mock.calls).toEqual(measured ? [[INLINING_BUDGET_FLAG]] : []);
    expect(tuneV8()).toBe(measured);
    startEarly(['node', 'landlink', 'init'], 'file:///nowhere/landlink.js');
    expect(set).toHaveBeenCalledTimes(measured ? 1 : 0);
  });
});

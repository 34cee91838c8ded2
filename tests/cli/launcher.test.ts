// bin/landlink runs the CLI as one module (dist/cli/landlink.js, tools/cli-bundle.mjs) when `npm run build` wrote it,
// else the compiled modules (dist/cli/main.js, also the offline bundle's one module); it says how to build when
// neither is there. Checked on a copy of the launcher beside stand-in modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

function launcher(): { dir: string; run: () => { code: number | null; stdout: string; stderr: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-launcher-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  copyFileSync(join(root, 'bin', 'landlink'), join(dir, 'bin', 'landlink'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return {
    dir,
    run: () => {
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'landlink'), 'compute', '2025'], { encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}
const stand = (name: string) => `export function main(argv) { console.log(${JSON.stringify(name)}, argv.slice(2).join(' ')); return 0; }\n`;

describe('bin/landlink', () => {
  it('runs the one-module build when it is there, else the compiled modules, else says how to build', () => {
    const { dir, run } = launcher();
    writeFileSync(join(dir, 'dist', 'cli', 'main.js'), stand('modules'));
    writeFileSync(join(dir, 'dist', 'cli', 'landlink.js'), stand('one-module'));
    expect(run().stdout).toBe('one-module compute 2025\n');
    rmSync(join(dir, 'dist', 'cli', 'landlink.js'));
    expect(run().stdout).toBe('modules compute 2025\n');
    rmSync(join(dir, 'dist'), { recursive: true });
    const missing = run();
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('npm install');
  });

  it('starts the reading thread early with the module it runs, when the early-start module is there', () => {
    const { dir, run } = launcher();
    writeFileSync(join(dir, 'dist', 'cli', 'landlink.js'), stand('one-module'));
    writeFileSync(join(dir, 'dist', 'cli', 'early.js'), 'export function startEarly(argv, cli) { console.log("early", argv.slice(2).join(" "), cli.endsWith("/dist/cli/landlink.js")); }\n');
    expect(run().stdout).toBe('early compute 2025 true\none-module compute 2025\n');
  });
});

// Permissions (docs/bad-input.md "文件系统"): a data folder, an input or a returned workbook the user may not read
// is named with what to do (exit 2, or a finding for a city's workbook) — never "内部错误". Root reads everything,
// so when the tests run as root (CI does) the CLI runs as the unprivileged user `nobody` (uid 65534), and the
// permissions really apply.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../cli/helpers.js';
import { YEAR, supplyCsv } from './build/files.js';
import { jsonFindings, plainEnv, stopError } from './run.js';
import { type Year, permissionCases } from './cases/permissions.js';

const asRoot = process.getuid?.() === 0;

/** A folder everyone may enter (mkdtemp makes 0700 ones), holding `data/supply.csv` and a writable `out/`. */
function year(): Year {
  const root = mkdtempSync(join(tmpdir(), 'landlink-perm-'));
  chmodSync(root, 0o755);
  const data = join(root, 'data');
  mkdirSync(data, { mode: 0o755 });
  writeFileSync(join(data, 'supply.csv'), supplyCsv(), { mode: 0o644 });
  const out = join(root, 'out');
  mkdirSync(out, { mode: 0o777 });
  chmodSync(out, 0o777);
  return { root, data, out };
}

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args, '--json'], {
    cwd, encoding: 'utf8', env: plainEnv(), ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe(`unreadable inputs (CLI run as ${asRoot ? 'nobody, since the tests run as root' : 'this user'})`, () => {
  it.each(permissionCases)('$name', (c) => {
    const y = year();
    c.make(y);
    const r = run(c.command === 'validate' ? ['validate', String(YEAR), '--data', y.data] : ['compute', String(YEAR), '--data', y.data, '--out', y.out], y.root);
    if (c.stops) {
      expect(r.code).toBe(2);
      expect(stopError(r.stderr)).toMatchObject({ code: c.code, file: c.file(y) });
      expect(r.stderr).toContain('没有读取权限');
    } else {
      expect([0, 1]).toContain(r.code);
      expect(jsonFindings(r.stdout)).toContainEqual(expect.objectContaining({ code: c.code, file: c.file(y) }));
    }
  });
});

// `npm run bundle`: landlink-<version>.tgz for machines with Node but no route to the npm registry (README
// "在无法联网的机器上使用"). The CLI and every package it runs are bundled by esbuild into one ES module at
// landlink/dist/cli/main.js (tools/cli-bundle.mjs) — a path bin/landlink imports, two levels below the folder, where the
// CLI looks for package.json and samples/ (src/cli/version.ts, src/ingest/folder.ts) — beside the sample years and the
// templates; dist/cli/early.js beside it starts the reading thread early (src/cli/early.ts).
// Unpacked anywhere, `node landlink/bin/landlink compute 2025` runs with Node alone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleCli, bundleEarlyStart } from './cli-bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outFile = resolve(process.argv[2] ?? join(root, `landlink-${pkg.version}.tgz`));

const stage = mkdtempSync(join(tmpdir(), 'landlink-bundle-'));
const dir = join(stage, 'landlink');
try {
  const result = await bundleCli(join(dir, 'dist', 'cli', 'main.js'));
  // bin/landlink starts the reading thread from this small module before it loads the big one (src/cli/early.ts)
  await bundleEarlyStart(join(dir, 'dist', 'cli', 'early.js'));
  const packages = [...new Set(Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules/'))
    .map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)[1]))].sort();
  if (packages.includes('exceljs')) throw new Error('bundle: exceljs reached the CLI bundle; the CLI writes workbooks without it');

  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  for (const d of ['samples', 'templates']) cpSync(join(root, d), join(dir, d), { recursive: true });
  cpSync(join(root, 'README.md'), join(dir, 'README.md'));
  const { name, version, description, license, engines } = pkg;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version, description, license, type: 'module', bin: { landlink: 'bin/landlink' }, engines, bundled: packages }, null, 2) + '\n');

  mkdirSync(resolve(outFile, '..'), { recursive: true });
  // a reproducible archive: sorted names, one timestamp, no owner
  const tar = execFileSync('tar', ['--sort=name', '--mtime=2000-01-01 00:00Z', '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '-C', stage, 'landlink'], { maxBuffer: 1024 * 1024 * 1024 });
  writeFileSync(outFile, gzipSync(tar, { level: 9 }));
  const kb = (statSync(outFile).size / 1024).toFixed(0);
  console.log(`已写出 ${outFile}（${kb} KB；打包的依赖：${packages.join(', ')}）`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

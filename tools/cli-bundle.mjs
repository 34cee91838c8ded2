// The CLI and every package it runs as one ES module, by esbuild: loading one file takes Node about half the time of
// loading the ≈ 150 modules of dist/ (BENCHMARKS.md), and every run pays that before it reads a byte.
// - `npm run build` writes it to dist/cli/landlink.js, which bin/landlink runs when it is there;
// - `npm run bundle` (tools/bundle.mjs) writes it into the offline .tgz as dist/cli/main.js.
// Either way the module sits two levels below the package folder, where the CLI looks for package.json and samples/
// (src/cli/version.ts, src/ingest/folder.ts).
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** What both bundled modules share: one ES module for the Node we support, with everything it imports inside. */
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' };

/** Bundles src/cli/main.ts into `outfile`; returns esbuild's result (with its metafile). */
export function bundleCli(outfile) {
  return build({
    ...common,
    entryPoints: [resolve(root, 'src', 'cli', 'main.ts')],
    outfile,
    // the CommonJS packages (iconv-lite, yauzl, commander…) call require() for Node's own modules
    banner: { js: "import { createRequire as __landlinkRequire } from 'node:module'; const require = __landlinkRequire(import.meta.url);" },
    legalComments: 'eof',
    metafile: true,
  });
}

/** Bundles src/cli/early.ts (Node's modules only) into `outfile`, for the offline bundle's bin/landlink. */
export function bundleEarlyStart(outfile) {
  return build({ ...common, entryPoints: [resolve(root, 'src', 'cli', 'early.ts')], outfile });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundleCli(resolve(root, 'dist', 'cli', 'landlink.js'));
}

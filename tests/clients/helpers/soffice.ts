// LibreOffice headless, as the independent spreadsheet program that recalculates and renders our workbooks
// (`npm run test:clients`). One fresh profile per call (two runs sharing a
// profile silently drop output); soffice exits 0 even on failure, so the outputs are checked.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Recalculation } from '../../report/helpers/plan-check.js';

const run = promisify(execFile);

export const INSTALL_HINT =
  '找不到 LibreOffice（soffice）：npm run test:clients 用它重算并渲染工作簿。请安装：' +
  '`sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk`（Debian/Ubuntu），或运行 `bash .ci/install-clients`。 ' +
  'LibreOffice (soffice) was not found on PATH; npm run test:clients needs it to recalculate and render the workbooks. Install it: ' +
  '`sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk` (Debian/Ubuntu) or run `bash .ci/install-clients`.';

export async function sofficePath(): Promise<string> {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v soffice || command -v libreoffice']);
    const p = stdout.trim();
    if (p) return p;
  } catch { /* fall through */ }
  throw new Error(INSTALL_HINT);
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `file` with a fresh profile (recalculating on load when `recalc`); returns the produced files. */
export async function convert(file: string, filter: string, outDir: string, recalc: boolean): Promise<string[]> {
  const soffice = await sofficePath();
  const profile = await mkdtemp(join(tmpdir(), 'landlink-lo-'));
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    if (recalc) await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    await mkdir(outDir, { recursive: true });
    const before = new Set(await readdir(outDir));
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, file], { timeout: 180_000 });
    const produced = (await readdir(outDir)).filter((f) => !before.has(f)).sort();
    if (produced.length === 0) throw new Error(`soffice produced nothing for ${basename(file)} (${filter})`);
    return produced.map((f) => join(outDir, f));
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Every sheet of the workbook as recalculated by LibreOffice: sheet name → rows of cell texts (raw values). */
export async function recalculatedSheets(file: string, sheetNames: readonly string[]): Promise<Map<string, string[][]>> {
  return readSheets(file, sheetNames, true);
}

async function readSheets(file: string, sheetNames: readonly string[], recalc: boolean): Promise<Map<string, string[][]>> {
  const outDir = await mkdtemp(join(tmpdir(), 'landlink-csv-'));
  try {
    const files = await convert(file, CSV_ALL_SHEETS, outDir, recalc);
    const stem = basename(file).replace(/\.xlsx$/, '');
    const sheets = new Map<string, string[][]>();
    for (const name of sheetNames) {
      const f = files.find((x) => basename(x) === `${stem}-${name}.csv`);
      if (!f) throw new Error(`no CSV for sheet ${name}; got ${files.map((x) => basename(x)).join(', ')}`);
      const rows: string[][] = parse(await readFile(f, 'utf8'), { relax_column_count: true });
      sheets.set(name, rows);
    }
    return sheets;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The formula cells' values after LibreOffice recalculated the file (for checkPlan in tests/report/helpers/plan-check.ts). */
export const inLibreOffice: Recalculation = async (file, formulas) => {
  const sheets = await recalculatedSheets(file, [...new Set(formulas.map((f) => f.sheet))]);
  return (f) => sheets.get(f.sheet)?.[f.row - 1]?.[f.col - 1];
};

/** Every sheet of the workbook as LibreOffice reads it (no recalculation): sheet name → rows of cell texts. */
export async function sheetsAsLibreOfficeReadsThem(file: string, sheetNames: readonly string[]): Promise<Map<string, string[][]>> {
  return readSheets(file, sheetNames, false);
}

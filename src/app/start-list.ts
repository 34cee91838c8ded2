// `landlink start-list <year>` (浙土资发〔2017〕19号 五; docs/yearly-cycle.md): the December check list of the projects credited
// in <year>'s plan, pre-filled from supply data, written as the `start-check` input of year+1
// (out/<year>/开工核查-<year+1>.xlsx). Where the credited projects come from, first found:
//   --ledger FILE or --plan FILE when given (not both);
//   else the ledger of the next year's folder (rows with 挂钩年度 = year; `ledger add` put them there);
//   else the plan workbook out/<year>/挂钩方案-<year>.xlsx (its 台账 sheet), before the ledger was updated.
// Pre-fill data: the supply files of data/<year+1> (newer export) and data/<year>, where present.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, finding } from '../findings/index.js';
import type { DataOrigin } from '../ingest/folder.js';
import { readInputFile } from '../ingest/read.js';
import type { IsoDate, LedgerRow } from '../domain/rows.js';
import { fileOfKind, listFolder } from '../cycle/folder-files.js';
import { readPlanLedger } from '../cycle/ledger-file.js';
import { displayPath, nextDataDirOf, optionalDataDir, outDirOf, planFileName } from '../cycle/paths.js';
import { buildStartList, defaultAsOf, type CreditedEntry, type StartListRow, type SupplySource } from '../cycle/start-list.js';
import { startListFileName, startListWorkbook } from '../cycle/start-list-sheet.js';
import { readKindTable } from '../cycle/table-read.js';
import { writeWorkbook } from '../cycle/workbook-model.js';

export interface StartListOptions {
  year: number;
  cwd: string;
  data?: string;
  nextData?: string;
  ledger?: string;
  plan?: string;
  out?: string;
  asOf?: IsoDate;
}

export interface StartListRun {
  file: string;
  rows: StartListRow[];
  /** Where the credited projects came from (shown to the user and recorded in the workbook). */
  source: string;
  supplyFiles: string[];
  asOf: IsoDate;
  dataDir: string | null;
  dataOrigin: DataOrigin | null;
}

function entriesFromLedger(rows: readonly LedgerRow[], year: number): CreditedEntry[] {
  return rows.filter((r) => r.linkageYear === year).map((r) => ({
    projectId: r.projectId, countyCode: r.region?.code ?? null, linkageYear: year, creditedHa: r.creditedAreaHa, source: r.source,
  }));
}

async function creditedOf(o: StartListOptions, nextDir: string, outDir: string): Promise<{ entries: CreditedEntry[]; source: string }> {
  const show = (p: string): string => displayPath(o.cwd, p);
  if (o.ledger !== undefined && o.plan !== undefined) {
    throw new InputError(finding('argument-invalid', { value: '--ledger 与 --plan', expected: '只指定其中一个' }));
  }
  const fromLedger = async (path: string) => {
    const t = await readKindTable(path, 'ledger');
    return { entries: entriesFromLedger(t.rows, o.year), source: `${show(path)}（挂钩年度 ${o.year} 的行）` };
  };
  const fromPlan = async (path: string) => {
    const plan = await readPlanLedger(path);
    const entries = plan.lines.filter((l) => l.linkageYear === o.year).map((l, i): CreditedEntry => ({
      projectId: l.projectId, countyCode: l.countyCode, linkageYear: l.linkageYear, creditedHa: l.creditedHa,
      source: { file: plan.file, sheet: plan.sheet, row: i + 2 },
    }));
    return { entries, source: `${show(path)}「${plan.sheet}」` };
  };
  if (o.ledger !== undefined) return fromLedger(resolve(o.cwd, o.ledger));
  if (o.plan !== undefined) return fromPlan(resolve(o.cwd, o.plan));
  const ledger = fileOfKind(listFolder(nextDir), 'ledger').file;
  if (ledger) {
    const got = await fromLedger(ledger.path);
    if (got.entries.length > 0) return got;
  }
  const plan = join(outDir, planFileName(o.year));
  if (existsSync(plan)) return fromPlan(plan);
  throw new InputError(finding('start-list-source-missing', {}, {
    params: { value: o.year, detail: `${show(nextDir)} 的已挂钩台账中没有挂钩年度 ${o.year} 的行，也没有挂钩方案 ${show(plan)}` },
  }));
}

async function supplyOf(dir: string | null): Promise<SupplySource | null> {
  if (dir === null) return null;
  const file = fileOfKind(listFolder(dir), 'supply').file;
  if (!file) return null;
  const { rows } = await readInputFile(file.path, 'supply');
  return { file: `${basename(dir)}/${file.name}`, rows }; // e.g. 2025/供地备案.xlsx in the notes
}

export async function runStartList(o: StartListOptions): Promise<StartListRun> {
  const located = optionalDataDir(o.year, o.cwd, o.data);
  const dataDir = located?.dir ?? null;
  const nextDir = nextDataDirOf(o.cwd, o.year, dataDir, o.nextData);
  const outDir = outDirOf(o.cwd, o.year, o.out);
  const { entries, source } = await creditedOf(o, nextDir, outDir);
  const show = (p: string): string => displayPath(o.cwd, p);
  const supply: SupplySource[] = [];
  const supplyFiles: string[] = [];
  for (const dir of [nextDir, dataDir]) {
    const s = await supplyOf(dir);
    if (!s || !dir) continue;
    supply.push(s);
    supplyFiles.push(show(join(dir, basename(s.file))));
  }
  const asOf = o.asOf ?? defaultAsOf(o.year);
  const rows = buildStartList(entries, supply, asOf);
  const file = join(outDir, startListFileName(o.year));
  await writeWorkbook(startListWorkbook(rows, { year: o.year, asOf, source, supplyFiles }), file);
  return { file, rows, source, supplyFiles, asOf, dataDir, dataOrigin: located?.origin ?? null };
}

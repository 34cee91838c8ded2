// `landlink ledger add <plan workbook> [--ledger FILE]` (outputs.md "after approval: appends the year's
// credited ids to the ledger, refusing duplicates"). The flow (docs/yearly-cycle.md): the plan of year Y is
// appended to the ledger of year Y+1's data folder — the file that `compute Y+1` reads to refuse crediting an id
// twice (domain.md 决定 7). Default target: the ledger file of <cwd>/data/<Y+1>/ (any name the readers take as
// 已挂钩台账); when that folder has none, a new 已挂钩台账.csv is started there, carrying forward the rows of
// <cwd>/data/<Y>/'s ledger, so the ledger stays cumulative. Any id already there → exit 2, nothing written.
// The plan's carried-forward deductions (分县 结转扣减) go beside the ledger as 结转扣减.csv (domain.md 决定 6).
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, finding } from '../findings/index.js';
import { formatOf, supportedExtensions } from '../ingest/read.js';
import { writeFileAtomic } from '../report/atomic.js';
import { fileOfKind, listFolder } from '../cycle/folder-files.js';
import { appendToLedger } from '../cycle/ledger.js';
import { appendedGrid, ledgerBytes, readExistingLedger, readPlanLedger, type ExistingLedger } from '../cycle/ledger-file.js';
import { NEW_LEDGER_NAME } from '../cycle/paths.js';
import { readPlanCarried, writeCarried } from '../cycle/carried-file.js';

export interface LedgerAddOptions {
  plan: string;
  ledger?: string;
  cwd: string;
}

export interface LedgerAddRun {
  planFile: string;
  year: number | null;
  ledgerFile: string | null;
  /** The ledger file did not exist and was started by this run. */
  created: boolean;
  carriedFrom: string | null;
  carried: number;
  added: number;
  /** Data rows in the ledger after the run. */
  total: number;
  /** 结转扣减.csv written beside the ledger (counties with a carried deduction, 决定 6), or null when none. */
  carriedDeductionFile: string | null;
  carriedDeductions: number;
}

/** The ledger file of a data folder (by the readers' name rules); two claiming it → exit 2. */
function ledgerIn(dir: string): string | null {
  const { file, ambiguous } = fileOfKind(listFolder(dir), 'ledger');
  if (ambiguous) {
    throw new InputError(finding('kind-ambiguous', { file: ambiguous.join('、') }, { params: { kind: '已挂钩台账（ledger）', detail: ambiguous.join('、') } }));
  }
  return file?.path ?? null;
}

const MAX_LISTED = 20;

export async function runLedgerAdd(o: LedgerAddOptions): Promise<LedgerAddRun> {
  const planPath = resolve(o.cwd, o.plan);
  if (!existsSync(planPath)) throw new InputError(finding('file-unreadable', { file: planPath }, { params: { detail: '文件不存在' } }));
  const plan = await readPlanLedger(planPath);
  const none: LedgerAddRun = { planFile: planPath, year: plan.year, ledgerFile: null, created: false, carriedFrom: null, carried: 0, added: 0, total: 0, carriedDeductionFile: null, carriedDeductions: 0 };
  if (plan.year === null || plan.lines.length === 0) return none; // nothing credited: nothing to register

  let target: string;
  let carriedFrom: string | null = null;
  if (o.ledger !== undefined) {
    target = resolve(o.cwd, o.ledger);
  } else {
    const nextDir = join(o.cwd, 'data', String(plan.year + 1));
    target = ledgerIn(nextDir) ?? join(nextDir, NEW_LEDGER_NAME);
    if (!existsSync(target)) carriedFrom = ledgerIn(join(o.cwd, 'data', String(plan.year)));
  }
  const format = formatOf(target);
  if (format === null) throw new InputError(finding('file-format-unsupported', { file: basename(target), expected: supportedExtensions }));

  const existing: ExistingLedger | null = existsSync(target) ? await readExistingLedger(target) : null;
  const previous: ExistingLedger | null = carriedFrom ? await readExistingLedger(carriedFrom) : null;
  const carried = previous?.kindTable.rows ?? [];
  const result = appendToLedger(existing?.keys ?? previous?.keys ?? [], plan.lines);
  if (!result.ok) {
    const ids = result.duplicates.map((d) => `${d.projectId}（${d.already === 'plan' ? '方案中重复' : `${d.already} 年度`}）`);
    const listed = ids.slice(0, MAX_LISTED).join('、') + (ids.length > MAX_LISTED ? ` 等 ${ids.length} 个` : '');
    throw new InputError(finding('ledger-duplicate', { file: target, value: listed }));
  }
  const carriedLines = await readPlanCarried(planPath, plan.year);
  const grid = appendedGrid(existing, plan.lines, carried);
  await writeFileAtomic(target, () => ledgerBytes(grid, format, plan.year!));
  const carriedDeductionFile = await writeCarried(dirname(target), carriedLines);
  return {
    planFile: planPath, year: plan.year, ledgerFile: target, created: existing === null,
    carriedFrom, carried: carried.length, added: plan.lines.length, total: result.total,
    carriedDeductionFile, carriedDeductions: carriedLines.length,
  };
}

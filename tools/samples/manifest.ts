// MANIFEST.json of a sample year: the files (format, encoding, header row), the counts, every deliberate
// branch with its project ids and what the generator expects, and every deliberate input problem with its
// file/sheet/row/column — machine-readable, for tests of the readers and of compute.
import { Exact } from '../../src/domain/exact.js';
import { regionByCode } from '../../src/domain/divisions.js';
import type { CategoryId } from '../../src/policy/categories.js';
import { branchSpecs, type BranchEffect, type BranchKey } from './branch-specs.js';
import type { Encoding } from './layouts.js';
import type { FileKind, ProjectStatus, YearModel } from './model.js';
import { locate, type RenderedTable } from './render.js';
import { DEFAULT_SEED } from './year.js';
import type { ManifestIndicators } from './indicators-note.js';

export const MANIFEST_SCHEMA = 'landlink-sample-manifest/1';

export const scaleNote = {
  zh: '--scale N 把所有数量乘以 N（普通供地、各类挂钩候选项目、再开发、复垦、材料、核查“属实”行，进而开工核查和台账行）；刻意设置的业务分支和输入问题各只有一处，不随规模变化。规模 1 约 2,300 行供地备案（各年相差不超过 ±10%）；规模 10 约 23,000 行。',
  en: '--scale N multiplies every volume (ordinary and candidate supply rows, redevelopment, reclamation, evidence, confirmed inspections, hence start-check and ledger rows) by N; the deliberate branches and input problems stay one each. Scale 1 ≈ 2,300 supply rows (years differ by up to ±10%); scale 10 ≈ 23,000.',
};

export interface ManifestFile {
  kind: FileKind;
  file: string;
  format: 'xlsx' | 'csv';
  encoding: Encoding;
  sheet?: string;
  headerRow: number;
  dataRows: number;
  header: string[];
  dateFormat?: string;
}

export interface ManifestBranch {
  key: BranchKey;
  category?: CategoryId;
  expect: BranchEffect;
  article: string;
  zh: string;
  en: string;
  ids: string[];
  detail?: Record<string, string | number>;
}

export interface ManifestProblem {
  key: string;
  file: string;
  kind: FileKind;
  sheet?: string;
  row: number;
  column: string;
  value: string;
  projectId: string;
  expectedFinding: string;
  zh: string;
  en: string;
}

/** The cities' returned review workbooks in `<year>/审核意见/` (written with --feedback; tools/samples/feedback.ts). */
export interface ManifestFeedback {
  /** City codes that returned a filled workbook, and those that returned nothing (未反馈). */
  returned: string[];
  silent: string[];
  /** The one 不同意 and the one 需补正 (every other returned opinion is 同意). */
  disagree: { id: string; cityCode: string };
  needsCorrection: { id: string; cityCode: string };
}

/** The carried-forward deductions a sample year starts with (docs/spec/domain.md 决定 6). */
export interface ManifestCarried {
  file: string;
  /** The plan they come from: `landlink compute <fromYear>` on the generator's <fromYear> sample, then `ledger add`. */
  fromYear: number;
  /** [county code, 公顷 to 4 decimals], in the plan's 分县 order. */
  counties: [string, string][];
}

/** What the generator was asked for; `regenerate` in the manifest is this as a command. */
export interface GenerationOptions { year: number; scale: number; seed: number; clean: boolean; feedback: boolean; carried?: boolean; candidateShare?: number }

/** The exact `npm run samples` command that writes the folder again (the default seed is left out). */
export function regenerateCommand(o: GenerationOptions): string {
  return `npm run samples -- --year ${o.year} --scale ${o.scale}${o.seed === DEFAULT_SEED ? '' : ` --seed ${o.seed}`}`
    + `${o.candidateShare === undefined ? '' : ` --candidate-share ${o.candidateShare}`}${o.clean ? ' --clean' : ''}${o.feedback ? ' --feedback' : ''}${o.carried ? ' --carried' : ''}`;
}

export interface SampleManifest {
  schema: typeof MANIFEST_SCHEMA;
  year: number;
  scale: number;
  seed: number;
  clean: boolean;
  /** Only when not the samples' mix (year.ts YearOptions). */
  candidateShare?: number;
  regenerate: string;
  scaleNote: { zh: string; en: string };
  files: ManifestFile[];
  /** 结转扣减.csv (`--carried`): the previous year's plan's carried deductions, as `ledger add` writes them. */
  carried?: ManifestCarried;
  /** The action plan's 存量土地供应占比 of the folder as written (tools/samples/indicators-note.ts). */
  indicators?: ManifestIndicators;
  counts: {
    rows: Record<FileKind, number>;
    regions: { cities: number; counties: number; cityLevels: number };
    supply: { candidates: number; ordinary: number; byCategory: Record<'1' | '2' | '3' | '4' | '5', number> };
    redevelopment: { category6: number; other: number };
    reclamation: { category7: number };
    candidates: { total: number; byCategory: Record<string, number>; byStatus: Record<ProjectStatus, number> };
  };
  expected: {
    note: string;
    creditedHa: string;
    creditedByCategoryHa: Record<string, string>;
    /** [id, category, region code, credited area in 公顷 rounded half-up to 4 decimals]. */
    credited: [string, CategoryId, string, string][];
  };
  branches: ManifestBranch[];
  problems: ManifestProblem[];
  /** Present when the folder carries the cities' returned review workbooks. */
  feedback?: ManifestFeedback;
}

const dateFormats: Record<string, string> = { iso: '2025-03-31', slash: '2025/3/31', dot: '2025.3.31', cjk: '2025年3月31日', compact: '20250331' };

export function buildManifest(m: YearModel, tables: readonly RenderedTable[]): SampleManifest {
  const table = (kind: FileKind) => tables.find((t) => t.kind === kind)!;
  const files = tables.map((t): ManifestFile => {
    const f: ManifestFile = { kind: t.kind, file: t.fileName, format: t.format, encoding: t.encoding, headerRow: t.headerRow, dataRows: t.rows.length, header: t.header };
    if (t.sheet !== undefined) f.sheet = t.sheet;
    const hasDates = t.rows.some((r) => r.some((c) => c !== null && typeof c === 'object' && 'date' in c));
    if (t.format === 'csv' && hasDates) f.dateFormat = dateFormats[t.dateStyle]!;
    return f;
  });
  const rows = Object.fromEntries(tables.map((t) => [t.kind, t.rows.length])) as Record<FileKind, number>;

  const supplyCandidates = m.candidates.filter((c) => c.kind === 'supply');
  const byCat = (list: typeof m.candidates, c: number) => list.filter((x) => x.category === c).length;
  const byStatus: Record<ProjectStatus, number> = { credited: 0, pending: 0, rejected: 0, fraud: 0 };
  for (const c of m.candidates) byStatus[c.expect.status]++;

  const regionCodes = new Set([...m.supply, ...m.redevelopment, ...m.reclamation].map((r) => r.regionCode).filter((c) => regionByCode(c)));
  const regionList = [...regionCodes].map((c) => regionByCode(c)!);

  const credited = m.candidates.filter((c) => c.expect.status === 'credited').sort((a, b) => (a.id < b.id ? -1 : 1));
  const shown = (c: (typeof credited)[number]) => c.expect.creditedHa.roundHalfUp(4);
  const creditedByCategoryHa: Record<string, string> = {};
  for (const cat of [1, 2, 3, 4, 5, 6, 7]) creditedByCategoryHa[String(cat)] = Exact.sum(credited.filter((c) => c.category === cat).map(shown)).toFixed(4);

  const specs = branchSpecs as Record<BranchKey, { category?: CategoryId; expect: BranchEffect; article: string; zh: string; en: string }>;
  const branches = m.branches.map((b): ManifestBranch => {
    const key = b.key as BranchKey;
    const spec = specs[key];
    const out: ManifestBranch = { key, expect: spec.expect, article: spec.article, zh: spec.zh, en: spec.en, ids: b.ids };
    if (spec.category !== undefined) out.category = spec.category;
    if (b.detail) out.detail = b.detail;
    return out;
  });

  const problems = m.problems.map((p): ManifestProblem => {
    const t = table(p.file);
    const at = locate(t, p.rowId, p.column);
    const out: ManifestProblem = { key: p.key, file: t.fileName, kind: p.file, row: at.row, column: at.column, value: p.value, projectId: p.rowId, expectedFinding: p.expectedFinding, zh: p.zh, en: p.en };
    if (t.sheet !== undefined) out.sheet = t.sheet;
    return out;
  });

  return {
    schema: MANIFEST_SCHEMA,
    year: m.year,
    scale: m.scale,
    seed: m.seed,
    clean: m.clean,
    ...(m.candidateShare === undefined ? {} : { candidateShare: m.candidateShare }),
    regenerate: regenerateCommand({ year: m.year, scale: m.scale, seed: m.seed, clean: m.clean, feedback: false, ...(m.candidateShare === undefined ? {} : { candidateShare: m.candidateShare }) }),
    scaleNote,
    files,
    counts: {
      rows,
      regions: {
        cities: new Set(regionList.map((r) => r.cityCode)).size,
        counties: regionList.filter((r) => !r.cityLevel).length,
        cityLevels: regionList.filter((r) => r.cityLevel).length,
      },
      supply: {
        candidates: supplyCandidates.length,
        ordinary: m.supply.length - supplyCandidates.length,
        byCategory: { 1: byCat(supplyCandidates, 1), 2: byCat(supplyCandidates, 2), 3: byCat(supplyCandidates, 3), 4: byCat(supplyCandidates, 4), 5: byCat(supplyCandidates, 5) },
      },
      redevelopment: { category6: byCat(m.candidates, 6), other: m.redevelopment.length - byCat(m.candidates, 6) },
      reclamation: { category7: byCat(m.candidates, 7) },
      candidates: {
        total: m.candidates.length,
        byCategory: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((c) => [String(c), byCat(m.candidates, c)])),
        byStatus,
      },
    },
    expected: {
      note: 'The generator\'s reading of the Measures and 用户手册 (default policy, no city feedback returned): what compute should credit. The next year\'s ledger is built from this list.',
      creditedHa: Exact.sum(credited.map(shown)).toFixed(4),
      creditedByCategoryHa,
      credited: credited.map((c) => [c.id, c.category, c.regionCode, shown(c).toFixed(4)]),
    },
    branches,
    problems,
  };
}

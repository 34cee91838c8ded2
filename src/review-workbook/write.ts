// `landlink extract <year>`: one review workbook per city, `<dir>/<city code>-<city name>.xlsx` (outputs.md "The
// per-city review workbook"; 浙土资发〔2017〕19号 四、1 "下发各设区市…逐个进行审核，于每年1月底前书面反馈审核意见").
// Sheets: 说明, one per category with projects, and the hidden fingerprint (manifest.ts) that read.ts checks when
// src/ingest/feedback.ts reads a returned workbook.
import { join } from 'node:path';
import { cities, regionByCode } from '../domain/divisions.js';
import { categoryIds, type CategoryId } from '../policy/categories.js';
import type { ComputeResult, ProjectResult } from '../pipeline/types.js';
import { type OutputFile, writeFileSet } from '../report/atomic.js';
import { safeFileName } from '../report/file-names.js';
import { renderWorkbook, type WorkbookModel } from '../xlsx/index.js';
import { categorySheet } from './category-sheet.js';
import { instructionsSheet } from './instructions-sheet.js';
import { reviewDate } from './layout.js';
import type { Manifest, StoredValue } from './manifest.js';
import { manifestSheet, storedValueOf } from './manifest-sheet.js';

export interface ReviewMeta { toolVersion: string }

export function reviewFileName(cityCode: string, cityName: string): string {
  return safeFileName(`${cityCode}-${cityName}`) + '.xlsx';
}

/** The projects of each city (by its counties' codes); projects without a region cannot be sent to a city. */
export function projectsByCity(result: ComputeResult): Map<string, ProjectResult[]> {
  const out = new Map<string, ProjectResult[]>();
  for (const p of result.projects) {
    const city = p.countyCode ? regionByCode(p.countyCode)?.cityCode : undefined;
    if (!city) continue;
    out.set(city, [...(out.get(city) ?? []), p]);
  }
  return out;
}

export function reviewWorkbookModel(result: ComputeResult, city: { code: string; name: string }, projects: readonly ProjectResult[], meta: ReviewMeta): WorkbookModel {
  const d = result.policy.roundingDecimals;
  const byCategory: [CategoryId, ProjectResult[]][] = categoryIds
    .map((id): [CategoryId, ProjectResult[]] => [id, projects.filter((p) => p.category === id)])
    .filter(([, list]) => list.length > 0);
  const sheets = byCategory.map(([id, list]) => categorySheet(id, list, result.year, city.name, d));
  const manifest: Manifest = {
    year: result.year,
    cityCode: city.code,
    cityName: city.name,
    toolVersion: meta.toolVersion,
    rows: sheets.flatMap((s) => s.rows.map((row, i) => ({
      sheet: s.name,
      row: i + 1,
      projectId: i === 0 ? '' : idText(storedValueOf(row[0])),
      values: row.slice(0, -2).map(storedValueOf),
    }))),
  };
  return {
    meta: {
      creator: 'landlink',
      title: `${result.year}年度存量建设用地盘活挂钩项目审核表（${city.name}）`,
      subject: '浙土资发〔2017〕19号 四、1 审核意见',
      keywords: `landlink ${meta.toolVersion}; ${result.year}; ${city.code}`,
      date: reviewDate(result.year),
    },
    sheets: [
      instructionsSheet({ year: result.year, cityCode: city.code, cityName: city.name, toolVersion: meta.toolVersion, decimals: d, byCategory }),
      ...sheets,
      manifestSheet(manifest),
    ],
  };
}

/**
 * Writes one review workbook per city that has projects (fixed order 杭州 … 丽水) into `dir`, atomically; returns
 * the paths written. A city without projects gets no workbook (there is nothing to review).
 */
export async function writeReviewWorkbooks(result: ComputeResult, dir: string, meta: ReviewMeta): Promise<string[]> {
  const byCity = projectsByCity(result);
  const set: OutputFile[] = [];
  for (const city of cities) {
    const projects = byCity.get(city.code);
    if (!projects?.length) continue;
    set.push({ file: join(dir, reviewFileName(city.code, city.name)), produce: () => renderWorkbook(reviewWorkbookModel(result, city, projects, meta)) });
  }
  // The cities' workbooks are one set: all of them or, when anything fails, none (src/report/atomic.ts).
  await writeFileSet(set);
  return set.map((f) => f.file);
}

/** The 项目编号 cell as the manifest records it (an id is text or, typed by hand, a number). */
function idText(v: StoredValue): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

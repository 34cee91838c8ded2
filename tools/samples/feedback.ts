// The cities' side of the round trip for a sample year: run `extract` on the generated folder, fill the review
// workbooks as eight of the eleven cities would (浙土资发〔2017〕19号 四、1 "书面反馈审核意见"), and put them in
// `<year>/审核意见/`. Three cities (湖州, 衢州, 丽水) return nothing, so their projects are counted with the
// 未反馈 warning. Every opinion is 同意 except one 不同意 (杭州) and one 需补正 (宁波) on ordinary credited projects
// (not on a manifest branch), so the city-opinion stage has visible effects. Deterministic: ids chosen by order,
// the workbooks' dates fixed (the review date inside, the feedback deadline on the zip entries), and stamped with
// a fixed generator label instead of the package version, so a version bump does not change the committed bytes.
// Called by generateYear({ feedback: true }) after the input files are written.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { Exact } from '../../src/domain/exact.js';
import { regionByCode } from '../../src/domain/divisions.js';
import { loadYear } from '../../src/ingest/load.js';
import { readLimitsFrom } from '../../src/app/load-and-compute.js';
import { GENERATED_READ_LIMITS } from './indicators-note.js';
import { compute } from '../../src/pipeline/compute.js';
import { forCityReview } from '../../src/pipeline/city-review.js';
import { writeReviewWorkbooks } from '../../src/review-workbook/write.js';
import { INSTRUCTIONS_SHEET, MANIFEST_SHEET, NOTE_COLUMN, OPINION_COLUMN } from '../../src/review-workbook/layout.js';
import { regenerateCommand, type ManifestFeedback, type SampleManifest } from './manifest.js';
import { fixZipTimestamps } from '../../src/xlsx/index.js';

export const SILENT_CITIES = ['330500', '330800', '331100'] as const;
export const FEEDBACK_FOLDER = '审核意见';
/** Stands for the tool version in the sample's review workbooks ("由 landlink 样例生成器 生成"). */
export const SAMPLE_TOOL_VERSION = '样例生成器';

export type SampleFeedback = ManifestFeedback;

/** Replaces `<outDir>/审核意见/` with the returned workbooks of the year written in `outDir`. */
export async function writeSampleFeedback(outDir: string, manifest: SampleManifest): Promise<SampleFeedback> {
  const inputs = await loadYear({ year: manifest.year, data: outDir, limits: readLimitsFrom(GENERATED_READ_LIMITS) });
  const result = compute(forCityReview(inputs)); // as extract writes them: without the province's inspections
  // Keep clear of the specific stories of the manifest (the broad 'category-N-credited' lists name every credited project).
  const onBranch = new Set(manifest.branches.filter((b) => !/^category-\d-credited$|^category-5-/.test(b.key)).flatMap((b) => b.ids));
  const cityOf = (countyCode: string | null) => (countyCode ? regionByCode(countyCode)?.cityCode : undefined);
  const ordinaryCredited = (city: string) => result.projects
    .filter((p) => p.status === 'credited' && !onBranch.has(p.id) && cityOf(p.countyCode) === city)
    .map((p) => p.id).sort()[0];
  const pick = (city: string) => {
    const id = ordinaryCredited(city);
    if (!id) throw new RangeError(`no ordinary credited project in city ${city} to oppose (scale too small for --feedback)`);
    return { id, cityCode: city };
  };
  const disagree = pick('330100');
  const needsCorrection = pick('330200');

  const scratch = await mkdtemp(join(tmpdir(), 'landlink-sample-review-'));
  const returned: string[] = [];
  try {
    const written = await writeReviewWorkbooks(result, scratch, { toolVersion: SAMPLE_TOOL_VERSION });
    const target = join(outDir, FEEDBACK_FOLDER);
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    for (const file of written) {
      const name = basename(file);
      const cityCode = name.slice(0, 6);
      if ((SILENT_CITIES as readonly string[]).includes(cityCode)) continue;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
      for (const ws of wb.worksheets) {
        if (ws.name === INSTRUCTIONS_SHEET || ws.name === MANIFEST_SHEET) continue;
        ws.eachRow((row, n) => {
          if (n === 1) return;
          const cell = row.getCell(1).value;
          const id = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
          if (!id) return;
          const [opinion, note] = id === disagree.id ? ['不同意', '该地块土地来源为新增建设用地，不属于收回收购存量土地']
            : id === needsCorrection.id ? ['需补正', '测绘报告未盖章，需补正后重新报送'] : ['同意', ''];
          row.getCell(OPINION_COLUMN + 1).value = opinion;
          if (note) row.getCell(NOTE_COLUMN + 1).value = note;
        });
      }
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      await writeFile(join(target, name), fixZipTimestamps(bytes, new Date(Date.UTC(manifest.year + 1, 0, 31))));
      returned.push(cityCode);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { returned, silent: [...SILENT_CITIES], disagree, needsCorrection };
}

/**
 * The manifest once the cities have spoken: the command says --feedback, and the two opposed projects are no longer
 * credited (不同意 → rejected, 需补正 → pending; domain.md pipeline stage "city opinion").
 */
export function withFeedback(manifest: SampleManifest, fb: SampleFeedback): SampleManifest & { feedback: SampleFeedback } {
  const removed = new Set([fb.disagree.id, fb.needsCorrection.id]);
  const gone = manifest.expected.credited.filter(([id]) => removed.has(id));
  const byCategory = { ...manifest.expected.creditedByCategoryHa };
  let total = Exact.parseDecimal(manifest.expected.creditedHa);
  for (const [, category, , area] of gone) {
    total = total.sub(Exact.parseDecimal(area));
    byCategory[String(category)] = Exact.parseDecimal(byCategory[String(category)]!).sub(Exact.parseDecimal(area)).toFixed(4);
  }
  const byStatus = { ...manifest.counts.candidates.byStatus };
  byStatus.credited -= gone.length;
  byStatus.rejected += gone.filter(([id]) => id === fb.disagree.id).length;
  byStatus.pending += gone.filter(([id]) => id === fb.needsCorrection.id).length;
  return {
    ...manifest,
    regenerate: regenerateCommand({ ...manifest, feedback: true, carried: false }),
    counts: { ...manifest.counts, candidates: { ...manifest.counts.candidates, byStatus } },
    expected: {
      ...manifest.expected,
      note: 'The generator\'s reading of the Measures and 用户手册 (default policy, with the cities\' opinions returned in 审核意见/): what compute should credit. A next sample year\'s ledger comes from the generator\'s model, which knows nothing of this feedback.',
      creditedHa: total.toFixed(4),
      creditedByCategoryHa: byCategory,
      credited: manifest.expected.credited.filter(([id]) => !removed.has(id)),
    },
    feedback: fb,
  };
}

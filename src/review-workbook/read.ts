// Read-back of a returned review workbook (docs/decisions.md "Review workbooks"; 浙土资发〔2017〕19号 四、1): the city's
// opinions, and a finding for everything that makes the workbook or a row untrustworthy — never silently accepted:
//   workbook level (nothing of it is used): no fingerprint, fingerprint edited, another year, another city (file name
//     or 说明!B3), 说明!B2/B3 edited;
//   row level (that row's opinion is not used): any locked cell differs from the fingerprint (named: sheet, row,
//     column, the value now and the original);
//   cell level: an opinion that is not 同意/不同意/需补正 (the row is returned with opinion null).
// Pure: sheets come in through `readSheet`, and an opinion's text is matched by `opinionOf` (src/ingest/feedback.ts
// does the I/O and the text normalisation).
import type { CityFeedback, CityOpinionRow } from '../domain/rows.js';
import { cityOpinions, type CityOpinion } from '../domain/vocabulary.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import { colLetter } from '../xlsx/index.js';
import { CITY_CELL, INSTRUCTIONS_SHEET, MANIFEST_SHEET, NOTE_COLUMN, NOTE_HEADER, OPINION_COLUMN, OPINION_HEADER, YEAR_CELL } from './layout.js';
import { manifestChecksum, parseManifest, sameStoredValue, storedValueOfRead, type ManifestCell, type StoredValue } from './manifest.js';

/** A sheet's cells as read: rows[r-1][c-1]; null when the workbook has no sheet of that name. */
export type SheetReader = (name: string) => Promise<ManifestCell[][] | null>;

export interface ReturnedWorkbook {
  /** The file as users name it (e.g. 'feedback/330100-杭州市.xlsx'). */
  file: string;
  /** The city code the file name starts with, if any (e.g. 330100 of 330100-杭州市.xlsx). */
  fileCityCode: string | null;
  year: number;
  readSheet: SheetReader;
  /** The opinion a 审核意见 cell's text names (同意 / 不同意 / 需补正 and their aliases), null for any other text. */
  opinionOf: (text: string) => CityOpinion | null;
}

export interface ReadBack {
  feedback: CityFeedback | null;
  findings: Finding[];
}

function show(v: StoredValue | ManifestCell): string {
  if (v === null || v === undefined) return '（空）';
  if (typeof v === 'object') return '（长文本）';
  return String(v);
}


export async function readBackReviewWorkbook(wb: ReturnedWorkbook): Promise<ReadBack> {
  const findings: Finding[] = [];
  const reject = (f: Finding): ReadBack => ({ feedback: null, findings: [...findings, f] });
  const file = wb.file;

  const manifestRows = await wb.readSheet(MANIFEST_SHEET);
  const parsed = manifestRows ? parseManifest(manifestRows) : null;
  if (!parsed) return reject(finding('feedback-not-review-workbook', { file }));
  const { manifest: m, checksum } = parsed;
  if (manifestChecksum(m) !== checksum) return reject(finding('feedback-manifest-altered', { file, sheet: MANIFEST_SHEET }));

  // 说明!B2 / B3: what the city sees must still say the year and city of the fingerprint.
  const info = await wb.readSheet(INSTRUCTIONS_SHEET);
  for (const [cell, expected] of [[YEAR_CELL, m.year], [CITY_CELL, m.cityCode]] as const) {
    const actual = info?.[cell.row - 1]?.[cell.column - 1];
    if (actual !== expected) {
      return reject(finding('feedback-cell-altered', { file, sheet: INSTRUCTIONS_SHEET, row: cell.row, column: cell.label, value: show(actual), expected: show(expected) },
        { params: { cell: cell.address, scope: '工作簿' } }));
    }
  }
  if (m.year !== wb.year) {
    return reject(finding('feedback-year-mismatch', { file, sheet: INSTRUCTIONS_SHEET, row: YEAR_CELL.row, column: YEAR_CELL.label, value: String(m.year), expected: String(wb.year) }));
  }
  if (wb.fileCityCode !== null && wb.fileCityCode !== m.cityCode) {
    return reject(finding('feedback-city-mismatch', { file, sheet: INSTRUCTIONS_SHEET, row: CITY_CELL.row, column: CITY_CELL.label, value: m.cityCode, expected: wb.fileCityCode },
      { params: { detail: '文件名中的设区市代码' } }));
  }

  const opinions: CityOpinionRow[] = [];
  const sheets = [...new Set(m.rows.map((r) => r.sheet))];
  for (const sheet of sheets) {
    const expectedRows = m.rows.filter((r) => r.sheet === sheet);
    const rows = await wb.readSheet(sheet);
    if (!rows) {
      findings.push(finding('feedback-sheet-missing', { file, sheet }, { params: { count: expectedRows.filter((r) => r.projectId !== '').length } }));
      continue;
    }
    const header = expectedRows.find((r) => r.row === 1)?.values ?? [];
    const columnName = (c: number) => show(header[c] ?? colLetter(c));
    const known = new Set(expectedRows.map((r) => r.row));
    for (const expected of expectedRows) {
      const actual = rows[expected.row - 1] ?? [];
      let altered = false;
      expected.values.forEach((want, c) => {
        const got = storedValueOfRead(actual[c]);
        if (sameStoredValue(want, got)) return;
        altered = true;
        findings.push(finding('feedback-cell-altered', { file, sheet, row: expected.row, column: columnName(c), value: show(got), expected: show(want) }, {
          ...(expected.projectId ? { projectId: expected.projectId } : {}),
          params: { cell: `${colLetter(c)}${expected.row}`, scope: expected.projectId ? '项目' : '工作表' },
        }));
      });
      if (expected.row === 1 || altered) continue;
      const rawOpinion = actual[OPINION_COLUMN];
      const rawNote = actual[NOTE_COLUMN];
      const note = rawNote === null || rawNote === undefined || String(rawNote).trim() === '' ? null : String(rawNote).trim();
      let opinion: CityOpinion | null = null;
      if (rawOpinion !== null && rawOpinion !== undefined && String(rawOpinion).trim() !== '') {
        opinion = wb.opinionOf(String(rawOpinion));
        if (opinion === null) {
          findings.push(finding('feedback-opinion-invalid', { file, sheet, row: expected.row, column: OPINION_HEADER, value: String(rawOpinion), expected: cityOpinions.map((o) => o.label).join(' / ') },
            { projectId: expected.projectId }));
        }
      }
      if ((opinion === 'disagree' || opinion === 'needs-correction') && note === null) {
        findings.push(finding('feedback-note-missing', { file, sheet, row: expected.row, column: NOTE_HEADER, value: cityOpinions.find((o) => o.id === opinion)!.label },
          { projectId: expected.projectId }));
      }
      opinions.push({
        source: { file, sheet, row: expected.row },
        columns: { projectId: show(header[0] ?? '项目编号'), opinion: OPINION_HEADER, note: NOTE_HEADER },
        projectId: expected.projectId,
        opinion,
        note,
      });
    }
    rows.forEach((cells, i) => {
      const r = i + 1;
      if (known.has(r) || !cells.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) return;
      findings.push(finding('feedback-row-added', { file, sheet, row: r }));
    });
  }
  return { feedback: { cityCode: m.cityCode, file, opinions }, findings };
}

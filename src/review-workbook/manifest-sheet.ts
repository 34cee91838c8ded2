// The fingerprint as the writer puts it into the workbook (manifest.ts says what it holds and how it is read back):
// every locked cell's value in the form it will be stored, and the hidden sheet that carries it.
import { cellOf, isFormula, storableText, type CellInput, type SheetModel } from '../xlsx/index.js';
import { MANIFEST_SHEET } from './layout.js';
import { MANIFEST_FORMAT, MANIFEST_VERSION, manifestChecksum, storedText, type Manifest, type StoredValue } from './manifest.js';

/** The value a cell will hold once written (strings as stored), in the fingerprint's form. */
export function storedValueOf(input: CellInput | undefined): StoredValue {
  if (input === undefined) return null;
  const v = cellOf(input).value;
  if (v === null || typeof v === 'number') return v;
  if (isFormula(v)) return v.result;
  const text = storableText(v);
  if (text === '') return null;
  return storedText(text);
}

export function manifestSheet(m: Manifest): SheetModel {
  return {
    name: MANIFEST_SHEET,
    state: 'veryHidden',
    columns: [{ width: 16 }, { width: 8 }, { width: 24 }, { width: 80 }],
    rows: [
      [MANIFEST_FORMAT, MANIFEST_VERSION],
      ['年度', m.year],
      ['设区市代码', m.cityCode],
      ['设区市', m.cityName],
      ['工具版本', m.toolVersion],
      ['校验值', manifestChecksum(m)],
      ['工作表', '行', '项目编号', '锁定单元格的值(JSON)'],
      ...m.rows.map((r) => [r.sheet, r.row, r.projectId || null, JSON.stringify(r.values)]),
    ],
    protect: true,
  };
}

// One blank input template (`landlink init`; docs/spec/outputs.md): the data sheet named after the kind (so the reader picks it,
// inputs.md "the first worksheet, unless one is named after the kind"), a 说明 row above the header (the reader
// finds the header row itself), the headers of inputs.md from the ingest room's column specs (the single source),
// required columns marked, dropdowns for enumerated columns; a 填写说明 sheet per column; the region code table.
import { allRegions } from '../../domain/divisions.js';
import { displayHeader, unitLabel, type ColumnSpec, type KindSpec } from '../../ingest/columns/index.js';
import type { CellInput, CellStyle, SheetModel, Validation, WorkbookModel } from '../../xlsx/index.js';
import { fills, textStyle, wrapStyle } from '../styles.js';
import { colLetter } from '../../xlsx/index.js';
import { OPTIONS_SHEET, OptionSheet, optionListOf } from './options.js';

export const TEMPLATE_ROWS = 1000;
export const HEADER_ROW = 2;
export const REGION_TABLE_SHEET = '行政区代码表';
export const GUIDE_SHEET = '填写说明';
/** A fixed date for the templates' metadata (the Measures' date, 2017-08-16), so every run writes the same bytes. */
export const TEMPLATE_DATE = new Date(Date.UTC(2017, 7, 16));

function isRequired(spec: KindSpec, col: ColumnSpec): 'yes' | 'one-of' | 'no' {
  if (col.required) return 'yes';
  return spec.requiredAnyOf.some((g) => g.includes(col.field)) ? 'one-of' : 'no';
}

function formatOf(col: ColumnSpec): string {
  const c = col.cell;
  switch (c.type) {
    case 'text': return '文本';
    case 'id': return '编号（按文本填写）';
    case 'area': return `面积，单位：${unitLabel(c.unit)}（可把表头括号中的单位改为 公顷 / 亩 / 平方米）`;
    case 'number': return c.positive ? '数字，大于 0' : '数字，不小于 0';
    case 'date': return '日期，如 2025-03-31';
    case 'year': return '4 位年份，如 2024';
    case 'enum': return '从下拉列表选择';
    case 'yes-no': return '是 / 否';
    case 'land-source': return '从下拉列表选择（全国土地市场网导出的“已是建设用地的公顷数”也可直接填写数字）';
    case 'region-code': return '6 位行政区代码（见“行政区代码表”）；填了行政区代码可不填行政区';
    case 'region-name': return '县（市、区）名称；无代码时必填';
  }
}

function columnNumFmt(col: ColumnSpec): string | undefined {
  switch (col.cell.type) {
    case 'id': case 'text': case 'region-code': case 'region-name': case 'enum': case 'yes-no': return '@';
    case 'date': return 'yyyy-mm-dd';
    case 'area': return col.cell.unit === 'm2' ? '0.00' : '0.0000';
    default: return undefined;
  }
}

function validationOf(col: ColumnSpec, range: string, options: OptionSheet, header: string): Validation | null {
  const list = optionListOf(col.cell);
  if (list) {
    const lenient = col.cell.type === 'land-source' || col.cell.type === 'region-code' || col.cell.type === 'region-name';
    return {
      range,
      list: { sheet: OPTIONS_SHEET, range: options.rangeOf(list, header) },
      error: `请从下拉列表中选择“${header}”的值。`,
      errorStyle: lenient ? 'warning' : 'stop',
    };
  }
  switch (col.cell.type) {
    case 'area': case 'number': return { range, kind: 'decimal', min: 0, error: `“${header}”应为不小于 0 的数字。`, errorStyle: 'warning' };
    case 'year': return { range, kind: 'whole', min: 1990, error: `“${header}”应为 4 位年份。`, errorStyle: 'warning' };
    default: return null;
  }
}

const requiredHeader: CellStyle = { fill: fills.red, fontColor: 'FF9C0006' };
const oneOfHeader: CellStyle = { fill: fills.yellow, fontColor: 'FF9C5700' };

function dataSheet(spec: KindSpec, options: OptionSheet): SheetModel {
  const headers = spec.columns.map(displayHeader);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + TEMPLATE_ROWS;
  const validations: Validation[] = [];
  spec.columns.forEach((col, i) => {
    const v = validationOf(col, `${colLetter(i)}${first}:${colLetter(i)}${last}`, options, headers[i]!);
    if (v) validations.push(v);
  });
  const intro = `${spec.names.zh}（${spec.names.en}）模板：第 ${HEADER_ROW} 行为表头（请勿修改），从第 ${first} 行起每行填写一条记录。` +
    '红色表头为必填列，黄色表头为“至少填一项”的列（行政区代码或行政区）；带下拉箭头的列请从列表中选择。各列的格式、可选值和别名见“填写说明”工作表。';
  return {
    name: spec.names.zh,
    columns: spec.columns.map((col, i) => ({ numFmt: columnNumFmt(col), maxWidth: 30, width: Math.max(12, Math.min(30, Math.ceil(headers[i]!.length * 2.2) + 4)) })),
    rows: [
      [{ value: intro, style: { ...wrapStyle, italic: true, fontColor: 'FF595959' } }],
      spec.columns.map((col, i): CellInput => {
        const req = isRequired(spec, col);
        const note = col.aliases.length ? `也可写作：${col.aliases.join('、')}` : undefined;
        return { value: headers[i]!, style: req === 'yes' ? requiredHeader : req === 'one-of' ? oneOfHeader : {}, ...(note ? { note } : {}) };
      }),
    ],
    headerRow: HEADER_ROW,
    merges: [`A1:${colLetter(spec.columns.length - 1)}1`],
    rowHeights: { 1: 36 },
    validations,
    print: { landscape: true, title: `${spec.names.zh} 模板` },
  };
}

function guideSheet(spec: KindSpec): SheetModel {
  const header = ['列名', '必填', '格式', '可选值', '也可写作（别名）'];
  const rows: CellInput[][] = [header];
  for (const col of spec.columns) {
    const req = isRequired(spec, col);
    const list = optionListOf(col.cell);
    const values = list && col.cell.type !== 'region-code' && col.cell.type !== 'region-name' ? list.values.join('、') : null;
    rows.push([
      displayHeader(col),
      req === 'yes' ? '是' : req === 'one-of' ? '与行政区代码/行政区二选一' : '否',
      { value: formatOf(col), style: wrapStyle },
      { value: values, style: wrapStyle },
      { value: col.aliases.join('、') || null, style: wrapStyle },
    ]);
  }
  rows.push([]);
  rows.push([{ value: '面积一律按表头括号中的单位填写；日期可写 2025-03-31、2025/3/31、2025年3月31日 或 Excel 日期；文件可另存为 .csv（UTF-8 或 GBK 编码均可）。依据：用户手册第 3 章、浙土资发〔2017〕19号。', style: wrapStyle }]);
  const last = rows.length;
  return {
    name: GUIDE_SHEET,
    columns: [{ maxWidth: 28 }, { maxWidth: 14, style: wrapStyle }, { width: 40 }, { width: 50 }, { width: 30 }],
    rows,
    headerRow: 1,
    tableEnd: spec.columns.length + 1,
    merges: [`A${last}:E${last}`],
    rowHeights: { [last]: 36 },
    print: { landscape: true, title: `${spec.names.zh} 填写说明` },
  };
}

function regionSheet(): SheetModel {
  const header = ['行政区代码', '行政区', '设区市'];
  return {
    name: REGION_TABLE_SHEET,
    columns: [{ width: 14 }, { width: 20 }, { width: 12 }],
    rows: [header, ...allRegions.map((r) => [{ value: r.code, style: textStyle }, r.name, r.cityName])],
    headerRow: 1,
    autoFilter: true,
  };
}

export function templateFileName(spec: KindSpec): string {
  return `${spec.names.zh}.xlsx`;
}

export function templateWorkbookModel(spec: KindSpec): WorkbookModel {
  const options = new OptionSheet();
  const data = dataSheet(spec, options);
  const hasRegion = spec.columns.some((c) => c.cell.type === 'region-code');
  return {
    meta: { creator: 'landlink', title: `${spec.names.zh}（${spec.names.en}）模板`, subject: 'landlink 输入模板', date: TEMPLATE_DATE },
    sheets: [data, guideSheet(spec), ...(hasRegion ? [regionSheet()] : []), options.sheet()],
  };
}

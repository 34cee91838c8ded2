// The layout of a per-city review workbook (outputs.md "The per-city review workbook"), shared by the writer
// (write.ts) and the read-back check (read.ts): the fixed sheet names, the cells of 说明 that carry the year and the
// city, and the columns of a category sheet — the project's columns (from 项目明细), then the city's two columns
// 审核意见 and 说明. Imports nothing: the read side of this folder stays below the report room.

export const INSTRUCTIONS_SHEET = '说明';
/** The hidden fingerprint sheet (state veryHidden: not listed by 取消隐藏). */
export const MANIFEST_SHEET = '_landlink';

/** 说明!B2 holds the year, 说明!B3 the city code (checked against the fingerprint on read-back). */
export const YEAR_CELL = { row: 2, column: 2, address: 'B2', label: '挂钩年度' } as const;
export const CITY_CELL = { row: 3, column: 2, address: 'B3', label: '设区市代码' } as const;

/** Locked project columns of a category sheet, in order; the city's columns follow. */
export const lockedHeaders = [
  '项目编号', '行政区代码', '行政区', '项目名称', '坐落', '类别', '类别名称', '申报面积(公顷)', '初审认定面积(公顷)', '初审状态', '问题', '问题说明', '来源',
] as const;
export const OPINION_HEADER = '审核意见';
export const NOTE_HEADER = '说明';
export const OPINION_COLUMN = lockedHeaders.length;      // 0-based
export const NOTE_COLUMN = lockedHeaders.length + 1;
export const reviewHeaders = [...lockedHeaders, OPINION_HEADER, NOTE_HEADER] as const;

/** Measures 四、1: the cities answer "于每年1月底前" — 31 January of year+1. */
export function feedbackDeadline(year: number): string {
  return `${year + 1}年1月31日`;
}

/** The review workbook's fixed file date: 15 January of year+1 (四、1 "每年1月15日前，省厅…提取项目清单"). */
export function reviewDate(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 15));
}

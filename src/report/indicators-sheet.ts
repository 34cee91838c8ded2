// 指标 — the 2025 action plan's indicators per city and 全省 (docs/sources/001_4ca6c5f2cb680a6e.txt 二、(一) and its annex tables; docs/decisions.md "Indicators"):
// value beside target, 达标/未达标 coloured by conditional formatting, data bars for progress toward the cumulative
// 2027/2030 targets, numbers with number formats, a frozen bold two-row header, widths that fit Chinese.
// indicatorsSheetModel is pure (an xlsx/model.ts SheetModel plus its conditional formats); indicatorsPlanSheet is the
// sheet as the plan workbook's writer (xlsx/write.ts) renders it.
import type { Exact } from '../domain/exact.js';
import { computableIds, indicatorSpecs, NOT_COMPUTABLE_LABEL } from '../indicators/catalogue.js';
import { exclusionReasons, type ExclusionReason } from '../indicators/exclusions.js';
import { noValueLabels, rateStatusLabel } from '../indicators/labels.js';
import { optionValueLabels } from '../indicators/options.js';
import type { CumulativeFigure, IndicatorsResult, RegionIndicators } from '../indicators/types.js';
import { ACTION_PLAN, cityTableTitles, type Target, type TargetYear } from '../policy/targets.js';
import { colLetter } from '../xlsx/index.js';
import { cellOf, rowCount, type ChartModel, type Cell, type CellInput, type CellStyle, type ConditionalFormat, type ConditionalRule, type SheetModel } from '../xlsx/index.js';
import { fills, haStyle, muStyle, textStyle, totalStyle } from './styles.js';
import { displayWidth } from '../xlsx/index.js';
import { planPrint } from './plan/print.js';

export const INDICATORS_SHEET = '指标';

const HEADER_ROWS = 2;
const colours = {
  metFill: fills.green, metFont: 'FF006100', notMetFill: fills.red, notMetFont: 'FF9C0006', bar: 'FF5B9BD5', muted: 'FF7F7F7F',
} as const;

interface Column {
  group: string;
  header: string;
  cell: (r: RegionIndicators) => Cell;
  /** Role for conditional formatting: a 达标/未达标 text, a value coloured by its status column, a progress ratio. */
  role?: { kind: 'status' } | { kind: 'value'; statusOffset: number } | { kind: 'progress'; milestone: TargetYear };
}

const muted = (text: string): Cell => ({ value: text, style: { fontColor: colours.muted, italic: true, align: 'right' } });
const ha = (v: Exact): Cell => ({ value: v.toNumber(4), style: haStyle });
const mu = (v: Exact | null): Cell => (v === null ? muted('—') : { value: v.toNumber(2), style: { ...muStyle, numFmt: '#,##0.00' } });

/** The text a number shows under one of this sheet's formats ('"≥"0.0%', '#,##0.00', '0.0000' …), for column widths. */
export function shownText(value: number | string | null, numFmt: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'string' || numFmt === undefined) return String(value);
  const literal = /^"([^"]*)"/.exec(numFmt)?.[1] ?? '';
  const pattern = numFmt.replace(/^"[^"]*"/, '');
  const percent = pattern.endsWith('%');
  const places = /\.(0+)/.exec(pattern)?.[1]?.length ?? 0;
  const n = percent ? value * 100 : value;
  const [int = '0', frac] = n.toFixed(places).split('.');
  const grouped = pattern.includes('#,##') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return literal + grouped + (frac ? '.' + frac : '') + (percent ? '%' : '');
}

const MAX_WIDTH = 18;
// The writer leaves a column of width 9 at the default width (src/xlsx/write-sheet.ts): stay above it.
const MIN_WIDTH = 10;

/** Column widths in Excel units: the widest header line (bold: ×1.1) or shown value, CJK counted 2, plus padding. */
function widthsOf(rows: readonly CellInput[][], columns: number, tableEnd: number): number[] {
  return Array.from({ length: columns }, (_, ci) => {
    let widest = 0;
    rows.slice(1, tableEnd).forEach((row, ri) => {
      const input = row[ci];
      if (input === undefined) return;
      const cell = cellOf(input);
      const v = cell.value;
      const text = shownText(typeof v === 'object' && v !== null ? v.result : v, cell.style?.numFmt);
      for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line) * (ri === 0 ? 1.1 : 1));
    });
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest + 2)));
  });
}

/** A target as a number whose format prints it as the plan does: ≥62.5%, ≥1.5, 47,000, 100%, 较2025年提高5%. */
export function targetCell(t: Target): Cell {
  const places = /\.(\d+)/.exec(t.text)?.[1]?.length ?? 0;
  const digits = places > 0 ? `0.${'0'.repeat(places)}` : '0';
  const prefix = t.basis === 'increase-over-2025' ? '"较2025年提高"' : t.text.startsWith('≥') ? '"≥"' : '';
  const numFmt = t.unit === 'mu' ? '#,##0' : `${prefix}${digits}${t.text.endsWith('%') ? '%' : ''}`;
  return { value: t.value.toNumber(6), style: { numFmt, align: 'right' } };
}

const statusCell = (text: string): Cell => ({ value: text, style: { align: 'center' } });

function cumulativeColumns(group: string, id: 'revitalizedStock' | 'redevelopment'): Column[] {
  const pick = (r: RegionIndicators): CumulativeFigure => r[id];
  const milestone = (t: TargetYear): Column[] => [
    { group, header: `${t}年目标\n(亩)`, cell: (r) => targetCell(r.targets[t][id]) },
    {
      group, header: `${t}年\n完成进度`, role: { kind: 'progress', milestone: t },
      cell: (r) => {
        const p = pick(r).progress[t];
        return p === null ? muted('—') : { value: p.ratio.toNumber(6), style: { numFmt: '0.0%', align: 'right' } };
      },
    },
  ];
  return [
    { group, header: '本年\n(亩)', cell: (r) => mu(pick(r).yearMu) },
    { group, header: '累计\n(亩)', cell: (r) => mu(pick(r).cumulativeMu) },
    ...milestone(2027),
    ...milestone(2030),
  ];
}

function columnsOf(result: IndicatorsResult): Column[] {
  const m = result.milestone;
  const shareGroup = '存量土地供应占比（不含单独选址项目）';
  const ratioGroup = '新增工业用地平均容积率';
  const ncGroup = `${NOT_COMPUTABLE_LABEL}（${m}年目标）`;
  return [
    { group: '', header: '设区市代码', cell: (r) => ({ value: r.code, style: textStyle }) },
    { group: '', header: '设区市', cell: (r) => ({ value: r.name }) },
    { group: shareGroup, header: '存量供应面积\n(公顷)', cell: (r) => ha(r.stockSupplyShare.stockHa) },
    { group: shareGroup, header: '供应总面积\n(公顷)', cell: (r) => ha(r.stockSupplyShare.totalHa) },
    {
      group: shareGroup, header: '存量土地\n供应占比', role: { kind: 'value', statusOffset: 2 },
      cell: (r) => (r.stockSupplyShare.value === null ? muted(noValueLabels[r.stockSupplyShare.reason!]) : { value: r.stockSupplyShare.value.toNumber(6), style: { numFmt: '0.00%', align: 'right' } }),
    },
    { group: shareGroup, header: `${m}年目标`, cell: (r) => targetCell(r.stockSupplyShare.target) },
    { group: shareGroup, header: '是否达标', role: { kind: 'status' }, cell: (r) => statusCell(rateStatusLabel(r.stockSupplyShare)) },
    { group: ratioGroup, header: '工业用地面积\n(公顷)', cell: (r) => ha(r.industrialPlotRatio.industrialHa) },
    {
      group: ratioGroup, header: '平均\n容积率', role: { kind: 'value', statusOffset: 2 },
      cell: (r) => (r.industrialPlotRatio.value === null ? muted(noValueLabels[r.industrialPlotRatio.reason!]) : { value: r.industrialPlotRatio.value.toNumber(4), style: { numFmt: '0.00', align: 'right' } }),
    },
    { group: ratioGroup, header: `${m}年目标`, cell: (r) => targetCell(r.industrialPlotRatio.target) },
    { group: ratioGroup, header: '是否达标', role: { kind: 'status' }, cell: (r) => statusCell(rateStatusLabel(r.industrialPlotRatio)) },
    ...cumulativeColumns(`盘活存量建设用地（${result.options.periodStartYear}年起累计）`, 'revitalizedStock'),
    ...cumulativeColumns(`完成低效用地再开发（${result.options.periodStartYear}年起累计）`, 'redevelopment'),
    ...result.notComputable.map((id): Column => ({
      group: ncGroup, header: wrapHeader(indicatorSpecs[id].label), cell: (r) => targetCell(r.targets[m][id]),
    })),
  ];
}

/** Long Chinese headers on two lines, so the columns stay narrow. */
function wrapHeader(label: string): string {
  if (displayWidth(label) <= 16) return label;
  const half = Math.ceil([...label].length / 2);
  return [...label].slice(0, half).join('') + '\n' + [...label].slice(half).join('');
}

export interface IndicatorsSheet {
  sheet: SheetModel;
  conditionalFormats: ConditionalFormat[];
  /** Frozen panes: the two header rows and the code/name columns. */
  freeze: { xSplit: number; ySplit: number };
}

/** The 指标 sheet as plain data (pure). */
export function indicatorsSheetModel(result: IndicatorsResult): IndicatorsSheet {
  const columns = columnsOf(result);
  const regions = [...result.cities, result.province];
  const groupRow: CellInput[] = columns.map((c, i) => (i === 0 || c.group !== columns[i - 1]!.group ? { value: c.group, style: { align: 'center' as const, bold: true, fill: fills.header } } : null));
  const headerRow: CellInput[] = columns.map((c) => c.header);
  const dataRows: CellInput[][] = regions.map((r) => {
    const total = r === result.province;
    return columns.map((c) => {
      const cell = c.cell(r);
      return total ? { ...cell, style: { ...cell.style, ...totalStyle } } : cell;
    });
  });
  const firstData = HEADER_ROWS + 1;
  const lastData = HEADER_ROWS + regions.length;
  const last = colLetter(columns.length - 1);
  const notes = notesOf(result);
  const noteRows: CellInput[][] = [[], ...notes.map((text, i): CellInput[] => [{ value: text, style: { wrap: true, bold: i === 0 } }])];
  const merges = [...groupMerges(columns), ...notes.map((_, i) => `A${lastData + 2 + i}:${last}${lastData + 2 + i}`)];

  const sheet: SheetModel = {
    name: INDICATORS_SHEET,
    columns: widthsOf([groupRow, headerRow, ...dataRows], columns.length, lastData).map((width) => ({ width })),
    rows: [groupRow, headerRow, ...dataRows, ...noteRows],
    headerRow: HEADER_ROWS,
    tableEnd: lastData,
    merges,
    rowHeights: { 1: 20, 2: 34 },
    print: { landscape: true, title: `${result.year} 年度存量空间提质增效行动指标` },
  };
  const widths = sheet.columns.map((c) => c.width!);
  const lineChars = widths.reduce((a, b) => a + b, 0);
  notes.forEach((text, i) => { sheet.rowHeights![lastData + 2 + i] = 16 * Math.max(1, Math.ceil(displayWidth(text) / lineChars)); });
  return { sheet, conditionalFormats: conditionalFormatsOf(result, columns, firstData, lastData), freeze: { xSplit: 2, ySplit: HEADER_ROWS } };
}

function groupMerges(columns: readonly Column[]): string[] {
  const merges: string[] = [];
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    if (i < columns.length && columns[i]!.group === columns[start]!.group) continue;
    if (i - 1 > start) merges.push(`${colLetter(start)}1:${colLetter(i - 1)}1`);
    start = i;
  }
  return merges;
}

const met = { fill: colours.metFill, fontColor: colours.metFont } as const;
const notMet = { fill: colours.notMetFill, fontColor: colours.notMetFont } as const;

/** Rules in priority order (the writer numbers them 1, 2, … across the sheet). */
function conditionalFormatsOf(result: IndicatorsResult, columns: readonly Column[], first: number, last: number): ConditionalFormat[] {
  const out: ConditionalFormat[] = [];
  columns.forEach((c, i) => {
    const col = colLetter(i);
    const ref = `${col}${first}:${col}${last}`;
    if (c.role?.kind === 'status' || c.role?.kind === 'value') {
      const status = c.role.kind === 'status' ? col : colLetter(i + c.role.statusOffset);
      out.push({ ref, rules: [
        { type: 'expression', formula: `$${status}${first}="达标"`, ...met },
        { type: 'expression', formula: `$${status}${first}="未达标"`, ...notMet },
      ] });
    }
    if (c.role?.kind === 'progress') {
      const rules: ConditionalRule[] = [
        // the bar runs from 0 to 100% of the target
        { type: 'dataBar', min: 0, max: 1, color: colours.bar },
        { type: 'expression', formula: `AND(ISNUMBER(${col}${first}),${col}${first}>=1)`, ...met },
      ];
      // once the milestone year has come, a shortfall is 未达标
      if (result.year >= c.role.milestone) {
        rules.push({ type: 'expression', formula: `AND(ISNUMBER(${col}${first}),${col}${first}<1)`, ...notMet });
      }
      out.push({ ref, rules });
    }
  });
  return out;
}

function notesOf(result: IndicatorsResult): string[] {
  const counts = new Map<ExclusionReason, number>();
  for (const e of result.excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  const excluded = [...counts.entries()].map(([reason, n]) => `${exclusionReasons[reason].label} ${n} 行`);
  const missing = [...new Set([...result.province.revitalizedStock.missingYears, ...result.province.redevelopment.missingYears])].sort();
  return [
    '说明',
    `数据年度 ${result.year}；存量土地供应占比、新增工业用地平均容积率对照 ${result.milestone} 年目标（行动方案：“2025至2027年、2028至2030年期间”）；`
      + `盘活存量建设用地、完成低效用地再开发的目标为自 ${result.options.periodStartYear} 年起的累计数，进度 = 累计 ÷ 目标（数据条满格 = 100%）。`,
    `目标来源：${ACTION_PLAN} 附表“${cityTableTitles[2027]}”“${cityTableTitles[2030]}”；全省目标见正文 二、(一)。`,
    ...computableIds.map((id) => `${indicatorSpecs[id].label}：${indicatorSpecs[id].definition}`),
    `${NOT_COMPUTABLE_LABEL}：${result.notComputable.map((id) => `${indicatorSpecs[id].label}（${indicatorSpecs[id].definition}）`).join('；')}`,
    `口径选项：“新增建设用地(来自存量库)”${optionValueLabels.stockPoolCounts[result.options.stockPoolCounts]}；“新增工业用地”为${optionValueLabels.industrialLand[result.options.industrialLand]}。`,
    ...(missing.length ? [`注意：未提供 ${missing.join('、')} 年度的数字，累计与进度偏低。`] : []),
    `未计入的数据行：${excluded.length ? excluded.join('；') : '无'}${result.ignoredEarlier.length ? `；未采用的以前年度数字 ${result.ignoredEarlier.length} 条` : ''}。`,
  ];
}

// ---- the sheet as the plan workbook's writer renders it (xlsx/write.ts) ----------------------------------------

/**
 * The 指标 sheet for xlsx/write.ts: both header rows styled as
 * headers (bold, centred, wrapped, filled, bordered), frozen at C3, the conditional formats and data bars, printed
 * landscape with the header rows on every page.
 */
export function indicatorsPlanSheet(result: IndicatorsResult): SheetModel {
  const { sheet, conditionalFormats, freeze } = indicatorsSheetModel(result);
  const groupStyle: CellStyle = { bold: true, fill: fills.header, align: 'center', wrap: true, border: true };
  const [groupRow = [], ...rest] = sheet.rows;
  const width = sheet.columns.length;
  const group: CellInput[] = Array.from({ length: Math.max(width, groupRow.length) }, (_, ci) => {
    const input = groupRow[ci];
    const cell = input === undefined ? { value: null } : cellOf(input);
    return { ...cell, style: { ...groupStyle, ...cell.style } };
  });
  return { ...sheet, rows: [group, ...rest], freezeColumns: freeze.xSplit, conditionalFormats, print: planPrint(result.year, INDICATORS_SHEET) };
}

// ---- the charts of 指标 (docs/用户手册.md 8.8) --------------------------------------------------------------------

const CHART_ROWS = 20;

/**
 * 指标's charts, below its notes: each city's 存量土地供应占比 beside its target, and the cumulative 盘活存量建设用地 /
 * 完成低效用地再开发 beside the 2027 target (亩). The series read the sheet's own cells (the city rows; 全省 left out,
 * it would dwarf the cities). A value the sheet shows as “—” is a gap in the chart.
 */
export function indicatorsCharts(result: IndicatorsResult, sheet: SheetModel): ChartModel[] {
  const columns = columnsOf(result);
  const first = HEADER_ROWS + 1;
  const last = HEADER_ROWS + result.cities.length;
  const at = (pick: (c: Column) => boolean): string => {
    const i = columns.findIndex(pick);
    if (i < 0) throw new Error('指标: chart column missing');
    return colLetter(i);
  };
  const range = (col: string) => `${col}${first}:${col}${last}`;
  const shareGroup = columns.find((c) => c.role?.kind === 'value')!.group;
  const shareValue = at((c) => c.group === shareGroup && c.role?.kind === 'value');
  const shareTarget = at((c) => c.group === shareGroup && c.header === `${result.milestone}年目标`);
  const cumulative = (group: string) => ({
    value: at((c) => c.group === group && c.header.startsWith('累计')),
    target: at((c) => c.group === group && c.header.startsWith('2027年目标')),
  });
  const groups = [...new Set(columns.map((c) => c.group))];
  const revitalized = groups.find((g) => g.startsWith('盘活存量建设用地'))!;
  const redevelopment = groups.find((g) => g.startsWith('完成低效用地再开发'))!;
  const width = colLetter(Math.min(columns.length, 12) - 1);
  const top = rowCount(sheet.rows) + 2;
  const anchor = (k: number) => `A${top + k * (CHART_ROWS + 1)}:${width}${top + k * (CHART_ROWS + 1) + CHART_ROWS - 1}`;
  const against = (group: string, label: string, k: number): ChartModel => {
    const { value, target } = cumulative(group);
    return {
      type: 'bar', title: `${label}：${result.options.periodStartYear}年起累计与2027年目标（亩）`, categories: range('B'),
      series: [{ name: '累计', values: range(value), color: '4472C4' }, { name: '2027年目标', values: range(target), color: 'A5A5A5' }],
      anchor: anchor(k), valueFormat: '#,##0',
    };
  };
  return [
    {
      type: 'bar', title: `存量土地供应占比与${result.milestone}年目标`, categories: range('B'),
      series: [{ name: '存量土地供应占比', values: range(shareValue), color: '4472C4' }, { name: `${result.milestone}年目标`, values: range(shareTarget), color: 'A5A5A5' }],
      anchor: anchor(0), valueFormat: '0%',
    },
    against(revitalized, '盘活存量建设用地', 1),
    against(redevelopment, '完成低效用地再开发', 2),
  ];
}

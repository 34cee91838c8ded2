// The 2025 action plan's guiding indicators as data: 《浙江省存量空间提质增效行动方案》(浙江省自然资源厅,
// 2025年9月26日; docs/sources/001_4ca6c5f2cb680a6e.txt) 二、(一)"创设一套导引指标" for the province and its two
// annex tables "浙江省存量空间提质增效行动主要指标表(2027年)/(2030年)" for the 11 cities.
// The city cells are transcribed verbatim (tests/indicators/targets.test.ts compares every cell with the text);
// the province's figures are quoted from the running text, each with the sentence fragment it comes from.
// Numbers stay strings here and become Exact only through parseTargetText — never floats.
import { Exact } from '../domain/exact.js';
import { cities } from '../domain/divisions.js';

export const ACTION_PLAN = '浙江省存量空间提质增效行动方案（浙江省自然资源厅 2025年9月26日印发）';

/** The plan's two milestones: "以2027年为工作近期年,以2030年为工作目标年". */
export const targetYears = [2027, 2030] as const;
export type TargetYear = (typeof targetYears)[number];

/** The eight columns of the annex tables, in the tables' order. */
export const indicatorIds = [
  'revitalizedStock',     // 盘活存量建设用地(亩)
  'redevelopment',        // 完成低效用地再开发(亩)
  'unsuppliedDisposal',   // 年度批而未供土地消化任务完成率
  'idleDisposal',         // 年度闲置土地处置任务完成率
  'stockSupplyShare',     // 存量土地供应占比
  'industrialPlotRatio',  // 新增工业用地平均容积率
  'gdpLandReduction',     // 单位GDP地耗下降率
  'serviceCoverage',      // 社区公共服务设施步行15分钟覆盖率
] as const;
export type IndicatorId = (typeof indicatorIds)[number];

/** Column headers as printed (the 2027 table breaks two of them with a space: "存量土地供应 占比"). */
export const indicatorColumnLabels = {
  revitalizedStock: '盘活存量建设用地(亩)',
  redevelopment: '完成低效用地再开发(亩)',
  unsuppliedDisposal: '年度批而未供土地消化任务完成率',
  idleDisposal: '年度闲置土地处置任务完成率',
  stockSupplyShare: '存量土地供应占比',
  industrialPlotRatio: '新增工业用地平均容积率',
  gdpLandReduction: '单位GDP地耗下降率',
  serviceCoverage: '社区公共服务设施步行15分钟覆盖率',
} as const satisfies Record<IndicatorId, string>;

export type TargetUnit = 'mu' | 'ratio' | 'plot-ratio';
/** mu: 亩 (cumulative from the period start); ratio: a share (0.625 = 62.5%); plot-ratio: 容积率. */
export const indicatorUnits = {
  revitalizedStock: 'mu',
  redevelopment: 'mu',
  unsuppliedDisposal: 'ratio',
  idleDisposal: 'ratio',
  stockSupplyShare: 'ratio',
  industrialPlotRatio: 'plot-ratio',
  gdpLandReduction: 'ratio',
  serviceCoverage: 'ratio',
} as const satisfies Record<IndicatorId, TargetUnit>;

export interface TargetSource {
  document: string;
  /** The annex table's title, or 正文 二、(一) for the province. */
  table: string;
  /** The table row (a city's name) or 全省. */
  row: string;
  column: string;
  /** For province figures: the verbatim fragment of the running text. */
  quote?: string;
}

export interface Target {
  /** As printed: '≥62.5%', '47000', '100%'; for the province a normalised form of the quoted figure. */
  text: string;
  /** In the indicator's unit (TargetUnit): 47000 亩, 0.625, 1.5. Every target is a lower bound ("≥", "不低于", "100%完成"). */
  value: Exact;
  unit: TargetUnit;
  /** 'absolute' unless the figure is a change relative to 2025 (the province's 15-minute coverage "较2025年提高5%"). */
  basis: 'absolute' | 'increase-over-2025';
  source: TargetSource;
}

/** A city name, then one verbatim cell per indicator in `indicatorIds` order. */
type Row = readonly [city: string, string, string, string, string, string, string, string, string];

// 浙江省存量空间提质增效行动主要指标表(2027年) — verbatim.
const TABLE_2027: readonly Row[] = [
  ['杭州市', '47000', '29900', '100%', '100%', '≥62.5%', '≥1.5', '≥8.1%', '≥84.0%'],
  ['宁波市', '40500', '25300', '100%', '100%', '≥62.5%', '≥1.5', '≥8.1%', '≥83.0%'],
  ['温州市', '31500', '25500', '100%', '100%', '≥62.5%', '≥1.5', '≥8%', '≥85.2%'],
  ['嘉兴市', '33300', '10800', '100%', '100%', '≥58.5%', '≥1.5', '≥8%', '≥76.4%'],
  ['湖州市', '27500', '8400', '100%', '100%', '≥58.5%', '≥1.5', '≥8%', '≥67.2%'],
  ['绍兴市', '24000', '11400', '100%', '100%', '≥58.5%', '≥1.5', '≥8%', '≥58.8%'],
  ['金华市', '36500', '17450', '100%', '100%', '≥58.5%', '≥1.5', '≥8%', '≥66.8%'],
  ['衢州市', '14500', '3050', '100%', '100%', '≥53.5%', '≥1.5', '≥7.9%', '≥66.0%'],
  ['舟山市', '9500', '2600', '100%', '100%', '≥57.0%', '≥1.5', '≥8%', '≥77.6%'],
  ['台州市', '26100', '13000', '100%', '100%', '≥58.5%', '≥1.5', '≥8%', '≥56.0%'],
  ['丽水市', '9600', '2600', '100%', '100%', '≥53.5%', '≥1.5', '≥7.9%', '≥67.6%'],
];

// 浙江省存量空间提质增效行动主要指标表(2030年) — verbatim.
const TABLE_2030: readonly Row[] = [
  ['杭州市', '94000', '59700', '100%', '100%', '≥64%', '≥1.5', '≥17.2%', '≥90.0%'],
  ['宁波市', '81000', '50400', '100%', '100%', '≥64%', '≥1.5', '≥17.2%', '≥88.0%'],
  ['温州市', '63000', '51000', '100%', '100%', '≥64%', '≥1.5', '≥17%', '≥88.5%'],
  ['嘉兴市', '66600', '21600', '100%', '100%', '≥60%', '≥1.5', '≥17%', '≥78.5%'],
  ['湖州市', '55000', '16800', '100%', '100%', '≥60%', '≥1.5', '≥17%', '≥72.0%'],
  ['绍兴市', '48000', '22800', '100%', '100%', '≥60%', '≥1.5', '≥17%', '≥64.5%'],
  ['金华市', '73000', '34800', '100%', '100%', '≥60%', '≥1.5', '≥17%', '≥77.0%'],
  ['衢州市', '29000', '6300', '100%', '100%', '≥55.5%', '≥1.5', '≥16.8%', '≥75.0%'],
  ['舟山市', '19000', '5400', '100%', '100%', '≥59%', '≥1.5', '≥17%', '≥81.5%'],
  ['台州市', '52200', '25800', '100%', '100%', '≥60%', '≥1.5', '≥17%', '≥62.0%'],
  ['丽水市', '19200', '5400', '100%', '100%', '≥55.5%', '≥1.5', '≥16.8%', '≥71.5%'],
];

export const cityTableTitles: Record<TargetYear, string> = {
  2027: '浙江省存量空间提质增效行动主要指标表(2027年)',
  2030: '浙江省存量空间提质增效行动主要指标表(2030年)',
};

/** The raw annex tables (verbatim cells), exported for the transcription test. */
export const rawCityTables: Record<TargetYear, readonly Row[]> = { 2027: TABLE_2027, 2030: TABLE_2030 };

// The province's figures, 二、(一) 创设一套导引指标 — [normalised text, value, quote].
type ProvinceCell = readonly [text: string, value: string, quote: string];
const PROVINCE: Record<TargetYear, Record<IndicatorId, ProvinceCell>> = {
  2027: {
    revitalizedStock: ['300000', '300000', '到2027年、2030年,全省盘活存量建设用地30万亩、60万亩'],
    redevelopment: ['150000', '150000', '完成低效用地再开发15万亩、30万亩'],
    unsuppliedDisposal: ['100%', '1', '年度批而未供土地消化任务和闲置土地处置任务100%完成'],
    idleDisposal: ['100%', '1', '年度批而未供土地消化任务和闲置土地处置任务100%完成'],
    stockSupplyShare: ['≥58.5%', '0.585', '2025至2027年、2028至2030年期间,全省存量(含历史批而未供)土地供应占比提高到58.5%、60%'],
    industrialPlotRatio: ['≥1.5', '1.5', '新增工业用地平均容积率不低于1.5(除特定产业和使用特殊工艺类的项目以外)'],
    gdpLandReduction: ['≥8%', '0.08', '到2027年、2030年,全省单位GDP地耗较2025年降低8%、17%'],
    serviceCoverage: ['较2025年提高5%', '0.05', '中心城区文教卫体养老等社区公共服务设施步行15分钟覆盖率较2025年提高5%、10%'],
  },
  2030: {
    revitalizedStock: ['600000', '600000', '到2027年、2030年,全省盘活存量建设用地30万亩、60万亩'],
    redevelopment: ['300000', '300000', '完成低效用地再开发15万亩、30万亩'],
    unsuppliedDisposal: ['100%', '1', '年度批而未供土地消化任务和闲置土地处置任务100%完成'],
    idleDisposal: ['100%', '1', '年度批而未供土地消化任务和闲置土地处置任务100%完成'],
    stockSupplyShare: ['≥60%', '0.6', '2025至2027年、2028至2030年期间,全省存量(含历史批而未供)土地供应占比提高到58.5%、60%'],
    industrialPlotRatio: ['≥1.5', '1.5', '新增工业用地平均容积率不低于1.5(除特定产业和使用特殊工艺类的项目以外)'],
    gdpLandReduction: ['≥17%', '0.17', '到2027年、2030年,全省单位GDP地耗较2025年降低8%、17%'],
    serviceCoverage: ['较2025年提高10%', '0.1', '中心城区文教卫体养老等社区公共服务设施步行15分钟覆盖率较2025年提高5%、10%'],
  },
};

/** A verbatim annex cell → its value in the indicator's unit: '47000' → 47000, '≥62.5%' → 0.625, '≥1.5' → 1.5. */
export function parseTargetText(text: string): Exact {
  const m = /^(≥)?(\d+(?:\.\d+)?)(%)?$/.exec(text);
  if (!m) throw new RangeError(`not a target cell: ${JSON.stringify(text)}`);
  const n = Exact.parseDecimal(m[2]!);
  return m[3] ? n.div(100) : n;
}

export const PROVINCE_CODE = '330000';
export const PROVINCE_NAME = '全省';

function buildCityTargets(): Map<string, Record<TargetYear, Record<IndicatorId, Target>>> {
  const out = new Map<string, Record<TargetYear, Record<IndicatorId, Target>>>();
  for (const city of cities) {
    const perYear = {} as Record<TargetYear, Record<IndicatorId, Target>>;
    for (const year of targetYears) {
      const row = rawCityTables[year].find((r) => r[0] === city.name);
      if (!row) throw new Error(`targets: no ${year} row for ${city.name}`);
      const targets = {} as Record<IndicatorId, Target>;
      indicatorIds.forEach((id, i) => {
        const text = row[i + 1]!;
        targets[id] = {
          text, value: parseTargetText(text), unit: indicatorUnits[id], basis: 'absolute',
          source: { document: ACTION_PLAN, table: cityTableTitles[year], row: city.name, column: indicatorColumnLabels[id] },
        };
      });
      perYear[year] = targets;
    }
    out.set(city.code, perYear);
  }
  return out;
}

function buildProvinceTargets(): Record<TargetYear, Record<IndicatorId, Target>> {
  const perYear = {} as Record<TargetYear, Record<IndicatorId, Target>>;
  for (const year of targetYears) {
    const targets = {} as Record<IndicatorId, Target>;
    for (const id of indicatorIds) {
      const [text, value, quote] = PROVINCE[year][id];
      targets[id] = {
        text, value: Exact.parseDecimal(value), unit: indicatorUnits[id],
        basis: id === 'serviceCoverage' ? 'increase-over-2025' : 'absolute',
        source: { document: ACTION_PLAN, table: '正文 二、(一) 创设一套导引指标', row: PROVINCE_NAME, column: indicatorColumnLabels[id], quote },
      };
    }
    perYear[year] = targets;
  }
  return perYear;
}

const cityTargets = buildCityTargets();
export const provinceTargets = buildProvinceTargets();

/** The target of a city (by code) or of the province (PROVINCE_CODE) for a milestone year. */
export function targetOf(regionCode: string, year: TargetYear, id: IndicatorId): Target {
  if (regionCode === PROVINCE_CODE) return provinceTargets[year][id];
  const t = cityTargets.get(regionCode);
  if (!t) throw new RangeError(`targets: ${regionCode} is not a city code`);
  return t[year][id];
}

/**
 * The milestone whose targets a year's structural figures (share, plot ratio) are compared with:
 * "2025至2027年、2028至2030年期间" → years up to 2027 against 2027, later years against 2030.
 */
export function milestoneFor(year: number): TargetYear {
  return year <= 2027 ? 2027 : 2030;
}

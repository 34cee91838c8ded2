// The indicator computation's own parameters: where the action plan (docs/sources/001_4ca6c5f2cb680a6e.txt) leaves a reading open, the
// choice is a named option with its default and the reason, like policy/parameters.ts does for the Measures.
export interface IndicatorOptions {
  /**
   * First year counted toward the 2027/2030 cumulative targets (盘活存量建设用地, 完成低效用地再开发).
   * The plan is dated 2025-09-26 and speaks of "2025至2027年" and of 2025 baselines: default 2025.
   */
  periodStartYear: number;
  /**
   * How a national-site row with 土地来源 = 新增建设用地(来自存量库) counts as stock:
   * 'stock-part' (default) — only its stock part (the published number of hectares already construction land,
   * `stockAreaHa`); 'whole-parcel' — the whole parcel, reading "存量(含历史批而未供)" as covering every parcel
   * drawn from the stock pool. The export does not say whether the new part was historically 批而未供, so the
   * default counts only what the data proves.
   */
  stockPoolCounts: 'stock-part' | 'whole-parcel';
  /**
   * Which industrial supply counts as "新增工业用地": 'all-supplied' (default) — every industrial parcel supplied
   * (签订) in the year, whatever its land source: the plot-ratio target is a planning condition of each new grant
   * ("地下换地上", 三、5 "合理合规确定工业用地容积率"); 'new-land-only' — only parcels whose land source is not stock.
   */
  industrialLand: 'all-supplied' | 'new-land-only';
}

export const defaultIndicatorOptions: IndicatorOptions = {
  periodStartYear: 2025,
  stockPoolCounts: 'stock-part',
  industrialLand: 'all-supplied',
};

export const indicatorOptionDocs: Record<keyof IndicatorOptions, { label: string; article: string }> = {
  periodStartYear: { label: '累计指标起算年度', article: '存量空间提质增效行动方案 二、(一)（“2025至2027年”，以2025年为基期）' },
  stockPoolCounts: { label: '“新增建设用地(来自存量库)”计入存量的口径（stock-part：仅存量部分；whole-parcel：整宗）', article: '存量空间提质增效行动方案 二、(一) 二是“存量(含历史批而未供)”' },
  industrialLand: { label: '“新增工业用地”口径（all-supplied：本年供应的全部工业用地；new-land-only：仅新增来源）', article: '存量空间提质增效行动方案 二、(一) 二是' },
};

export const optionValueLabels = {
  stockPoolCounts: { 'stock-part': '仅计存量部分', 'whole-parcel': '整宗计入' },
  industrialLand: { 'all-supplied': '本年供应的全部工业用地', 'new-land-only': '仅新增来源的工业用地' },
} as const;

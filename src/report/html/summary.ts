// The HTML summary `挂钩方案-<year>.html` written beside the plan workbook by every compute (docs/用户手册.md 8.12):
// one self-contained page — inline CSS and SVG, no network reference, readable offline and with scripts off — with
// the province's headline figures, the per-city table, the charts of 汇总/指标 as SVG bars, the sanctioned counties,
// the deductions and the findings grouped by city and severity (capped per group, the rest counted: the workbook's
// 问题清单 holds them all). Pure: result → string, the same inputs give the same bytes.
import type { Exact } from '../../domain/exact.js';
import { cityByCodeOf, regionByCode } from '../../domain/divisions.js';
import { messageOf, severityLabel, severityOrder, type Finding, type Severity } from '../../findings/index.js';
import type { IndicatorsResult, RegionIndicators } from '../../indicators/types.js';
import type { ComputeResult, Figures } from '../../pipeline/types.js';
import { reasonLabel, sanctionLabel } from '../labels.js';
import { escapeHtml as h } from './escape.js';
import { svgBarChart } from './svg-bars.js';

/** Findings listed per city and severity; the rest are counted (the workbook's 问题清单 lists all). */
export const FINDINGS_PER_GROUP = 30;
/** Deductions listed; the rest are counted (扣减明细 lists all). */
export const DEDUCTIONS_LISTED = 200;

export function htmlFileName(year: number): string {
  return `挂钩方案-${year}.html`;
}

export interface HtmlMeta {
  toolVersion: string;
  indicators?: IndicatorsResult;
}

/** The headline figures of the page, keyed as in the JSON document's `province` (compute --json). */
export const headlineKeys = ['creditedHa', 'quotaHa', 'deductionHa', 'netQuotaHa', 'carriedDeductionHa'] as const;
const headlineLabels: Record<(typeof headlineKeys)[number], string> = {
  creditedHa: '认定存量面积', quotaHa: '挂钩指标', deductionHa: '扣减指标', netQuotaHa: '核定指标', carriedDeductionHa: '结转扣减',
};

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC","SimSun",sans-serif;margin:24px;color:#222;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #2f75b5;padding-bottom:2px;margin-top:28px}h3{font-size:15px;margin:16px 0 4px}
.meta{color:#666;font-size:13px}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.figure{border:1px solid #bfbfbf;border-radius:4px;padding:8px 14px;min-width:140px}
.figure .label{font-size:13px;color:#555}.figure .value{font-size:22px;font-weight:bold;color:#1f4e79}.figure .unit{font-size:12px;color:#555;margin-left:4px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid #bfbfbf;padding:3px 8px}th{background:#ddebf7}
td.n{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold;background:#f2f2f2}
figure.chart{margin:12px 0;page-break-inside:avoid}figure.chart figcaption{font-weight:bold;font-size:14px}
svg{width:100%;max-width:900px;height:auto;font-size:11px}svg .grid{stroke:#e0e0e0}svg .axis{stroke:#666}
.sev-error{color:#9c0006}.sev-warning{color:#9c5700}.sev-info{color:#404040}
.more{color:#666;font-style:italic}.none{color:#666}
ul.findings{margin:4px 0 8px;padding-left:22px;font-size:13px}
.filters{margin:8px 0;font-size:13px}
@media print{body{margin:0}.filters{display:none}tr{page-break-inside:avoid}thead{display:table-header-group}h2{page-break-after:avoid}section.city{page-break-inside:avoid}a{color:inherit}}
@page{size:A4 landscape;margin:12mm}
`;

/** Shows the filters (hidden without scripts) and hides the findings of other cities or severities. */
const SCRIPT = `
(function(){var f=document.getElementById('filters');f.hidden=false;
var c=document.getElementById('f-city'),s=document.getElementById('f-sev');
function apply(){var secs=document.querySelectorAll('section.city');for(var i=0;i<secs.length;i++){var sec=secs[i];
sec.hidden=c.value!==''&&sec.getAttribute('data-city')!==c.value;
var gs=sec.querySelectorAll('[data-sev]');for(var j=0;j<gs.length;j++){gs[j].hidden=s.value!==''&&gs[j].getAttribute('data-sev')!==s.value;}}}
c.addEventListener('change',apply);s.addEventListener('change',apply);})();
`;

export function renderHtmlSummary(result: ComputeResult, meta: HtmlMeta): string {
  const d = result.policy.roundingDecimals;
  const ha = (v: Exact) => v.roundHalfUp(d).toFixed(d);
  const title = `${result.year}年度存量建设用地盘活与新增建设用地计划分配挂钩方案（摘要）`;
  const parts: string[] = [];
  parts.push(`<h1>${h(title)}</h1><p class="meta">依据：浙土资发〔2017〕19号；由 landlink ${h(meta.toolVersion)} 生成，与同目录的 ${h(`挂钩方案-${result.year}.xlsx`)}、${h(`挂钩方案-${result.year}.json`)} 为同一次计算结果。面积单位：公顷（保留 ${d} 位小数）；1 公顷 = 15 亩。</p>`);

  // ---- 全省
  parts.push('<h2>全省</h2><div class="figures">'
    + headlineKeys.map((k) => `<div class="figure"><div class="label">${h(headlineLabels[k])}</div><span class="value" data-key="${k}">${ha(result.province[k])}</span><span class="unit">公顷</span></div>`).join('')
    + `<div class="figure"><div class="label">核定指标（亩）</div><span class="value" data-key="netQuotaMu">${result.province.netQuotaHa.mul(15).roundHalfUp(2).toFixed(2)}</span><span class="unit">亩</span></div>`
    + `<div class="figure"><div class="label">受处罚县数</div><span class="value" data-key="sanctionedCounties">${result.cities.reduce((n, c) => n + c.sanctionedCounties, 0)}</span></div>`
    + '</div>');

  // ---- per city
  const row = (code: string, name: string, f: Figures, sanctioned: number, total = false) =>
    `<tr${total ? ' class="total"' : ''}><td>${h(code)}</td><td>${h(name)}</td>${headlineKeys.map((k) => `<td class="n">${ha(f[k])}</td>`).join('')}`
    + `<td class="n">${f.netQuotaHa.mul(15).roundHalfUp(2).toFixed(2)}</td><td class="n">${sanctioned}</td></tr>`;
  parts.push('<h2>各设区市</h2><table><thead><tr><th>设区市代码</th><th>设区市</th>'
    + headlineKeys.map((k) => `<th>${h(headlineLabels[k])}(公顷)</th>`).join('') + '<th>核定指标(亩)</th><th>受处罚县数</th></tr></thead><tbody>'
    + result.cities.map((c) => row(c.code, c.name, c, c.sanctionedCounties)).join('')
    + row('330000', '全省', result.province, result.cities.reduce((n, c) => n + c.sanctionedCounties, 0), true)
    + '</tbody></table>');
  const num = (v: Exact) => v.roundHalfUp(d).toNumber(d);
  parts.push(svgBarChart({
    title: `${result.year}年度各设区市挂钩指标、扣减指标与核定指标（公顷）`,
    categories: result.cities.map((c) => c.name),
    series: [
      { name: '挂钩指标', color: '#4472C4', values: result.cities.map((c) => num(c.quotaHa)) },
      { name: '扣减指标', color: '#ED7D31', values: result.cities.map((c) => num(c.deductionHa)) },
      { name: '核定指标', color: '#70AD47', values: result.cities.map((c) => num(c.netQuotaHa)) },
    ],
    format: (v) => trimNumber(v, 2),
  }));
  if (meta.indicators) parts.push(indicatorsSection(meta.indicators));

  // ---- sanctions and deductions
  const sanctioned = result.counties.filter((c) => c.sanctioned);
  parts.push('<h2>受处罚县（市、区）</h2>' + (sanctioned.length === 0 ? '<p class="none">无。</p>'
    : '<table><thead><tr><th>行政区代码</th><th>行政区</th><th>设区市</th><th>处罚措施</th><th>扣减指标(公顷)</th></tr></thead><tbody>'
      + sanctioned.map((c) => `<tr><td>${h(c.code)}</td><td>${h(c.name)}</td><td>${h(cityByCodeOf(c.cityCode)?.name ?? c.cityCode)}</td><td>${h(c.sanctions.map((s) => sanctionLabel[s]).join('；'))}</td><td class="n">${ha(c.deductionHa)}</td></tr>`).join('')
      + '</tbody></table>'));
  const countyName = new Map(result.counties.map((c) => [c.code, c.name]));
  const deductions = result.deductions.slice(0, DEDUCTIONS_LISTED);
  parts.push(`<h2>扣减明细（${result.deductions.length} 项）</h2>` + (result.deductions.length === 0 ? '<p class="none">无。</p>'
    : '<table><thead><tr><th>项目编号</th><th>行政区</th><th>挂钩年度</th><th>原因</th><th>项目对应指标(公顷)</th><th>扣减倍数</th><th>扣减指标(公顷)</th></tr></thead><tbody>'
      + deductions.map((x) => `<tr><td>${h(x.id)}</td><td>${h(countyName.get(x.countyCode) ?? regionByCode(x.countyCode)?.name ?? x.countyCode)}</td><td>${x.year}</td><td>${h(reasonLabel[x.reason])}</td><td class="n">${ha(x.projectQuotaHa)}</td><td class="n">${x.multiplier}</td><td class="n">${ha(x.deductionHa)}</td></tr>`).join('')
      + '</tbody></table>'
      + (result.deductions.length > deductions.length ? `<p class="more">另有 ${result.deductions.length - deductions.length} 项，见工作簿“扣减明细”。</p>` : '')));

  parts.push(findingsSection(result));
  return '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${h(title)}</title><style>${CSS}</style></head><body>${parts.join('\n')}<script>${SCRIPT}</script></body></html>\n`;
}

/** A number for an axis label: at most `places` decimals, no trailing zeros. */
function trimNumber(v: number, places: number): string {
  const text = v.toFixed(places);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function indicatorsSection(ind: IndicatorsResult): string {
  const names = ind.cities.map((c) => c.name);
  const share = (r: RegionIndicators) => r.stockSupplyShare.value?.toNumber(6) ?? null;
  const cumulative = (pick: (r: RegionIndicators) => { cumulativeMu: Exact | null }, id: 'revitalizedStock' | 'redevelopment', label: string) => svgBarChart({
    title: `${label}：${ind.options.periodStartYear}年起累计与2027年目标（亩）`,
    categories: names,
    series: [
      { name: '累计', color: '#4472C4', values: ind.cities.map((r) => pick(r).cumulativeMu?.toNumber(2) ?? null) },
      { name: '2027年目标', color: '#A5A5A5', values: ind.cities.map((r) => r.targets[2027][id].value.toNumber(2)) },
    ],
    format: (v) => trimNumber(v, 0),
  });
  return '<h2>行动方案指标</h2>'
    + svgBarChart({
      title: `存量土地供应占比与${ind.milestone}年目标`,
      categories: names,
      series: [
        { name: '存量土地供应占比', color: '#4472C4', values: ind.cities.map(share) },
        { name: `${ind.milestone}年目标`, color: '#A5A5A5', values: ind.cities.map((r) => r.stockSupplyShare.target.value.toNumber(6)) },
      ],
      format: (v) => `${trimNumber(v * 100, 1)}%`,
    })
    + cumulative((r) => r.revitalizedStock, 'revitalizedStock', '盘活存量建设用地')
    + cumulative((r) => r.redevelopment, 'redevelopment', '完成低效用地再开发');
}

const NO_CITY = '全省及未归属设区市';

function findingsSection(result: ComputeResult): string {
  const countyOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const p of result.projects) { if (p.countyCode) countyOf.set(p.id, p.countyCode); nameOf.set(p.id, p.projectName); }
  for (const p of result.reward?.projects ?? []) if (p.countyCode) countyOf.set(p.id, p.countyCode);
  for (const x of result.deductions) if (!countyOf.has(x.id)) countyOf.set(x.id, x.countyCode);
  const cityOf = (f: Finding): string => {
    const county = f.projectId === undefined ? undefined : countyOf.get(f.projectId);
    return (county && regionByCode(county)?.cityName) || NO_CITY;
  };
  const order = [...result.cities.map((c) => c.name), NO_CITY];
  const groups = new Map<string, Map<Severity, Finding[]>>();
  for (const f of result.findings) {
    const city = cityOf(f);
    const bySeverity = groups.get(city) ?? new Map<Severity, Finding[]>();
    groups.set(city, bySeverity);
    const list = bySeverity.get(f.severity) ?? [];
    bySeverity.set(f.severity, list);
    list.push(f);
  }
  const severities = (Object.keys(severityOrder) as Severity[]).sort((a, b) => severityOrder[a] - severityOrder[b]);
  const counts = severities.map((s) => `${severityLabel[s]} ${result.findings.filter((f) => f.severity === s).length}`).join('，');
  const filters = '<div id="filters" class="filters" hidden>筛选：<select id="f-city"><option value="">全部设区市</option>'
    + order.filter((c) => groups.has(c)).map((c) => `<option value="${h(c)}">${h(c)}</option>`).join('')
    + '</select> <select id="f-sev"><option value="">全部级别</option>'
    + severities.map((s) => `<option value="${s}">${h(severityLabel[s])}</option>`).join('') + '</select></div>';
  const sections = order.filter((c) => groups.has(c)).map((city) => {
    const bySeverity = groups.get(city)!;
    return `<section class="city" data-city="${h(city)}"><h3>${h(city)}</h3>` + severities.filter((s) => bySeverity.has(s)).map((s) => {
      const list = bySeverity.get(s)!;
      const shown = list.slice(0, FINDINGS_PER_GROUP);
      return `<div data-sev="${s}"><div class="sev-${s}">${h(severityLabel[s])} ${list.length} 条</div><ul class="findings">`
        + shown.map((f) => `<li>${f.projectId !== undefined ? `${h(f.projectId)}${nameOf.has(f.projectId) ? ` ${h(nameOf.get(f.projectId)!)}` : ''}：` : ''}${h(messageOf(f))}${where(f)}</li>`).join('')
        + '</ul>' + (list.length > shown.length ? `<p class="more">另有 ${list.length - shown.length} 条，见工作簿“问题清单”。</p>` : '') + '</div>';
    }).join('') + '</section>';
  }).join('');
  return `<h2>问题（${h(counts)}）</h2>` + (result.findings.length === 0 ? '<p class="none">无。</p>' : filters + sections);
}

function where(f: Finding): string {
  const l = f.location;
  const at = [l.file, l.sheet, l.row !== undefined ? `第 ${l.row} 行` : undefined].filter((x): x is string => x !== undefined && x !== '');
  return at.length ? `<span class="meta">（${h(at.join('，'))}）</span>` : '';
}

// A clustered bar chart as inline SVG (no script, no external reference): the HTML summary's pictures of the
// plan's figures, the same comparisons as the workbook's native charts. Deterministic: coordinates are rounded to
// one decimal, numbers printed from the caller's own labels.
import { escapeHtml } from './escape.js';

export interface SvgSeries {
  name: string;
  color: string;
  /** One value per category; null draws no bar. */
  values: readonly (number | null)[];
}

export interface SvgBarChart {
  title: string;
  categories: readonly string[];
  series: readonly SvgSeries[];
  /** The axis labels' text of a value (e.g. 12.5 → '12.5', 0.63 → '63%'). */
  format: (v: number) => string;
}

const W = 860;
const H = 300;
const LEFT = 70;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 50;

const f1 = (n: number) => (Math.round(n * 10) / 10).toString();

/** A 'nice' axis maximum (1, 2, 2.5 or 5 × a power of ten) at or above `max`. */
function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function svgBarChart(chart: SvgBarChart): string {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const top = niceMax(Math.max(0, ...values));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (Math.max(0, v) / top) * plotH;
  const band = plotW / Math.max(1, chart.categories.length);
  const barW = (band * 0.8) / Math.max(1, chart.series.length);
  let body = '';
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    body += `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${f1(y(v))}" y2="${f1(y(v))}" class="grid"/>`
      + `<text x="${LEFT - 6}" y="${f1(y(v) + 4)}" text-anchor="end">${escapeHtml(chart.format(v))}</text>`;
  }
  chart.categories.forEach((name, ci) => {
    const x0 = LEFT + ci * band + band * 0.1;
    chart.series.forEach((s, si) => {
      const v = s.values[ci];
      if (v === null || v === undefined || !Number.isFinite(v)) return;
      const x = x0 + si * barW;
      body += `<rect x="${f1(x)}" y="${f1(y(v))}" width="${f1(Math.max(1, barW - 1))}" height="${f1(TOP + plotH - y(v))}" fill="${escapeHtml(s.color)}">`
        + `<title>${escapeHtml(`${name} ${s.name}：${chart.format(v)}`)}</title></rect>`;
    });
    body += `<text x="${f1(LEFT + ci * band + band / 2)}" y="${TOP + plotH + 16}" text-anchor="middle">${escapeHtml(name)}</text>`;
  });
  const legend = chart.series.map((s, i) => `<rect x="${LEFT + i * 160}" y="${H - 16}" width="12" height="12" fill="${escapeHtml(s.color)}"/>`
    + `<text x="${LEFT + i * 160 + 16}" y="${H - 6}">${escapeHtml(s.name)}</text>`).join('');
  return `<figure class="chart"><figcaption>${escapeHtml(chart.title)}</figcaption>`
    + `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(chart.title)}">${body}`
    + `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${TOP + plotH}" y2="${TOP + plotH}" class="axis"/>${legend}</svg></figure>`;
}

// The HTML summary (src/report/html/summary.ts): self-contained (no network reference of any kind), every text from
// the data escaped, the headline figures those of the JSON document, deterministic, and written by compute with
// the JSON and the workbook.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompute } from '../../src/app/compute.js';
import { packageRoot } from '../../src/cli/version.js';
import type { Finding } from '../../src/findings/index.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { FINDINGS_PER_GROUP, headlineKeys, renderHtmlSummary } from '../../src/report/html/summary.js';
import { toJsonDocument } from '../../src/report/json.js';
import { inputs2025 } from '../indicators/year-2025.js';
import { buildResult, sampleResult } from './helpers/fixture.js';

const meta = { toolVersion: '9.9.9', indicators: computeIndicators(inputs2025) };
const HOSTILE = '<script>alert(1)</script>';

/** The figure shown under a data-key. */
const figure = (html: string, key: string) => /data-key="(\w+)">([^<]*)</.exec(html.slice(html.indexOf(`data-key="${key}"`)))?.[2];

describe('HTML summary', () => {
  const html = renderHtmlSummary(sampleResult(), meta);

  it.each([
    ['http', /http/i], ['//', /\/\//], ['<link', /<link/i], ['<script src', /<script[^>]*\bsrc/i], ['src=', /\bsrc\s*=/i], ['href=', /\bhref\s*=/i],
    ['url(', /url\(/i], ['@import', /@import/i], ['@font-face', /@font-face/i], ['<iframe', /<iframe/i], ['<img', /<img/i],
  ])('holds no network reference: %s', (_, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('is static HTML with inline style, inline SVG charts and one inline script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).toContain('@media print');
    // the filters are hidden until the script shows them: without scripts the page is the full list
    expect(html).toMatch(/<div id="filters" class="filters" hidden>/);
  });

  it('shows the headline figures of the JSON document', () => {
    const province = (toJsonDocument(sampleResult()) as { province: Record<string, number> }).province;
    for (const key of headlineKeys) expect(Number(figure(html, key)), key).toBe(province[key]);
    // 亩 = 公顷 × 15, shown with 2 decimals
    expect(Number(figure(html, 'netQuotaMu'))).toBeCloseTo(province.netQuotaHa! * 15, 2);
  });

  it('escapes every text from the data, control characters shown as escapes', () => {
    const finding: Finding = { code: 'cell-required', severity: 'error', projectId: 'P-1', location: { file: `"a'.xlsx\u001b[31m`, sheet: HOSTILE, row: 3, column: '材料类型' } };
    const result = buildResult({
      projects: [{ id: `P-1`, county: '330102', category: 1, declared: '1', name: `${HOSTILE}\u202e名称`, findings: [finding] }],
      deductions: [{ id: HOSTILE, county: '330102', year: 2024, reason: 'fraud', credited: '0.3' }],
    });
    const page = renderHtmlSummary(result, { toolVersion: HOSTILE });
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\\u202e名称');
    expect(page).toContain('&quot;a&#39;.xlsx\\x1b[31m');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
  });

  it('groups the findings by city and severity, lists at most a page of each and counts the rest', () => {
    const findings: Finding[] = Array.from({ length: FINDINGS_PER_GROUP + 7 }, (_, i) => ({ code: 'cell-required', severity: 'warning', projectId: 'P-1', location: { row: i + 2 } }));
    const result = buildResult({ projects: [{ id: 'P-1', county: '330102', category: 1, declared: '1' }], findings: [...findings, { code: 'cell-required', severity: 'error', location: { row: 1 } }] });
    const page = renderHtmlSummary(result, { toolVersion: '1' });
    expect(page).toContain('<section class="city" data-city="杭州市"><h3>杭州市</h3><div data-sev="warning">');
    expect(page).toContain(`警告 ${FINDINGS_PER_GROUP + 7} 条`);
    expect(page).toContain('另有 7 条，见工作簿“问题清单”。');
    expect(page.match(/<li>/g)).toHaveLength(FINDINGS_PER_GROUP + 1);
    expect(page).toContain('<section class="city" data-city="全省及未归属设区市">');
  });

  it('gives the same text for the same inputs', () => {
    expect(renderHtmlSummary(sampleResult(), meta)).toBe(html);
  });

  it('is written by compute together with the JSON and the workbook', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'landlink-html-'));
    try {
      const run = await runCompute({ year: 2025, data: join(packageRoot, 'samples', '2025'), cwd, toolVersion: '9.9.9' });
      const dir = join(cwd, 'out', '2025');
      expect((await readdir(dir)).sort()).toEqual(['挂钩方案-2025.html', '挂钩方案-2025.json', '挂钩方案-2025.xlsx']);
      const page = await readFile(join(dir, '挂钩方案-2025.html'), 'utf8');
      const json = JSON.parse(Buffer.concat(run.json).toString('utf8')) as { province: Record<string, number> };
      for (const key of headlineKeys) expect(Number(figure(page, key)), key).toBe(json.province[key]);
      expect(page).not.toMatch(/http|\/\//i);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});

// Headless Chromium. Without it this suite FAILS with the install command (never skips).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf, screenshot } from './helpers/chromium.js';
import { colouredPixels, pdfText } from './helpers/poppler.js';
import { runCompute } from '../../src/app/compute.js';
import { packageRoot } from '../../src/cli/version.js';
import { headlineKeys } from '../../src/report/html/summary.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-chromium-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('headless Chromium', () => {
  it('loads a local page with Chinese text and prints it: the text comes back from the PDF', async () => {
    const page = join(dir, 'page.html');
    await writeFile(page, '<!doctype html><meta charset="utf-8"><title>t</title><h1>挂钩方案 2025</h1><p>核定指标(公顷) 321.9179</p>');
    await printToPdf(page, join(dir, 'page.pdf'));
    const text = (await pdfText(join(dir, 'page.pdf'))).replace(/\s+/g, '');
    expect(text).toContain('挂钩方案2025');
    expect(text).toContain('核定指标(公顷)321.9179');
  });

  // ── HTML summary ─────────────────────────────────────────────────────────────────────────────────────────
  it('renders the HTML summary compute writes: the headline figures in the printed text, the charts drawn', async () => {
    const cwd = join(dir, 'run');
    const run = await runCompute({ year: 2025, data: join(packageRoot, 'samples', '2025'), cwd, toolVersion: '9.9.9' });
    const page = join(cwd, 'out', '2025', '挂钩方案-2025.html');
    const json = JSON.parse(Buffer.concat(run.json).toString('utf8')) as { policy: { roundingDecimals: number }; province: Record<string, number> };
    await printToPdf(page, join(dir, 'summary.pdf'));
    const text = (await pdfText(join(dir, 'summary.pdf'))).replace(/\s+/g, '');
    expect(text).toContain('2025年度存量建设用地盘活与新增建设用地计划分配挂钩方案（摘要）');
    for (const key of headlineKeys) expect(text, key).toContain(json.province[key]!.toFixed(json.policy.roundingDecimals));
    expect(text).toContain('2025年度各设区市挂钩指标、扣减指标与核定指标（公顷）');
    // the SVG bars are drawn: the printed first page holds their colours
    const printed = await colouredPixels(join(dir, 'summary.pdf'), 1, dir, 'summary-page1');
    expect(printed.coloured, printed.png).toBeGreaterThan(200);
    await screenshot(page, join(dir, 'summary.png'));
    expect((await readFile(join(dir, 'summary.png'))).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

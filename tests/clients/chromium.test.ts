// Headless Chromium. Without it this suite FAILS with the install command (never skips).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf } from './helpers/chromium.js';
import { pdfText } from './helpers/poppler.js';

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
  // The check of landlink's HTML summary goes here once the CLI writes one: write it with the built CLI (as
  // tests/report/helpers/every-workbook.ts does for the workbooks), print it with printToPdf, and compare the
  // figures in its text with the run's --json.
});

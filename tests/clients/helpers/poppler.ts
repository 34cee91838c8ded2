// poppler-utils (pdftoppm, pdftotext): the PDF LibreOffice renders, as pictures and as text.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const POPPLER_HINT =
  '找不到 pdftoppm / pdftotext（poppler-utils）：npm run test:clients 用它把 LibreOffice 渲染的 PDF 转成图片和文字。请安装：' +
  '`sudo apt-get install -y poppler-utils`。 pdftoppm/pdftotext (poppler-utils) not found on PATH; install it: `sudo apt-get install -y poppler-utils`.';

async function tool(name: string): Promise<string> {
  try {
    const { stdout } = await run('sh', ['-c', `command -v ${name}`]);
    if (stdout.trim()) return stdout.trim();
  } catch { /* fall through */ }
  throw new Error(POPPLER_HINT);
}

/** The PDF's text, page by page order. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run(await tool('pdftotext'), ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Renders the PDF's first page as a PNG in `outDir` (low resolution), and counts its dark pixels (from the same
 *  page as a greyscale PGM, whose pixels are plain bytes): a page with nothing drawn on it has none. */
export async function firstPage(pdf: string, outDir: string, stem: string): Promise<{ png: Buffer; darkPixels: number }> {
  const pdftoppm = await tool('pdftoppm');
  const args = ['-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf];
  await run(pdftoppm, ['-png', ...args, join(outDir, stem)]);
  await run(pdftoppm, ['-gray', ...args, join(outDir, stem)]);
  const pgm = await readFile(join(outDir, `${stem}.pgm`));
  // P5 header: magic, width, height, maxval, each followed by one whitespace byte
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm wrote no PGM for ${stem}`);
  let dark = 0;
  for (const byte of pgm.subarray(header[0].length)) if (byte < 128) dark++;
  return { png: await readFile(join(outDir, `${stem}.png`)), darkPixels: dark };
}

/** Renders one page (1-based) of the PDF as a colour PPM and counts its strongly coloured pixels (one channel far
 *  from the others: bars and fills, not black text or grey rules); writes the page as PNG beside it too. */
export async function colouredPixels(pdf: string, page: number, outDir: string, stem: string): Promise<{ png: string; coloured: number }> {
  const pdftoppm = await tool('pdftoppm');
  const args = ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', pdf];
  await run(pdftoppm, ['-png', ...args, join(outDir, stem)]);
  await run(pdftoppm, args.concat(join(outDir, stem)));
  const ppm = await readFile(join(outDir, `${stem}.ppm`));
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm wrote no PPM for ${stem}`);
  let coloured = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    const r = ppm[i]!, g = ppm[i + 1]!, b = ppm[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured++;
  }
  return { png: join(outDir, `${stem}.png`), coloured };
}

/** The 1-based number of the first page whose text contains `needle` (spaces ignored), or 0. */
export async function pageWith(pdf: string, needle: string): Promise<number> {
  const pages = (await pdfText(pdf)).split('\f');
  return pages.findIndex((p) => p.replace(/\s+/g, '').includes(needle.replace(/\s+/g, ''))) + 1;
}

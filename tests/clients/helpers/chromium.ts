// Headless Chromium, the browser check of `npm run test:clients`: prints a page to PDF (read back with
// tests/clients/helpers/poppler.ts).
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const CHROMIUM_HINT =
  '找不到 Chromium：npm run test:clients 用无界面 Chromium 打开 HTML 页面。请安装：`sudo apt-get install -y chromium`，或运行 `bash .ci/install-clients`。 ' +
  'Chromium was not found on PATH; npm run test:clients loads the HTML pages in headless Chromium. Install it: `sudo apt-get install -y chromium` or run `bash .ci/install-clients`.';

export async function chromiumPath(): Promise<string> {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome']);
    if (stdout.trim()) return stdout.trim();
  } catch { /* fall through */ }
  throw new Error(CHROMIUM_HINT);
}

/** Loads `htmlFile` in headless Chromium and prints it to `pdf`. */
export async function printToPdf(htmlFile: string, pdf: string): Promise<void> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
  await run(await chromiumPath(), ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(htmlFile).href], { timeout: 120_000 });
}

/** Loads `htmlFile` in headless Chromium and saves a screenshot of a `width`×`height` window as `png`. */
export async function screenshot(htmlFile: string, png: string, width = 1280, height = 2400): Promise<void> {
  await run(await chromiumPath(), ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${width},${height}`, `--screenshot=${png}`, pathToFileURL(htmlFile).href], { timeout: 120_000 });
}

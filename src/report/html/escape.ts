// Text from the data in the HTML summary: control and bidi characters written as visible escapes (as the
// terminal and the workbooks show them), then HTML-escaped, so no file content can become markup.
import { visibleText } from '../../findings/index.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// What a workbook cell can hold: XML 1.0 cannot carry C0 controls (except tab/LF/CR), lone surrogates or U+FFFE/F,
// and Excel holds at most 32,767 characters per cell. Pure, shared by the writer and the review fingerprint (so that
// the fingerprint stores exactly what the cell will contain).
const MAX_TEXT = 32_767;
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether the text holds a code unit the XML_INVALID pattern may match: C0 controls but tab/LF/CR, surrogates, U+FFFE/F. */
function mayHoldInvalid(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return true;
  }
  return false;
}

/** The text as it will be stored: XML-invalid characters replaced by U+FFFD, cut at Excel's cell limit. */
export function storableText(text: string): string {
  // the writer calls this for every string cell: most texts hold none of those characters, and a scan of their code
  // units is several times cheaper than the pattern (which still decides, e.g. a surrogate pair is kept)
  if (text.length <= MAX_TEXT && !mayHoldInvalid(text)) return text;
  const clean = text.replace(XML_INVALID, '\uFFFD');
  return clean.length > MAX_TEXT ? clean.slice(0, MAX_TEXT - 1) + '…' : clean;
}

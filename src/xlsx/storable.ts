// What a workbook cell can hold: XML 1.0 cannot carry C0 controls (except tab/LF/CR), lone surrogates or U+FFFE/F,
// and Excel holds at most 32,767 characters per cell. Pure, shared by the writer and the review fingerprint (so that
// the fingerprint stores exactly what the cell will contain).
const MAX_TEXT = 32_767;
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A code unit the XML_INVALID pattern may match: C0 controls but tab/LF/CR, surrogates (even paired), U+FFFE/F. */
const MAY_BE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The text as it will be stored: XML-invalid characters replaced by U+FFFD, cut at Excel's cell limit. */
export function storableText(text: string): string {
  // the writer calls this for every string cell: most texts hold none of those characters, and a test for one character
  // class is several times cheaper than the pattern (which still decides, e.g. a surrogate pair is kept)
  if (text.length <= MAX_TEXT && !MAY_BE_INVALID.test(text)) return text;
  const clean = text.replace(XML_INVALID, '\uFFFD');
  return clean.length > MAX_TEXT ? clean.slice(0, MAX_TEXT - 1) + '…' : clean;
}

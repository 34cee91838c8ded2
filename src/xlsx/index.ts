// The public surface of the xlsx module: SpreadsheetML reading (one worksheet, row by row, guarded against zip
// bombs) and writing (a workbook model rendered to deterministic bytes). It imports nothing of landlink — only
// node built-ins and yauzl — and reports what it refuses as XlsxError. See README.md beside this file.

// Errors
export { XlsxError, type LimitName, type XlsxErrorKind } from './errors.js';

// Reading
export { checkXlsxSignature, readXlsxRows, readXlsxSheet, type ReadOptions, type SheetMeta, type XlsxReadLimits } from './read.js';
export { parseSheet, SheetScanner, type ReadCell, type ReadRow, type RowSink, type SheetContext } from './read-sheet.js';
export { parseRels, parseSharedStrings, parseWorkbook, resolvePart, SharedStringsScanner } from './read-parts.js';
export { openZip, type ZipArchive, type ZipLimits } from './zip-read.js';
export { decodeOoxmlText, decodeXmlText } from './xml.js';

// Writing
export { renderWorkbook, type RenderOptions, type RenderProgress } from './write.js';
export { HEADER_FILL_ARGB } from './write-styles.js';
export * from './model.js';
export { columnWidths, displayText, displayWidth, rowHeights } from './widths.js';
export { storableText } from './storable.js';
export { crc32, dosDateTime, fixZipTimestamps } from './zip-write.js';

// Cell addresses
export { colLetter, columnIndex, parseAddress, parseRange } from './address.js';

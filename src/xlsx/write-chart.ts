// Native charts (DrawingML, ECMA-376 Part 1 §21.2): a sheet's charts become one drawing part
// (xl/drawings/drawingN.xml, a two-cell anchor with a graphic frame per chart), its relationships to the chart
// parts (xl/charts/chartN.xml: c:chartSpace with a clustered c:barChart) and the sheet's <drawing r:id>. Every
// series and the categories are c:numRef/c:strRef formulas on the sheet's own cells, with the cells' current values
// as c:numCache/c:strCache, so viewers draw the chart before recalculating and a changed figure moves it. No
// random ids: the same model gives the same bytes.
import { colLetter, parseRange } from './address.js';
import { cellOf, isFormula, rowAt, type ChartModel, type PlainValue, type SheetModel, type SheetRows } from './model.js';
import { esc } from './xml.js';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Office's first six accent colours: distinct, and printable in grey. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'] as const;
const FONT = '宋体';

/** 'B2:B12' on sheet 汇总 → "'汇总'!$B$2:$B$12" (the formula a chart series holds). */
export function chartRef(sheet: string, range: string): string {
  const { r0, c0, r1, c1 } = parseRange(range);
  const corner = (c: number, r: number) => `$${colLetter(c)}$${r}`;
  return `'${sheet.replace(/'/g, "''")}'!${corner(c0, r0)}:${corner(c1, r1)}`;
}

/** The cells of a one-row or one-column range, in order (a chart series is a line of cells). */
function cellsOf(rows: SheetRows, range: string): PlainValue[] {
  const { r0, c0, r1, c1 } = parseRange(range);
  if (r0 !== r1 && c0 !== c1) throw new Error(`chart range must be one row or one column: ${range}`);
  const out: PlainValue[] = [];
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const input = rowAt(rows, r - 1)[c];
      const v = input === undefined ? null : cellOf(input).value;
      out.push(v !== null && isFormula(v) ? v.result : v);
    }
  }
  return out;
}

function strCache(values: readonly PlainValue[]): string {
  const pts = values.map((v, i) => (v === null || v === undefined ? '' : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly unknown[]): string {
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const text = (t: string, size: number, bold: boolean) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:rPr><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx>`;

const labelFont = (size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

/** The chart part of one chart of `sheet`. */
export function chartXml(sheet: SheetModel<SheetRows>, chart: ChartModel): string {
  const horizontal = chart.direction === 'bar';
  const categories = cellsOf(sheet.rows, chart.categories);
  const catRef = `<c:cat><c:strRef><c:f>${esc(chartRef(sheet.name, chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>`;
  const series = chart.series.map((s, i) => {
    const values = cellsOf(sheet.rows, s.values);
    if (values.length !== categories.length) throw new Error(`chart series ${s.name}: ${values.length} values for ${categories.length} categories`);
    const color = s.color ?? PALETTE[i % PALETTE.length]!;
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`
      + `<c:spPr><a:solidFill><a:srgbClr val="${esc(color)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
      + catRef
      + `<c:val><c:numRef><c:f>${esc(chartRef(sheet.name, s.values))}</c:f>${numCache(values)}</c:numRef></c:val></c:ser>`;
  }).join('');
  const format = esc(chart.valueFormat ?? 'General');
  return XML_HEAD + `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}">`
    + '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>'
    + `<c:chart><c:title>${text(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + '<c:plotArea><c:layout/>'
    + `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}`
    + '<c:gapWidth val="80"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>'
    // horizontal bars: categories top to bottom in the sheet's order, the value axis below them
    + `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>`
    + `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
    + `${labelFont(900)}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    + `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 't' : 'l'}"/>`
    + `<c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
    + `${labelFont(900)}<c:crossAx val="500000001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
    + '</c:plotArea>'
    + `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${labelFont(900)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`
    + '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>'
    + '</c:chartSpace>';
}

/** The drawing part of a sheet: one anchored graphic frame per chart, the i-th pointing at relationship rId(i+1). */
export function drawingXml(charts: readonly ChartModel[]): string {
  const anchors = charts.map((chart, i) => {
    const { r0, c0, r1, c1 } = parseRange(chart.anchor);
    const cell = (c: number, r: number) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${cell(c0, r0 - 1)}</xdr:from><xdr:to>${cell(c1 + 1, r1)}</xdr:to>`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(`图表 ${i + 1}`)}" descr="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
      + `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>`
      + '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  }).join('');
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}">${anchors}</xdr:wsDr>`;
}

/** The drawing's relationships: rId(i+1) → ../charts/chart(first+i).xml. */
export function drawingRelsXml(firstChart: number, count: number): string {
  return XML_HEAD + `<Relationships xmlns="${PKG_REL}">`
    + Array.from({ length: count }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${firstChart + i}.xml"/>`).join('')
    + '</Relationships>';
}

import { printableInCurrentFont } from './font-coverage.ts';
import {
  colours,
  contentWidth,
  fontSizes,
  fonts,
  labelColumnWidth,
  lineGap,
  pageMargins,
} from './pdf-layout.ts';
import type { PdfDocument, StructureElement, TableCellOptions } from './pdf-types.ts';

export interface FieldRow {
  readonly label: string;
  readonly value: string;
}

interface Cell {
  readonly text: string;
  /** A header cell and the cells it heads: `Row` for a label, `Column` for a column heading. */
  readonly scope?: 'Row' | 'Column';
  /** Laid out without a wrapping pass, which is slow, when the text is one line at the cell's width. */
  readonly oneLine: boolean;
}

/** A table measured once, so it can be kept with its heading and then drawn without measuring again. */
export interface TableLayout {
  readonly widths: readonly number[];
  readonly rows: readonly (readonly Cell[])[];
  readonly heights: readonly number[];
}

const padding = 4;

const fontOf = (scope: Cell['scope']): string => (scope ? fonts.bold : fonts.regular);

function measureCell(doc: PdfDocument, rawText: string, width: number, scope?: Cell['scope']) {
  doc.font(fontOf(scope)).fontSize(fontSizes.body);
  const text = printableInCurrentFont(doc, rawText);
  const oneLine = !text.includes('\n') && doc.widthOfString(text) <= width;
  const height = oneLine
    ? doc.currentLineHeight(true) + lineGap
    : doc.heightOfString(text, { width, lineGap });
  return { cell: { text, scope, oneLine }, height };
}

function layOut(
  doc: PdfDocument,
  widths: readonly number[],
  rows: readonly (readonly { text: string; scope?: Cell['scope'] }[])[],
): TableLayout {
  const measured = rows.map((row) =>
    row.map(({ text, scope }, i) => measureCell(doc, text, (widths[i] ?? 0) - 2 * padding, scope)),
  );
  return {
    widths,
    rows: measured.map((row) => row.map(({ cell }) => cell)),
    heights: measured.map((row) => 2 * padding + Math.max(...row.map(({ height }) => height))),
  };
}

/** Label and value pairs; each label is a row header, so a screen reader announces it with its value. */
export function layOutFieldTable(doc: PdfDocument, rows: readonly FieldRow[]): TableLayout {
  const widths = [labelColumnWidth, contentWidth(doc) - labelColumnWidth];
  return layOut(
    doc,
    widths,
    rows.map((row) => [{ text: row.label, scope: 'Row' as const }, { text: row.value }]),
  );
}

/** One record a row, under column headers. */
export function layOutColumnTable(
  doc: PdfDocument,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): TableLayout {
  const widths = columns.map(() => contentWidth(doc) / columns.length);
  const header = columns.map((text) => ({ text, scope: 'Column' as const }));
  return layOut(doc, widths, [header, ...rows.map((row) => row.map((text) => ({ text })))]);
}

/** Shading and rules are decoration, so they are artifacts; only the text is in the structure tree. */
function drawCellBoxes(
  doc: PdfDocument,
  cells: readonly Cell[],
  widths: readonly number[],
  height: number,
): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().lineWidth(0.5).strokeColor(colours.rule);
  let x = pageMargins.left;
  cells.forEach((cell, index) => {
    const width = widths[index] ?? 0;
    if (cell.scope) doc.rect(x, doc.y, width, height).fillAndStroke(colours.labelShading, colours.rule);
    else doc.rect(x, doc.y, width, height).stroke();
    x += width;
  });
  doc.restore();
  doc.endMarkedContent();
}

function drawRow(
  doc: PdfDocument,
  table: StructureElement,
  cells: readonly Cell[],
  widths: readonly number[],
  height: number,
) {
  // Rows are kept whole; the field length limits keep every row shorter than a page.
  if (doc.y + height > doc.page.maxY()) doc.addPage();
  const top = doc.y;
  drawCellBoxes(doc, cells, widths, height);
  const row = doc.struct('TR');
  table.add(row);
  let x = pageMargins.left;
  cells.forEach((cell, index) => {
    const width = (widths[index] ?? 0) - 2 * padding;
    const options: TableCellOptions = cell.scope ? { scope: cell.scope } : {};
    const textX = x + padding;
    row.add(
      doc.struct(cell.scope ? 'TH' : 'TD', options, () => {
        doc.font(fontOf(cell.scope)).fontSize(fontSizes.body).fillColor(colours.text);
        doc.text(cell.text, textX, top + padding, cell.oneLine ? { lineBreak: false } : { width, lineGap });
      }),
    );
    x += widths[index] ?? 0;
  });
  row.end();
  doc.x = pageMargins.left;
  doc.y = top + height;
}

export function drawTable(doc: PdfDocument, parent: StructureElement, layout: TableLayout): void {
  const table = doc.struct('Table');
  parent.add(table);
  layout.rows.forEach((cells, index) =>
    drawRow(doc, table, cells, layout.widths, layout.heights[index] ?? 0),
  );
  table.end();
}

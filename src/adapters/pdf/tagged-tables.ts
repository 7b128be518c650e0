import { colours, fonts, labelColumnWidth, pageMargins } from './pdf-layout.ts';
import type { PdfDocument, StructureElement, TaggedCell, TaggedTableOptions } from './pdf-types.ts';
import { toWinAnsi } from './win-ansi-text.ts';

export interface FieldRow {
  readonly label: string;
  readonly value: string;
}

const headerCell = (text: string, scope: 'Row' | 'Column'): TaggedCell => ({
  type: 'TH',
  scope,
  text: toWinAnsi(text),
  font: { src: fonts.bold },
  backgroundColor: colours.labelShading,
});

const dataCell = (text: string): TaggedCell => ({ type: 'TD', text: toWinAnsi(text) });

function drawTable(
  doc: PdfDocument,
  parent: StructureElement,
  columnStyles: (number | string)[],
  data: TaggedCell[][],
): void {
  const options: TaggedTableOptions = {
    structParent: parent,
    position: { x: pageMargins.left, y: doc.y },
    columnStyles,
    defaultStyle: { border: 0.5, borderColor: colours.rule, padding: 4 },
    data,
  };
  doc.font(fonts.regular).fillColor(colours.text);
  // pdfkit reads structParent and scope; its published types lag behind (see pdf-types.ts).
  doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
}

/** Label and value pairs as a two-column table whose labels are row headers, so each value is announced with its label. */
export function drawFieldTable(doc: PdfDocument, parent: StructureElement, rows: readonly FieldRow[]): void {
  const data = rows.map((row) => [headerCell(row.label, 'Row'), dataCell(row.value)]);
  drawTable(doc, parent, [labelColumnWidth, '*'], data);
}

/** One record a row, under column headers. */
export function drawColumnTable(
  doc: PdfDocument,
  parent: StructureElement,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const data = [
    columns.map((column) => headerCell(column, 'Column')),
    ...rows.map((row) => row.map(dataCell)),
  ];
  drawTable(
    doc,
    parent,
    columns.map(() => '*'),
    data,
  );
}

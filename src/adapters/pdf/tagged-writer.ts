import { printableInCurrentFont } from './font-coverage.ts';
import { createHeadingFlow, type HeadingFlow, type HeadingLevel } from './heading-flow.ts';
import {
  colours,
  contentHeight,
  contentWidth,
  fontSizes,
  fonts,
  lineGap,
  linesKeptWithHeading,
  pageMargins,
} from './pdf-layout.ts';
import type { PdfDocument, StructureElement } from './pdf-types.ts';
import {
  drawTable,
  layOutColumnTable,
  layOutFieldTable,
  type FieldRow,
  type TableLayout,
} from './tagged-tables.ts';

/**
 * Writes content into the flow of the document and into its structure tree at the same time, so what is seen
 * and what a screen reader reads stay in step. A writer sits at a heading level: `section` opens a `Sect` one
 * level down with its own heading.
 */
export interface TaggedWriter {
  heading(text: string): void;
  /** Blank lines separate paragraphs; single line breaks are kept. */
  paragraphs(text: string): void;
  fields(rows: readonly FieldRow[]): void;
  records(columns: readonly string[], rows: readonly (readonly string[])[]): void;
  /** A sub-heading with the text under it; for free text too long for a table cell. */
  longText(label: string, text: string): void;
  section(title: string, write: (section: TaggedWriter) => void): void;
}

const nextLevel = (level: HeadingLevel): HeadingLevel => (level < 6 ? ((level + 1) as HeadingLevel) : 6);

/** What must stay on the page with the heading above: the first few lines of a paragraph. */
function paragraphKeepHeight(doc: PdfDocument, text: string): number {
  const width = contentWidth(doc);
  const lines = (doc.currentLineHeight(true) + lineGap) * linesKeptWithHeading;
  // Text at least this many lines wide needs no wrapping pass to know it is at least that tall.
  if (doc.widthOfString(text) >= width * linesKeptWithHeading) return lines;
  return Math.min(lines, doc.heightOfString(text, { width, lineGap }));
}

/** The whole table when it takes at most half a page (so no big gap is left), otherwise its first rows. */
function tableKeepHeight(doc: PdfDocument, layout: TableLayout, firstRows: number): number {
  const whole = layout.heights.reduce((sum, height) => sum + height, 0);
  if (whole <= contentHeight(doc) / 2) return whole;
  return layout.heights.slice(0, firstRows).reduce((sum, height) => sum + height, 0);
}

function writer(
  doc: PdfDocument,
  flow: HeadingFlow,
  parent: StructureElement,
  level: HeadingLevel,
): TaggedWriter {
  const table = (layout: TableLayout, firstRows: number) => {
    flow.place(tableKeepHeight(doc, layout, firstRows));
    drawTable(doc, parent, layout);
    doc.y += 8;
  };
  const self: TaggedWriter = {
    heading(text) {
      flow.addHeading(parent, level, text);
    },
    paragraphs(text) {
      for (const paragraph of text.split(/\n[ \t]*\n/)) {
        doc.font(fonts.regular).fontSize(fontSizes.body);
        const trimmed = printableInCurrentFont(doc, paragraph).trim();
        if (trimmed === '') continue;
        flow.place(paragraphKeepHeight(doc, trimmed));
        parent.add(
          doc.struct('P', {}, () => {
            doc.font(fonts.regular).fontSize(fontSizes.body).fillColor(colours.text);
            doc.text(trimmed, pageMargins.left, doc.y, { width: contentWidth(doc), lineGap });
          }),
        );
        doc.y += 6;
      }
    },
    fields(rows) {
      table(layOutFieldTable(doc, rows), 1);
    },
    records(columns, rows) {
      table(layOutColumnTable(doc, columns, rows), 2);
    },
    longText(label, text) {
      flow.addHeading(parent, nextLevel(level), label);
      self.paragraphs(text);
    },
    section(title, write) {
      const sect = doc.struct('Sect');
      parent.add(sect);
      const inner = writer(doc, flow, sect, nextLevel(level));
      inner.heading(title);
      write(inner);
      flow.place(0);
      sect.end();
    },
  };
  return self;
}

/** A writer for the document's top level, where `heading` writes the H1. */
export const createTaggedWriter = (doc: PdfDocument, root: StructureElement): TaggedWriter =>
  writer(doc, createHeadingFlow(doc), root, 1);

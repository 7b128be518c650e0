import { colours, fontSizes, fonts, linesKeptWithHeading, pageMargins } from './pdf-layout.ts';
import type { PdfDocument, StructureElement } from './pdf-types.ts';
import { drawColumnTable, drawFieldTable, type FieldRow } from './tagged-tables.ts';
import { toWinAnsi } from './win-ansi-text.ts';

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

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const headingSizes: Readonly<Record<HeadingLevel, number>> = {
  1: fontSizes.title,
  2: fontSizes.heading2,
  3: fontSizes.heading3,
  4: fontSizes.heading4,
  5: fontSizes.body,
  6: fontSizes.body,
};

const nextLevel = (level: HeadingLevel): HeadingLevel => (level < 6 ? ((level + 1) as HeadingLevel) : 6);

const contentWidth = (doc: PdfDocument): number => doc.page.width - pageMargins.left - pageMargins.right;

const lineGap = 2;

function writeText(doc: PdfDocument, parent: StructureElement, type: string, text: string): void {
  parent.add(
    doc.struct(type, {}, () => {
      doc.text(toWinAnsi(text), pageMargins.left, doc.y, { width: contentWidth(doc), lineGap });
    }),
  );
}

function keepWithNext(doc: PdfDocument, headingText: string): void {
  const headingHeight = doc.heightOfString(toWinAnsi(headingText), { width: contentWidth(doc), lineGap });
  doc.fontSize(fontSizes.body);
  const following = (doc.currentLineHeight(true) + lineGap) * linesKeptWithHeading;
  if (doc.y + headingHeight + following > doc.page.maxY()) doc.addPage();
}

export function createTaggedWriter(
  doc: PdfDocument,
  parent: StructureElement,
  level: HeadingLevel,
): TaggedWriter {
  const writer: TaggedWriter = {
    heading(text) {
      doc.font(fonts.bold).fontSize(headingSizes[level]);
      keepWithNext(doc, text);
      if (doc.y > pageMargins.top) doc.y += level <= 2 ? 12 : 6;
      doc.font(fonts.bold).fontSize(headingSizes[level]).fillColor(colours.text);
      writeText(doc, parent, `H${level}`, text);
      doc.y += 4;
    },
    paragraphs(text) {
      for (const paragraph of text.split(/\n[ \t]*\n/)) {
        if (paragraph.trim() === '') continue;
        doc.font(fonts.regular).fontSize(fontSizes.body).fillColor(colours.text);
        writeText(doc, parent, 'P', paragraph.trim());
        doc.y += 6;
      }
    },
    fields(rows) {
      doc.fontSize(fontSizes.body);
      drawFieldTable(doc, parent, rows);
      doc.y += 8;
    },
    records(columns, rows) {
      doc.fontSize(fontSizes.body);
      drawColumnTable(doc, parent, columns, rows);
      doc.y += 8;
    },
    longText(label, text) {
      createTaggedWriter(doc, parent, nextLevel(level)).heading(label);
      writer.paragraphs(text);
    },
    section(title, write) {
      const sect = doc.struct('Sect');
      parent.add(sect);
      const inner = createTaggedWriter(doc, sect, nextLevel(level));
      inner.heading(title);
      write(inner);
      sect.end();
    },
  };
  return writer;
}

import { printableInCurrentFont } from './font-coverage.ts';
import {
  colours,
  contentHeight,
  contentWidth,
  fontSizes,
  fonts,
  lineGap,
  pageMargins,
} from './pdf-layout.ts';
import type { PdfDocument, StructureElement } from './pdf-types.ts';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const headingSizes: Readonly<Record<HeadingLevel, number>> = {
  1: fontSizes.title,
  2: fontSizes.heading2,
  3: fontSizes.heading3,
  4: fontSizes.heading4,
  5: fontSizes.body,
  6: fontSizes.body,
};

const spaceAbove = (level: HeadingLevel): number => (level <= 2 ? 12 : 6);
const spaceBelow = 4;

interface PendingHeading {
  readonly element: StructureElement;
  readonly level: HeadingLevel;
  readonly text: string;
}

function headingHeight(doc: PdfDocument, heading: PendingHeading): number {
  doc.font(fonts.bold).fontSize(headingSizes[heading.level]);
  return (
    spaceAbove(heading.level) +
    doc.heightOfString(heading.text, { width: contentWidth(doc), lineGap }) +
    spaceBelow
  );
}

function drawHeading(doc: PdfDocument, heading: PendingHeading): void {
  if (doc.y > doc.page.margins.top) doc.y += spaceAbove(heading.level);
  heading.element.add(() => {
    doc.font(fonts.bold).fontSize(headingSizes[heading.level]).fillColor(colours.text);
    doc.text(heading.text, pageMargins.left, doc.y, { width: contentWidth(doc), lineGap });
  });
  heading.element.end();
  doc.y += spaceBelow;
}

/**
 * Keeps headings with what follows them. A heading takes its place in the structure tree at once but is drawn
 * only when the content after it is, so both can move to a new page together rather than leave the heading
 * alone at the foot of a page.
 */
export interface HeadingFlow {
  addHeading(parent: StructureElement, level: HeadingLevel, text: string): void;
  /** Draws the waiting headings, first starting a new page unless they and `keepHeight` points of the next content fit. */
  place(keepHeight: number): void;
}

export function createHeadingFlow(doc: PdfDocument): HeadingFlow {
  let pending: PendingHeading[] = [];
  return {
    addHeading(parent, level, text) {
      const element = doc.struct(`H${level}`);
      parent.add(element);
      doc.font(fonts.bold);
      pending.push({ element, level, text: printableInCurrentFont(doc, text) });
    },
    place(keepHeight) {
      const needed = pending.reduce((sum, heading) => sum + headingHeight(doc, heading), keepHeight);
      if (doc.y + needed > doc.page.maxY() && needed <= contentHeight(doc)) doc.addPage();
      for (const heading of pending) drawHeading(doc, heading);
      pending = [];
    },
  };
}

import type { PdfDocument } from './pdf-types.ts';

interface ElementDictionary {
  readonly dictionary: PDFKit.PDFKitReference & { readonly data: { readonly ID?: unknown } };
}

/**
 * pdfkit gives table structure elements IDs and points each cell at its header cells by ID, but writes no
 * IDTree, without which a reader cannot resolve those IDs (ISO 32000-1 14.7.2 requires one whenever an element
 * has an ID). This records every structure element the document makes so the tree can be added at the end.
 */
export function trackStructureIds(doc: PdfDocument): { writeIdTree(): void } {
  const elements: ElementDictionary[] = [];
  const struct = doc.struct.bind(doc);
  doc.struct = (...args: Parameters<PdfDocument['struct']>) => {
    const element = struct(...args);
    elements.push(element as unknown as ElementDictionary);
    return element;
  };
  return {
    writeIdTree() {
      const entries = elements
        .flatMap(({ dictionary }) =>
          dictionary.data.ID instanceof String ? [[dictionary.data.ID, dictionary] as const] : [],
        )
        .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
      if (entries.length === 0) return;
      const idTree = doc.ref({ Names: entries.flat() });
      idTree.end(undefined);
      (doc.getStructTreeRoot().data as { IDTree?: PDFKit.PDFKitReference }).IDTree = idTree;
    },
  };
}

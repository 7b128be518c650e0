import type PDFDocument from 'pdfkit';

/** pdfkit's types declare the document class and its instances as one interface. */
export type PdfDocument = InstanceType<typeof PDFDocument>;

export type StructureElement = PDFKit.PDFStructureElement;

/** Table options pdfkit reads but its published types (0.17) do not declare yet. */
export type TaggedCell = PDFKit.Mixins.CellOptions & { readonly scope?: 'Row' | 'Column' };

export type TaggedTableOptions = Omit<PDFKit.Mixins.TableOptionsWithData, 'data'> & {
  readonly data: TaggedCell[][];
  readonly structParent: StructureElement;
};

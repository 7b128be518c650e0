import type PDFDocument from 'pdfkit';

/** pdfkit's types declare the document class and its instances as one interface. */
export type PdfDocument = InstanceType<typeof PDFDocument>;

export type StructureElement = PDFKit.PDFStructureElement;

/** pdfkit reads `scope` (the Table attribute of a header cell); its published types (0.17) do not declare it. */
export type TableCellOptions = PDFKit.Mixins.StructureElementOptions & { readonly scope?: 'Row' | 'Column' };

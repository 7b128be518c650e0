import type {
  ReferralDocument,
  ReferralDocumentRenderer,
} from '../../app/ports/referral-document-renderer.ts';
import { createPdfDocument } from './create-pdf-document.ts';
import { drawPageFurniture } from './page-furniture.ts';
import type { PdfDocument } from './pdf-types.ts';
import { writeReferral } from './write-referral.ts';

export interface PdfkitReferralRendererOptions {
  /** Deflate page content (default true). Tests turn it off to read the text back. */
  readonly compress?: boolean;
}

function collectBytes(doc: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export function createPdfkitReferralRenderer(
  options: PdfkitReferralRendererOptions = {},
): ReferralDocumentRenderer {
  const compress = options.compress ?? true;
  return {
    async render(document: ReferralDocument): Promise<Uint8Array> {
      const doc = createPdfDocument({
        reference: document.reference,
        generatedAt: document.generatedAt,
        compress,
      });
      const bytes = collectBytes(doc);
      writeReferral(doc, document);
      drawPageFurniture(doc, document);
      doc.end();
      return bytes;
    },
  };
}

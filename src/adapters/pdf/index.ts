export {
  createPdfkitReferralRenderer,
  type PdfkitReferralRendererOptions,
} from './pdfkit-referral-renderer.ts';

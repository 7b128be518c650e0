import { beforeAll, describe, expect, it } from '@jest/globals';
import { createPdfkitReferralRenderer } from '../../../src/adapters/pdf/index.ts';
import { aFullReferralDocument, fullReferralChildNames } from '../../support/referral-document-builder.ts';
import { documentMetadata, inspectPdf, type PdfInspection } from './pdf-inspection.ts';

const renderer = createPdfkitReferralRenderer({ compress: false });
const document = aFullReferralDocument();
let bytes: Uint8Array;
let pdf: PdfInspection;

beforeAll(async () => {
  bytes = await renderer.render(document);
  pdf = inspectPdf(bytes);
});

const catalog = (): string => pdf.object(/\/Root (\d+ 0 R)/.exec(pdf.raw)?.[1] ?? '');

describe('the referral PDF file', () => {
  it('is a complete PDF 1.7 file', () => {
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('runs over several pages for a full referral with long descriptions', () => {
    expect(pdf.pages.length).toBeGreaterThan(3);
    expect([...pdf.objects.values()].filter((body) => /\/Type \/Page\n/.test(body))).toHaveLength(
      pdf.pages.length,
    );
  });

  it('deflates its page content unless told not to', async () => {
    const compressed = await createPdfkitReferralRenderer().render(document);
    const text = Buffer.from(compressed).toString('latin1');
    expect(text).toContain('/Filter /FlateDecode');
    expect(compressed.length).toBeLessThan(bytes.length);
  });
});

describe('accessibility tagging', () => {
  it('declares a tagged document in British English whose viewer shows its title', () => {
    expect(catalog()).toContain('/Lang (en-GB)');
    expect(catalog()).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf.object(/\/MarkInfo (\d+ 0 R)/.exec(catalog())?.[1] ?? '')).toMatch(/\/Marked true/);
    expect(pdf.object(/\/ViewerPreferences (\d+ 0 R)/.exec(catalog())?.[1] ?? '')).toContain(
      '/DisplayDocTitle true',
    );
  });

  it('puts every piece of text in the structure tree or marks it as an artifact', () => {
    const untagged = pdf.pages.flat().filter((line) => line.tag === undefined);
    expect(untagged).toEqual([]);
  });

  it('gives the document one title, a section with a heading for each part, and tables with row headers', () => {
    const structureTypes = [...pdf.objects.values()].flatMap((body) => /\/S \/(\w+)/.exec(body)?.[1] ?? []);
    expect(structureTypes.filter((type) => type === 'Document')).toHaveLength(1);
    expect(structureTypes.filter((type) => type === 'H1')).toHaveLength(1);
    // 10 form sections, the QA record and the deadline.
    expect(structureTypes.filter((type) => type === 'H2')).toHaveLength(12);
    expect(structureTypes.filter((type) => type === 'Sect').length).toBeGreaterThanOrEqual(12);
    expect(structureTypes).toEqual(expect.arrayContaining(['H3', 'H4', 'P', 'Table', 'TR', 'TH', 'TD']));
    const headerCells = [...pdf.objects.values()].filter((body) => body.includes('/S /TH'));
    expect(headerCells.some((body) => /\/O \/Table\n\/Scope \/Row/.test(body))).toBe(true);
    expect(headerCells.some((body) => /\/O \/Table\n\/Scope \/Column/.test(body))).toBe(true);
    expect(headerCells.every((body) => /\/Scope \/(Row|Column)/.test(body))).toBe(true);
  });
});

describe('security marking and page furniture', () => {
  it('puts the marking at the top and bottom of every page, overflow pages included', () => {
    pdf.pages.forEach((page) => {
      const top = page.filter((line) => line.tag === 'Artifact' && line.attached === 'Top');
      const bottom = page.filter((line) => line.tag === 'Artifact' && line.attached === 'Bottom');
      expect(top.map((line) => line.text)).toContain('OFFICIAL-SENSITIVE');
      expect(bottom.map((line) => line.text)).toContain('OFFICIAL-SENSITIVE');
    });
  });

  it('numbers every page out of the total and says when the document was generated, in UK time', () => {
    const pageCount = pdf.pages.length;
    pdf.pages.forEach((page, index) => {
      const furniture = page.filter((line) => line.tag === 'Artifact').map((line) => line.text);
      expect(furniture).toContain(`Page ${index + 1} of ${pageCount}`);
      // 13:06 UTC on 26 June is 14:06 British Summer Time.
      expect(furniture).toContain('Generated 26 June 2025, 14:06');
    });
  });

  it('repeats the marking as content on the first page, where screen readers read it', () => {
    const firstPage = pdf.pages[0] ?? [];
    expect(firstPage.filter((line) => line.tag === 'TD').map((line) => line.text)).toContain(
      'OFFICIAL-SENSITIVE',
    );
  });
});

describe('metadata', () => {
  it('titles the document with the reference', () => {
    expect(documentMetadata(pdf)).toContain('Title: (Practice review referral SSCP-2025-0042)');
    expect(documentMetadata(pdf)).toContain(
      '<rdf:li xml:lang="x-default">Practice review referral SSCP-2025-0042</rdf:li>',
    );
  });

  it("keeps the children's names out of the metadata and the structure tree", () => {
    const metadata = documentMetadata(pdf);
    for (const name of fullReferralChildNames) {
      expect(metadata).not.toContain(name);
      // Page text is hex-encoded, so a plain occurrence anywhere would be a dictionary or the metadata.
      expect(pdf.raw).not.toContain(name);
    }
  });
});

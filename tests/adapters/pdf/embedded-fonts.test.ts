import { beforeAll, describe, expect, it } from '@jest/globals';
import { createPdfkitReferralRenderer } from '../../../src/adapters/pdf/index.ts';
import type { ReferralDocument } from '../../../src/app/ports/referral-document-renderer.ts';
import { aFullReferralDocument, aReferralDocument } from '../../support/referral-document-builder.ts';
import { allContentText, inspectPdf, type PdfInspection } from './pdf-inspection.ts';

const renderer = createPdfkitReferralRenderer({ compress: false });
const placeholder = '\ufffd';
/** PDF text is in visual order: right-to-left letters are drawn, and so read back here, last letter first. */
const drawnRightToLeft = (word: string): string => [...word].reverse().join('');

/** A referral whose children, household and free text are in several alphabets. */
function aReferralInManyScripts(): ReferralDocument {
  const document = aReferralDocument();
  const [child] = document.referral.children;
  const [member] = document.referral.household;
  if (!child || !member) throw new Error('the fixture referral has a child and a household member');
  return {
    ...document,
    securityMarking: 'OFFICIAL-SENSITIVE Łódź 王',
    referral: {
      ...document.referral,
      children: [
        {
          ...child,
          names: { fullName: 'Łucja Ağaoğlu', otherNames: ['Jiří Erdős', 'فاطمة', '王小明 (Wang Xiaoming)'] },
        },
        { ...child, names: { fullName: 'Іван Петренко', otherNames: ['Αλέξης Παπαδόπουλος'] } },
        { ...child, names: { fullName: 'فاطمة الزهراء', otherNames: ['Zoë 🇬🇧'] } },
      ],
      household: [
        { ...member, name: 'Mária Szőke', relationship: 'Mother (мати)' },
        { ...member, name: 'Γιώργος Νικολάου', relationship: 'Stepfather' },
      ],
      incident: {
        ...document.referral.incident,
        description: 'Іван said “мама” twice.\tŁucja was at home.\r\nThe flag 🇬🇧 was drawn.',
      },
    },
  };
}

describe('names and free text in other alphabets', () => {
  let pdf: PdfInspection;
  let text: string;

  beforeAll(async () => {
    // inspectPdf fails on text it cannot read back through a ToUnicode map, and on missing-glyph boxes.
    pdf = inspectPdf(await renderer.render(aReferralInManyScripts()));
    text = allContentText(pdf);
  });

  it('prints Polish, Turkish, Czech and Hungarian letters, Cyrillic and Greek as typed', () => {
    expect(text).toContain('Full name Łucja Ağaoğlu');
    expect(text).toContain('Other names used Jiří Erdős');
    expect(text).toContain('Full name Іван Петренко');
    expect(text).toContain('Other names used Αλέξης Παπαδόπουλος');
    expect(text).toContain('Mária Szőke Mother (мати)');
    expect(text).toContain('Γιώργος Νικολάου Stepfather');
    expect(text).toContain('Іван said “мама” twice. Łucja was at home.');
  });

  it('prints each character the fonts have no glyph for as one placeholder, and carries on', () => {
    expect(text).toContain(`${placeholder.repeat(3)} (Wang Xiaoming)`);
    expect(text).toContain(`Zoë ${placeholder}`);
    expect(text).toContain(`The flag ${placeholder} was drawn.`);
  });

  it('applies the same to the security marking at the top and bottom of every page', () => {
    for (const page of pdf.pages) {
      const furniture = page.filter((line) => line.tag === 'Artifact').map((line) => line.text);
      expect(furniture.filter((line) => line === `OFFICIAL-SENSITIVE Łódź ${placeholder}`)).toHaveLength(2);
    }
  });

  it('draws a one-word Arabic name with its letters joined, right to left', () => {
    expect(text).toContain(`Other names used Jiří Erdős ${drawnRightToLeft('فاطمة')} `);
  });

  it('lays the words of right-to-left text out from the left, as pdfkit has no bidirectional layout', () => {
    // A known limitation: each word reads correctly, but an Arabic reader reads "الزهراء فاطمة", with the
    // space at the left end rather than between the words.
    expect(text).toContain(`Full name ${drawnRightToLeft('فاطمة')}${drawnRightToLeft('الزهراء')}`);
  });
});

describe('the embedded fonts', () => {
  let uncompressed: string;
  let compressedSize: number;

  beforeAll(async () => {
    uncompressed = Buffer.from(await renderer.render(aFullReferralDocument())).toString('latin1');
    compressedSize = (await createPdfkitReferralRenderer().render(aFullReferralDocument())).length;
  });

  it('are subsets of DejaVu Sans and DejaVu Sans Bold, each with a ToUnicode map, and no standard font', () => {
    const fonts = [...uncompressed.matchAll(/\/Subtype \/Type0\n\/BaseFont \/([A-Z]{6})\+([\w-]+)\n/g)];
    expect(fonts.map(([, , name]) => name).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(uncompressed.match(/\/ToUnicode \d+ 0 R/g)).toHaveLength(2);
    expect(uncompressed.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(2);
    expect(uncompressed).not.toMatch(/\/Subtype \/Type1/);
  });

  it('carry only the glyphs the document uses, so a full referral stays small', () => {
    const fontFileSizes = [...uncompressed.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) =>
      Number(new RegExp(`\\n${id} 0 obj\\n<<\\n/Length (\\d+)`).exec(uncompressed)?.[1]),
    );
    // The font files are 757 KB and 706 KB.
    for (const size of fontFileSizes) expect(size).toBeLessThan(50 * 1024);
    expect(compressedSize).toBeLessThan(150 * 1024);
  });
});

/**
 * Reads back what the tests need from an uncompressed pdfkit PDF, without a PDF library: the objects, the pages
 * in order, and each page's text with the marked content (tag or artifact) it sits in. Text is written as glyph
 * ids of the embedded fonts, so it is read back through each font's ToUnicode CMap, as a PDF reader does.
 */

export interface PageText {
  /** The tag of the innermost marked content, e.g. `P`, `TD`, `Artifact`; undefined for untagged text. */
  readonly tag: string | undefined;
  /** For artifacts: where the artifact is attached, e.g. `Top` or `Bottom`. */
  readonly attached: string | undefined;
  readonly text: string;
}

export interface PdfInspection {
  readonly raw: string;
  readonly objects: ReadonlyMap<number, string>;
  /** The text of each page, in page order; one entry a text object (usually one line). */
  readonly pages: readonly (readonly PageText[])[];
  object(reference: string): string;
}

/** Glyph id (as written in a text string: four hex digits for pdfkit's Identity-H fonts) → the text it stands for. */
type GlyphText = ReadonlyMap<string, string>;

const utf16 = (hex: string): string =>
  String.fromCharCode(
    ...(hex.replace(/\s/g, '').match(/[0-9a-f]{4}/gi) ?? []).map((unit) => parseInt(unit, 16)),
  );

/** A ToUnicode CMap as pdfkit writes it: `bfrange`s of consecutive glyph ids, each mapped by an array. */
function readToUnicode(cmap: string): GlyphText {
  const glyphs = new Map<string, string>();
  for (const [, body] of cmap.matchAll(/beginbfrange\n([\s\S]*?)endbfrange/g)) {
    for (const [, first, targets] of (body ?? '').matchAll(
      /<([0-9a-f]{4})>\s*<[0-9a-f]{4}>\s*\[([^\]]*)\]/gi,
    )) {
      [...(targets ?? '').matchAll(/<([0-9a-f\s]*)>/gi)].forEach(([, target], offset) => {
        const id = (parseInt(first ?? '', 16) + offset).toString(16).padStart(4, '0');
        glyphs.set(id, utf16(target ?? ''));
      });
    }
  }
  return glyphs;
}

/**
 * Text strings of an embedded font are glyph ids; its ToUnicode CMap says what text each stands for, which is how
 * a reader copies and searches the text, and how a screen reader reads it. Text that cannot be read back, and the
 * missing-glyph box (glyph 0, which pdfkit maps to U+0000), fail the inspection.
 */
function decodeGlyphs(hex: string, fontName: string, glyphs: GlyphText): string {
  if (hex.length % 4 !== 0) throw new Error(`text in ${fontName} is not two-byte glyph ids: <${hex}>`);
  let text = '';
  for (let i = 0; i < hex.length; i += 4) {
    const id = hex.slice(i, i + 4).toLowerCase();
    const glyphText = glyphs.get(id);
    if (glyphText === undefined) throw new Error(`glyph ${id} of ${fontName} has no ToUnicode entry`);
    if (glyphText === '\u0000') throw new Error(`text in ${fontName} draws the missing-glyph box`);
    text += glyphText;
  }
  return text;
}

const contentOperators =
  /\/(\w+)\s*(<<[\s\S]*?>>)\s*BDC|\/(\w+)\s+BMC|\bEMC\b|\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|\bET\b/g;

function readPageText(stream: string, fonts: ReadonlyMap<string, GlyphText>): PageText[] {
  const open: { tag: string; attached: string | undefined }[] = [];
  const texts: PageText[] = [];
  let current = '';
  let fontName = '';
  for (const match of stream.matchAll(contentOperators)) {
    const [token, bdcTag, bdcDictionary, bmcTag, tfFont, tjArray] = match;
    if (bdcTag) open.push({ tag: bdcTag, attached: /\/Attached \[\/(\w+)\]/.exec(bdcDictionary ?? '')?.[1] });
    else if (bmcTag) open.push({ tag: bmcTag, attached: undefined });
    else if (token === 'EMC') open.pop();
    else if (tfFont) fontName = tfFont;
    else if (tjArray !== undefined) {
      const glyphs = fonts.get(fontName);
      if (!glyphs) throw new Error(`font ${fontName} has no ToUnicode map: its text cannot be read back`);
      for (const hex of tjArray.matchAll(/<([0-9a-fA-F]*)>/g))
        current += decodeGlyphs(hex[1] ?? '', fontName, glyphs);
    } else if (token === 'ET') {
      const inner = open.at(-1);
      texts.push({ tag: inner?.tag, attached: inner?.attached, text: current });
      current = '';
    }
  }
  return texts;
}

const streamOf = (body: string): string => /stream\n([\s\S]*)\nendstream/.exec(body)?.[1] ?? '';

/** Reads a page's fonts by resource name, each with the text of its glyphs; each CMap is read once. */
function fontReader(object: (reference: string) => string): (page: string) => Map<string, GlyphText> {
  const cmaps = new Map<string, GlyphText>();
  return (page) => {
    const resources = object(/\/Resources (\d+ 0 R)/.exec(page)?.[1] ?? '');
    const fontRefs = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map<string, GlyphText>();
    for (const [, name, fontRef] of fontRefs.matchAll(/\/(\w+) (\d+ 0 R)/g)) {
      const cmapRef = /\/ToUnicode (\d+ 0 R)/.exec(object(fontRef ?? ''))?.[1];
      if (!name || !cmapRef) continue;
      const glyphs = cmaps.get(cmapRef) ?? readToUnicode(streamOf(object(cmapRef)));
      cmaps.set(cmapRef, glyphs);
      fonts.set(name, glyphs);
    }
    return fonts;
  };
}

export function inspectPdf(bytes: Uint8Array): PdfInspection {
  const raw = Buffer.from(bytes).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g))
    objects.set(Number(match[1]), match[2] ?? '');
  const object = (reference: string): string => {
    const id = /^(\d+) 0 R$/.exec(reference.trim())?.[1];
    const body = id === undefined ? undefined : objects.get(Number(id));
    if (body === undefined) throw new Error(`no object ${reference}`);
    return body;
  };
  const pagesObject = [...objects.values()].find((body) => /\/Type \/Pages\b/.test(body)) ?? '';
  const kids = /\/Kids \[([^\]]*)\]/.exec(pagesObject)?.[1] ?? '';
  const readFonts = fontReader(object);
  const pages = [...kids.matchAll(/\d+ 0 R/g)].map(([pageRef]) => {
    const page = object(pageRef);
    const contents = /\/Contents (\d+ 0 R)/.exec(page)?.[1] ?? '';
    return readPageText(streamOf(object(contents)), readFonts(page));
  });
  return { raw, objects, pages, object };
}

/** The text of a page's content (not its artifacts), whitespace collapsed. */
export const contentText = (page: readonly PageText[]): string =>
  page
    .filter((line) => line.tag !== 'Artifact')
    .map((line) => line.text)
    .join(' ')
    .replace(/\s+/g, ' ');

/** The content text of every page, in reading order, as one string: what flows across pages reads on. */
export const allContentText = (pdf: PdfInspection): string =>
  pdf.pages.map(contentText).join(' ').replace(/\s+/g, ' ');

/** The document information dictionary and the XMP metadata: what file properties and search indexes show. */
export function documentMetadata(pdf: PdfInspection): string {
  const infoRef = /\/Info (\d+ 0 R)/.exec(pdf.raw)?.[1] ?? '';
  const info = pdf.object(infoRef);
  const values = [...info.matchAll(/\/(\w+) (\d+ 0 R)/g)].map(
    ([, key, ref]) => `${key}: ${pdf.object(ref ?? '')}`,
  );
  const xmp = [...pdf.objects.values()].find((body) => body.includes('/Type /Metadata')) ?? '';
  return [...values, xmp].join('\n');
}

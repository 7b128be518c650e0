/**
 * Reads back what the tests need from an uncompressed pdfkit PDF, without a PDF library: the objects, the pages
 * in order, and each page's text with the marked content (tag or artifact) it sits in. Standard-font text is
 * written as WinAnsi hex strings, so it is decoded here.
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

const winAnsiHigh: Readonly<Record<number, string>> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWinAnsiHex(hex: string): string {
  if (hex.length % 2 !== 0) throw new Error(`odd-length hex string in text: <${hex}>`);
  let text = '';
  for (let i = 0; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    text += winAnsiHigh[byte] ?? String.fromCharCode(byte);
  }
  return text;
}

const contentOperators = /\/(\w+)\s*(<<[\s\S]*?>>)\s*BDC|\/(\w+)\s+BMC|\bEMC\b|\[([^\]]*)\]\s*TJ|\bET\b/g;

function readPageText(stream: string): PageText[] {
  const open: { tag: string; attached: string | undefined }[] = [];
  const texts: PageText[] = [];
  let current = '';
  for (const match of stream.matchAll(contentOperators)) {
    const [token, bdcTag, bdcDictionary, bmcTag, tjArray] = match;
    if (bdcTag) open.push({ tag: bdcTag, attached: /\/Attached \[\/(\w+)\]/.exec(bdcDictionary ?? '')?.[1] });
    else if (bmcTag) open.push({ tag: bmcTag, attached: undefined });
    else if (token === 'EMC') open.pop();
    else if (tjArray !== undefined) {
      for (const hex of tjArray.matchAll(/<([0-9a-fA-F]*)>/g)) current += decodeWinAnsiHex(hex[1] ?? '');
    } else if (token === 'ET') {
      const inner = open.at(-1);
      texts.push({ tag: inner?.tag, attached: inner?.attached, text: current });
      current = '';
    }
  }
  return texts;
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
  const pages = [...kids.matchAll(/\d+ 0 R/g)].map(([pageRef]) => {
    const contents = /\/Contents (\d+ 0 R)/.exec(object(pageRef))?.[1] ?? '';
    const stream = /stream\n([\s\S]*)\nendstream/.exec(object(contents))?.[1] ?? '';
    return readPageText(stream);
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

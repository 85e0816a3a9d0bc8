/**
 * @module make-docx
 * Builds a minimal DOCX (WordprocessingML) with headings, paragraphs and a numbered list,
 * for reader tests.
 */
import { makeZip } from './make-zip.ts';

/** One paragraph of the fixture: plain, a heading, or an item of the numbered list. */
export type DocxParagraph = { text: string; style?: 'Heading1' | 'Heading2'; numbered?: boolean };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A DOCX file with the given paragraphs (numbered ones form one decimal list).
 * @example makeDocx([{ text: 'Title', style: 'Heading1' }, { text: 'One', numbered: true }])
 */
export function makeDocx(paragraphs: readonly DocxParagraph[]): Uint8Array {
  const body = paragraphs.map(paragraphXml).join('');
  return makeZip({
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types ` +
      `xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ` +
      `ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ` +
      `ContentType="application/xml"/><Override PartName="/word/document.xml" ` +
      `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ` +
      `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/numbering.xml" ` +
      `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships ` +
      `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
      `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ` +
      `Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships ` +
      `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
      `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" ` +
      `Target="styles.xml"/><Relationship Id="rId2" ` +
      `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" ` +
      `Target="numbering.xml"/></Relationships>`,
    'word/styles.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` +
      `xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading ` +
      `1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading ` +
      `2"/></w:style></w:styles>`,
    'word/numbering.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` +
      `xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt ` +
      `w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId ` +
      `w:val="0"/></w:num></w:numbering>`,
    'word/document.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` +
      `xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  });
}

function paragraphXml(p: DocxParagraph): string {
  const props = p.style
    ? `<w:pStyle w:val="${p.style}"/>`
    : p.numbered
      ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
      : '';
  return (
    `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t ` +
    `xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

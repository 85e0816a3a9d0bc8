/**
 * @module read-document
 * Bytes → Document: checks the size, picks the format, decodes, runs the format's reader,
 * then adds the id, language, format, encoding and file name.
 */
import type { Document, DocumentMeta, SourceFormat } from '../model/document.ts';
import { documentId } from '../model/document-id.ts';
import { decodeText, type Decoded } from './decode.ts';
import { detectFormat, charsetOf, type DetectedFormat, type UnreadableFormat } from './detect-format.ts';
import { detectLanguage } from './detect-language.ts';
import { leadingTitle } from './leading-title.ts';
import { readDocx } from './docx-reader.ts';
import { readHtml } from './html-reader.ts';
import { readMarkdown } from './markdown-reader.ts';
import { assertWithinLimit, resolveMaxBytes } from './max-bytes.ts';
import { readPdf } from './pdf-reader.ts';
import { readPlainText } from './text-reader.ts';
import { ReadError, describeInput, isReadError } from './read-error.ts';
import type { ReadResult } from './read-result.ts';
import { wellFormed } from './well-formed.ts';
import { assertLinesWithinLimit } from './line-limit.ts';

/** What a reader is given: the bytes and whatever is known about where they came from. */
export interface ReadInput {
  readonly bytes: Uint8Array;
  readonly fileName?: string;
  /** A declared media type, e.g. `text/html; charset=windows-1251`. */
  readonly mediaType?: string;
  /** Where the bytes came from; becomes meta.url when the source states none. */
  readonly url?: string;
  /** Size limit in bytes (default 25 MiB, or `CONCORD_MAX_BYTES`). */
  readonly maxBytes?: number;
}

/**
 * Reads a document. Throws `ReadError` for input that is not a readable document.
 * @example const doc = await readDocument({ bytes: new TextEncoder().encode('Hello'), fileName: 'a.txt' })
 */
export async function readDocument(input: ReadInput): Promise<Document> {
  const { bytes, fileName } = input;
  assertWithinLimit(bytes.length, fileName, resolveMaxBytes(input.maxBytes));
  if (isBlank(bytes)) throw new ReadError('empty', `${describeInput(fileName)} is empty: there is no text to read`);
  const format = detectFormat(bytes, input);
  if (isUnreadable(format))
    throw new ReadError('unsupported', `${describeInput(fileName)} ${unreadableAdvice(format, fileName)}`);
  const { result, encoding } = await readFormatSafely(format, input);
  const text = wellFormed(result.text);
  if (!text.trim())
    throw new ReadError(
      'empty',
      `${describeInput(fileName)} holds no text once its ${format === 'text' ? 'header' : 'markup'} is removed: ` +
        'there is nothing to analyse',
    );
  assertLinesWithinLimit(text, fileName);
  const meta = finalMeta(result, { text, format, encoding, input });
  return { id: documentId(text), text, meta };
}

/** What to tell the user about a container Concord recognises but does not read. */
const UNREADABLE_ADVICE: Readonly<Record<UnreadableFormat, string>> = {
  zip: 'is a zip archive but not a DOCX: unpack it and read the documents inside',
  rtf: 'is an RTF file, which Concord does not read: save it as DOCX, PDF or plain text',
  ole: 'is a legacy Office file (.doc/.xls): save it as DOCX or PDF',
};

/** A ".docx" that is no Word package was damaged or renamed: unpacking it will not help. */
function unreadableAdvice(format: UnreadableFormat, fileName?: string): string {
  if (format === 'zip' && /\.docx$/i.test(fileName ?? ''))
    return (
      'is named .docx but holds no Word document (damaged or renamed?): ' +
      'open and re-save it in Word or LibreOffice, or export it as PDF'
    );
  return UNREADABLE_ADVICE[format];
}

function isUnreadable(format: DetectedFormat): format is UnreadableFormat {
  return format in UNREADABLE_ADVICE;
}

/**
 * A library's own exception (jsdom on `<!doctype `, a stack overflow on deep markup) is
 * still bad input to the caller: it becomes a `ReadError` naming the file and the format.
 */
async function readFormatSafely(
  format: SourceFormat,
  input: ReadInput,
): Promise<{ result: ReadResult; encoding?: string }> {
  try {
    return await readFormat(format, input);
  } catch (cause) {
    if (isReadError(cause)) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    const code = cause instanceof RangeError ? 'too-complex' : 'malformed';
    throw new ReadError(code, `${describeInput(input.fileName)} could not be read as ${format} (${why})`, { cause });
  }
}

async function readFormat(format: SourceFormat, input: ReadInput): Promise<{ result: ReadResult; encoding?: string }> {
  const { bytes, fileName } = input;
  if (format === 'pdf') return { result: await readPdf(bytes, fileName) };
  if (format === 'docx') return { result: await readDocx(bytes, fileName) };
  const declared = charsetOf(input.mediaType) ?? (format === 'html' ? metaCharset(bytes) : undefined);
  const decoded: Decoded = decodeText(bytes, fileName, declared);
  const result =
    format === 'html'
      ? readHtml(decoded.text, input.url, fileName)
      : format === 'markdown'
        ? readMarkdown(decoded.text, fileName)
        : readPlainText(decoded.text);
  return { result, encoding: decoded.encoding };
}

function finalMeta(
  result: ReadResult,
  context: { text: string; format: SourceFormat; encoding?: string; input: ReadInput },
): DocumentMeta {
  const { text, format, encoding, input } = context;
  const detected = detectLanguage(text);
  const language = detected === 'und' && result.languageHint ? result.languageHint : detected;
  const meta: DocumentMeta = { ...result.meta, language, format };
  // Plain text states no title unless it has a header block; its first lines usually print one.
  if (!meta.title && format === 'text') {
    const title = leadingTitle(text);
    if (title) meta.title = title;
  }
  if (encoding) meta.encoding = encoding;
  if (input.fileName) meta.fileName = input.fileName;
  if (!meta.url && input.url) meta.url = input.url;
  return meta;
}

/** Empty or only whitespace (ASCII, or UTF-8/UTF-16 BOM plus whitespace). */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    if (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe)) continue;
    // UTF-16 whitespace: the NUL half of a space or line break.
    if (b === 0 && i > 0 && i < 4096) continue;
    return false;
  }
  return true;
}

/** `<meta charset>` or `http-equiv` content type, from the first 1024 bytes as the HTML spec does. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // Tag by tag (a tag stops at the next `<`), so a run of `<meta` costs linear time.
  for (const [tag] of head.matchAll(/<meta[^<>]*/gi)) {
    const match = /charset\s*=\s*["']?([\w-]+)/i.exec(tag);
    if (match) return match[1].toLowerCase();
  }
  return undefined;
}

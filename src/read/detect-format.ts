/**
 * @module detect-format
 * Decides which reader takes some bytes: unmistakable signatures (PDF, DOCX zip) first,
 * then the declared media type, then the file extension, then a look at the text.
 */
import type { SourceFormat } from '../model/document.ts';

/** What is known about the input besides its bytes. */
export interface FormatHints {
  readonly fileName?: string;
  readonly mediaType?: string;
  readonly url?: string;
}

/** Result of format detection: a readable format, or a recognised container Concord does not read. */
export type DetectedFormat = SourceFormat | UnreadableFormat;

/** Formats recognised by signature only to refuse them with a useful message. */
export type UnreadableFormat = 'zip' | 'rtf' | 'ole';

const MEDIA_TYPES: Readonly<Record<string, SourceFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/**
 * The format of some bytes.
 * @example detectFormat(new TextEncoder().encode('%PDF-1.4'), {}) === 'pdf'
 */
export function detectFormat(bytes: Uint8Array, hints: FormatHints): DetectedFormat {
  const signature = bySignature(bytes);
  if (signature) return signature;
  return (
    byMediaType(hints.mediaType) ?? byExtension(hints.fileName) ?? byExtension(urlPath(hints.url)) ?? byContent(bytes)
  );
}

/** The media type without parameters, lowercased: `text/html; charset=x` → `text/html`. */
export function essence(mediaType?: string): string | undefined {
  return mediaType?.split(';')[0].trim().toLowerCase() || undefined;
}

/** The `charset` parameter of a media type, if any. @example charsetOf('text/plain; charset=KOI8-R') === 'koi8-r' */
export function charsetOf(mediaType?: string): string | undefined {
  const match = mediaType && /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(mediaType);
  return match ? match[1].toLowerCase() : undefined;
}

function bySignature(bytes: Uint8Array): DetectedFormat | undefined {
  if (startsWithAscii(bytes, '%PDF-')) return 'pdf';
  if (startsWithAscii(bytes, '{\\rtf')) return 'rtf';
  // OLE2 compound file: legacy .doc, .xls, .msg.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // Entry names sit uncompressed in local headers and the central directory.
    return containsAscii(bytes, 'word/document.xml') ? 'docx' : 'zip';
  }
  return undefined;
}

function byMediaType(mediaType?: string): SourceFormat | undefined {
  const type = essence(mediaType);
  return type ? MEDIA_TYPES[type] : undefined;
}

function byExtension(fileName?: string): SourceFormat | undefined {
  const match = fileName && /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

function urlPath(url?: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** HTML by its opening tags; Markdown by front matter or two kinds of Markdown syntax; else text. */
function byContent(bytes: Uint8Array): SourceFormat {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<html[\s>]/i.test(head.slice(0, 1024)))
    return 'html';
  // A header block (`key: value` lines closed by `---`) or a ` date` line marks Concord's plain-text form.
  // `[^\n]*` takes a line's `\r` itself: a second way to match it (`\r?`) made this exponential.
  if (/^(?:[A-Za-z][\w-]*:[^\n]*\n)+---[ \t]*\r?\n/.test(head) || /^ date \d{4}-\d{2}-\d{2}/.test(head)) return 'text';
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head) && /^---\r?\n[A-Za-z_][\w-]*:/.test(head)) return 'markdown';
  return markdownCues(head) >= 2 ? 'markdown' : 'text';
}

/** Number of distinct Markdown constructs at line starts or inline. */
function markdownCues(text: string): number {
  const cues = [
    /^#{1,6} \S/m, // ATX heading
    /^\d+\\\. /m, // escaped ordered-list marker, as Markdown converters write clause numbers
    /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
    /\[[^[\]\n]+\]\([^()\s]+\)/, // link (no brackets inside, so the scan stays linear)
    /^[-*+] \S/m, // bullet list
    /^> \S/m, // block quote
  ];
  return cues.filter((cue) => cue.test(text)).length;
}

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/**
 * @module zip-limits
 * Caps on a zip archive (a DOCX), read from its central directory before anything is
 * inflated: a 50 KB file can unpack to gigabytes. Sizes declared there can lie; the worker's
 * time and memory budget is what stops an archive that does.
 */
import { ReadError, describeInput } from './read-error.ts';

/** A Word package has a few dozen parts; a thousand is far past any real one. */
export const MAX_ZIP_ENTRIES = 1000;
/** Everything unpacked together (images included). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** A part over 1 MiB that unpacks to more than this many times its packed size is a bomb (XML packs 5–20×). */
export const MAX_RATIO = 50;
const RATIO_FLOOR_BYTES = 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** Entry count and declared sizes from the central directory. Throws a ReadError if it is not readable. */
export function zipEntries(bytes: Uint8Array, fileName?: string): { name: string; packed: number; unpacked: number }[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(data);
  const malformed = (why: string) =>
    new ReadError('malformed', `${describeInput(fileName)} is not a readable DOCX (${why}): re-save it in Word`);
  if (end < 0) throw malformed('no zip directory');
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ReadError('too-complex', `${describeInput(fileName)} is a ZIP64 archive, which no Word document needs`);
  const entries: { name: string; packed: number; unpacked: number }[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_ENTRY) throw malformed('damaged zip directory');
    const nameLength = data.readUInt16LE(at + 28);
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      packed: data.readUInt32LE(at + 20),
      unpacked: data.readUInt32LE(at + 24),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** Throws `ReadError` ('too-complex' or 'too-large') when the archive is past a cap. */
export function assertZipWithinLimits(bytes: Uint8Array, fileName?: string): void {
  const name = describeInput(fileName);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(data);
  const declared = end < 0 ? 0 : data.readUInt16LE(end + 10);
  if (declared > MAX_ZIP_ENTRIES && declared !== 0xffff)
    throw new ReadError('too-complex', `${name} holds ${declared} files (the limit is ${MAX_ZIP_ENTRIES})`);
  const entries = zipEntries(bytes, fileName);
  let total = 0;
  for (const entry of entries) {
    total += entry.unpacked;
    const ratio = entry.unpacked / Math.max(1, entry.packed);
    if (entry.unpacked > RATIO_FLOOR_BYTES && ratio > MAX_RATIO)
      throw new ReadError(
        'too-large',
        `${name} is a zip bomb: its part ${entry.name} unpacks ${Math.round(ratio)} times larger ` +
          `(${mib(entry.unpacked)})`,
      );
  }
  if (total > MAX_UNPACKED_BYTES)
    throw new ReadError('too-large', `${name} unpacks to ${mib(total)}, over the ${mib(MAX_UNPACKED_BYTES)} limit`);
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when a comment follows it. */
function findEndRecord(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  return -1;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// Thin promise wrappers over yauzl: open an archive without trusting it, inflate one entry
// with a hard cap on the bytes kept.
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { type Entry, openPromise, type ZipFile } from 'yauzl';

export function openZip(path: string): Promise<ZipFile> {
  return openPromise(path, {
    lazyEntries: true, // entries one at a time, so we can stop at the first sign of trouble
    autoClose: false, // kept open until the import is done; closed by the caller
    validateEntrySizes: true, // an entry that inflates past its declared size is an error, not a bomb
    // We decode names ourselves (entryName) so a bad name becomes a listed problem instead of
    // an error that stops the scan; yauzl's own name checks only run when it decodes.
    decodeStrings: false,
    strictFileNames: true,
  });
}

/** Every entry of the central directory, in order. Rejects on a damaged directory. */
export async function listEntries(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  return entries;
}

/** The entry's bytes; rejects when it holds more than maxBytes or fails its CRC-32. */
export async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new Error(`it holds more than ${maxBytes} bytes`);
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks, total);
  // yauzl checks sizes but not checksums; a flipped bit in a PDF should not be stored silently.
  if (crc32(bytes) !== entry.crc32) throw new Error('its checksum does not match; the zip is damaged');
  return bytes;
}

/** "End of central directory record signature not found..." -> a sentence a reviewer can act on. */
export function describeZipError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/end of central directory record signature not found/i.test(message)) return 'it is not a zip file, or it is truncated';
  // validateEntrySizes: the entry inflates to more (or less) than its header declares.
  if (/too many bytes in the stream/i.test(message)) return 'it inflates to more bytes than its header declares';
  if (/not enough bytes in the stream/i.test(message)) return 'it inflates to fewer bytes than its header declares';
  return `it is damaged (${message.replace(/\.$/, '')})`;
}

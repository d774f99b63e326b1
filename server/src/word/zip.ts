// Reading a .docx as the ZIP archive it is: the central directory, and only the entries asked for, each inflated
// with a cap (node:zlib stops at `maxOutputLength`), so a zip bomb costs at most the cap. Entries are read by
// position: the images of a 40 MB .docx are never read.

import { inflateRawSync } from 'node:zlib';

/** Bytes read by position: a file descriptor or a buffer. */
export interface RandomAccess {
  readonly size: number;
  read(position: number, length: number): Uint8Array;
}

export function bufferSource(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)) };
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why an archive or an entry cannot be read. `kind` decides the message the writer sees. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'too-large' | 'encrypted' | 'unsupported',
    message: string,
    /** For `too-large`: the uncompressed size the archive declares, when that is what is too large. */
    readonly declared?: number,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A central directory larger than this, or with more entries, is not a Word document's. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

export class ZipArchive {
  private constructor(
    private readonly source: RandomAccess,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Reads the central directory. Throws ZipError('corrupt') when there is none to read. */
  static open(source: RandomAccess): ZipArchive {
    const size = source.size;
    if (size < 22) throw new ZipError('corrupt', 'too short for a zip archive');
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = source.read(size - tailLength, tailLength);
    let eocd = -1;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (u32(tail, at) === EOCD && at + 22 + u16(tail, at + 20) <= tail.length) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0) throw new ZipError('corrupt', 'no end of central directory record');
    let count = u16(tail, eocd + 10);
    let directorySize = u32(tail, eocd + 12);
    let directoryOffset = u32(tail, eocd + 16);
    if (eocd >= 20 && u32(tail, eocd - 20) === ZIP64_LOCATOR) {
      const recordAt = u64(tail, eocd - 20 + 8);
      if (recordAt + 56 > size) throw new ZipError('corrupt', 'zip64 record out of range');
      const record = source.read(recordAt, 56);
      if (u32(record, 0) !== ZIP64_EOCD) throw new ZipError('corrupt', 'bad zip64 record');
      count = u64(record, 32);
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
    if (count > MAX_ENTRIES || directorySize > MAX_DIRECTORY_BYTES) throw new ZipError('unsupported', `${count} entries, ${directorySize} bytes of directory`);
    if (directoryOffset + directorySize > size) throw new ZipError('corrupt', 'central directory out of range');
    const directory = source.read(directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let k = 0; k < count; k++) {
      if (at + 46 > directory.length || u32(directory, at) !== CENTRAL) throw new ZipError('corrupt', 'bad central directory entry');
      const nameLength = u16(directory, at + 28);
      const extraLength = u16(directory, at + 30);
      const commentLength = u16(directory, at + 32);
      if (at + 46 + nameLength + extraLength + commentLength > directory.length) throw new ZipError('corrupt', 'central directory entry out of range');
      const entry: ZipEntry = {
        name: new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength)),
        flags: u16(directory, at + 8),
        method: u16(directory, at + 10),
        crc32: u32(directory, at + 16),
        compressedSize: u32(directory, at + 20),
        uncompressedSize: u32(directory, at + 24),
        localHeaderOffset: u32(directory, at + 42),
      };
      readZip64Extra(entry, directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      // the first of two entries of one name wins, as in most readers; names are matched without case (OPC)
      const key = entry.name.toLowerCase();
      if (!entries.has(key)) entries.set(key, entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(source, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /**
   * An entry's bytes, at most `cap` of them: a larger declared size is refused before anything is inflated, and
   * inflating stops as soon as the output passes the cap. CRC and size are checked.
   */
  read(name: string, cap: number): Uint8Array {
    const entry = this.entry(name);
    if (!entry) throw new ZipError('corrupt', `no entry ${name}`);
    if (entry.flags & 1) throw new ZipError('encrypted', `${name} is encrypted`);
    if (entry.uncompressedSize > cap) throw new ZipError('too-large', `${name} declares ${entry.uncompressedSize} bytes`, entry.uncompressedSize);
    // deflate never grows data by more than a few bytes per 16 KB block: more compressed bytes than that cannot
    // inflate to the cap, and are not read
    if (entry.compressedSize > cap + (cap >>> 10) + 1024) throw new ZipError('too-large', `${name} holds ${entry.compressedSize} compressed bytes`);
    const header = this.source.read(entry.localHeaderOffset, 30);
    if (header.length < 30 || u32(header, 0) !== LOCAL) throw new ZipError('corrupt', `bad local header for ${name}`);
    const dataStart = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
    if (dataStart + entry.compressedSize > this.source.size) throw new ZipError('corrupt', `${name} runs past the end of the file`);
    const data = this.source.read(dataStart, entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: cap });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
          throw new ZipError('too-large', `${name} inflates past ${cap} bytes`);
        }
        throw new ZipError('corrupt', `${name}: ${(e as Error).message}`);
      }
    } else {
      throw new ZipError('unsupported', `${name} uses compression method ${entry.method}`);
    }
    if (out.length !== entry.uncompressedSize) throw new ZipError('corrupt', `${name} inflates to ${out.length} bytes, not the ${entry.uncompressedSize} declared`);
    if (crc32(out) !== entry.crc32) throw new ZipError('corrupt', `${name} fails its CRC check`);
    return out;
  }
}

function readZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const end = at + 4 + length;
      const take = (): number => {
        if (p + 8 > end) throw new ZipError('corrupt', 'short zip64 extra field');
        const v = u64(extra, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + length;
  }
}

let table: Uint32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let k = 0; k < bytes.length; k++) c = table[(c ^ bytes[k]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// Telling apart the files in Microsoft's Compound File Binary format (OLE) that arrive named .doc or .docx: an old
// binary Word document holds a `WordDocument` stream; a .docx with an open password is an OLE file holding
// `EncryptionInfo` and `EncryptedPackage` ([MS-OFFCRYPTO] 2.3.4). Only the directory's stream names are read.

import type { RandomAccess } from './zip';

export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type OleKind = 'word-binary' | 'encrypted-ooxml' | 'other';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
/** A Word file's directory takes a few sectors; walking more than this is a loop or garbage. */
const MAX_SECTORS_WALKED = 100_000;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

export function isOle(head: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, k) => head[k] === b);
}

/** What an OLE compound file holds, from the names in its directory; 'other' when it cannot be read. */
export function oleKind(source: RandomAccess): OleKind {
  let names: Set<string>;
  try {
    names = streamNames(source);
  } catch {
    return 'other';
  }
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted-ooxml';
  if (names.has('WordDocument')) return 'word-binary';
  return 'other';
}

function streamNames(source: RandomAccess): Set<string> {
  const header = source.read(0, 512);
  if (header.length < 512) throw new Error('short header');
  const sectorShift = u16(header, 0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) throw new Error('bad sector size');
  const sectorSize = 1 << sectorShift;
  const sector = (n: number): Uint8Array => {
    const at = (n + 1) * sectorSize;
    if (at + sectorSize > source.size) throw new Error('sector out of range');
    return source.read(at, sectorSize);
  };
  // the FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors
  const fatSectors: number[] = [];
  for (let k = 0; k < 109; k++) {
    const s = u32(header, 0x4c + k * 4);
    if (s !== FREE) fatSectors.push(s);
  }
  let difat = u32(header, 0x44);
  for (let walked = 0; difat !== END_OF_CHAIN && difat !== FREE; walked++) {
    if (walked > MAX_SECTORS_WALKED) throw new Error('DIFAT loop');
    const block = sector(difat);
    for (let k = 0; k < sectorSize / 4 - 1; k++) {
      const s = u32(block, k * 4);
      if (s !== FREE) fatSectors.push(s);
    }
    difat = u32(block, sectorSize - 4);
  }
  const perSector = sectorSize / 4;
  const fatEntry = (n: number): number => {
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined) throw new Error('FAT entry out of range');
    return u32(sector(fat), (n % perSector) * 4);
  };
  const names = new Set<string>();
  let dir = u32(header, 0x30);
  for (let walked = 0; dir !== END_OF_CHAIN; walked++) {
    if (walked > MAX_SECTORS_WALKED || dir === FREE) throw new Error('bad directory chain');
    const block = sector(dir);
    for (let at = 0; at + 128 <= sectorSize; at += 128) {
      const length = u16(block, at + 0x40);
      if (length < 2 || length > 64) continue;
      let name = '';
      for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(u16(block, at + k));
      names.add(name);
    }
    dir = fatEntry(dir);
  }
  return names;
}

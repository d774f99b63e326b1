// Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK as Chinese
// .txt files often are; binary files are refused.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decodeDraft(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, reason: '这是二进制文件，不是文本文稿（binary file, not a text draft）' };
  const asUtf8 = utf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: '无法识别文件编码：既不是 UTF-8 也不是 GB18030/GBK（unknown text encoding）' };
  }
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: '不是有效的 UTF-8（invalid UTF-8）' };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `不是有效的 ${encoding.toUpperCase()}（invalid ${encoding}）` };
  }
}

/** NUL bytes or many control characters in the first 8 KiB mean a binary file (images, .docx, .pdf). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

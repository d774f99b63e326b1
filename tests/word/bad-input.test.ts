// Files that are not a readable .docx, each built here: refused with a message that says why, Chinese first.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importDocxBytes, MAX_WORD_XML_BYTES, WordImportError } from '../../server/src/word/import';
import { bufferSource, ZipArchive, ZipError } from '../../server/src/word/zip';
import { docx, docxEntries, GONGWEN_LEVELS, numbering, ole, p, zip } from './build';

function refusal(bytes: Uint8Array): string {
  try {
    importDocxBytes(bytes);
  } catch (e) {
    assert.ok(e instanceof WordImportError, String(e));
    return e.reason;
  }
  assert.fail('imported');
}

describe('Word import: bad input', () => {
  it('refuses an old binary .doc (an OLE file with a WordDocument stream)', () => {
    assert.match(refusal(ole(['WordDocument', '1Table', '\u0005SummaryInformation'])), /^这是旧版 Word 二进制文件（\.doc）.*另存为”\.docx/);
  });

  it('refuses an encrypted .docx (an OLE file with EncryptionInfo and EncryptedPackage)', () => {
    assert.match(refusal(ole(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'])), /^文件设置了打开密码（已加密），无法读取/);
  });

  it('refuses another OLE file, and a directory chain that loops, without hanging', () => {
    assert.match(refusal(ole(['Workbook'])), /^这是旧版 Office 二进制文件/);
    const looped = ole(['WordDocument']);
    looped.writeUInt32LE(1, 512 + 4); // the directory sector's FAT entry points back to itself
    assert.match(refusal(looped), /^这是旧版 Office 二进制文件/);
  });

  it('refuses a corrupt zip: cut short, a damaged entry, a failing CRC, not a zip at all', () => {
    const whole = docx({ body: p('正文。') });
    assert.match(refusal(whole.subarray(0, whole.length - 30)), /^文件已损坏，无法作为 \.docx 读取/);
    const damaged = Buffer.from(whole);
    const at = damaged.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length + 4;
    for (let k = at; k < at + 16; k++) damaged[k] = 0xff;
    assert.match(refusal(damaged), /^文件已损坏/);
    const entries = docxEntries({ body: p('正文。') });
    const crc = zip(entries.map((e) => (e.name === 'word/document.xml' ? { ...e, method: 0 as const } : e)));
    const text = crc.indexOf(Buffer.from('正文'));
    crc.writeUInt8(crc.readUInt8(text) ^ 1, text);
    assert.match(refusal(crc), /^文件已损坏.*CRC/);
    assert.match(refusal(Buffer.from('只是一段文字，不是 Word 文件。')), /^不是 \.docx 文件/);
    assert.match(refusal(Buffer.from('{\\rtf1\\ansi 正文}')), /^这是 RTF 文件/);
    assert.match(refusal(zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }])), /^不是 Word 文档/);
    assert.match(refusal(zip(docxEntries({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' }))), /^文件已损坏.*document\.xml/);
  });

  it('refuses a zip whose declared size is huge, before inflating anything', () => {
    const entries = docxEntries({ body: p('正文。') }).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 3_000_000_000 } : e));
    assert.match(refusal(zip(entries)), /^文件声明解压后为 2861\.0 MB，超过 5 MB，为安全起见不读取/);
  });

  it('refuses a zip bomb whose declared size lies, stopping at the cap', () => {
    // 12 MB of one character inflates from about 12 KB; the headers claim 300 bytes
    const bomb = `<w:p><w:r><w:t>${'x'.repeat(12 * 1024 * 1024)}</w:t></w:r></w:p>`;
    const entries = docxEntries({ body: bomb }).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 300 } : e));
    const bytes = zip(entries);
    assert.ok(bytes.length < 200_000, `${bytes.length} bytes`);
    assert.equal(refusal(bytes), '文件解压后超过 5 MB，为安全起见不读取（the document inflates past 5 MB）');
    // the archive reader itself: a cap of 1,000 bytes stops the inflation there
    const archive = ZipArchive.open(bufferSource(bytes));
    assert.throws(
      () => archive.read('word/document.xml', 1000),
      (e: unknown) => e instanceof ZipError && e.kind === 'too-large',
    );
  });

  it('counts every part read against the one budget', () => {
    // each part alone is under 5 MB, together they are over
    const filler = 'y'.repeat(3 * 1024 * 1024);
    const styles = `<w:style w:type="paragraph" w:styleId="a"><w:name w:val="${filler}"/></w:style>`;
    const bytes = docx({ body: `${p('正文。')}<w:p><w:r><w:t>${filler}</w:t></w:r></w:p>`, styles });
    assert.match(refusal(bytes), /^文件解压后超过 5 MB/);
    assert.ok(MAX_WORD_XML_BYTES === 5 * 1024 * 1024);
  });

  it('refuses a macro-enabled .docm, by its content type or its vbaProject.bin', () => {
    assert.match(refusal(docx({ body: p('正文。'), mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml' })), /^这是启用宏的 Word 文件（\.docm），为安全起见不读取/);
    assert.match(refusal(docx({ body: p('正文。'), extra: [{ name: 'word/vbaProject.bin', data: 'macro' }] })), /^这是启用宏的 Word 文件/);
  });

  it('refuses an encrypted zip entry and an unknown compression method', () => {
    const entries = docxEntries({ body: p('正文。') });
    assert.match(refusal(zip(entries.map((e) => (e.name === 'word/document.xml' ? { ...e, flags: 1 } : e)))), /^文件设置了打开密码/);
    const stored = zip(entries.map((e) => (e.name === 'word/document.xml' ? { ...e, method: 0 as const } : e)));
    // method 14 (LZMA) in both headers
    for (let at = stored.indexOf(Buffer.from('word/document.xml')); at >= 0; at = stored.indexOf(Buffer.from('word/document.xml'), at + 1)) {
      const local = stored.readUInt32LE(at - 30) === 0x04034b50;
      stored.writeUInt16LE(14, local ? at - 30 + 8 : at - 46 + 10);
    }
    assert.match(refusal(stored), /^无法读取的 \.docx 格式/);
  });

  it('refuses an empty document: no paragraphs, only empty ones, only pictures or deleted text', () => {
    assert.equal(refusal(docx({ body: '' })), '文档中没有文字（the document is empty）');
    assert.equal(refusal(docx({ body: '<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' })), '文档中没有文字（the document is empty）');
    assert.equal(refusal(docx({ body: '<w:p><w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:drawing/></w:r></w:p>' })), '文档中没有文字（the document is empty）');
    assert.equal(refusal(zip([])), '不是 Word 文档：压缩包中没有 Word 正文（word/document.xml）（not a Word document）');
  });

  it('refuses XML nested past any document’s depth instead of overflowing the stack', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(2000) + p('正文。') + '</w:sdtContent></w:sdt>'.repeat(2000);
    assert.match(refusal(docx({ body: deep })), /^文件已损坏.*nested more than/);
  });
});

describe('Word import: damaged files at random', () => {
  // a report stored uncompressed, so that changed bytes land in its XML as often as in the zip structure
  const stored = zip(
    docxEntries({ body: [p('关于工作的报告', { jc: 'center' }), p('一、工作进展', { numId: 1 }), p('正文xx个。')].join(''), numbering: numbering(GONGWEN_LEVELS), footnotes: '' }).map((e) => ({
      ...e,
      method: 0 as const,
    })),
  );

  it('either imports or refuses with a reason: no other error, whatever bytes are changed or cut', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(stored.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat(stored.length)), (changes, cut) => {
        const bytes = Buffer.from(stored);
        for (const [at, value] of changes) bytes[at] = value;
        const damaged = cut === null ? bytes : bytes.subarray(0, cut);
        try {
          const draft = importDocxBytes(damaged);
          assert.equal(typeof draft.markdown, 'string');
        } catch (e) {
          assert.ok(e instanceof WordImportError, `${(e as Error).stack}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('either imports or refuses when the XML of any part is changed (the archive itself sound)', () => {
    const entries = docxEntries({
      body: [p('关于工作的报告', { jc: 'center' }), p('一、工作进展', { numId: 1 }), '<w:p><w:r><w:t>注</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'].join(''),
      numbering: numbering(GONGWEN_LEVELS),
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>来源。</w:t></w:r></w:p></w:footnote>',
      styles: '<w:style w:type="paragraph" w:styleId="a"><w:name w:val="x"/><w:basedOn w:val="a"/></w:style>',
    });
    const alphabet = ['<', '>', '/', '"', '=', ' ', 'w:', 'p', 't', 'r', '&', ';', '#', 'x', '字', '0', '9'];
    fc.assert(
      fc.property(fc.nat(entries.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...alphabet)), { minLength: 1, maxLength: 6 }), (which, edits) => {
        const changed = entries.map((e, k) => {
          if (k !== which) return e;
          let text = e.data as string;
          for (const [at, length, insert] of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(start + (length % 4));
          }
          return { ...e, data: text };
        });
        try {
          importDocxBytes(zip(changed.map((e) => ({ ...e, method: 0 as const }))));
        } catch (e) {
          assert.ok(e instanceof WordImportError, `${(e as Error).stack}`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads XML of any shape that parses: elements in unexpected places, attributes missing', () => {
    const pieces = [
      '<w:p>',
      '</w:p>',
      '<w:r>',
      '</w:r>',
      '<w:t>字</w:t>',
      '<w:tbl>',
      '</w:tbl>',
      '<w:tr>',
      '</w:tr>',
      '<w:tc>',
      '</w:tc>',
      '<w:numPr><w:numId w:val="1"/></w:numPr>',
      '<w:pPr><w:numPr><w:ilvl/><w:numId w:val="1"/></w:numPr></w:pPr>',
      '<w:fldChar w:fldCharType="begin"/>',
      '<w:fldChar w:fldCharType="separate"/>',
      '<w:fldChar w:fldCharType="end"/>',
      '<w:footnoteReference w:id="9"/>',
      '<w:br/>',
      '<w:sym/>',
      '<w:ins>',
      '</w:ins>',
      '<w:del>',
      '</w:del>',
      '<w:sdt><w:sdtContent>',
      '</w:sdtContent></w:sdt>',
      '<w:tc><w:tcPr><w:gridSpan w:val="-3"/><w:vMerge/></w:tcPr>',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chosen) => {
        try {
          importDocxBytes(docx({ body: chosen.join(''), numbering: numbering(GONGWEN_LEVELS) }));
        } catch (e) {
          assert.ok(e instanceof WordImportError, `${chosen.join('')}\n${(e as Error).stack}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { decode, declaredCharset } from './read.ts';

const gbk = (s: string) => {
  // The test runs in Node, which can decode but not encode GBK; these bytes are 醴陵市 in GBK.
  void s;
  return Uint8Array.from([245, 183, 193, 234, 202, 208]);
};

describe('reading bytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(new TextEncoder().encode('醴陵市'), 'a.txt')).toMatchObject({ text: '醴陵市', encoding: 'utf-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('醴陵市')]);
    expect(decode(bom, 'a.txt').text).toBe('醴陵市');
  });

  it('detects GBK without a declaration and says so', () => {
    const r = decode(gbk('醴陵市'), 'a.txt');
    expect(r.text).toBe('醴陵市');
    expect(r.encoding).toBe('gb18030');
    expect(r.warnings.join()).toMatch(/GBK/);
  });

  it('detects Big5 (traditional text whose bytes also decode as GBK, to nonsense) and tells it from GBK', () => {
    // 臺山市地區生產總值同比增長百分之五。 in Big5, and 台山市地区生产总值同比增长百分之五。 in GBK.
    const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
    const big5 = decode(hex('bb4fa473a5aba661b0cfa5cdb2a3c160adc8a650a4f1bc57aaf8a6caa4c0a4a7a4ada143'), 'a.txt');
    expect(big5.text).toBe('臺山市地區生產總值同比增長百分之五。');
    expect(big5.encoding).toBe('big5');
    expect(big5.warnings.join()).toMatch(/Big5/);
    // Declared (an HTML page's charset), it is read as Big5 and no detection is said.
    const page = decode(Uint8Array.from([...new TextEncoder().encode('<meta charset="big5">'), ...hex('bb4fa473a5aba661b0cfa5cdb2a3c160adc8a650a4f1bc57aaf8a6caa4c0a4a7a4ada143')]), 'c.html');
    expect(page.text).toBe('<meta charset="big5">臺山市地區生產總值同比增長百分之五。');
    expect(page.encoding).toBe('big5');
    expect(page.warnings).toEqual([]);
    const gb = decode(hex('cca8c9bdcad0b5d8c7f8c9fab2fad7dcd6b5cdacb1c8d4f6b3a4b0d9b7d6d6aecee5a1a3'), 'b.txt');
    expect(gb.text).toBe('台山市地区生产总值同比增长百分之五。');
    expect(gb.encoding).toBe('gb18030');
  });

  it('reads UTF-16 with a BOM', () => {
    const body = Buffer.from('醴陵市', 'utf16le');
    expect(decode(Uint8Array.from([0xff, 0xfe, ...body]), 'a.txt').text).toBe('醴陵市');
  });

  it('reads each line of a mixed UTF-8/GBK file as what it is', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('攸县\n'), ...gbk('醴陵市')]);
    const r = decode(bytes, 'mixed.txt');
    expect(r.text).toBe('攸县\n醴陵市');
    expect(r.warnings.join()).toMatch(/mixed encodings/);
  });

  it.each([
    [new Uint8Array(), /mixed.txt: the file is empty/],
    [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /mixed.txt: this is a PNG image/],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]), /mixed.txt: this is a ZIP archive/],
    [Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x43]), /mixed.txt: the file holds binary data/],
  ])('refuses non-text input with the file named (%#)', (bytes, message) => {
    expect(() => decode(bytes, 'mixed.txt')).toThrow(message);
  });

  it('refuses random bytes without NUL as not text, though they decode as GB18030', () => {
    // A fixed pseudo-random sequence (no NUL), so the test is the same on every run.
    let x = 12345;
    const bytes = Uint8Array.from({ length: 50_000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) % 255 + 1);
    expect(() => decode(bytes, 'noise.bin')).toThrow(/noise\.bin: the bytes do not look like text \(\d+ control characters/);
  });

  it('refuses UTF-8 full of control characters, and keeps a report with a stray one', () => {
    const controls = new TextEncoder().encode(`报告${'\u0001\u0002正文'.repeat(200)}`);
    expect(() => decode(controls, 'ctl.txt')).toThrow(/ctl\.txt: the bytes do not look like text/);
    const stray = new TextEncoder().encode(`${'临武县二〇二三年经济运行情况。'.repeat(40)}\u0007`);
    expect(decode(stray, 'ok.txt').encoding).toBe('utf-8');
  });

  it('warns, with the line, when one line is part UTF-8 and part GBK', () => {
    const utf8 = new TextEncoder().encode('临武县人民政府工作');
    const line = Uint8Array.from([...utf8, ...gbk('醴陵市'), 0x0a]);
    const r = decode(Uint8Array.from([...gbk('醴陵市'), 0x0a, ...line]), 'half.txt');
    expect(r.warnings.some((w) => /^line 2: part UTF-8, part GBK; read as GBK, check it: “/.test(w))).toBe(true);
  });

  it('reads a declared charset from HTML or XML', () => {
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')).toBe('gb2312');
    expect(declaredCharset('<meta charset="utf-8">')).toBe('utf-8');
    expect(declaredCharset('<p>none</p>')).toBeUndefined();
  });
});

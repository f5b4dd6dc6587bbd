import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Converter } from 'opencc-js/t2cn';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { CountyGraphError } from '../src/errors.ts';

export interface DecodedInput {
  text: string;
  encoding: string;
  warnings: string[];
}

/** Larger files are refused: a county report is tens of kilobytes, not tens of megabytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
  ['old Office document', [0xd0, 0xcf, 0x11, 0xe0]],
];

function inputError(file: string, problem: string): CountyGraphError {
  return new CountyGraphError('E_INPUT', `${file}: ${problem}`);
}

/** The charset an HTML page or XML prolog declares, if any. */
export function declaredCharset(head: string): string | undefined {
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Decodes a report's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030
 * or Big5, detected (real Chinese pages are often GBK without saying so).
 */
export function decode(bytes: Uint8Array, file: string): DecodedInput {
  const warnings: string[] = [];
  if (bytes.length === 0) throw inputError(file, 'the file is empty.');
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw inputError(file, `this is a ${what}, not a text or HTML report.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings };
  const probe = bytes.subarray(0, 8192);
  const nul = probe.indexOf(0) < 0 ? 0 : probe.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nul > 0) throw inputError(file, `the file holds binary data (${nul} NUL bytes in its first ${probe.length}), not text.`);

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = declaredCharset(head);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    refuseNonText(text, 0, file);
    if (declared && /gb|gbk|gb2312|gb18030/.test(declared)) warnings.push(`declares charset ${declared} but is valid UTF-8; read as UTF-8.`);
    return { text, encoding: 'utf-8', warnings };
  } catch {
    // Not clean UTF-8: GB18030 (a superset of GBK and GB2312), unless UTF-8 fits much better.
  }
  if (declared && BIG5.test(declared)) return big5Input(bytes, file, []);
  // Not UTF-8 as a whole: decode line by line, so a page that mixes UTF-8 and GBK lines
  // (pasted together from two sources) reads right; line breaks are the same byte in both.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030');
  const lines: string[] = [];
  const doubtful: string[] = [];
  let utf8Lines = 0;
  let gbLines = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    const ascii = line.every((b) => b < 0x80);
    try {
      lines.push(utf8.decode(line));
      if (!ascii) utf8Lines++;
    } catch {
      // A damaged UTF-8 line (a truncated character) still reads far better as UTF-8.
      const asUtf8 = new TextDecoder('utf-8').decode(line);
      const hanUtf8 = (asUtf8.match(/\p{Script=Han}/gu) ?? []).length;
      if (countReplacement(asUtf8) * 10 < hanUtf8) {
        lines.push(asUtf8);
        utf8Lines++;
      } else {
        const asGb = gb.decode(line);
        lines.push(asGb);
        gbLines++;
        // Han characters that read as UTF-8 in a line that is not UTF-8 as a whole: part of
        // the line is UTF-8 and part GBK (pasted together), and one part is mojibake now.
        if (hanUtf8 >= 2) doubtful.push(`line ${lines.length}: part UTF-8, part GBK; read as GBK, check it: “${asGb.trim().slice(0, 40)}”`);
      }
    }
  }
  const text = lines.join('\n');
  const bad = countReplacement(text);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (han === 0 && bad > text.length / 100) throw inputError(file, 'the bytes decode neither as UTF-8 nor as GBK/GB18030 text.');
  refuseNonText(text, bad, file);
  warnings.push(...doubtful.slice(0, 5));
  if (doubtful.length > 5) warnings.push(`${doubtful.length - 5} more lines are part UTF-8, part GBK.`);
  if (bad > 0) warnings.push(`${bad} byte sequences are not valid UTF-8 or GB18030 (damaged text); they were replaced.`);
  if (utf8Lines > 0 && gbLines === 0) return { text, encoding: 'utf-8', warnings };
  if (utf8Lines > 0) {
    warnings.push(`mixed encodings: ${utf8Lines} lines are UTF-8 and ${gbLines} lines GBK/GB18030; each was read as what it is.`);
    return { text, encoding: 'mixed', warnings };
  }
  // (Traditional text from Taiwan or Hong Kong comes in Big5, whose bytes also decode as GBK, to nonsense.)
  if (!declared) {
    const big5 = new TextDecoder('big5').decode(bytes);
    if (commonShare(big5) > commonShare(text) + 0.15) return big5Input(bytes, file, ['read as Big5 (detected; the file declares no charset).'], big5);
  }
  if (!declared) warnings.push('read as GBK/GB18030 (detected; the file declares no charset).');
  return { text, encoding: 'gb18030', warnings };
}

const BIG5 = /big-?5|cp950/;

function big5Input(bytes: Uint8Array, file: string, warnings: string[], text = new TextDecoder('big5').decode(bytes)): DecodedInput {
  const damaged = countReplacement(text);
  refuseNonText(text, damaged, file);
  if (damaged > 0) warnings.push(`${damaged} byte sequences are not valid Big5 (damaged text); they were replaced.`);
  return { text, encoding: 'big5', warnings };
}

/** The characters written most in Chinese (vocabulary), read when a file first needs them. */
let common: Set<string> | undefined;
function commonCharacters(): Set<string> {
  common ??= new Set([...readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', 'common-characters.txt'), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('')].filter((c) => c.trim()));
  return common;
}
let toSimplified: ((s: string) => string) | undefined;

/** The share of Han characters among the most common (after conversion to simplified). */
function commonShare(text: string): number {
  const convert = (toSimplified ??= Converter({ from: 't', to: 'cn' }));
  const sample = convert(text.slice(0, 2000));
  const frequent = commonCharacters();
  let han = 0;
  let shared = 0;
  for (const ch of sample) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (frequent.has(ch)) shared++;
  }
  return han === 0 ? 0 : shared / han;
}

/**
 * Random bytes decode as GB18030 without error (almost every byte pair is a character
 * there), so decoding alone does not tell text from binary. Control characters (other
 * than tab, line and page breaks) and undecodable sequences do: text has next to none.
 */
function refuseNonText(text: string, undecodable: number, file: string): void {
  if (text.length < 200) return;
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls + undecodable > text.length / 100) {
    throw inputError(file, `the bytes do not look like text (${controls} control characters and ${undecodable} undecodable sequences in ${text.length} characters); it is refused rather than stored as a report.`);
  }
}

const cannotRead = (file: string, e: unknown) => inputError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);

/** Reads and decodes one report file; every problem names the file. */
export async function readReportFile(file: string): Promise<DecodedInput> {
  let stats: Stats;
  try {
    stats = await stat(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  checkSize(file, stats);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  return decode(bytes, file);
}

/**
 * The same, blocking: for an extraction worker, which has nothing else to do while a file
 * is read, and would otherwise wait for four round trips through libuv's thread pool per
 * file (a fifth of its time on 2 KB reports).
 */
export function readReportFileSync(file: string): DecodedInput {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  checkSize(file, stats);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  return decode(bytes, file);
}

function checkSize(file: string, stats: Stats): void {
  if (stats.isDirectory()) throw inputError(file, 'is a folder; give the files in it, or the folder to `load`.');
  if (stats.size > MAX_INPUT_BYTES) {
    throw inputError(file, `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; reports over ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused (split it into reports).`);
  }
}

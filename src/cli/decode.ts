/**
 * The bytes of a case file to text. A case file is UTF-8, with or without a byte-order mark;
 * a file that starts with a UTF-16 byte-order mark is read as UTF-16. Nothing else is guessed:
 * bytes that are not valid in the declared encoding are refused with the offset of the first bad
 * byte, and a file that looks like Shift_JIS (or UTF-16 / UTF-32 without a usable mark) is
 * refused with the encoding named, so that a name or an id is never silently mis-read.
 *
 * @module
 */
import { quote } from '../_lib/text.js';
import { UsageError } from './io.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const hex = (byte: number | undefined): string => `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The offset of the first byte that does not belong to a valid UTF-8 sequence (WHATWG: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence), or -1.
 *
 * @param bytes - the bytes
 * @returns the offset, or -1 when every byte is valid
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x7b, 0xe3, 0x81, 0x82, 0x82])); //=> 4
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Whether `bytes` decode without error as Shift_JIS (Windows-31J); `false` where the runtime lacks the decoder. */
function decodesAsShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const unitAt = (bytes: Uint8Array, i: number, le: boolean): number => (le ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number));

/** The offset of the first unpaired surrogate of UTF-16 bytes from `start`, or of the odd last byte. */
function firstInvalidUtf16(bytes: Uint8Array, start: number, le: boolean): number {
  const end = bytes.length - ((bytes.length - start) % 2);
  for (let i = start; i + 1 < end; i += 2) {
    const unit = unitAt(bytes, i, le);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 3 < end ? unitAt(bytes, i + 2, le) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return bytes.length - 1;
}

/**
 * Decodes the bytes of a case file (see the module comment for what is accepted).
 *
 * @param bytes - the file's bytes
 * @param name - the file as the person named it, for the message
 * @returns the text, without a byte-order mark
 * @throws {@link UsageError} naming the file, the encoding it looks like, or the offset of the first bad byte
 * @example
 * ```ts
 * decodeCaseText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'case.json'); //=> '{}'
 * ```
 */
export function decodeCaseText(bytes: Uint8Array, name: string): string {
  const file = quote(name);
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new UsageError(`${file} is UTF-32 (it starts with a UTF-32 byte-order mark); expected UTF-8 or UTF-16: convert it, e.g. iconv -f UTF-32 -t UTF-8`);
  }
  for (const [mark, encoding, le] of [[[0xff, 0xfe], 'utf-16le', true], [[0xfe, 0xff], 'utf-16be', false]] as const) {
    if (!startsWith(bytes, mark)) continue;
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      const at = firstInvalidUtf16(bytes, 2, le);
      throw new UsageError(`${file} starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (an unpaired surrogate or a stray byte at offset ${at}); expected a UTF-8 or UTF-16 JSON case file`);
    }
  }
  // JSON starts with an ASCII character, so a NUL in one of the first two bytes means UTF-16 (RFC 4627, section 3).
  if (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0)) {
    const encoding = bytes[0] === 0 ? 'UTF-16BE' : 'UTF-16LE';
    throw new UsageError(`${file} looks like ${encoding} without a byte-order mark, which is not read; expected UTF-8, or UTF-16 with a byte-order mark: convert it, e.g. iconv -f ${encoding} -t UTF-8`);
  }
  const start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Not UTF-8: say why below.
  }
  const at = start + firstInvalidUtf8(body);
  const where = `byte ${hex(bytes[at])} at offset ${at}`;
  if (start === 0 && decodesAsShiftJis(body)) {
    throw new UsageError(`${file} is not UTF-8 (${where}): it looks like Shift_JIS, which is not read (an encoding is never guessed); convert it to UTF-8, e.g. iconv -f SHIFT_JIS -t UTF-8`);
  }
  throw new UsageError(`${file} is not valid UTF-8 (${where}); expected a JSON case file in UTF-8 (or UTF-16 with a byte-order mark)`);
}

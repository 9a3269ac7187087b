/**
 * `decodeCaseText`: UTF-8 with or without a byte-order mark, UTF-16 with one; everything else is
 * refused in one line naming the encoding or the offset of the first bad byte.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeCaseText, firstInvalidUtf8 } from '../../src/cli/decode.js';
import { usageRefusal } from './fakeIo.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}
/** The message of the UsageError `decodeCaseText` throws (fails the test when it returns). */
function refusal(input: Uint8Array, name = 'case.json'): string {
  return usageRefusal(() => decodeCaseText(input, name));
}

const CASE = '{ "service": { "name": "勤怠クラウド 𠮷" }, "events": [] }';
// "テスト" in Shift_JIS: 83 65 83 58 83 67
const SJIS_NAME = [0x83, 0x65, 0x83, 0x58, 0x83, 0x67];

describe('decodeCaseText: what is read', () => {
  test('UTF-8, with and without a byte-order mark', () => {
    expect(decodeCaseText(utf8(CASE), 'case.json')).toBe(CASE);
    expect(decodeCaseText(bytes([0xef, 0xbb, 0xbf], utf8(CASE)), 'case.json')).toBe(CASE);
    expect(JSON.parse(decodeCaseText(bytes([0xef, 0xbb, 0xbf], utf8(CASE)), 'case.json'))).toEqual(JSON.parse(CASE));
  });

  test('UTF-16 LE and BE with a byte-order mark (a surrogate pair included)', () => {
    expect(decodeCaseText(bytes([0xff, 0xfe], utf16(CASE, true)), 'case.json')).toBe(CASE);
    expect(decodeCaseText(bytes([0xfe, 0xff], utf16(CASE, false)), 'case.json')).toBe(CASE);
  });

  test('an empty file decodes to the empty text (JSON.parse refuses it later)', () => {
    expect(decodeCaseText(new Uint8Array(0), 'case.json')).toBe('');
  });

  test.prop([fc.string({ unit: 'grapheme' }), fc.constantFrom('utf-8', 'utf-8 bom', 'utf-16le', 'utf-16be')])('any well-formed text round-trips in every accepted encoding', (text, encoding) => {
    // A case file is JSON, which starts with an ASCII character; so does this text.
    const json = JSON.stringify(text);
    const encoded =
      encoding === 'utf-8' ? utf8(json) : encoding === 'utf-8 bom' ? bytes([0xef, 0xbb, 0xbf], utf8(json)) : encoding === 'utf-16le' ? bytes([0xff, 0xfe], utf16(json, true)) : bytes([0xfe, 0xff], utf16(json, false));
    expect(decodeCaseText(encoded, 'x.json')).toBe(json);
  });
});

describe('decodeCaseText: what is refused, in one line', () => {
  test('Shift_JIS is recognised and refused by name, with the offset of the first non-UTF-8 byte', () => {
    const file = bytes(utf8('{ "service": { "name": "'), SJIS_NAME, utf8('" }, "events": [] }'));
    const message = refusal(file);
    expect(message).toContain('"case.json"');
    expect(message).toContain('Shift_JIS');
    expect(message).toContain('offset 24');
    expect(message).toContain('0x83');
    expect(message).toMatch(/iconv -f SHIFT_JIS -t UTF-8/);
  });

  test('invalid UTF-8 that is not Shift_JIS either: the byte and its offset', () => {
    // Latin-1 "café" at the end of a string: 0xE9 then '"' is not Shift_JIS either
    const file = bytes(utf8('{ "service": { "name": "caf'), [0xe9], utf8('" }, "events": [] }'));
    const message = refusal(file);
    expect(message).toMatch(/not valid UTF-8 \(byte 0xE9 at offset 27\)/);
    expect(message).not.toContain('Shift_JIS');
  });

  test('the offset counts the UTF-8 byte-order mark', () => {
    expect(refusal(bytes([0xef, 0xbb, 0xbf], utf8('{"a":"'), [0xff], utf8('"}')))).toContain('offset 9');
  });

  test.each([
    ['UTF-16LE', [0x7b, 0x00, 0x7d, 0x00]],
    ['UTF-16BE', [0x00, 0x7b, 0x00, 0x7d]],
  ])('%s without a byte-order mark is named', (encoding, file) => {
    expect(refusal(Uint8Array.from(file))).toContain(`looks like ${encoding} without a byte-order mark`);
  });

  test.each([
    ['LE', [0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]],
    ['BE', [0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x7b]],
  ])('UTF-32 %s is named', (_, file) => {
    expect(refusal(Uint8Array.from(file))).toContain('is UTF-32');
  });

  test('UTF-16 with a lone surrogate or an odd byte: the offset', () => {
    const lone = bytes([0xff, 0xfe], utf16('{"a":"', true), [0x00, 0xd8], utf16('"}', true));
    expect(refusal(lone)).toMatch(/not valid UTF-16LE .*offset 14/);
    const odd = bytes([0xfe, 0xff], utf16('{}', false), [0x0a]);
    expect(refusal(odd)).toMatch(/not valid UTF-16BE .*offset 6/);
  });

  test('the file name is quoted and escaped', () => {
    const message = refusal(Uint8Array.from([0x7b, 0xff]), 'bad\u001b[2J\u009b.json');
    expect(message).toContain('"bad\\u001b[2J\\u009b.json"');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    [[0x41], -1],
    [[0xc0, 0x80], 0], // overlong NUL
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x41, 0xe3, 0x81], 1], // cut short
    [[0xe3, 0x81, 0x82, 0x80], 3], // a stray continuation byte
    [[0xf0, 0x9f, 0x98, 0x80], -1],
  ])('%j → %i', (input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });

  // valid UTF-8 of any text, with random bytes mixed in
  const mixed = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }).map(utf8), fc.uint8Array({ maxLength: 3 })), { maxLength: 8 }).map((parts) => bytes(...parts));

  test.prop([mixed], { numRuns: 2000 })('agrees with TextDecoder (fatal): -1 exactly for valid UTF-8, and the bytes before the offset are valid', (input) => {
    const offset = firstInvalidUtf8(input);
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      valid = false;
    }
    expect(offset === -1).toBe(valid);
    if (offset >= 0) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, offset))).not.toThrow();
      expect(offset).toBeLessThan(input.length);
    }
  });
});

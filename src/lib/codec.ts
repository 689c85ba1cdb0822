/**
 * The text codes Traza hands between people (assignment links, completion receipts): JSON,
 * compressed with the platform's own deflate (CompressionStream, zero bytes of JS), written in
 * Crockford base32 and closed by a CRC-32.
 *
 * Why base32: the codes are read aloud, typed from paper and scanned from QR codes. Crockford's
 * alphabet has no I, L, O or U, is case-insensitive and reads O as 0 and I/L as 1, and an
 * upper-case code fits the QR "alphanumeric" mode, about a fifth smaller than a base64 code in
 * byte mode. Why CRC-32: it detects every change of one character and every burst of up to 32
 * bits, so a mistyped or truncated code is reported as such instead of decoding to nonsense.
 */

/** Longest code a decoder looks at; anything longer is refused before any work is done. */
export const MAX_CODE_CHARS = 16 * 1024;
/** Largest decompressed payload: guards against a small code that inflates to megabytes. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** Why a code could not be read. Every decoder returns one of these instead of throwing. */
export type CodeError =
  'empty' | 'too-long' | 'wrong-kind' | 'unknown-version' | 'bad-characters' | 'checksum' | 'unreadable' | 'invalid';

export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: CodeError };

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DECODE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
Object.assign(DECODE, { O: 0, I: 1, L: 1 });

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Base32 back to bytes, or undefined for a character outside the alphabet or a non-canonical
 * ending (padding bits set): that way every character of a code is covered by its checksum.
 */
export function base32Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text.toUpperCase()) {
    const value = DECODE[ch];
    if (value === undefined) return undefined;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  if (bits >= 5 || (buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return Uint8Array.from(out);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, the one zip and PNG use). */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const streamOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return (await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity))!;
}

/** Inflate, or undefined when the data is not deflate or grows past `limit` bytes. */
export async function inflateRaw(bytes: Uint8Array, limit = MAX_PAYLOAD_BYTES): Promise<Uint8Array | undefined> {
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit);
  } catch {
    return undefined;
  }
}

/**
 * `TAG` + version + `.` + base32(deflate(JSON) followed by its CRC-32, big-endian).
 * `packCode('TRZ', 1, data)` gives `TRZ1.…`.
 */
export async function packCode(tag: string, version: number, data: unknown): Promise<string> {
  const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(data)));
  const framed = new Uint8Array(packed.byteLength + 4);
  framed.set(packed);
  new DataView(framed.buffer).setUint32(packed.byteLength, crc32(packed));
  return `${tag}${version}.${base32Encode(framed)}`;
}

/**
 * The JSON inside a code, checked step by step so that the learner or trainer hears what went
 * wrong: not one of our codes, from a newer Traza, a typing error, or damaged. Spaces and line
 * breaks inside the code (from e-mail wrapping, or grouping when typed) are ignored. Never throws.
 */
export async function unpackCode(
  tag: string,
  input: unknown,
  versions: readonly number[],
): Promise<CodeResult<{ version: number; data: unknown }>> {
  if (typeof input !== 'string') return { ok: false, error: 'empty' };
  if (input.length > MAX_CODE_CHARS) return { ok: false, error: 'too-long' };
  const text = input.replace(/\s+/g, '');
  if (!text) return { ok: false, error: 'empty' };
  const head = new RegExp(`^${tag}(\\d{1,3})\\.`, 'i').exec(text);
  if (!head) return { ok: false, error: 'wrong-kind' };
  const version = Number(head[1]);
  if (!versions.includes(version)) return { ok: false, error: 'unknown-version' };
  const body = text.slice(head[0].length);
  if (!/^[0-9A-TV-Z]+$/i.test(body)) return { ok: false, error: 'bad-characters' };
  // Only a wrong last character can leave padding bits set: a typing error like any other.
  const framed = base32Decode(body);
  if (!framed) return { ok: false, error: 'checksum' };
  if (framed.byteLength < 5) return { ok: false, error: 'checksum' };
  const packed = framed.subarray(0, framed.byteLength - 4);
  const expected = new DataView(framed.buffer, framed.byteOffset + packed.byteLength, 4).getUint32(0);
  if (crc32(packed) !== expected) return { ok: false, error: 'checksum' };
  const bytes = await inflateRaw(packed);
  if (!bytes) return { ok: false, error: 'unreadable' };
  try {
    return { ok: true, value: { version, data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) } };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

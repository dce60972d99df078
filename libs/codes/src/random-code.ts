import { createHash, randomBytes } from 'node:crypto';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';

const POOL_SIZE = 64 * 1024;

/**
 * Draws characters uniformly from an alphabet with node:crypto bytes and rejection sampling:
 * a byte is used only when it falls below the largest multiple of the alphabet size that fits
 * in 256, so `byte % size` carries no modulo bias. Alphabets hold 2..256 distinct characters.
 */
export class RandomCodeSource {
  private pool = Buffer.alloc(0);
  private pos = 0;

  private nextByte(): number {
    if (this.pos >= this.pool.length) {
      this.pool = randomBytes(POOL_SIZE);
      this.pos = 0;
    }
    return this.pool[this.pos++];
  }

  /** One uniform index in [0, size). */
  index(size: number): number {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError('size must be 1..256');
    const limit = 256 - (256 % size);
    for (;;) {
      const b = this.nextByte();
      if (b < limit) return b % size;
    }
  }

  code(alphabet: string, length: number): string {
    const chars = [...alphabet];
    assertAlphabet(chars);
    let out = '';
    for (let i = 0; i < length; i++) out += chars[this.index(chars.length)];
    return out;
  }

  /** Many codes at once; the alphabet is checked once. */
  codes(alphabet: string, length: number, count: number): string[] {
    const chars = [...alphabet];
    assertAlphabet(chars);
    const size = chars.length;
    const out = new Array<string>(count);
    for (let n = 0; n < count; n++) {
      let s = '';
      for (let i = 0; i < length; i++) s += chars[this.index(size)];
      out[n] = s;
    }
    return out;
  }
}

function assertAlphabet(chars: string[]): void {
  if (chars.length < 2 || chars.length > 256) throw new RangeError('alphabet must hold 2..256 characters');
  if (new Set(chars).size !== chars.length) throw new RangeError('alphabet characters must be distinct');
}

const shared = new RandomCodeSource();

export function randomCode(alphabet: string, length: number): string {
  return shared.code(alphabet, length);
}

export function randomCodes(alphabet: string, length: number, count: number): string[] {
  return shared.codes(alphabet, length, count);
}

/** An opaque API token: 32 base62 characters (about 190 bits). */
export function generateApiToken(): string {
  return shared.code(BASE62, 32);
}

/** A numeric one-time code such as `042917`. */
export function generateDigitCode(length = 6): string {
  return shared.code(DIGITS, length);
}

/** A uniform integer in [min, max] (both inclusive, safe integers). */
export function randomIntBetween(min: number, max: number): number {
  const span = max - min + 1;
  if (!Number.isSafeInteger(span) || span < 1) throw new RangeError('bad range');
  // rejection sampling over 48-bit draws
  const range = 2 ** 48;
  const limit = range - (range % span);
  for (;;) {
    const v = randomBytes(6).readUIntBE(0, 6);
    if (v < limit) return min + (v % span);
  }
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

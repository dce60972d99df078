import type { ScalarType } from './contract';

/**
 * Scalar values on the wire, as .NET writes and reads them: invariant culture, no exponent, no
 * trailing zeros in XML (`1`, `1.5`), Json.NET's `1.0` for whole decimals in JSON.
 */

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** A finite number in plain positional notation without trailing zeros (never `1e21`). */
export function formatDecimal(value: number | string): string {
  if (typeof value === 'string') return trimDecimalString(value);
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const s = String(value);
  if (!/e/i.test(s)) return s === '-0' ? '0' : s;
  // exponent form: write it out in full and trim
  const abs = Math.abs(value);
  const fixed = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(20);
  return (value < 0 ? '-' : '') + trimDecimalString(fixed);
}

/** `100.50` -> `100.5`, `3.00` -> `3` (decimal strings as PostgreSQL returns numeric). */
function trimDecimalString(s: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new RangeError(`not a decimal: ${s}`);
  let out = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  out = out.replace(/^(-?)0+(?=\d)/, '$1');
  return out === '-0' ? '0' : out;
}

/** Json.NET writes a decimal with a fraction always: `1.0`, `1.5`. */
export function formatJsonDecimal(value: number | string): string {
  const s = formatDecimal(value);
  return s.includes('.') ? s : `${s}.0`;
}

export function formatScalarXml(type: ScalarType, value: unknown): string {
  switch (type) {
    case 'string':
      return escapeText(String(value));
    case 'int':
    case 'long':
      return typeof value === 'bigint' ? value.toString() : formatDecimal(value as number | string);
    case 'decimal':
      return formatDecimal(value as number | string);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'dateTime':
      return escapeText(value instanceof Date ? value.toISOString() : String(value));
    default: {
      const never: never = type;
      throw new Error(`unknown scalar type ${String(never)}`);
    }
  }
}

export function formatScalarJson(type: ScalarType, value: unknown): string {
  switch (type) {
    case 'string':
      return JSON.stringify(String(value));
    case 'int':
    case 'long':
      return typeof value === 'bigint' ? value.toString() : formatDecimal(value as number | string);
    case 'decimal':
      return formatJsonDecimal(value as number | string);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'dateTime':
      return JSON.stringify(value instanceof Date ? value.toISOString() : String(value));
    default: {
      const never: never = type;
      throw new Error(`unknown scalar type ${String(never)}`);
    }
  }
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab, CR, LF; lone surrogates; FFFE/FFFF).
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content as XmlWriter writes it: `&`, `<`, `>` escaped, CR kept as `&#xD;`; characters XML cannot hold are dropped. */
export function escapeText(s: string): string {
  return s
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#xD;');
}

export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

export type ParsedScalar = { ok: true; value: unknown } | { ok: false; reason: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * An XML text value read as its declared type; whitespace around numbers and booleans is
 * allowed (XmlConvert does too), anything else that does not parse is refused, never a zero.
 */
export function parseScalarText(type: ScalarType, text: string): ParsedScalar {
  const t = text.trim();
  switch (type) {
    case 'string':
    case 'dateTime':
      return { ok: true, value: text };
    case 'int': {
      if (!INTEGER.test(t)) return { ok: false, reason: 'must be an integer' };
      const n = Number(t);
      if (n < INT32_MIN || n > INT32_MAX) return { ok: false, reason: 'must be a 32-bit integer' };
      return { ok: true, value: n };
    }
    case 'long': {
      if (!INTEGER.test(t)) return { ok: false, reason: 'must be an integer' };
      const n = Number(t);
      if (!Number.isSafeInteger(n)) return { ok: false, reason: 'must be an integer of at most 2^53 - 1' };
      return { ok: true, value: n };
    }
    case 'decimal': {
      if (!DECIMAL.test(t)) return { ok: false, reason: 'must be a decimal number' };
      const n = Number(t);
      if (!Number.isFinite(n)) return { ok: false, reason: 'must be a decimal number' };
      return { ok: true, value: n };
    }
    case 'boolean':
      if (t === 'true' || t === '1') return { ok: true, value: true };
      if (t === 'false' || t === '0') return { ok: true, value: false };
      return { ok: false, reason: 'must be true or false' };
    default: {
      const never: never = type;
      throw new Error(`unknown scalar type ${String(never)}`);
    }
  }
}

import { escapeLiteral } from 'pg';

/** A value written into SQL text: null, a finite number, a string, a boolean or a date. */
export type LiteralValue = null | undefined | number | string | boolean | Date;

/**
 * A value as an SQL literal, for the few statements sent as one multi-statement message (simple
 * query protocol, which takes no parameters). Strings go through pg's `escapeLiteral`
 * (standard_conforming_strings, backslashes doubled into an E'' literal); numbers must be finite;
 * dates become `timestamptz` literals. Anything else throws.
 */
export function sqlLiteral(value: LiteralValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('not a valid date');
    return `${escapeLiteral(value.toISOString())}::timestamptz`;
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new Error('a string with a NUL character');
    return escapeLiteral(value);
  }
  throw new Error(`no SQL literal for ${typeof value}`);
}

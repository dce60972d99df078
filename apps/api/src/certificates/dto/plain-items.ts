import { CODE_MAX_LENGTH, INT32_MAX } from './certificate-fields';
import { CreateCertificateDto } from './create-certificate.dto';

/** Printable ASCII: a code of these characters has as many characters as UTF-16 units. */
const PLAIN_CODE = /^[\x20-\x7e]+$/;

/**
 * The common bulk-create item read without class-transformer and class-validator (about 5 µs an
 * item there): `{code, is_active?, value?}` with a printable-ASCII code. It accepts only what
 * `CreateCertificateDto`'s rules accept and builds the same instance; anything else (other keys,
 * other characters, a wrong type) answers `undefined`, and the item goes through those rules,
 * which then give the reasons. A unit test compares both on generated items.
 */
export function plainCreateItem(plain: object): CreateCertificateDto | undefined {
  const item = plain as Record<string, unknown>;
  for (const key in item) if (key !== 'code' && key !== 'is_active' && key !== 'value') return undefined;
  if (typeof item.code !== 'string') return undefined;
  const code = item.code.trim();
  if (code.length === 0 || code.length > CODE_MAX_LENGTH || !PLAIN_CODE.test(code)) return undefined;
  const { is_active, value } = item;
  if (is_active !== undefined && typeof is_active !== 'boolean') return undefined;
  if (
    value !== undefined &&
    !(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= INT32_MAX)
  )
    return undefined;
  const dto = new CreateCertificateDto();
  dto.code = code;
  if ('is_active' in item) dto.is_active = is_active as boolean | undefined;
  if ('value' in item) dto.value = value as number | undefined;
  return dto;
}

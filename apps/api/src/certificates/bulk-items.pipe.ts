import { PipeTransform, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { cacheValidationMetadata, ErrorDetail, flattenValidationErrors, ValidationFailed } from '@app/http';

/** Most items a bulk route takes in one request. */
export const MAX_BULK_ITEMS = 10_000;
/** Most validation details one 400 answer lists (the message says how many there were). */
export const MAX_VALIDATION_DETAILS = 1_000;

/**
 * Validates the JSON array body of a bulk route item by item with the item's DTO class (unknown
 * fields dropped), so a 400 names the index and field of every bad item.
 */
export class BulkItemsPipe<T extends object> implements PipeTransform<unknown, T[]> {
  /**
   * @param plain reads an item that is certainly valid without the DTO's rules (same result,
   *   faster); `undefined` sends the item through them.
   */
  constructor(
    private readonly itemClass: Type<T>,
    private readonly plain?: (item: object) => T | undefined,
    private readonly max = MAX_BULK_ITEMS,
  ) {
    cacheValidationMetadata();
  }

  transform(body: unknown): T[] {
    if (!Array.isArray(body)) {
      throw new ValidationFailed('the body must be a JSON array of certificates', [
        { field: 'body', reason: 'must be a JSON array' },
      ]);
    }
    if (body.length === 0) {
      throw new ValidationFailed(`the batch is empty: send 1 to ${this.max} items`, [
        { field: 'body', reason: 'must not be empty' },
      ]);
    }
    if (body.length > this.max) {
      const reason = `has ${body.length} items; at most ${this.max} are accepted in one request`;
      throw new ValidationFailed(`the batch ${reason}`, [{ field: 'body', reason }], 'batch_too_large');
    }
    const items: T[] = new Array<T>(body.length);
    const details: ErrorDetail[] = [];
    for (let i = 0; i < body.length; i++) {
      const plain: unknown = body[i];
      if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
        details.push({ index: i, reason: 'each item must be a JSON object' });
        continue;
      }
      const quick = this.plain?.(plain);
      if (quick) {
        items[i] = quick;
        continue;
      }
      const item = plainToInstance(this.itemClass, plain);
      const errors = validateSync(item, {
        whitelist: true,
        forbidUnknownValues: false,
        validationError: { target: false, value: false },
      });
      if (errors.length) details.push(...flattenValidationErrors(errors, [String(i)]));
      items[i] = item;
    }
    if (details.length) throw bulkValidationFailure(details);
    return items;
  }
}

export function bulkValidationFailure(details: ErrorDetail[]): ValidationFailed {
  const shown = details.slice(0, MAX_VALIDATION_DETAILS);
  const more = details.length - shown.length;
  const message =
    details
      .slice(0, 10)
      .map((d) => (d.index !== undefined ? `[${d.index}] ${d.reason}` : d.reason))
      .join('; ') + (details.length > 10 ? `; ${details.length - 10} more` : '');
  return new ValidationFailed(
    more > 0 ? `${message} (the first ${shown.length} problems are listed)` : message,
    shown,
  );
}

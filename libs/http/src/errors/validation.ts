import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorDetail, ValidationFailed } from './domain-error';
import { cacheValidationMetadata } from './validation-metadata-cache';

/** Flattens class-validator errors into `field: reason` details, with array indexes as `index`. */
export function flattenValidationErrors(errors: ValidationError[], path: string[] = []): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const e of errors) {
    const here = [...path, e.property];
    if (e.constraints) {
      const [first, ...rest] = here;
      const top = /^\d+$/.test(first ?? '') ? Number(first) : undefined;
      const field = (top !== undefined ? rest : here).join('.');
      for (const reason of Object.values(e.constraints)) {
        const detail: ErrorDetail = { field: field || undefined, reason };
        if (top !== undefined) detail.index = top;
        out.push(detail);
      }
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, here));
  }
  return out;
}

export function validationFailure(errors: ValidationError[]): ValidationFailed {
  const details = flattenValidationErrors(errors);
  const message = details
    .slice(0, 10)
    .map((d) => (d.index !== undefined ? `[${d.index}] ${d.reason}` : d.reason))
    .join('; ');
  return new ValidationFailed(message || 'the request is not valid', details);
}

export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: validationFailure,
  });
}

import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { INT32_MAX } from './dto/base.dto';
import { CertificateNumberNotFound, SeriesNotFound } from './sertcard.errors';

/** A positive int path parameter; anything else answers 404 exactly as an unknown id does. */
function positiveInt(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= INT32_MAX ? n : null;
}

function param(ctx: ExecutionContext, name: string): string | undefined {
  return ctx.switchToHttp().getRequest<{ params: Record<string, string> }>().params[name];
}

/** `{id}` of a series route (a custom decorator: the global ValidationPipe would coerce `1e3`). */
export const SeriesIdParam = createParamDecorator((_: unknown, ctx: ExecutionContext): number => {
  const raw = param(ctx, 'id');
  const id = positiveInt(raw);
  if (id === null) throw new SeriesNotFound(String(raw));
  return id;
});

/** `{number}` of a certificate route. */
export const CertificateNumberParam = createParamDecorator((_: unknown, ctx: ExecutionContext): number => {
  const n = positiveInt(param(ctx, 'number'));
  if (n === null) throw new CertificateNumberNotFound();
  return n;
});

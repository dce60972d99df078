import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ErrorRenderers } from './error-renderers';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const GENERIC: Record<string, [string, string]> = {
  '400': ['validation_failed', 'name must be a string'],
  '401': ['unauthorized', 'a valid token is required'],
  '404': ['not_found', 'not found'],
  '409': ['conflict', 'the code is already taken'],
  '413': ['payload_too_large', 'the request body is larger than this route accepts'],
  '422': ['idempotency_key_reused', 'this Idempotency-Key was used with another request'],
  '429': ['too_many_requests', 'too many failed attempts; try again later'],
  '503': ['database_unavailable', 'the database is unavailable'],
};

/**
 * Gives every operation its refusals in the error shape of its path (the envelope, or what a
 * module registered with `ErrorRenderers`): the statuses it already lists get a schema and an
 * example, and the ones every route can answer are added (400 for input, 401/429 unless public).
 * Routes marked `@Public()` get `security: []`.
 */
export function documentErrorResponses(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ?? (document.components.schemas = {});
  for (const [path, item] of Object.entries(document.paths)) {
    const doc = ErrorRenderers.docForPath(path);
    if (doc.schema) schemas[doc.name] ??= doc.schema;
    for (const method of METHODS) {
      const op = item[method] as (OperationObject & { 'x-public'?: boolean }) | undefined;
      if (!op) continue;
      const isPublic = op['x-public'] === true;
      delete op['x-public'];
      if (isPublic) op.security = [];
      const statuses = new Set(Object.keys(op.responses).filter((s) => Number(s) >= 400));
      if (op.requestBody || op.parameters?.length) statuses.add('400');
      if (!isPublic) ['401', '429'].forEach((s) => statuses.add(s));
      for (const status of statuses) {
        const existing = op.responses[status] as ResponseObject | undefined;
        if (existing?.content) continue;
        const [generic, message] = GENERIC[status] ?? ['error', 'refused'];
        const code = /`([a-z_]+)`/.exec(existing?.description ?? '')?.[1] ?? generic;
        const example = doc.example(Number(status), code, message);
        const success = (op.responses['200'] as ResponseObject | undefined)?.content;
        const content =
          doc.sameAsSuccess && success
            ? Object.fromEntries(
                Object.entries(success).map(([type, media]) => [type, { ...media, example }]),
              )
            : Object.fromEntries(
                (doc.mediaTypes ?? ['application/json']).map((type) => [
                  type,
                  { schema: { $ref: `#/components/schemas/${doc.name}` }, example },
                ]),
              );
        op.responses[status] = { description: existing?.description ?? message, content };
      }
    }
  }
}

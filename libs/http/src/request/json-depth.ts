import { DomainError } from '../errors/domain-error';

/** Deepest nesting of objects and arrays a JSON body may have. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when the JSON text nests objects/arrays deeper than `max` (brackets inside strings do not
 * count). One linear pass before parsing: deeply nested bodies would otherwise exhaust the stack
 * of the validation that walks them.
 */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

type Done = (err: Error | null, body?: unknown) => void;
interface JsonParserHost {
  getDefaultJsonParser(proto: 'error', ctor: 'error'): (req: any, body: string, done: Done) => void;
  removeContentTypeParser(type: string): void;
  addContentTypeParser(
    type: string,
    opts: { parseAs: 'string' },
    parser: (req: any, body: string, done: Done) => void,
  ): void;
}

/** Fastify's JSON parser (prototype-poisoning checks kept) behind the depth check. */
export function registerDepthLimitedJsonParser(fastify: JsonParserHost, max = MAX_JSON_DEPTH): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (jsonDepthExceeds(body, max))
      return done(
        new DomainError('malformed_body', 'malformed_body', `the JSON body nests deeper than ${max} levels`),
      );
    parseJson(req, body, done);
  });
}

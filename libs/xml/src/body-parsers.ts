import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, jsonDepthExceeds, MAX_JSON_DEPTH, UnsupportedMediaType } from '@app/http';
import { resolveContract } from './contract';
import { negotiatedRoute } from './negotiated';
import { parseMediaType, XML_MEDIA_TYPES } from './negotiation';
import { DEFAULT_XML_LIMITS, parseXml, XmlLimits, XmlSyntaxError } from './xml-parser';

const CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

function checkRoute(request: FastifyRequest): DomainError | null {
  if (!negotiatedRoute(request)) {
    return new UnsupportedMediaType('this route accepts application/json bodies only');
  }
  const charset = parseMediaType(request.headers['content-type'])?.params.charset;
  if (charset !== undefined && !CHARSETS.has(charset.toLowerCase())) {
    return new UnsupportedMediaType(`charset ${charset} is not accepted; send UTF-8`);
  }
  return null;
}

function malformed(message: string): DomainError {
  return new DomainError('malformed_body', 'malformed_body', message);
}

/**
 * Body parsers for negotiated routes (`@Negotiated`): `application/xml` and `text/xml` through
 * the safe XML reader, `text/json` as JSON. Other routes answer these types with 415. The XML
 * root must be the route's request contract (any prefix or namespace, name case-insensitive).
 */
export function registerNegotiatedBodyParsers(
  fastify: FastifyInstance,
  limits: Partial<XmlLimits> = {},
): void {
  const xmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  const json = fastify.getDefaultJsonParser('error', 'error');

  fastify.addContentTypeParser([...XML_MEDIA_TYPES], { parseAs: 'string' }, (request, body, done) => {
    // no route matched: leave the body unread, the answer is a 404
    if (request.is404) return done(null, undefined);
    const refused = checkRoute(request);
    if (refused) return done(refused, undefined);
    try {
      const doc = parseXml(body as string, xmlLimits);
      const expected = negotiatedRoute(request)!.request;
      if (expected) {
        const name = resolveContract(expected).name;
        if (doc.root.toLowerCase() !== name.toLowerCase()) {
          return done(malformed(`the XML root element must be ${name}, not ${doc.root}`), undefined);
        }
      }
      done(null, doc.content);
    } catch (e) {
      done(e instanceof XmlSyntaxError ? malformed(e.message) : (e as Error), undefined);
    }
  });

  fastify.addContentTypeParser('text/json', { parseAs: 'string' }, (request, body, done) => {
    if (request.is404) return done(null, undefined);
    const refused = checkRoute(request);
    if (refused) return done(refused, undefined);
    if (jsonDepthExceeds(body as string))
      return done(malformed(`the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`), undefined);
    json(request, body as string, done);
  });
}

import type { FastifyRequest } from 'fastify';
import type { NormalizedError } from './normalize-error';

export interface RenderedError {
  status: number;
  contentType: string;
  body: string;
}

export type ErrorRenderer = (error: NormalizedError, request: FastifyRequest) => RenderedError;

/** The default envelope: `{statusCode, error, message, details?, request_id?}`. */
export const jsonEnvelopeRenderer: ErrorRenderer = (error, request) => {
  const body: Record<string, unknown> = {
    statusCode: error.status,
    error: error.code,
    message: error.message,
  };
  if (error.details?.length) body.details = error.details;
  if (error.status >= 500) body.request_id = request.id;
  return { status: error.status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
};

/** How an error shape is described in the OpenAPI document. */
export interface ErrorEnvelopeDoc {
  /** Component schema name, e.g. `ErrorEnvelope`. */
  name: string;
  schema?: Record<string, unknown>;
  /** Media types the envelope is served as (default JSON only). */
  mediaTypes?: string[];
  /** Refusals come as the route's own success schema, in its media types (SertCard). */
  sameAsSuccess?: boolean;
  /** The paths under the prefix this shape is for; the others answer the envelope. */
  appliesTo?: (path: string) => boolean;
  /** An example refusal for a status (falls back to the generic one). */
  example(status: number, code: string, message: string): unknown;
}

export const jsonEnvelopeDoc: ErrorEnvelopeDoc = {
  name: 'ErrorEnvelope',
  schema: {
    type: 'object',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer', description: 'the HTTP status again', example: 400 },
      error: {
        type: 'string',
        description: 'stable machine code, e.g. `validation_failed`, `not_found`',
        example: 'validation_failed',
      },
      message: {
        type: 'string',
        description: 'what went wrong, for people',
        example: 'name must be a string',
      },
      details: {
        type: 'array',
        description: 'offending fields or bulk items',
        example: [{ field: 'name', reason: 'name must be a string' }],
        items: {
          type: 'object',
          required: ['reason'],
          properties: {
            index: { type: 'integer' },
            field: { type: 'string' },
            code: { type: 'string' },
            reason: { type: 'string' },
          },
        },
      },
      request_id: {
        type: 'string',
        description: 'on 5xx answers: the id to quote in a report',
        example: '5b0e7c2a-9f4d-4e1b-8a36-2c7d9e1f4a60',
      },
    },
  },
  example: (status, code, message) => ({ statusCode: status, error: code, message }),
};

const renderers: { prefix: string; render: ErrorRenderer; doc?: ErrorEnvelopeDoc }[] = [];

/**
 * Modules whose clients expect another error shape (the card API envelope, SertCard responses
 * in JSON or XML) register a renderer for their path prefix; everything else gets the envelope.
 * Prefixes match case-insensitively, so errors before routing (404, 413, bad bodies) use it too.
 */
export const ErrorRenderers = {
  register(prefix: string, render: ErrorRenderer, doc?: ErrorEnvelopeDoc): void {
    const p = prefix.toLowerCase();
    const existing = renderers.findIndex((r) => r.prefix === p);
    if (existing >= 0) renderers.splice(existing, 1);
    renderers.push({ prefix: p, render, doc });
    renderers.sort((a, b) => b.prefix.length - a.prefix.length);
  },
  forUrl(url: string): ErrorRenderer {
    const path = url.toLowerCase();
    return renderers.find((r) => path.startsWith(r.prefix))?.render ?? jsonEnvelopeRenderer;
  },
  /** The OpenAPI description of the error shape a path answers with. */
  docForPath(path: string): ErrorEnvelopeDoc {
    const p = path.toLowerCase();
    const doc = renderers.find((r) => p.startsWith(r.prefix))?.doc;
    return doc && (!doc.appliesTo || doc.appliesTo(path)) ? doc : jsonEnvelopeDoc;
  },
};

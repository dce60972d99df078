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

const renderers: { prefix: string; render: ErrorRenderer }[] = [];

/**
 * Modules whose clients expect another error shape (the card API envelope, SertCard responses
 * in JSON or XML) register a renderer for their path prefix; everything else gets the envelope.
 * Prefixes match case-insensitively, so errors before routing (404, 413, bad bodies) use it too.
 */
export const ErrorRenderers = {
  register(prefix: string, render: ErrorRenderer): void {
    const p = prefix.toLowerCase();
    const existing = renderers.findIndex((r) => r.prefix === p);
    if (existing >= 0) renderers.splice(existing, 1);
    renderers.push({ prefix: p, render });
    renderers.sort((a, b) => b.prefix.length - a.prefix.length);
  },
  forUrl(url: string): ErrorRenderer {
    const path = url.toLowerCase();
    return renderers.find((r) => path.startsWith(r.prefix))?.render ?? jsonEnvelopeRenderer;
  },
};

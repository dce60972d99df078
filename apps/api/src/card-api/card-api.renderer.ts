import type { ErrorEnvelopeDoc, ErrorRenderer } from '@app/http';
import { catalogEntry, CARD_API_CODES } from './card-api.catalog';
import { answerLanguage } from './language';

/** Path prefix of the card API (seed 003). */
export const CARD_API_PREFIX = '/organization/';

/**
 * Errors of the card API in its envelope: `{code, message, error, details?, request_id?}`, where
 * `code` is the stable number of the error kind, `message` is English or Russian by
 * `Accept-Language`, `error` the stable text code. The HTTP status still tells the truth.
 */
export const cardApiRenderer: ErrorRenderer = (error, request) => {
  const entry = catalogEntry(error.code, error.kind);
  const language = answerLanguage(request.headers['accept-language']);
  let message = error.message;
  if (language === 'ru') {
    message = error.kind === 'validation' ? `${entry.ru}: ${error.message}` : entry.ru;
  }
  const body: Record<string, unknown> = { code: entry.code, message, error: error.code };
  if (error.details?.length) body.details = error.details;
  if (error.status >= 500) body.request_id = request.id;
  return { status: error.status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
};

const BY_STATUS: Record<number, number> = {
  400: 1,
  401: 3,
  404: 5,
  409: 17,
  413: 7,
  422: 18,
  429: 9,
  503: 15,
};

const codeList = Object.entries(CARD_API_CODES)
  .map(([name, { code }]) => `${code} \`${name}\``)
  .join(', ');

export const cardApiErrorDoc: ErrorEnvelopeDoc = {
  name: 'CardApiErrorEnvelope',
  schema: {
    type: 'object',
    required: ['code', 'message', 'error'],
    properties: {
      code: {
        type: 'integer',
        description: `stable number of the error kind (0 is success): ${codeList}`,
        example: 201,
      },
      message: {
        type: 'string',
        description: 'English, or Russian with `Accept-Language: ru`',
        example: 'Карта не найдена',
      },
      error: { type: 'string', description: 'stable text code of the error kind', example: 'card_not_found' },
      details: {
        type: 'array',
        example: [{ field: 'phone', reason: 'phone must be digits, optionally with + ( ) - . and spaces' }],
        items: {
          type: 'object',
          required: ['reason'],
          properties: { field: { type: 'string' }, reason: { type: 'string' } },
        },
      },
      request_id: {
        type: 'string',
        description: 'on 5xx answers: the id to quote in a report',
        example: '5b0e7c2a-9f4d-4e1b-8a36-2c7d9e1f4a60',
      },
    },
  },
  example: (status, code, message) => ({
    code: CARD_API_CODES[code]?.code ?? BY_STATUS[status] ?? 16,
    message,
    error: code,
  }),
};

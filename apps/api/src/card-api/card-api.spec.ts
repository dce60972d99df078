import { TenantContext } from '@app/data';
import { normalizeError, ValidationFailed, NotFound, Conflict } from '@app/http';
import type { FastifyRequest } from 'fastify';
import { CARD_API_CODES } from './card-api.catalog';
import { cardApiRenderer } from './card-api.renderer';
import { answerLanguage } from './language';

function request(acceptLanguage?: string): FastifyRequest {
  return {
    id: 'req-1',
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  } as FastifyRequest;
}

describe(answerLanguage.name, () => {
  it('takes the best English or Russian tag of Accept-Language', () => {
    expect(answerLanguage('ru')).toBe('ru');
    expect(answerLanguage('ru-RU,ru;q=0.9,en-US;q=0.8')).toBe('ru');
    expect(answerLanguage('en-US,ru;q=0.5')).toBe('en');
    expect(answerLanguage('de-DE, ru;q=0.3, en;q=0.2')).toBe('ru');
    expect(answerLanguage('en;q=0.1, RU;q=0.9')).toBe('ru');
    expect(answerLanguage('ru;q=0, en')).toBe('en');
  });

  it("falls back to the organization's language, then English", () => {
    expect(answerLanguage(undefined)).toBe('en');
    expect(answerLanguage('fr')).toBe('en');
    const settings = { language: 'ru' } as any;
    expect(TenantContext.run({ settings }, () => answerLanguage('de'))).toBe('ru');
    expect(TenantContext.run({ settings }, () => answerLanguage('en'))).toBe('en');
  });
});

describe('cardApiRenderer', () => {
  const render = (e: unknown, lang?: string) => {
    const out = cardApiRenderer(normalizeError(e), request(lang));
    return { status: out.status, body: JSON.parse(out.body) };
  };

  it('answers {code, message, error} with the HTTP status, English or Russian', () => {
    expect(render(new NotFound('card not found', 'card_not_found'))).toEqual({
      status: 404,
      body: { code: 201, message: 'card not found', error: 'card_not_found' },
    });
    expect(render(new NotFound('card not found', 'card_not_found'), 'ru').body.message).toBe(
      'Карта не найдена',
    );
  });

  it('keeps the field details of validation errors, in Russian too', () => {
    const e = new ValidationFailed('barcode must be a string', [
      { field: 'barcode', reason: 'barcode must be a string' },
    ]);
    expect(render(e, 'ru')).toEqual({
      status: 400,
      body: {
        code: 1,
        message: 'Неверные данные запроса: barcode must be a string',
        error: 'validation_failed',
        details: [{ field: 'barcode', reason: 'barcode must be a string' }],
      },
    });
  });

  it('numbers unknown codes by their kind, and 5xx answers carry the request id', () => {
    expect(render(new Conflict('x', 'something_new')).body.code).toBe(17);
    const internal = render(new Error('secret'));
    expect(internal).toEqual({
      status: 500,
      body: { code: 16, message: 'internal error', error: 'internal', request_id: 'req-1' },
    });
  });

  it('gives every error kind a Russian text, and distinct kinds distinct numbers', () => {
    const byNumber = new Map<number, string[]>();
    for (const [name, entry] of Object.entries(CARD_API_CODES)) {
      expect(entry.ru.length).toBeGreaterThan(0);
      expect(entry.code).toBeGreaterThan(0);
      byNumber.set(entry.code, [...(byNumber.get(entry.code) ?? []), name]);
    }
    const shared = [...byNumber.values()].filter((names) => names.length > 1);
    expect(shared).toEqual([['validation_failed', 'bad_request', 'invalid_value']]);
  });
});

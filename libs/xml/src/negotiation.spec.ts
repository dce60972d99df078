import { chooseResponseMedia, parseMediaType, requestMediaType } from './negotiation';

const pick = (accept: string | undefined, contentType?: string) =>
  chooseResponseMedia(accept, contentType).mediaType;

describe(chooseResponseMedia.name, () => {
  it('answers in the type Accept asks for', () => {
    expect(pick('application/xml', 'application/json')).toBe('application/xml');
    expect(pick('text/json', 'text/xml')).toBe('text/json');
    expect(chooseResponseMedia('text/xml', undefined).contentType).toBe('text/xml; charset=utf-8');
  });

  it('honours q-values, ignores q=0 and types it cannot produce', () => {
    expect(pick('application/json;q=0.5, application/xml;q=0.9')).toBe('application/xml');
    expect(pick('application/xml;q=0, application/json;q=0.1')).toBe('application/json');
    expect(pick('text/html, application/xml;q=0.2', 'application/json')).toBe('application/xml');
    expect(pick('application/json, application/xml')).toBe('application/json');
  });

  it("falls back to the request's own format for */*, no Accept, or nothing producible", () => {
    expect(pick('*/*', 'text/xml; charset=utf-8')).toBe('text/xml');
    expect(pick(undefined, 'application/xml')).toBe('application/xml');
    expect(pick('text/html', 'application/xml')).toBe('application/xml');
    expect(pick('application/*', 'application/xml')).toBe('application/xml');
    expect(pick('text/*', 'application/xml')).toBe('text/xml');
  });

  it('never picks a type Accept refuses with q=0, even through a wildcard', () => {
    expect(pick('application/xml;q=0, */*', 'application/xml')).toBe('application/json');
    expect(pick('application/xml;q=0, text/xml;q=0, */*', 'application/xml')).toBe('application/json');
    expect(pick('application/json;q=0, application/*', 'application/json')).toBe('application/xml');
    expect(pick('text/xml;q=0, text/*', 'text/xml')).toBe('text/json');
  });

  it('answers JSON when there is no body and no usable Accept', () => {
    expect(pick(undefined)).toBe('application/json');
    expect(pick('*/*')).toBe('application/json');
    expect(pick(undefined, 'application/x-www-form-urlencoded')).toBe('application/json');
  });
});

describe(requestMediaType.name, () => {
  it('reads the four supported types with parameters, case-insensitively', () => {
    expect(requestMediaType('Application/XML; charset=UTF-8')).toBe('application/xml');
    expect(requestMediaType('text/json')).toBe('text/json');
    expect(requestMediaType('application/x-www-form-urlencoded')).toBeNull();
    expect(requestMediaType(undefined)).toBeNull();
    expect(parseMediaType('text/xml; charset="utf-8"; q=1')).toEqual({
      type: 'text/xml',
      params: { charset: 'utf-8', q: '1' },
    });
  });
});

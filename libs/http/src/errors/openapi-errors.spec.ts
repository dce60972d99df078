import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorRenderers, jsonEnvelopeRenderer } from './error-renderers';
import { documentErrorResponses } from './openapi-errors';

describe('documentErrorResponses', () => {
  const doc = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/health': { get: { responses: { '200': { description: 'ok' } }, 'x-public': true } as any },
      '/things/{id}': {
        put: {
          parameters: [{ name: 'id', in: 'path' }],
          requestBody: { content: {} },
          responses: { '200': { description: 'ok' }, '404': { description: '`thing_not_found`' } },
        },
      },
      '/odd/x': { post: { responses: { '200': { description: 'ok' } } } },
    },
  });

  it('adds the refusals every route can answer, in the envelope, with the codes the descriptions name', () => {
    const d = doc();
    documentErrorResponses(d);
    const put = d.paths['/things/{id}'].put!;
    expect(Object.keys(put.responses).sort()).toEqual(['200', '400', '401', '404', '429']);
    expect((put.responses['404'] as any).content['application/json'].example).toEqual({
      statusCode: 404,
      error: 'thing_not_found',
      message: 'not found',
    });
    expect(d.components!.schemas!.ErrorEnvelope).toBeDefined();
  });

  it('marks public routes as needing no token and gives them no 401', () => {
    const d = doc();
    documentErrorResponses(d);
    const get = d.paths['/health'].get as any;
    expect(get.security).toEqual([]);
    expect(get['x-public']).toBeUndefined();
    expect(Object.keys(get.responses)).toEqual(['200']);
  });

  it('uses the shape a module registered for its prefix', () => {
    ErrorRenderers.register('/odd', jsonEnvelopeRenderer, {
      name: 'OddError',
      schema: { type: 'object' },
      mediaTypes: ['application/json', 'application/xml'],
      example: (status, code) => ({ Code: code, Status: status }),
    });
    const d = doc();
    documentErrorResponses(d);
    const r = d.paths['/odd/x'].post!.responses['401'] as any;
    expect(Object.keys(r.content)).toEqual(['application/json', 'application/xml']);
    expect(r.content['application/xml'].schema.$ref).toBe('#/components/schemas/OddError');
    expect(r.content['application/json'].example).toEqual({ Code: 'unauthorized', Status: 401 });
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * Every property of every schema in the committed openapi.json (components and inline request or
 * response schemas) carries an `example`. A property that is only a reference (`$ref`, `allOf`/
 * `oneOf`/`anyOf` of references, or an array of such items) is covered by the examples of the
 * schemas it references, which are checked in turn. The drift test keeps the file what the code
 * generates, so a DTO field added without an example fails here after `npm run openapi`.
 */

/** `Schema.property` paths that legitimately have no example; none so far. */
const WITHOUT_EXAMPLE: string[] = [];

type Schema = Record<string, any>;

function isReference(s: Schema | undefined): boolean {
  if (!s) return false;
  if (typeof s.$ref === 'string') return true;
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(s[key]) && s[key].length > 0 && s[key].every(isReference)) return true;
  }
  return s.type === 'array' && isReference(s.items);
}

/** `where.property` for each property lacking an example, inline object schemas included. */
function propertiesWithoutExample(schema: Schema | undefined, where: string): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const missing: string[] = [];
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const member of schema[key] ?? []) missing.push(...propertiesWithoutExample(member, where));
  }
  if (schema.type === 'array') missing.push(...propertiesWithoutExample(schema.items, `${where}[]`));
  for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) {
    if ('example' in property || isReference(property)) continue;
    const nested = propertiesWithoutExample(property, `${where}.${name}`);
    const hasInlineProperties =
      property.properties || property.items?.properties || property.allOf || property.oneOf || property.anyOf;
    missing.push(...(hasInlineProperties ? nested : [`${where}.${name}`]));
  }
  return missing;
}

function everyMissingExample(doc: Schema): string[] {
  const missing: string[] = [];
  for (const [name, schema] of Object.entries<Schema>(doc.components?.schemas ?? {})) {
    missing.push(...propertiesWithoutExample(schema, name));
  }
  for (const [path, item] of Object.entries<Schema>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      const bodies: [string, Schema | undefined][] = [['request', op.requestBody]];
      for (const [status, response] of Object.entries<Schema>(op.responses ?? {})) {
        bodies.push([status, response]);
      }
      for (const [what, body] of bodies) {
        for (const [type, media] of Object.entries<Schema>(body?.content ?? {})) {
          missing.push(...propertiesWithoutExample(media.schema, `${method} ${path} ${what} ${type}`));
        }
      }
    }
  }
  return missing;
}

describe('committed OpenAPI document: examples', () => {
  const doc = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8'));

  it('has an example on every schema property but the listed exceptions', () => {
    const missing = everyMissingExample(doc).filter((p) => !WITHOUT_EXAMPLE.includes(p));
    expect(missing).toEqual([]);
  });

  it('lists no exception that has an example by now or no longer exists', () => {
    const missing = new Set(everyMissingExample(doc));
    expect(WITHOUT_EXAMPLE.filter((p) => !missing.has(p))).toEqual([]);
  });

  it('gives every success answer with a body a schema', () => {
    const bare: string[] = [];
    for (const [path, item] of Object.entries<Schema>(doc.paths)) {
      for (const [method, op] of Object.entries<Schema>(item)) {
        for (const [status, response] of Object.entries<Schema>(op.responses ?? {})) {
          if (!/^2\d\d$/.test(status) || status === '204') continue;
          const media = Object.values<Schema>(response.content ?? {});
          if (media.length === 0 || media.some((m) => !m.schema)) bare.push(`${method} ${path} ${status}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it('finds a property without an example, inline or nested, and lets references through', () => {
    const sample = {
      components: {
        schemas: {
          A: {
            properties: {
              ok: { type: 'string', example: 'x' },
              ref: { $ref: '#/components/schemas/B' },
              refs: { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/B' }] } },
              bare: { type: 'integer' },
              inline: { type: 'object', properties: { deep: { type: 'string' } } },
            },
          },
          B: { properties: { id: { type: 'string' } } },
        },
      },
      paths: {
        '/x': {
          get: {
            responses: {
              '200': {
                content: { 'application/json': { schema: { properties: { n: { type: 'number' } } } } },
              },
            },
          },
        },
      },
    };
    expect(everyMissingExample(sample)).toEqual([
      'A.bare',
      'A.inline.deep',
      'B.id',
      'get /x 200 application/json.n',
    ]);
  });
});

/** Builds bad requests for every operation of the OpenAPI document. */

export interface BadCase {
  method: string;
  path: string;
  label: string;
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  /** A well-formed but hostile value (injection strings in string fields): it may be stored, verbatim. */
  mayAccept?: string;
  /**
   * A request the route may accept: an empty (or unknown-fields-only) body where no field is
   * required (the card API's seed makes every field of some creates optional), or null for a
   * nullable field.
   */
  wellFormed?: boolean;
}

type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
};

const JSON_TYPE = 'application/json';
const INJECTIONS = [
  "'; DROP TABLE certificates;--",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${7*7}',
  '\u0000nul',
  '😀💥',
  '%00%ff',
];
const PATH_VALUES = [
  '999999',
  '0',
  '-1',
  'abc',
  '1e3',
  '2147483648',
  '%27%3B--',
  'x'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  '%3Cscript%3E',
];
const WRONG: Record<string, unknown[]> = {
  string: [123, -1, true, false, [], {}, ['a'], { a: 1 }, 1.5, 'x'.repeat(70_000)],
  integer: ['x', '1', 1.5, -1, -2147483649, 2 ** 53, 1e308, true, [], {}, 'NaN', '9'.repeat(40)],
  number: ['x', '1', true, [], {}, -1e308, 1e308, 'Infinity'],
  boolean: ['true', 'false', 1, 0, 'yes', [], {}],
  object: ['x', 1, true, [], ['a']],
  array: ['x', 1, true, {}],
};

function resolve(doc: any, s: Schema | undefined): Schema | undefined {
  if (!s) return undefined;
  if (s.$ref) return resolve(doc, doc.components.schemas[s.$ref.split('/').pop()!]);
  return s;
}

/** JSON text nesting objects and arrays `depth` levels deep. */
function deep(depth: number): string {
  return '[{"a":'.repeat(depth / 2) + '1' + '}]'.repeat(depth / 2);
}

/** Just above the bulk body limit (32 MiB); one buffer shared by every route's case. */
const OVERSIZED = Buffer.from(`{"pad":"${'x'.repeat(33 * 1024 * 1024)}"}`);

type ObjectCase = { label: string; value: unknown; mayAccept?: string; wellFormed?: boolean };

/** Wrong values for one object schema: each property wrong in turn, then everything an injection string. */
function objectCases(doc: any, schema: Schema): ObjectCase[] {
  const out: ObjectCase[] = [];
  const props = Object.entries(schema.properties ?? {});
  for (const [name, raw] of props) {
    const p = resolve(doc, raw) ?? {};
    for (const w of WRONG[p.type ?? 'object'] ?? WRONG.object)
      out.push({ label: `${name}=${JSON.stringify(w).slice(0, 20)}`, value: { [name]: w } });
    for (const inj of INJECTIONS) {
      const mayAccept = p.type === 'string' ? inj : undefined;
      out.push({ label: `${name}=${JSON.stringify(inj).slice(0, 20)}`, value: { [name]: inj }, mayAccept });
    }
    out.push({ label: `${name}=null`, value: { [name]: null }, wellFormed: p.nullable === true });
  }
  const nothingRequired = !schema.required?.length;
  const allStrings = props.every(([, raw]) => resolve(doc, raw)?.type === 'string');
  for (const inj of INJECTIONS)
    out.push({
      label: `all=${inj}`,
      value: Object.fromEntries(props.map(([n]) => [n, inj])),
      mayAccept: allStrings ? inj : undefined,
    });
  out.push({ label: 'empty object', value: {}, wellFormed: nothingRequired });
  out.push({
    label: 'unknown fields only',
    value: { zzz: 1, __proto__x: { polluted: true } },
    wellFormed: nothingRequired,
  });
  return out;
}

export function buildCorpus(doc: any): BadCase[] {
  const cases: BadCase[] = [];
  for (const [template, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const M = method.toUpperCase();
      const paths = template.includes('{')
        ? PATH_VALUES.map((v) => template.replace(/\{[^}]+\}/g, v))
        : [template];
      const basePath = paths[0];
      const bodySchema = resolve(doc, op.requestBody?.content?.['application/json']?.schema);
      // without path parameters this is a bare request: valid where no body field is required
      const bareIsValid =
        !template.includes('{') && bodySchema?.type === 'object' && !bodySchema.required?.length;
      for (const p of paths)
        cases.push({ method: M, path: p, label: 'path value', wellFormed: bareIsValid || undefined });
      for (const q of op.parameters ?? []) {
        if (q.in !== 'query') continue;
        const t = resolve(doc, q.schema)?.type ?? 'string';
        for (const w of [...(WRONG[t] ?? []), ...INJECTIONS]) {
          cases.push({
            method: M,
            path: `${basePath}?${q.name}=${encodeURIComponent(String(w))}`,
            label: `query ${q.name}`,
          });
        }
      }
      const schema = bodySchema;
      if (!schema || M === 'GET') continue;
      for (const body of [null, 'text', 42, true, []])
        cases.push({ method: M, path: basePath, label: 'bad body', body });
      for (const depth of [40, 5000, 200_000])
        cases.push({
          method: M,
          path: basePath,
          label: `nested ${depth}`,
          raw: deep(depth),
          contentType: JSON_TYPE,
        });
      if (schema.type === 'array') {
        const itemSchema = resolve(doc, schema.items) ?? {};
        for (const c of objectCases(doc, itemSchema)) {
          const { label, value, mayAccept } = c;
          cases.push({ method: M, path: basePath, label: `item ${label}`, body: [value], mayAccept });
          cases.push({ method: M, path: basePath, label: `second item ${label}`, body: [{}, value] });
        }
        cases.push({ method: M, path: basePath, label: 'null item', body: [null] });
        cases.push({
          method: M,
          path: basePath,
          label: 'too many items',
          body: Array.from({ length: 10_001 }, () => ({ code: 'x', id: 'x' })),
        });
      } else {
        // with path parameters, every body case goes to every path value
        for (const c of objectCases(doc, schema))
          for (const p of paths)
            cases.push({
              method: M,
              path: p,
              label: c.label,
              body: c.value,
              mayAccept: c.mayAccept,
              wellFormed: c.wellFormed,
            });
      }
      cases.push({
        method: M,
        path: basePath,
        label: 'malformed JSON',
        raw: '{"a": ',
        contentType: JSON_TYPE,
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'invalid UTF-8',
        raw: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
        contentType: JSON_TYPE,
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'empty JSON body',
        raw: '',
        contentType: JSON_TYPE,
      });
      cases.push({ method: M, path: basePath, label: 'text/plain', raw: 'hello', contentType: 'text/plain' });
      cases.push({
        method: M,
        path: basePath,
        label: 'form',
        raw: 'a=b&c=d',
        contentType: 'application/x-www-form-urlencoded',
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'xml',
        raw: '<?xml version="1.0"?><a>1</a>',
        contentType: 'application/xml',
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'xml nested 10000',
        raw: '<a>'.repeat(10_000) + '</a>'.repeat(10_000),
        contentType: 'application/xml',
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'xml external entity',
        raw: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
        contentType: 'text/xml',
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'xml unclosed',
        raw: '<r><a>1</r>',
        contentType: 'text/xml',
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'xml entity bomb',
        raw: '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>',
        contentType: 'application/xml',
      });
      cases.push({
        method: M,
        path: basePath,
        label: 'oversized',
        raw: OVERSIZED,
        contentType: JSON_TYPE,
      });
    }
  }
  return cases;
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument } from '../../../api/src/bootstrap';

/** The repository root: the nearest folder above this file (source or dist) that has the project's package.json. */
function findRoot(dir: string): string {
  for (let d = dir; d !== dirname(d); d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'nest-cli.json'))) return d;
  }
  throw new Error('repository root not found');
}

export const ROOT = findRoot(__dirname);
export const OPENAPI_JSON = 'openapi.json';
export const CLIENT_SCHEMA = 'libs/client/src/schema.ts';

const HEADER = `/* eslint-disable */
// Generated from openapi.json by \`npm run openapi\`; do not edit.
`;

export interface OpenApiFiles {
  [OPENAPI_JSON]: string;
  [CLIENT_SCHEMA]: string;
}

/** The committed OpenAPI document and the client types generated from it, as the code makes them now. */
export async function generateOpenApiFiles(app: INestApplication): Promise<OpenApiFiles> {
  const document = buildOpenApiDocument(app);
  const json = `${JSON.stringify(document, null, 2)}\n`;
  return { [OPENAPI_JSON]: json, [CLIENT_SCHEMA]: HEADER + clientTypesFor(json) };
}

// openapi-typescript loads ES modules through require(), which Node does and jest's module system does not:
// it runs in a child Node process, fed the document on stdin.
const TYPES_SCRIPT = `
const { default: openapiTS, astToString } = require('openapi-typescript');
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', async () => {
  const ast = await openapiTS(JSON.parse(input), { alphabetize: true });
  process.stdout.write(astToString(ast));
});`;

export function clientTypesFor(json: string): string {
  return execFileSync(process.execPath, ['--no-warnings', '-e', TYPES_SCRIPT], {
    cwd: ROOT,
    input: json,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Names the committed files that differ from what the code generates. */
export function staleFiles(files: OpenApiFiles): string[] {
  return (Object.keys(files) as (keyof OpenApiFiles)[]).filter((name) => {
    try {
      return readFileSync(join(ROOT, name), 'utf8') !== files[name];
    } catch {
      return true;
    }
  });
}

export function writeOpenApiFiles(files: OpenApiFiles): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ROOT, name), text);
}

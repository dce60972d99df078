import { generateOpenApiFiles, staleFiles } from '../../apps/cli/src/openapi/openapi-files';
import { TestApp } from '../helpers/test-app';

describe('committed OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('equals what the code generates, and so do the client types (run `npm run openapi` when this fails)', async () => {
    const files = await generateOpenApiFiles(t.app);
    expect(staleFiles(files)).toEqual([]);
  });

  it('has a unique Controller_method operationId and a tag on every operation', async () => {
    const doc = JSON.parse((await generateOpenApiFiles(t.app))['openapi.json']);
    const ids: string[] = [];
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        expect(`${method} ${path} ${op.operationId}`).toMatch(/ [A-Z][A-Za-z]+_[a-z][A-Za-z]+$/);
        expect(op.tags?.length).toBeGreaterThan(0);
        ids.push(op.operationId);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

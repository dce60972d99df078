import { createGiftcodeClient, describeError } from '../../libs/client/src';
import { ADMIN, TestApp } from '../helpers/test-app';

describe('typed client (libs/client)', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await TestApp.start();
    baseUrl = await t.listen();
  });
  afterAll(() => t.close());

  it('creates an organization and a token through the admin API, then calls as that token', async () => {
    const admin = createGiftcodeClient({ baseUrl, adminToken: ADMIN });
    const org = await admin.POST('/admin/organizations', { body: { name: 'client org' } });
    expect(org.response.status).toBe(201);
    const orgId = org.data!.id;
    const tok = await admin.POST('/admin/organizations/{id}/tokens', {
      params: { path: { id: orgId } },
      body: { name: 'script' },
    });
    expect(tok.data!.token).toHaveLength(32);

    const client = createGiftcodeClient({ baseUrl, token: tok.data!.token });
    const me = await client.GET('/me');
    expect(me.data).toMatchObject({ id: orgId, name: 'client org' });
  });

  it('gives the error envelope for refusals', async () => {
    const client = createGiftcodeClient({ baseUrl, token: 'not-a-valid-token' });
    const me = await client.GET('/me');
    expect(me.response.status).toBe(401);
    expect(describeError(me.response.status, me.error)).toBe(
      'HTTP 401 unauthorized: a valid token is required',
    );
  });
});

import { TestApp } from '../helpers/test-app';
import { PROBE_TABLE_SQL, ProbeModule } from '../helpers/probe.module';

describe('wire conventions', () => {
  let t: TestApp;
  let tenant: { id: string; token: string };
  beforeAll(async () => {
    t = await TestApp.start({ BODY_LIMIT: '2048' }, undefined, [ProbeModule]);
    await t.db.query(PROBE_TABLE_SQL);
    tenant = await t.newTenant();
  });
  afterAll(() => t.close());

  const writes = async (note: string) =>
    Number(
      (
        await t.db.query('SELECT count(*) FROM test_probe_writes WHERE organization_id = $1 AND note = $2', [
          tenant.id,
          note,
        ])
      )[0].count,
    );

  it('routes with and without a trailing slash', async () => {
    expect((await t.request('GET', '/me/', { token: tenant.token })).status).toBe(200);
    expect((await t.request('GET', '/health/')).status).toBe(200);
  });

  it('answers 413 in JSON for a body over the limit, writing nothing', async () => {
    const res = await t.request('POST', '/test-probe', {
      token: tenant.token,
      body: { note: 'big', pad: 'x'.repeat(5000) },
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'payload_too_large' });
    expect(await writes('big')).toBe(0);
  });

  it('answers 400 naming the field for wrong types and missing fields; ignores unknown fields', async () => {
    const wrong = await t.request('POST', '/test-probe', { token: tenant.token, body: { note: 5 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toContain('note');
    expect(wrong.body.details[0].field).toBe('note');
    const ok = await t.request('POST', '/test-probe', {
      token: tenant.token,
      body: { note: 'extra', unknown: 1 },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ id: expect.any(Number), note: 'extra' });
  });

  it('answers 400 in JSON for malformed JSON', async () => {
    const res = await t.request('POST', '/test-probe', {
      token: tenant.token,
      raw: '{"note": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.body.statusCode).toBe(400);
  });

  it('answers 400 for JSON nested too deep instead of exhausting the stack', async () => {
    for (const depth of [66, 300]) {
      const res = await t.request('POST', '/test-probe', {
        token: tenant.token,
        raw: '[{"a":'.repeat(depth / 2) + '1' + '}]'.repeat(depth / 2),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('malformed_body');
    }
    const fine = await t.request('POST', '/test-probe', {
      token: tenant.token,
      raw: JSON.stringify({ note: 'x', extra: [[[[1]]]] }),
      headers: { 'content-type': 'application/json' },
    });
    expect(fine.status).toBeLessThan(300);
  });

  it('answers unknown routes with the JSON envelope and a request id header', async () => {
    const res = await t.request('GET', '/no/such/route', { token: tenant.token });
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('not_found');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('Idempotency-Key', () => {
  let t: TestApp;
  let tenant: { id: string; token: string };
  beforeAll(async () => {
    t = await TestApp.start({}, undefined, [ProbeModule]);
    await t.db.query(PROBE_TABLE_SQL);
    tenant = await t.newTenant();
  });
  afterAll(() => t.close());

  const writes = async (note: string, org = tenant.id) =>
    Number(
      (
        await t.db.query('SELECT count(*) FROM test_probe_writes WHERE organization_id = $1 AND note = $2', [
          org,
          note,
        ])
      )[0].count,
    );
  const post = (body: unknown, key: string, token = tenant.token) =>
    t.request('POST', '/test-probe', { token, body, headers: { 'idempotency-key': key } });

  it('replays the stored answer without doing the work again', async () => {
    const first = await post({ note: 'once' }, 'k-once');
    const again = await post({ note: 'once' }, 'k-once');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await writes('once')).toBe(1);
  });

  it('answers 422 for the same key with another body', async () => {
    await post({ note: 'a' }, 'k-mismatch');
    const res = await post({ note: 'b' }, 'k-mismatch');
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('idempotency_key_reused');
    expect(await writes('b')).toBe(0);
  });

  it('answers 409 to a retry while the first is still running', async () => {
    const [first, second] = await Promise.all([
      post({ note: 'slow', sleep_ms: 400 }, 'k-slow'),
      new Promise((r) => setTimeout(r, 100)).then(() => post({ note: 'slow', sleep_ms: 400 }, 'k-slow')),
    ]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body.error).toBe('idempotency_in_progress');
    expect(await writes('slow')).toBe(1);
  });

  it('stores business refusals but not validation failures', async () => {
    const refused = await post({ note: 'r', refuse: true }, 'k-refuse');
    expect(refused.status).toBe(409);
    const replay = await post({ note: 'r', refuse: true }, 'k-refuse');
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(refused.text);

    const invalid = await post({ note: 7 }, 'k-invalid');
    expect(invalid.status).toBe(400);
    const rows = await t.db.query('SELECT 1 FROM idempotency_keys WHERE organization_id = $1 AND key = $2', [
      tenant.id,
      'k-invalid',
    ]);
    expect(rows).toHaveLength(0);
  });

  it('keeps keys per organization', async () => {
    const other = await t.newTenant();
    await post({ note: 'shared' }, 'k-shared');
    const res = await post({ note: 'shared' }, 'k-shared', other.token);
    expect(res.status).toBe(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await writes('shared', other.id)).toBe(1);
  });
});

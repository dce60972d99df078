import { createHmac, randomUUID } from 'node:crypto';
import { OutboxWorker } from '../../apps/api/src/notifications/outbox.worker';
import { TestApp } from '../helpers/test-app';
import { addCard, O, Tenant } from './helpers';
import { WebhookReceiver } from './webhook-receiver';

const C = `${O}/card`;

describe('cards: send_identify with one-time codes through the notification outbox', () => {
  let t: TestApp;
  let hook: WebhookReceiver;
  let worker: OutboxWorker;
  beforeAll(async () => {
    t = await TestApp.start({ OUTBOX_POLL_MS: '0', THROTTLE_LIMIT: '8' });
    worker = t.app.get(OutboxWorker);
    hook = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await t.close();
    await hook.close();
  });

  const identify = (tenant: Tenant, body: unknown, headers?: Record<string, string>) =>
    t.request('POST', `${C}/send_identify`, { token: tenant.token, body, headers });

  async function userWithCards(tenant: Tenant, userId: string, contact: Record<string, unknown>, count = 1) {
    const cards = [];
    for (let i = 0; i < count; i++) {
      const card = await addCard(t, tenant, i === 0 ? contact : {});
      await t.request('POST', `${C}/attach`, {
        token: tenant.token,
        body: { user_id: userId, card_id: card.id },
      });
      cards.push(card);
    }
    return cards;
  }

  /** Delivers the outbox and answers the code the webhook received for this organization. */
  async function deliveredCode(tenant: Tenant): Promise<string> {
    await worker.runOnce();
    const mine = hook.receipts.filter((r) => r.json?.organization_id === tenant.id);
    return mine[mine.length - 1].json.data.code;
  }

  it('sends a hashed 6-digit code through a signed webhook, then answers the cards for the right code', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    const cards = await userWithCards(tenant, 'u1', { phone: '+7 912 345-67-89' }, 2);
    await userWithCards(tenant, 'u2', { phone: '89990001122' });

    const step1 = await identify(tenant, {
      phone: '8 (912) 345 67 89'.replace(/^8/, '+7'),
      send_to: 'phone',
    });
    expect(step1.status).toBe(200);
    expect(step1.body).toEqual({
      code: 0,
      message: 'Operation completed',
      sent: true,
      send_to: 'phone',
      user_id: 'u1',
      user_ids: ['u1'],
    });
    const [stored] = await t.db.query(
      `SELECT code_hash, attempts, expires_at, closed_at FROM identify_codes WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(stored.expires_at).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    const [pending] = await t.db.query(
      `SELECT state, payload FROM outbox_messages WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(pending.state).toBe('pending');

    await worker.runOnce();
    const receipt = hook.receipts.find((r) => r.json?.organization_id === tenant.id)!;
    const secret = await t.admin('GET', `/admin/organizations/${tenant.id}/webhook-secret`);
    expect(secret.status).toBe(200);
    const webhook_secret: string = secret.body.webhook_secret;
    expect(webhook_secret.length).toBeGreaterThanOrEqual(32);
    expect((await t.admin('GET', `/admin/organizations/${randomUUID()}/webhook-secret`)).status).toBe(404);
    const withApiToken = await t.request('GET', `/admin/organizations/${tenant.id}/webhook-secret`, {
      token: tenant.token,
    });
    expect(withApiToken.status).toBe(401);
    expect(receipt.headers['x-giftcode-signature']).toBe(
      `sha256=${createHmac('sha256', webhook_secret).update(receipt.body).digest('hex')}`,
    );
    expect(receipt.headers['x-giftcode-event']).toBe('identify_code');
    expect(receipt.headers['x-giftcode-delivery']).toBe(receipt.json.id);
    expect(receipt.json).toMatchObject({
      kind: 'identify_code',
      data: { send_to: 'phone', phone: '79123456789', user_ids: ['u1'] },
    });
    const code: string = receipt.json.data.code;
    expect(code).toMatch(/^\d{6}$/);
    expect(stored.code_hash).not.toContain(code);
    const [done] = await t.db.query(
      `SELECT state, payload, delivered_at FROM outbox_messages WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(done).toMatchObject({ state: 'delivered', payload: null });

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await identify(
      tenant,
      { user_id: 'u1', identify_code: wrongCode },
      { 'accept-language': 'ru' },
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body).toEqual({
      code: 215,
      message: 'Неверный код подтверждения',
      error: 'identify_code_invalid',
    });
    const otherUser = await identify(tenant, { user_id: 'u2', identify_code: code });
    expect([otherUser.status, otherUser.body.error]).toEqual([422, 'identify_code_missing']);

    const step2 = await identify(tenant, { user_id: 'u1', identify_code: code });
    expect(step2.status).toBe(200);
    expect(step2.body.user_id).toBe('u1');
    expect(step2.body.cards.map((c: any) => [c.row_number, c.id])).toEqual([
      [1, cards[0].id],
      [2, cards[1].id],
    ]);
    const reused = await identify(tenant, { user_id: 'u1', identify_code: code });
    expect([reused.status, reused.body.error]).toEqual([422, 'identify_code_missing']);
  });

  it('burns a code after 5 wrong tries, also when they come at once', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    await userWithCards(tenant, 'u1', { email: 'Me@Example.com' });
    expect((await identify(tenant, { email: 'me@example.COM', send_to: 'email' })).status).toBe(200);
    const code = await deliveredCode(tenant);
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const tries = await Promise.all(
      Array.from({ length: 7 }, () => identify(tenant, { user_id: 'u1', identify_code: wrongCode })),
    );
    expect(tries.every((r) => r.status === 422)).toBe(true);
    expect(tries.filter((r) => r.body.error === 'identify_code_invalid').length).toBe(5);
    const [row] = await t.db.query(
      `SELECT attempts, closed_at FROM identify_codes WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(row.attempts).toBe(5);
    expect(row.closed_at).not.toBeNull();
    const late = await identify(tenant, { user_id: 'u1', identify_code: code });
    expect([late.status, late.body.error]).toEqual([422, 'identify_code_missing']);
  });

  it('refuses an expired code, and a new code replaces the old one', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    await userWithCards(tenant, 'u1', { email: 'x@y.z' });
    await identify(tenant, { email: 'x@y.z' });
    const first = await deliveredCode(tenant);
    await identify(tenant, { email: 'x@y.z', send_to: 'email' });
    const second = await deliveredCode(tenant);
    if (first !== second) {
      const old = await identify(tenant, { user_id: 'u1', identify_code: first });
      expect(old.status).toBe(422);
    }
    await t.db.query(
      `UPDATE identify_codes SET expires_at = now() - interval '1 second' WHERE organization_id = $1`,
      [tenant.id],
    );
    const expired = await identify(tenant, { user_id: 'u1', identify_code: second });
    expect([expired.status, expired.body.error]).toEqual([422, 'identify_code_missing']);
  });

  it('a message not delivered in time expires and loses its code', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    await userWithCards(tenant, 'u1', { phone: '123456' });
    await identify(tenant, { phone: '123456' });
    await t.db.query(
      `UPDATE outbox_messages SET expires_at = now() - interval '1 second' WHERE organization_id = $1`,
      [tenant.id],
    );
    await worker.runOnce();
    const [row] = await t.db.query(`SELECT state, payload FROM outbox_messages WHERE organization_id = $1`, [
      tenant.id,
    ]);
    expect(row).toEqual({ state: 'expired', payload: null });
    expect(hook.receipts.some((r) => r.json?.organization_id === tenant.id)).toBe(false);
  });

  it('retries a failing webhook with backoff and the same delivery id', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    await userWithCards(tenant, 'u1', { phone: '5551234' });
    await identify(tenant, { phone: '5551234' });
    hook.plan.push(500);
    await worker.runOnce();
    const [failed] = await t.db.query(
      `SELECT state, attempts, last_error, next_attempt_at > now() AS later, payload IS NOT NULL AS kept
       FROM outbox_messages WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(failed).toEqual({
      state: 'pending',
      attempts: 1,
      last_error: 'webhook answered 500',
      later: true,
      kept: true,
    });
    await worker.runOnce(); // not due yet
    expect(hook.receipts.filter((r) => r.json?.organization_id === tenant.id).length).toBe(1);
    await t.db.query(`UPDATE outbox_messages SET next_attempt_at = now() WHERE organization_id = $1`, [
      tenant.id,
    ]);
    await worker.runOnce();
    const mine = hook.receipts.filter((r) => r.json?.organization_id === tenant.id);
    expect(mine.length).toBe(2);
    expect(mine[0].json.id).toBe(mine[1].json.id);
    const [ok] = await t.db.query(
      `SELECT state, attempts, payload FROM outbox_messages WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(ok).toEqual({ state: 'delivered', attempts: 2, payload: null });
  });

  it('without a webhook the message is logged and its code deleted', async () => {
    const tenant = await t.newTenant();
    await userWithCards(tenant, 'u1', { phone: '5550000' });
    await identify(tenant, { phone: '5550000' });
    await worker.runOnce();
    const [row] = await t.db.query(`SELECT state, payload FROM outbox_messages WHERE organization_id = $1`, [
      tenant.id,
    ]);
    expect(row).toEqual({ state: 'logged', payload: null });
  });

  it('two workers never deliver one message twice', async () => {
    const second = await TestApp.start({ OUTBOX_POLL_MS: '0' });
    try {
      const tenant = await t.newTenant({ webhook_url: hook.url });
      await t.db.query(
        `INSERT INTO outbox_messages (organization_id, kind, payload) SELECT $1, 'test', jsonb_build_object('n', i)
         FROM generate_series(1, 60) i`,
        [tenant.id],
      );
      await Promise.all([worker.runOnce(), second.app.get(OutboxWorker).runOnce(), worker.runOnce()]);
      const ids = hook.receipts.filter((r) => r.json?.organization_id === tenant.id).map((r) => r.json.id);
      expect(ids.length).toBe(60);
      expect(new Set(ids).size).toBe(60);
      const states = await t.db.query(
        `SELECT state, count(*)::int AS n FROM outbox_messages WHERE organization_id = $1 GROUP BY state`,
        [tenant.id],
      );
      expect(states).toEqual([{ state: 'delivered', n: 60 }]);
    } finally {
      await second.close();
    }
  });

  it('without required confirmation the cards come back at once', async () => {
    const tenant = await t.newTenant({ identify_requires_code: false });
    const cards = await userWithCards(tenant, 'u1', { email: 'a@b.c' }, 2);
    const res = await identify(tenant, { email: 'A@B.C' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user_id: 'u1', user_ids: ['u1'] });
    expect(res.body.sent).toBeUndefined();
    expect(res.body.cards.map((c: any) => c.id)).toEqual(cards.map((c) => c.id));
    expect(await t.db.query(`SELECT 1 FROM outbox_messages WHERE organization_id = $1`, [tenant.id])).toEqual(
      [],
    );
  });

  it('lists every user of a shared contact; step 2 names one of them', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    await userWithCards(tenant, 'wife', { email: 'family@home.ru' });
    await userWithCards(tenant, 'husband', { email: 'family@home.ru' });
    const res = await identify(tenant, { email: 'family@home.ru' });
    expect(res.body.user_ids).toEqual(['husband', 'wife']);
    const code = await deliveredCode(tenant);
    const ok = await identify(tenant, { user_id: 'wife', identify_code: code });
    expect(ok.status).toBe(200);
    expect(ok.body.cards.length).toBe(1);
  });

  it('refuses unknown contacts, cards without users, external cards and malformed steps', async () => {
    const tenant = await t.newTenant({ webhook_url: hook.url });
    await addCard(t, tenant, { phone: '111222' }); // no user
    const ext = await addCard(t, tenant, { phone: '333444', external_card: 1 });
    await t.db.query(`UPDATE cards SET user_id = 'x' WHERE organization_id = $1 AND id = $2`, [
      tenant.id,
      ext.id,
    ]);
    for (const phone of ['111222', '333444', '999']) {
      const res = await identify(tenant, { phone });
      expect([phone, res.status, res.body.code, res.body.error]).toEqual([
        phone,
        404,
        214,
        'contact_not_found',
      ]);
    }
    const bad: unknown[] = [
      {},
      { send_to: 'email', phone: '111222' },
      { send_to: 'fax', phone: '111222' },
      { email: 'not-an-email' },
      { user_id: 'x' },
      { identify_code: '123456' },
      { user_id: 'x', identify_code: 'abc' },
    ];
    for (const body of bad) {
      const res = await identify(tenant, body);
      expect([JSON.stringify(body), res.status, res.body.code]).toEqual([JSON.stringify(body), 400, 1]);
    }
    expect(await t.db.query(`SELECT 1 FROM identify_codes WHERE organization_id = $1`, [tenant.id])).toEqual(
      [],
    );
  });

  it("never finds another organization's users, and throttles repeated failures", async () => {
    const a = await t.newTenant({ webhook_url: hook.url });
    const b = await t.newTenant({ webhook_url: hook.url });
    await userWithCards(b, 'bu', { phone: '7770001' });
    const res = await identify(a, { phone: '7770001' });
    expect(res.status).toBe(404);
    const answers = [];
    for (let i = 0; i < 10; i++)
      answers.push((await identify(a, { user_id: 'bu', identify_code: '123456' })).status);
    expect(answers.slice(0, 7).every((s) => s === 422)).toBe(true);
    expect(answers[answers.length - 1]).toBe(429);
    const throttled = await identify(a, { phone: '7770001' });
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ code: 9, error: 'too_many_failures' });
  });
});

import { randomUUID } from 'node:crypto';
import { TestApp } from '../helpers/test-app';
import { addCard, O, rowsOf, Tenant } from './helpers';

const C = `${O}/card`;

describe('cards: add_user and attach give cards to users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const owners = async (tenant: Tenant) =>
    (
      await t.db.query(`SELECT user_id FROM cards WHERE organization_id = $1 AND user_id IS NOT NULL`, [
        tenant.id,
      ])
    ).map((r: any) => r.user_id);

  it('add_user gives the oldest free card (no user, never activated, not blocked, our own), renamed', async () => {
    const tenant = await t.newTenant();
    const taken = await addCard(t, tenant);
    await t.request('POST', `${C}/attach`, {
      token: tenant.token,
      body: { card_id: taken.id, user_id: 'other' },
    });
    await addCard(t, tenant, { active: true });
    const wasActive = await addCard(t, tenant);
    await t.request('POST', `${C}/${wasActive.id}/activate`, { token: tenant.token, body: {} });
    await t.request('POST', `${C}/${wasActive.id}/deactivate`, { token: tenant.token });
    await addCard(t, tenant, { blocked: true, blockeddescription: 'stolen' });
    await addCard(t, tenant, { external_card: 3 });
    const free = await addCard(t, tenant, { name: 'old name', description: 'old' });
    const later = await addCard(t, tenant);

    const res = await t.request('POST', `${C}/add_user`, {
      token: tenant.token,
      body: { user_id: '123', name: '123', description: '1235' },
    });
    expect(res.status).toBe(200);
    expect(res.body.card).toMatchObject({
      id: free.id,
      user_id: '123',
      name: '123',
      description: '1235',
      active: false,
    });
    const next = await t.request('POST', `${C}/add_user`, { token: tenant.token, body: { user_id: '124' } });
    expect(next.body.card).toMatchObject({ id: later.id, user_id: '124', name: later.name });
    const none = await t.request('POST', `${C}/add_user`, { token: tenant.token, body: { user_id: '125' } });
    expect([none.status, none.body.code, none.body.error]).toEqual([409, 210, 'no_free_card']);
    for (const body of [{}, { user_id: '' }, { user_id: 5 }, { user_id: 'x'.repeat(201) }]) {
      expect((await t.request('POST', `${C}/add_user`, { token: tenant.token, body })).status).toBe(400);
    }
    expect((await owners(tenant)).sort()).toEqual(['123', '124', 'other']);
  });

  it('a temporarily blocked card whose date has passed counts as free', async () => {
    const tenant = await t.newTenant();
    const card = await addCard(t, tenant);
    await t.request('POST', `${C}/${card.id}/block`, {
      token: tenant.token,
      body: { description: 'until yesterday', unblock_date: Date.now() - 86_400_000 },
    });
    const res = await t.request('POST', `${C}/add_user`, { token: tenant.token, body: { user_id: 'u' } });
    expect(res.body.card.id).toBe(card.id);
  });

  it('50 concurrent add_user calls get 50 distinct cards; the rest are refused', async () => {
    const tenant = await t.newTenant();
    await t.db.query(
      `INSERT INTO cards (organization_id, id, code, barcode)
       SELECT $1, gen_random_uuid(), 'c' || i, 'b' || i FROM generate_series(1, 50) i`,
      [tenant.id],
    );
    const answers = await Promise.all(
      Array.from({ length: 55 }, (_, i) =>
        t.request('POST', `${C}/add_user`, { token: tenant.token, body: { user_id: `user-${i}` } }),
      ),
    );
    const given = answers.filter((a) => a.status === 200);
    expect(given.length).toBe(50);
    expect(new Set(given.map((a) => a.body.card.id)).size).toBe(50);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'no_free_card')).toBe(true);
    const rows = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS users FROM cards WHERE organization_id = $1 AND user_id IS NOT NULL`,
      [tenant.id],
    );
    expect(rows[0]).toEqual({ n: 50, users: 50 });
  });

  it('respects max_cards_per_user, also under concurrency', async () => {
    const tenant = await t.newTenant({ max_cards_per_user: 2 });
    for (let i = 0; i < 6; i++) await addCard(t, tenant);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.request('POST', `${C}/add_user`, { token: tenant.token, body: { user_id: 'greedy' } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'card_limit_reached')).toBe(
      true,
    );
    expect(await owners(tenant)).toEqual(['greedy', 'greedy']);
  });

  it("attach gives a given card; another user's, external, over-limit and unknown cards are refused", async () => {
    const tenant = await t.newTenant({ max_cards_per_user: 1 });
    const a = await addCard(t, tenant, { active: true });
    const b = await addCard(t, tenant);
    const external = await addCard(t, tenant, { external_card: 1 });
    const ok = await t.request('POST', `${C}/attach`, {
      token: tenant.token,
      body: { user_id: 'u1', card_id: a.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.card).toMatchObject({ id: a.id, user_id: 'u1', active: true });
    const again = await t.request('POST', `${C}/attach`, {
      token: tenant.token,
      body: { user_id: 'u1', card_id: a.id },
    });
    expect(again.status).toBe(200);
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ user_id: 'u2', card_id: a.id }, 409, 'card_of_other_user'],
      [{ user_id: 'u1', card_id: b.id }, 409, 'card_limit_reached'],
      [{ user_id: 'u3', card_id: external.id }, 409, 'external_card'],
      [{ user_id: 'u3', card_id: randomUUID() }, 404, 'card_not_found'],
      [{ user_id: 'u3' }, 400, 'validation_failed'],
      [{ user_id: 'u3', card_id: 'x' }, 400, 'validation_failed'],
    ];
    for (const [body, status, error] of refusals) {
      const res = await t.request('POST', `${C}/attach`, { token: tenant.token, body });
      expect([JSON.stringify(body), res.status, res.body.error]).toEqual([
        JSON.stringify(body),
        status,
        error,
      ]);
    }
    expect((await rowsOf(t, tenant, 'cards', 'id, user_id')).filter((r) => r.user_id)).toEqual([
      { id: a.id, user_id: 'u1' },
    ]);
  });

  it("add_user and attach never hand out another organization's cards", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const bCard = await addCard(t, b);
    const res = await t.request('POST', `${C}/add_user`, { token: a.token, body: { user_id: 'x' } });
    expect(res.body.error).toBe('no_free_card');
    const att = await t.request('POST', `${C}/attach`, {
      token: a.token,
      body: { user_id: 'x', card_id: bCard.id },
    });
    expect(att.status).toBe(404);
    expect(await owners(b)).toEqual([]);
  });
});

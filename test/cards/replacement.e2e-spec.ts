import { randomUUID } from 'node:crypto';
import { TestApp } from '../helpers/test-app';
import { addCard, addGroup, O, Tenant } from './helpers';

const C = `${O}/card`;

describe('cards: replacement of a lost card', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const replace = (tenant: Tenant, body: unknown) =>
    t.request('POST', `${C}/replacement`, { token: tenant.token, body });
  const card = async (tenant: Tenant, id: string) =>
    (await t.request('GET', `${C}/${id}`, { token: tenant.token })).body.card;

  /** A handed-out card with history: user, contacts, level, turnover, points of every kind. */
  async function lostCard(tenant: Tenant) {
    const group = await addGroup(t, tenant);
    const referrer = await addCard(t, tenant);
    const levelRes = await t.request('POST', `${O}/card_level`, {
      token: tenant.token,
      body: { name: 'Gold', accum_level: 100, priority: 5 },
    });
    const old = await addCard(t, tenant, {
      parent_id: group.id,
      phone: '+7 900 111-22-33',
      email: 'lost@card.ru',
      referallink_id: referrer.id,
      card_level_id: levelRes.body.card_level.id,
      balance: 10,
    });
    await t.request('POST', `${C}/${old.id}/activate`, {
      token: tenant.token,
      body: { activation_shop_id: 'shop-9' },
    });
    await t.request('POST', `${C}/attach`, {
      token: tenant.token,
      body: { card_id: old.id, user_id: 'owner' },
    });
    const now = Date.now();
    const post = (body: unknown) =>
      t.request('POST', `${C}/${old.id}/transaction`, { token: tenant.token, body });
    await post({ sum: 50, sale_amount: 700 });
    await post({ sum: 35, active_from: now + 86_400_000, active_to: now + 5 * 86_400_000 }); // pending
    await post({ sum: 25, active_to: now + 2 * 86_400_000 }); // burning
    await post({ sum: -20 }); // takes the burning batch first
    return { old: await card(tenant, old.id), group, referrer, level: levelRes.body.card_level };
  }

  it("moves the balance, pending and burning batches with their dates and the seed's fields, in one go", async () => {
    const tenant = await t.newTenant();
    const { old, group, referrer, level } = await lostCard(tenant);
    const before = await t.request('GET', `${C}/${old.id}/balance_info`, { token: tenant.token });
    const fresh = await addCard(t, tenant, { name: 'new plastic' });
    const res = await replace(tenant, { old_card_id: old.id, new_card_id: fresh.id });
    expect(res.status).toBe(200);
    expect(res.body.code).toBe(0);
    expect(res.body.card).toMatchObject({
      id: fresh.id,
      barcode: fresh.barcode,
      name: 'new plastic',
      parent_id: group.id,
      active: true,
      blocked: false,
      referallink_id: referrer.id,
      user_id: 'owner',
      phone: '79001112233',
      email: 'lost@card.ru',
      external_card: 0,
      accum_sale_amount: 700,
      card_level_id: level.id,
      activation_shop_id: 'shop-9',
      date_active: old.date_active,
      date_first_check: old.date_first_check,
      date_last_transaction: old.date_last_transaction,
      date_deactivate: 0,
      balance: 65,
    });
    expect(res.body.old_card).toMatchObject({
      id: old.id,
      active: false,
      blocked: true,
      new_card_id: fresh.id,
      balance: 0,
      blockeddescription: `replaced by card ${fresh.barcode}`,
    });
    expect(res.body.old_card.date_deactivate).toBeGreaterThan(0);
    const after = await t.request('GET', `${C}/${fresh.id}/balance_info`, { token: tenant.token });
    expect(after.body.balance_available).toBe(before.body.balance_available);
    expect(after.body.bonusactive).toEqual(before.body.bonusactive); // same batches, same dates, same amounts left
    expect(
      (await t.request('GET', `${C}/${old.id}/balance_info`, { token: tenant.token })).body.balance_available,
    ).toBe(0);
    // the new card is in use at once
    const spend = await t.request('POST', `${C}/${fresh.id}/transaction`, {
      token: tenant.token,
      body: { sum: -65 },
    });
    expect(spend.body.balance_available).toBe(0);
    const history = await t.request('GET', `${C}/${fresh.id}/level_history`, { token: tenant.token });
    expect(history.body.level_history.map((h: any) => [h.reason, h.to_level_name])).toEqual([
      ['replacement', 'Gold'],
    ]);
    // replacing the old card again is refused
    const again = await replace(tenant, { old_card_id: old.id, new_card_id: (await addCard(t, tenant)).id });
    expect([again.status, again.body.error]).toEqual([409, 'old_card_replaced']);
  });

  it('moves the transaction history with the account: balance, cancels and deleting the old card', async () => {
    const tenant = await t.newTenant();
    const { old } = await lostCard(tenant);
    const info = (id: string) =>
      t.request('GET', `${C}/${id}/balance_info?last_transactions=10`, { token: tenant.token });
    const before = (await info(old.id)).body;
    const fresh = await addCard(t, tenant);
    expect((await replace(tenant, { old_card_id: old.id, new_card_id: fresh.id })).status).toBe(200);
    const moved = (await info(fresh.id)).body;
    expect([moved.balance, moved.balance_available]).toEqual([before.balance, before.balance_available]);
    expect(moved.balance).toBe(120); // 10 + 50 + 35 + 25 accrued
    expect(moved.last_transactions).toEqual(before.last_transactions);
    const listed = await t.request('GET', `${C}/${fresh.id}/transactions`, { token: tenant.token });
    expect(listed.body.transactions).toHaveLength(5);

    // the sale made with the lost card is returned through the new one: its points and turnover go
    const sale = listed.body.transactions.find((x: any) => x.sale_amount === 700);
    expect(sale.card_id).toBe(old.id);
    const cancelled = await t.request('POST', `${C}/${fresh.id}/transaction/${sale.id}/cancel`, {
      token: tenant.token,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.balance_available).toBe(before.balance_available - 50);
    expect((await card(tenant, fresh.id)).accum_sale_amount).toBe(0);

    // deleting the lost card afterwards leaves the new card's points and history whole
    const deleted = await t.request('POST', `${C}/${old.id}/delete`, {
      token: tenant.token,
      body: { checkbalance: true },
    });
    expect(deleted.status).toBe(200);
    const after = (await info(fresh.id)).body;
    expect(after.balance_available).toBe(before.balance_available - 50);
    expect(after.bonusactive).toEqual(moved.bonusactive);
    const spend = await t.request('POST', `${C}/${fresh.id}/transaction`, {
      token: tenant.token,
      body: { sum: -after.balance_available },
    });
    expect([spend.status, spend.body.balance_available]).toEqual([200, 0]);
    const history = await t.request('GET', `${C}/${fresh.id}/transactions`, { token: tenant.token });
    expect(history.body.transactions).toHaveLength(7); // 5 moved, the cancel, the spend
  });

  it('lets the new card cancel what the lost card booked on its master card', async () => {
    const tenant = await t.newTenant();
    const master = await addCard(t, tenant, { active: true });
    const old = await addCard(t, tenant, { active: true, mastercard_id: master.id });
    const sale = await t.request('POST', `${C}/${old.id}/transaction`, {
      token: tenant.token,
      body: { sum: 30, sale_amount: 300 },
    });
    expect(sale.status).toBe(200);
    const fresh = await addCard(t, tenant);
    expect((await replace(tenant, { old_card_id: old.id, new_card_id: fresh.id })).status).toBe(200);
    expect((await card(tenant, fresh.id)).mastercard_id).toBe(master.id);
    const cancelled = await t.request(
      'POST',
      `${C}/${fresh.id}/transaction/${sale.body.transaction.id}/cancel`,
      {
        token: tenant.token,
      },
    );
    expect([cancelled.status, cancelled.body.balance_available]).toEqual([200, 0]);
    expect((await card(tenant, fresh.id)).accum_sale_amount).toBe(0); // the turnover moved, and came off
    const again = await t.request('POST', `${C}/${old.id}/transaction/${sale.body.transaction.id}/cancel`, {
      token: tenant.token,
    });
    expect([again.status, again.body.error]).toEqual([409, 'transaction_cancelled']);
  });

  it('ignores max_cards_per_user, and takes a temporarily blocked active new card', async () => {
    const tenant = await t.newTenant({ max_cards_per_user: 1 });
    const { old } = await lostCard(tenant);
    const fresh = await addCard(t, tenant, { active: true });
    await t.request('POST', `${C}/${fresh.id}/block`, {
      token: tenant.token,
      body: { description: 'in the safe', unblock_date: Date.now() + 86_400_000 },
    });
    const res = await replace(tenant, { old_card_id: old.id, new_card_id: fresh.id });
    expect(res.status).toBe(200);
    expect(res.body.card).toMatchObject({ user_id: 'owner', active: true, blocked: false, date_unblock: 0 });
  });

  it('refuses every failed check with its own code and changes nothing', async () => {
    const tenant = await t.newTenant();
    const snapshot = () =>
      t.db.query(
        `SELECT c.id, c.active, c.blocked, c.user_id, c.new_card_id,
                (SELECT count(*) FROM point_batches b WHERE b.organization_id = c.organization_id AND b.account_id = c.id) AS batches
         FROM cards c WHERE c.organization_id = $1 ORDER BY c.id`,
        [tenant.id],
      );
    const { old } = await lostCard(tenant);
    const inactiveOld = await addCard(t, tenant);
    const replacedOld = await addCard(t, tenant, { active: true });
    const somewhere = await addCard(t, tenant);
    await t.request('POST', `${C}/${replacedOld.id}`, {
      token: tenant.token,
      body: { new_card_id: somewhere.id },
    });
    const activeNew = await addCard(t, tenant, { active: true });
    const ownedNew = await addCard(t, tenant);
    await t.request('POST', `${C}/attach`, {
      token: tenant.token,
      body: { card_id: ownedNew.id, user_id: 'someone' },
    });
    const usedNew = await addCard(t, tenant);
    await t.request('POST', `${C}/${usedNew.id}/transaction`, { token: tenant.token, body: { sum: 1 } });
    const blockedSoldNew = await addCard(t, tenant, { blocked: true, blockeddescription: 'x' });
    await t.db.query(`UPDATE cards SET date_first_check = now() WHERE organization_id = $1 AND id = $2`, [
      tenant.id,
      blockedSoldNew.id,
    ]);
    const master = await addCard(t, tenant, { active: true });
    await addCard(t, tenant, { mastercard_id: master.id });
    const fresh = await addCard(t, tenant);
    const before = await snapshot();

    const cases: [string, string, number, number, string][] = [
      [old.id, old.id, 409, 507, 'same_card'],
      [randomUUID(), fresh.id, 404, 201, 'card_not_found'],
      [old.id, randomUUID(), 404, 209, 'new_card_not_found'],
      [inactiveOld.id, fresh.id, 409, 501, 'old_card_not_active'],
      [replacedOld.id, fresh.id, 409, 502, 'old_card_replaced'],
      [master.id, fresh.id, 409, 508, 'master_card_in_use'],
      [old.id, activeNew.id, 409, 503, 'new_card_not_usable'],
      [old.id, ownedNew.id, 409, 504, 'new_card_has_user'],
      [old.id, usedNew.id, 409, 505, 'new_card_has_transactions'],
      [old.id, blockedSoldNew.id, 409, 506, 'new_card_blocked'],
    ];
    for (const [oldId, newId, status, code, error] of cases) {
      const res = await replace(tenant, { old_card_id: oldId, new_card_id: newId });
      expect([error, res.status, res.body.code, res.body.error]).toEqual([error, status, code, error]);
    }
    for (const body of [{}, { old_card_id: old.id }, { old_card_id: 'x', new_card_id: fresh.id }]) {
      expect((await replace(tenant, body)).status).toBe(400);
    }
    expect(await snapshot()).toEqual(before);
    // a blocked new card without a sale is fine
    const blockedUnsold = await addCard(t, tenant, { blocked: true, blockeddescription: 'spare' });
    expect((await replace(tenant, { old_card_id: old.id, new_card_id: blockedUnsold.id })).status).toBe(200);
  });

  it('two replacements of one card at once: exactly one wins', async () => {
    const tenant = await t.newTenant();
    const { old } = await lostCard(tenant);
    const a = await addCard(t, tenant);
    const b = await addCard(t, tenant);
    const answers = await Promise.all([
      replace(tenant, { old_card_id: old.id, new_card_id: a.id }),
      replace(tenant, { old_card_id: old.id, new_card_id: b.id }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const batches = await t.db.query(
      `SELECT account_id, count(*)::int AS n FROM point_batches WHERE organization_id = $1 AND remaining > 0 GROUP BY account_id`,
      [tenant.id],
    );
    expect(batches.length).toBe(1);
    expect([a.id, b.id]).toContain(batches[0].account_id);
  });

  it("never replaces with or into another organization's cards", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const { old } = await lostCard(a);
    const bCard = await addCard(t, b);
    const into = await replace(a, { old_card_id: old.id, new_card_id: bCard.id });
    expect([into.status, into.body.error]).toEqual([404, 'new_card_not_found']);
    const from = await replace(b, { old_card_id: old.id, new_card_id: bCard.id });
    expect([from.status, from.body.error]).toEqual([404, 'card_not_found']);
    expect((await card(a, old.id)).new_card_id).toBe('');
  });
});

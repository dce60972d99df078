import { randomUUID } from 'node:crypto';
import { TestApp } from '../helpers/test-app';
import { addCard, O, Tenant } from './helpers';

const L = `${O}/card_level`;
const C = `${O}/card`;

describe('card levels: CRUD, levelup, leveldown and the level history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  async function level(tenant: Tenant, body: Record<string, unknown>) {
    const res = await t.request('POST', L, { token: tenant.token, body });
    if (res.status !== 201) throw new Error(`level not created: ${res.text}`);
    return res.body.card_level;
  }

  /** The tiers of the tests: L3 has reset. */
  async function tiers(tenant: Tenant) {
    return {
      l1: await level(tenant, { name: 'L1', accum_level: 0, priority: 1 }),
      l2: await level(tenant, { name: 'L2', accum_level: 1000, priority: 2 }),
      l3: await level(tenant, { name: 'L3', accum_level: 5000, priority: 3, reset: true }),
      l4: await level(tenant, { name: 'L4', accum_level: 10000, priority: 4 }),
    };
  }

  const setCard = (tenant: Tenant, id: string, body: Record<string, unknown>) =>
    t.request('POST', `${C}/${id}`, { token: tenant.token, body });
  const up = (tenant: Tenant, id: string, body: unknown = {}) =>
    t.request('POST', `${C}/${id}/levelup`, { token: tenant.token, body });
  const down = (tenant: Tenant, id: string, body: unknown = {}) =>
    t.request('POST', `${C}/${id}/leveldown`, { token: tenant.token, body });
  const levelOf = async (tenant: Tenant, id: string) =>
    (await t.request('GET', `${C}/${id}`, { token: tenant.token })).body.card.card_level_id;
  const move = (l: any, turnover: number) => ({
    level_id: l.id,
    level_name: l.name,
    accum_amount: turnover,
    accum_level: l.accum_level,
  });

  it('creates, reads, lists, updates and deletes levels', async () => {
    const tenant = await t.newTenant();
    const id = randomUUID();
    const made = await t.request('POST', L, {
      token: tenant.token,
      body: { id, name: 'Gold', accum_level: 10000.5, priority: 10, discount: 5, bonus_percent: 2.5 },
    });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({
      code: 0,
      message: 'Operation completed',
      card_level: {
        id,
        name: 'Gold',
        accum_level: 10000.5,
        priority: 10,
        reset: false,
        discount: 5,
        bonus_percent: 2.5,
      },
    });
    await level(tenant, { name: 'Silver', accum_level: 100, priority: 5 });
    const again = await t.request('POST', L, {
      token: tenant.token,
      body: { id, name: 'x', accum_level: 1, priority: 1 },
    });
    expect([again.status, again.body.code, again.body.error]).toEqual([409, 401, 'card_level_exists']);
    for (const body of [
      {},
      { name: 'x', priority: 1 },
      { name: 'x', accum_level: -1, priority: 1 },
      { name: 'x', accum_level: 1, priority: 1.5 },
      { name: 'x', accum_level: 1, priority: 1, discount: 101 },
      { name: '', accum_level: 1, priority: 1 },
      { name: 'x', accum_level: 1, priority: 1, reset: 'yes' },
    ]) {
      const res = await t.request('POST', L, { token: tenant.token, body });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
    }
    const list = await t.request('GET', `${L}?per_page=1`, { token: tenant.token });
    expect(list.body.card_levels.map((l: any) => l.name)).toEqual(['Silver']);
    expect(list.body.pagination).toEqual({ per_page: 1, page: 1, items: 2, pages: 2 });
    const changed = await t.request('POST', `${L}/${id}`, {
      token: tenant.token,
      body: { reset: true, discount: null },
    });
    expect(changed.body.card_level).toMatchObject({
      name: 'Gold',
      reset: true,
      discount: null,
      priority: 10,
    });
    expect((await t.request('GET', `${L}/${id}`, { token: tenant.token })).body.card_level.reset).toBe(true);

    const card = await addCard(t, tenant, { card_level_id: id });
    const inUse = await t.request('POST', `${L}/${id}/delete`, { token: tenant.token });
    expect([inUse.status, inUse.body.code, inUse.body.error]).toEqual([409, 402, 'card_level_in_use']);
    await setCard(tenant, card.id, { card_level_id: null });
    expect((await t.request('POST', `${L}/${id}/delete`, { token: tenant.token })).status).toBe(200);
    for (const [m, url] of [
      ['GET', `${L}/${id}`],
      ['POST', `${L}/${id}`],
      ['POST', `${L}/${id}/delete`],
      ['GET', `${L}/nope`],
    ]) {
      const res = await t.request(m, url, { token: tenant.token, body: m === 'POST' ? {} : undefined });
      expect([url, res.status, res.body.error]).toEqual([url, 404, 'card_level_not_found']);
    }
  });

  it('refuses an unknown level on cards, and records manual changes of level and turnover', async () => {
    const tenant = await t.newTenant();
    const { l1, l2 } = await tiers(tenant);
    const unknown = await t.request('POST', `${C}/add`, {
      token: tenant.token,
      body: { code: 'c', barcode: 'b', card_level_id: randomUUID() },
    });
    expect([unknown.status, unknown.body.code, unknown.body.error]).toEqual([
      404,
      217,
      'card_level_not_found',
    ]);
    const card = await addCard(t, tenant, { card_level_id: l1.id });
    await setCard(tenant, card.id, { card_level_id: l2.id, accum_sale_amount: 1200 });
    await setCard(tenant, card.id, { accum_sale_amount: 1300 });
    await setCard(tenant, card.id, { name: 'no level change' });
    const history = await t.request('GET', `${C}/${card.id}/level_history`, { token: tenant.token });
    expect(
      history.body.level_history.map((h: any) => [
        h.reason,
        h.from_level_name,
        h.to_level_name,
        h.accum_amount,
      ]),
    ).toEqual([
      ['manual', 'L2', 'L2', 1300],
      ['manual', 'L1', 'L2', 1200],
    ]);
    expect(history.body.pagination.items).toBe(2);
    expect(history.body.level_history[0].date).toBeGreaterThan(0);
  });

  it('levelup moves to the best reachable higher level and names the next one', async () => {
    const tenant = await t.newTenant();
    const { l1, l2, l3, l4 } = await tiers(tenant);
    const card = await addCard(t, tenant, { active: true });
    // no level yet: the best level the turnover reaches
    const first = await up(tenant, card.id);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      code: 0,
      message: 'Operation completed',
      level_up: move(l1, 0),
      next_level_up: move(l2, 0),
    });
    expect(await levelOf(tenant, card.id)).toBe(l1.id);
    // turnover from sales jumps levels: the best reachable one
    await t.request('POST', `${C}/${card.id}/transaction`, {
      token: tenant.token,
      body: { sum: 1, sale_amount: 6000 },
    });
    const jump = await up(tenant, card.id, { check: false });
    expect(jump.body).toMatchObject({ level_up: move(l3, 6000), next_level_up: move(l4, 6000) });
    // nothing reachable: no move, the next level is named
    const none = await up(tenant, card.id);
    expect(none.body.level_up).toBeUndefined();
    expect(none.body.next_level_up).toEqual(move(l4, 6000));
    // check: true only reports the level it could move to
    await setCard(tenant, card.id, { accum_sale_amount: 20000 });
    const check = await up(tenant, card.id, { check: true });
    expect(check.body.level_up).toBeUndefined();
    expect(check.body.next_level_up).toEqual(move(l4, 20000));
    expect(await levelOf(tenant, card.id)).toBe(l3.id);
    const top = await up(tenant, card.id);
    expect(top.body.level_up).toEqual(move(l4, 20000));
    expect(top.body.next_level_up).toBeUndefined();
    expect((await up(tenant, card.id, { check: true })).body).toEqual({
      code: 0,
      message: 'Operation completed',
    });
    const history = await t.request('GET', `${C}/${card.id}/level_history`, { token: tenant.token });
    expect(history.body.level_history.map((h: any) => [h.reason, h.to_level_name])).toEqual([
      ['levelup', 'L4'],
      ['manual', 'L3'],
      ['levelup', 'L3'],
      ['levelup', 'L1'],
    ]);
    expect((await up(tenant, card.id, { check: 'yes' })).status).toBe(400);
    expect((await up(tenant, randomUUID())).status).toBe(404);
  });

  it('leveldown follows the seed: reset stays, enough turnover stays, else the best lower level reached', async () => {
    const tenant = await t.newTenant();
    const { l1, l2, l3, l4 } = await tiers(tenant);
    const onL4 = await addCard(t, tenant, { card_level_id: l4.id, accum_sale_amount: 10000 });
    expect((await down(tenant, onL4.id)).body).toEqual({
      code: 0,
      message: 'Operation completed',
      next_level_down: move(l3, 10000),
    });
    // a return took the turnover down: L3 (5000) is out of reach, L2 (1000) is not
    await setCard(tenant, onL4.id, { accum_sale_amount: 1500 });
    const check = await down(tenant, onL4.id, { check: true });
    expect(check.body).toEqual({ code: 0, message: 'Operation completed', next_level_down: move(l2, 1500) });
    expect(await levelOf(tenant, onL4.id)).toBe(l4.id);
    const moved = await down(tenant, onL4.id);
    expect(moved.body).toEqual({
      code: 0,
      message: 'Operation completed',
      level_down: move(l2, 1500),
      next_level_down: move(l1, 1500),
    });
    expect(await levelOf(tenant, onL4.id)).toBe(l2.id);

    // a level with reset: nothing, whatever the turnover
    const onL3 = await addCard(t, tenant, { card_level_id: l3.id, accum_sale_amount: 0 });
    const reset = await down(tenant, onL3.id);
    expect(reset.body.level_down).toBeUndefined();
    expect((await down(tenant, onL3.id, { check: true })).body.next_level_down).toBeUndefined();
    expect(await levelOf(tenant, onL3.id)).toBe(l3.id);

    // below L2 with 500: L1 (0) is reached
    const onL2 = await addCard(t, tenant, { card_level_id: l2.id, accum_sale_amount: 500 });
    expect((await down(tenant, onL2.id)).body.level_down).toEqual(move(l1, 500));
    expect((await down(tenant, onL2.id)).body).toEqual({ code: 0, message: 'Operation completed' }); // lowest level

    // no lower level reached: the card stays
    const other = await t.newTenant();
    const low = await level(other, { name: 'Low', accum_level: 100, priority: 1 });
    const high = await level(other, { name: 'High', accum_level: 1000, priority: 2 });
    const stuck = await addCard(t, other, { card_level_id: high.id, accum_sale_amount: 50 });
    const stays = await down(other, stuck.id);
    expect(stays.body.level_down).toBeUndefined();
    expect(stays.body.next_level_down).toEqual(move(low, 50));
    expect(await levelOf(other, stuck.id)).toBe(high.id);
    // no level at all: nothing
    const bare = await addCard(t, other);
    expect((await down(other, bare.id)).body).toEqual({ code: 0, message: 'Operation completed' });

    const history = await t.request('GET', `${C}/${onL4.id}/level_history`, { token: tenant.token });
    expect(
      history.body.level_history.map((h: any) => [h.reason, h.from_level_name, h.to_level_name]),
    ).toEqual([
      ['leveldown', 'L4', 'L2'],
      ['manual', 'L4', 'L4'],
    ]);
  });

  it("keeps organizations' levels apart", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const bLevel = await level(b, { name: 'B', accum_level: 0, priority: 1 });
    const aCard = await addCard(t, a);
    for (const [m, url] of [
      ['GET', `${L}/${bLevel.id}`],
      ['POST', `${L}/${bLevel.id}`],
      ['POST', `${L}/${bLevel.id}/delete`],
    ]) {
      const res = await t.request(m, url, { token: a.token, body: m === 'POST' ? { name: 'x' } : undefined });
      expect([url, res.status]).toEqual([url, 404]);
    }
    expect((await setCard(a, aCard.id, { card_level_id: bLevel.id })).status).toBe(404);
    expect((await t.request('GET', L, { token: a.token })).body.card_levels).toEqual([]);
    expect((await up(a, aCard.id)).body.level_up).toBeUndefined();
    const bCard = await addCard(t, b);
    expect((await up(a, bCard.id)).status).toBe(404);
    expect((await t.request('GET', `${C}/${bCard.id}/level_history`, { token: a.token })).status).toBe(404);
  });
});

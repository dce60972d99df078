import { randomUUID } from 'node:crypto';
import { TestApp } from '../helpers/test-app';
import { addCard, addGroup, O, rowsOf } from './helpers';

describe('card groups: tree, counts, moves, subtree delete', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const G = `${O}/card_group`;

  it('creates groups with a given or generated id, at the root or under a parent, in the envelope', async () => {
    const tenant = await t.newTenant();
    const id = randomUUID();
    const res = await t.request('POST', `${G}/add`, {
      token: tenant.token,
      body: { id, name: 'VIP-карты', description: 'В этой группе находятся карты VIP-клиентов' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      code: 0,
      message: 'Operation completed',
      card_group: {
        id,
        parent_id: '',
        name: 'VIP-карты',
        description: 'В этой группе находятся карты VIP-клиентов',
        groups_count: 0,
        cards_count: 0,
      },
    });
    const child = await t.request('POST', `${G}/add`, {
      token: tenant.token,
      body: { parent_id: id },
      headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' },
    });
    expect(child.status).toBe(201);
    expect(child.body.message).toBe('Операция выполнена');
    expect(child.body.card_group).toMatchObject({ parent_id: id, name: '', description: '' });
    expect(child.body.card_group.id).toMatch(/^[0-9a-f-]{36}$/);
    // an empty body creates an unnamed root group (every field of the seed is optional)
    const bare = await t.request('POST', `${G}/add`, { token: tenant.token });
    expect(bare.status).toBe(201);
    expect(bare.body.card_group.parent_id).toBe('');
  });

  it('refuses bad input, unknown parents and taken ids with the envelope, writing nothing', async () => {
    const tenant = await t.newTenant();
    const existing = await addGroup(t, tenant, { name: 'a' });
    const cases: [unknown, number, number, string][] = [
      [{ id: 'not-a-uuid' }, 400, 1, 'validation_failed'],
      [{ name: 5 }, 400, 1, 'validation_failed'],
      [{ name: 'x'.repeat(501) }, 400, 1, 'validation_failed'],
      [{ name: 'a\u0000b' }, 400, 1, 'validation_failed'],
      [{ parent_id: randomUUID() }, 404, 102, 'parent_group_not_found'],
      [{ id: existing.id, name: 'again' }, 409, 103, 'card_group_exists'],
      [[1, 2], 400, 1, 'validation_failed'],
      [null, 400, 1, 'validation_failed'],
    ];
    for (const [body, status, code, error] of cases) {
      const res = await t.request('POST', `${G}/add`, { token: tenant.token, body });
      expect([JSON.stringify(body), res.status, res.body?.code, res.body?.error]).toEqual([
        JSON.stringify(body),
        status,
        code,
        error,
      ]);
      expect(typeof res.body.message).toBe('string');
    }
    const ru = await t.request('POST', `${G}/add`, {
      token: tenant.token,
      body: { parent_id: randomUUID() },
      headers: { 'accept-language': 'ru' },
    });
    expect(ru.body).toEqual({
      code: 102,
      message: 'Родительская группа не найдена',
      error: 'parent_group_not_found',
    });
    expect(await rowsOf(t, tenant, 'card_groups', 'id, name')).toEqual([{ id: existing.id, name: 'a' }]);
  });

  it('answers one group with its direct child group and card counts', async () => {
    const tenant = await t.newTenant();
    const root = await addGroup(t, tenant, { name: 'root' });
    const a = await addGroup(t, tenant, { parent_id: root.id, name: 'a' });
    await addGroup(t, tenant, { parent_id: root.id, name: 'b' });
    await addGroup(t, tenant, { parent_id: a.id, name: 'a1' });
    await addCard(t, tenant, { parent_id: root.id });
    await addCard(t, tenant, { parent_id: a.id });
    await addCard(t, tenant, { parent_id: a.id });
    const got = await t.request('GET', `${G}/${root.id}`, { token: tenant.token });
    expect(got.status).toBe(200);
    expect(got.body.card_group).toMatchObject({ id: root.id, groups_count: 2, cards_count: 1 });
    const gotA = await t.request('GET', `${G}/${a.id}/`, { token: tenant.token });
    expect(gotA.body.card_group).toMatchObject({ parent_id: root.id, groups_count: 1, cards_count: 2 });
    for (const bad of [randomUUID(), 'nope', '1']) {
      const res = await t.request('GET', `${G}/${bad}`, { token: tenant.token });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 101, error: 'card_group_not_found' });
    }
  });

  it('lists one level by name, paginated, with or without the total', async () => {
    const tenant = await t.newTenant();
    const parent = await addGroup(t, tenant, { name: 'parent' });
    for (const name of ['e', 'c', 'a', 'd', 'b']) await addGroup(t, tenant, { parent_id: parent.id, name });
    const rootList = await t.request('GET', `${G}`, { token: tenant.token });
    expect(rootList.body.card_groups.map((g: any) => g.name)).toEqual(['parent']);
    expect(rootList.body.card_groups[0]).toMatchObject({ groups_count: 5, cards_count: 0 });
    expect(rootList.body.pagination).toEqual({ per_page: 10, page: 1, items: 1, pages: 1 });

    const page2 = await t.request('GET', `${G}?parent_id=${parent.id}&per_page=2&page=2`, {
      token: tenant.token,
    });
    expect(page2.body.card_groups.map((g: any) => g.name)).toEqual(['c', 'd']);
    expect(page2.body.pagination).toEqual({ per_page: 2, page: 2, items: 5, pages: 3 });
    const noCount = await t.request(
      'GET',
      `${G}?parent_id=${parent.id}&per_page=2&page=3&calculate_count=false`,
      {
        token: tenant.token,
      },
    );
    expect(noCount.body.card_groups.map((g: any) => g.name)).toEqual(['e']);
    expect(noCount.body.pagination).toEqual({ per_page: 2, page: 3, items: null, pages: null });

    for (const q of [
      'per_page=0',
      'per_page=1001',
      'page=0',
      'page=x',
      'calculate_count=maybe',
      'parent_id=x',
    ]) {
      const res = await t.request('GET', `${G}?${q}`, { token: tenant.token });
      expect([q, res.status, res.body.code]).toEqual([q, 400, 1]);
    }
  });

  it('updates only the given fields; parent_id null moves to the root; unknown parents are refused', async () => {
    const tenant = await t.newTenant();
    const a = await addGroup(t, tenant, { name: 'a', description: 'da' });
    const b = await addGroup(t, tenant, { name: 'b' });
    const renamed = await t.request('POST', `${G}/${a.id}`, { token: tenant.token, body: { name: 'A' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.card_group).toMatchObject({ name: 'A', description: 'da', parent_id: '' });
    const moved = await t.request('POST', `${G}/${a.id}`, { token: tenant.token, body: { parent_id: b.id } });
    expect(moved.body.card_group).toMatchObject({ name: 'A', parent_id: b.id });
    const unknown = await t.request('POST', `${G}/${a.id}`, {
      token: tenant.token,
      body: { parent_id: randomUUID() },
    });
    expect(unknown.status).toBe(404);
    expect((await t.request('GET', `${G}/${a.id}`, { token: tenant.token })).body.card_group.parent_id).toBe(
      b.id,
    );
    const back = await t.request('POST', `${G}/${a.id}`, { token: tenant.token, body: { parent_id: null } });
    expect(back.body.card_group.parent_id).toBe('');
    const seedEmpty = await t.request('POST', `${G}/${b.id}`, {
      token: tenant.token,
      body: { parent_id: a.id },
    });
    expect(seedEmpty.body.card_group.parent_id).toBe(a.id);
    const emptyString = await t.request('POST', `${G}/${b.id}`, {
      token: tenant.token,
      body: { parent_id: '' },
    });
    expect(emptyString.body.card_group.parent_id).toBe('');
    expect((await t.request('POST', `${G}/${randomUUID()}`, { token: tenant.token, body: {} })).status).toBe(
      404,
    );
  });

  it('refuses to move a group under itself or any descendant (409), changing nothing', async () => {
    const tenant = await t.newTenant();
    const a = await addGroup(t, tenant, { name: 'a' });
    const b = await addGroup(t, tenant, { parent_id: a.id, name: 'b' });
    const c = await addGroup(t, tenant, { parent_id: b.id, name: 'c' });
    const d = await addGroup(t, tenant, { parent_id: c.id, name: 'd' });
    const before = await rowsOf(t, tenant, 'card_groups', 'id, parent_id, name');
    for (const target of [a, b, c, d]) {
      const res = await t.request('POST', `${G}/${a.id}`, {
        token: tenant.token,
        body: { parent_id: target.id, name: 'x' },
      });
      expect([target.name, res.status, res.body.error, res.body.code]).toEqual([
        target.name,
        409,
        'card_group_cycle',
        104,
      ]);
    }
    const midCycle = await t.request('POST', `${G}/${b.id}`, {
      token: tenant.token,
      body: { parent_id: d.id },
    });
    expect(midCycle.status).toBe(409);
    expect(await rowsOf(t, tenant, 'card_groups', 'id, parent_id, name')).toEqual(before);
    // moving a leaf elsewhere in the tree is fine
    const ok = await t.request('POST', `${G}/${d.id}`, { token: tenant.token, body: { parent_id: a.id } });
    expect(ok.status).toBe(200);
  });

  it('never builds a cycle from concurrent crossing moves', async () => {
    const tenant = await t.newTenant();
    for (let round = 0; round < 5; round++) {
      const x = await addGroup(t, tenant, { name: `x${round}` });
      const y = await addGroup(t, tenant, { name: `y${round}` });
      const [r1, r2] = await Promise.all([
        t.request('POST', `${G}/${x.id}`, { token: tenant.token, body: { parent_id: y.id } }),
        t.request('POST', `${G}/${y.id}`, { token: tenant.token, body: { parent_id: x.id } }),
      ]);
      expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    }
    const cyclic = await t.db.query(
      `WITH RECURSIVE walk(start, id, depth) AS (
         SELECT id, parent_id, 1 FROM card_groups WHERE organization_id = $1 AND parent_id IS NOT NULL
         UNION ALL
         SELECT w.start, g.parent_id, w.depth + 1 FROM walk w JOIN card_groups g
           ON g.organization_id = $1 AND g.id = w.id WHERE g.parent_id IS NOT NULL AND w.depth < 50)
       SELECT count(*)::int AS n FROM walk WHERE id = start`,
      [tenant.id],
    );
    expect(cyclic[0].n).toBe(0);
  });

  it('counts a subtree with test: true and deletes nothing, then deletes exactly the subtree and its cards', async () => {
    const tenant = await t.newTenant();
    const keep = await addGroup(t, tenant, { name: 'keep' });
    const keptCard = await addCard(t, tenant, { parent_id: keep.id });
    const rootCard = await addCard(t, tenant);
    const top = await addGroup(t, tenant, { name: 'top' });
    const l1a = await addGroup(t, tenant, { parent_id: top.id });
    const l1b = await addGroup(t, tenant, { parent_id: top.id });
    const l2 = await addGroup(t, tenant, { parent_id: l1a.id });
    await addGroup(t, tenant, { parent_id: l2.id });
    for (const g of [top, l1a, l1a, l1b, l2, l2, l2]) await addCard(t, tenant, { parent_id: g.id });
    const before = await rowsOf(t, tenant, 'cards', 'id');

    const dry = await t.request('POST', `${G}/${top.id}/delete`, {
      token: tenant.token,
      body: { test: true },
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      code: 0,
      message: 'Operation completed',
      deleted: false,
      counts: { groups: 5, cards: 7, cards_with_balance: 0 },
    });
    expect(await rowsOf(t, tenant, 'cards', 'id')).toEqual(before);
    expect((await rowsOf(t, tenant, 'card_groups', 'id')).length).toBe(6);

    const leaf = await t.request('POST', `${G}/${l2.id}/delete`, {
      token: tenant.token,
      body: { test: true },
    });
    expect(leaf.body.counts).toEqual({ groups: 2, cards: 3, cards_with_balance: 0 });

    const done = await t.request('POST', `${G}/${top.id}/delete`, { token: tenant.token });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ deleted: true, counts: { groups: 5, cards: 7 } });
    expect((await rowsOf(t, tenant, 'card_groups', 'id')).map((r) => r.id)).toEqual([keep.id]);
    expect((await rowsOf(t, tenant, 'cards', 'id')).map((r) => r.id).sort()).toEqual(
      [keptCard.id, rootCard.id].sort(),
    );
    expect((await t.request('GET', `${G}/${top.id}`, { token: tenant.token })).status).toBe(404);
    expect((await t.request('POST', `${G}/${top.id}/delete`, { token: tenant.token })).status).toBe(404);
  });

  it('refuses to delete a subtree whose cards have points unless forced', async () => {
    const tenant = await t.newTenant();
    const top = await addGroup(t, tenant);
    const sub = await addGroup(t, tenant, { parent_id: top.id });
    await addCard(t, tenant, { parent_id: sub.id, balance: 12.5 });
    await addCard(t, tenant, { parent_id: top.id });
    const dry = await t.request('POST', `${G}/${top.id}/delete`, {
      token: tenant.token,
      body: { test: true },
    });
    expect(dry.body.counts).toEqual({ groups: 2, cards: 2, cards_with_balance: 1 });
    const refused = await t.request('POST', `${G}/${top.id}/delete`, { token: tenant.token, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 105, error: 'card_group_has_balance' });
    expect((await rowsOf(t, tenant, 'cards', 'id')).length).toBe(2);
    expect((await rowsOf(t, tenant, 'card_groups', 'id')).length).toBe(2);
    const forced = await t.request('POST', `${G}/${top.id}/delete`, {
      token: tenant.token,
      body: { force: true },
    });
    expect(forced.status).toBe(200);
    expect(await rowsOf(t, tenant, 'cards', 'id')).toEqual([]);
    expect(await rowsOf(t, tenant, 'card_groups', 'id')).toEqual([]);
    const bad = await t.request('POST', `${G}/${top.id}/delete`, {
      token: tenant.token,
      body: { test: 'yes' },
    });
    expect(bad.status).toBe(400);
  });

  it('refuses to delete a subtree holding the master card of a card outside it', async () => {
    const tenant = await t.newTenant();
    const g = await addGroup(t, tenant);
    const master = await addCard(t, tenant, { parent_id: g.id });
    const inside = await addCard(t, tenant, { parent_id: g.id, mastercard_id: master.id });
    const outside = await addCard(t, tenant, { mastercard_id: master.id });
    const res = await t.request('POST', `${G}/${g.id}/delete`, { token: tenant.token });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('card_group_cards_referenced');
    expect((await rowsOf(t, tenant, 'cards', 'id')).length).toBe(3);
    await t.request('POST', `${O}/card/${outside.id}`, {
      token: tenant.token,
      body: { mastercard_id: null },
    });
    const ok = await t.request('POST', `${G}/${g.id}/delete`, { token: tenant.token });
    expect(ok.status).toBe(200);
    expect((await rowsOf(t, tenant, 'cards', 'id')).map((r) => r.id)).toEqual([outside.id]);
    expect(inside.mastercard_id).toBe(master.id);
  });

  it("keeps organizations apart: another's group ids answer as unknown ones and never appear", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const bGroup = await addGroup(t, b, { name: 'b-only' });
    await addCard(t, b, { parent_id: bGroup.id });
    const aGroup = await addGroup(t, a, { name: 'a-only' });
    const asA = (method: string, url: string, body?: unknown) =>
      t.request(method, url, { token: a.token, body });
    const unknown = randomUUID();
    for (const id of [bGroup.id, unknown]) {
      const answers = [
        await asA('GET', `${G}/${id}`),
        await asA('POST', `${G}/${id}`, { name: 'x' }),
        await asA('POST', `${G}/${id}/delete`, { test: true }),
        await asA('POST', `${G}/${id}/delete`, { force: true }),
      ];
      expect(answers.map((r) => [r.status, r.body.error])).toEqual(
        Array(4).fill([404, 'card_group_not_found']),
      );
      const asParent = await asA('POST', `${G}/add`, { parent_id: id });
      expect([asParent.status, asParent.body.error]).toEqual([404, 'parent_group_not_found']);
      const moveUnder = await asA('POST', `${G}/${aGroup.id}`, { parent_id: id });
      expect(moveUnder.status).toBe(404);
      const listed = await asA('GET', `${G}?parent_id=${id}`);
      expect(listed.body.card_groups).toEqual([]);
    }
    // the same client-chosen id may exist in both organizations
    const same = await asA('POST', `${G}/add`, { id: bGroup.id, name: 'mine' });
    expect(same.status).toBe(201);
    expect((await asA('GET', G)).body.card_groups.map((g: any) => g.name).sort()).toEqual(['a-only', 'mine']);
    const bView = await t.request('GET', `${G}/${bGroup.id}`, { token: b.token });
    expect(bView.body.card_group).toMatchObject({ name: 'b-only', cards_count: 1 });
  });

  it('answers 401 in the envelope without a token', async () => {
    const res = await t.request('GET', `${G}`, { headers: { 'accept-language': 'ru' } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 3, message: 'Нужен действующий токен доступа', error: 'unauthorized' });
  });
});

import { randomUUID } from 'node:crypto';
import { CardJobsService } from '../../apps/api/src/cards/card-jobs.service';
import { TestApp } from '../helpers/test-app';
import { addCard, addGroup, barcode, O, rowsOf, Tenant } from './helpers';

const C = `${O}/card`;

describe('cards: create, read, update, delete, activation and blocking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const stored = (tenant: Tenant) =>
    rowsOf(t, tenant, 'cards', 'id, barcode, code, name, phone, email, mastercard_id, blocked');

  it("creates a card with the seed's fields and answers it in the seed's shape", async () => {
    const tenant = await t.newTenant({ default_card_image: 'https://cdn.example/default.png' });
    const group = await addGroup(t, tenant);
    const id = randomUUID();
    const bc = barcode();
    const res = await t.request('POST', `${C}/add`, {
      token: tenant.token,
      body: {
        id,
        parent_id: group.id,
        code: 54377537373,
        barcode: bc,
        name: 'Иван',
        description: 'gold',
        balance: 13573.04,
        active: true,
        blocked: false,
        phone: '+7 (912) 345-67-89',
        email: ' Mail@Mail.RU ',
        external_card: 0,
        accum_sale_amount: 100.5,
        card_level_id: '',
        mastercard_id: '',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.code).toBe(0);
    const card = res.body.card;
    expect(Object.keys(card)).toEqual([
      'id',
      'parent_id',
      'code',
      'barcode',
      'name',
      'description',
      'balance',
      'active',
      'blocked',
      'blockeddescription',
      'mastercard_id',
      'referallink_id',
      'phone',
      'email',
      'external_card',
      'accum_sale_amount',
      'card_level_id',
      'new_card_id',
      'date_active',
      'activation_shop_id',
      'date_deactivate',
      'date_last_transaction',
      'date_last_activity',
      'date_first_check',
      'last_transaction',
      'user_id',
      'image',
      'date_unblock',
    ]);
    expect(card).toMatchObject({
      id,
      parent_id: group.id,
      code: '54377537373',
      barcode: bc,
      balance: 13573.04,
      active: true,
      phone: '79123456789',
      email: 'mail@mail.ru',
      accum_sale_amount: 100.5,
      card_level_id: '',
      mastercard_id: '',
      date_deactivate: 0,
      user_id: '',
      image: 'https://cdn.example/default.png',
    });
    expect(Math.abs(card.date_active - Date.now())).toBeLessThan(60_000);
    const got = await t.request('GET', `${C}/${id}`, { token: tenant.token });
    expect(got.body).toEqual({ code: 0, message: 'Operation completed', card });
    const own = await addCard(t, tenant, { image: 'https://cdn.example/own.png' });
    expect(own.image).toBe('https://cdn.example/own.png');
    expect(own.date_active).toBe(0);
  });

  it('refuses bad input and a taken barcode or id, writing nothing', async () => {
    const tenant = await t.newTenant();
    const first = await addCard(t, tenant, { barcode: 'SAME-1' });
    const before = await stored(tenant);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ barcode: 'x' }, 400, 'validation_failed'],
      [{ code: 'x' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: '' }, 400, 'validation_failed'],
      [{ code: 1.5, barcode: 'y' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', balance: -1 }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', balance: 1.005 }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', phone: 'call me' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', email: 'nope' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', active: 'yes' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', id: '123' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', mastercard_id: 'abc' }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', external_card: -1 }, 400, 'validation_failed'],
      [{ code: 'x', barcode: 'y', parent_id: randomUUID() }, 404, 'parent_group_not_found'],
      [{ code: 'x', barcode: 'y', mastercard_id: randomUUID() }, 404, 'mastercard_not_found'],
      [{ code: 'x', barcode: 'y', referallink_id: randomUUID() }, 404, 'referallink_not_found'],
      [{ code: 'x', barcode: 'y', new_card_id: randomUUID() }, 404, 'new_card_not_found'],
      [{ code: 'x', barcode: 'SAME-1' }, 409, 'barcode_taken'],
      [{ code: 'x', barcode: 'y', id: first.id }, 409, 'card_exists'],
    ];
    for (const [body, status, error] of cases) {
      const res = await t.request('POST', `${C}/add`, { token: tenant.token, body });
      expect([JSON.stringify(body), res.status, res.body.error]).toEqual([
        JSON.stringify(body),
        status,
        error,
      ]);
    }
    expect(await stored(tenant)).toEqual(before);
    const ru = await t.request('POST', `${C}/add`, {
      token: tenant.token,
      body: { code: 'x', barcode: 'SAME-1' },
      headers: { 'accept-language': 'ru' },
    });
    expect(ru.body).toMatchObject({ code: 203, message: 'Карта с таким штрихкодом уже существует' });
  });

  it('lets exactly one of concurrent creates with one barcode win', async () => {
    const tenant = await t.newTenant();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.request('POST', `${C}/add`, { token: tenant.token, body: { code: `c${i}`, barcode: 'RACE' } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'barcode_taken')).toBe(true);
    expect((await stored(tenant)).length).toBe(1);
  });

  it('updates only the given fields, keeps barcodes unique, and refuses bad references', async () => {
    const tenant = await t.newTenant();
    const group = await addGroup(t, tenant);
    const other = await addCard(t, tenant, { barcode: barcode('OTHER') });
    const card = await addCard(t, tenant, { name: 'n', phone: '111', email: 'a@b.c', description: 'd' });
    const changed = await t.request('POST', `${C}/${card.id}`, {
      token: tenant.token,
      body: { name: 'new', phone: '8 (800) 555-35-35', parent_id: group.id, image: 'img' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.card).toMatchObject({
      name: 'new',
      phone: '88005553535',
      email: 'a@b.c',
      description: 'd',
      parent_id: group.id,
      image: 'img',
    });
    const cleared = await t.request('POST', `${C}/${card.id}/`, {
      token: tenant.token,
      body: { parent_id: null, email: '', code: 777 },
    });
    expect(cleared.body.card).toMatchObject({ parent_id: '', email: '', code: '777', name: 'new' });

    const before = await stored(tenant);
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ barcode: other.barcode }, 409, 'barcode_taken'],
      [{ mastercard_id: card.id }, 409, 'mastercard_invalid'],
      [{ new_card_id: card.id }, 400, 'validation_failed'],
      [{ parent_id: randomUUID() }, 404, 'parent_group_not_found'],
      [{ name: ['x'] }, 400, 'validation_failed'],
      [{ code: null }, 400, 'validation_failed'],
    ];
    for (const [body, status, error] of refusals) {
      const res = await t.request('POST', `${C}/${card.id}`, { token: tenant.token, body });
      expect([JSON.stringify(body), res.status, res.body.error]).toEqual([
        JSON.stringify(body),
        status,
        error,
      ]);
    }
    expect(await stored(tenant)).toEqual(before);
    expect(
      (await t.request('POST', `${C}/${randomUUID()}`, { token: tenant.token, body: { name: 'x' } })).status,
    ).toBe(404);
  });

  it('allows one level of master cards: no chains, no master of its own, no self', async () => {
    const tenant = await t.newTenant();
    const master = await addCard(t, tenant);
    const slave = await addCard(t, tenant, { mastercard_id: master.id });
    expect(slave.mastercard_id).toBe(master.id);
    const chain = await t.request('POST', `${C}/add`, {
      token: tenant.token,
      body: { code: 'x', barcode: barcode(), mastercard_id: slave.id },
    });
    expect([chain.status, chain.body.error]).toEqual([409, 'mastercard_invalid']);
    const other = await addCard(t, tenant);
    const masterGetsMaster = await t.request('POST', `${C}/${master.id}`, {
      token: tenant.token,
      body: { mastercard_id: other.id },
    });
    expect([masterGetsMaster.status, masterGetsMaster.body.error]).toEqual([409, 'mastercard_invalid']);
    const listed = await t.request('GET', `${C}?mastercard_id=${master.id}`, { token: tenant.token });
    expect(listed.body.cards.map((c: any) => c.id)).toEqual([slave.id]);
    // a card with points of its own cannot start booking on a master card: they would be stranded
    const rich = await addCard(t, tenant, { balance: 7 });
    const stranded = await t.request('POST', `${C}/${rich.id}`, {
      token: tenant.token,
      body: { mastercard_id: master.id },
    });
    expect([stranded.status, stranded.body.error]).toEqual([409, 'mastercard_invalid']);
    expect(
      (await t.request('GET', `${C}/${rich.id}/balance_info`, { token: tenant.token })).body.balance,
    ).toBe(7);
  });

  it('deletes a card; checkbalance keeps a card with points; a master card with cards on it stays', async () => {
    const tenant = await t.newTenant();
    const rich = await addCard(t, tenant, { balance: 5 });
    const refused = await t.request('POST', `${C}/${rich.id}/delete`, {
      token: tenant.token,
      body: { checkbalance: true },
    });
    expect([refused.status, refused.body.code, refused.body.error]).toEqual([409, 204, 'card_has_balance']);
    expect((await stored(tenant)).length).toBe(1);
    const deleted = await t.request('POST', `${C}/${rich.id}/delete`, { token: tenant.token });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ code: 0, message: 'Operation completed' });
    expect(await stored(tenant)).toEqual([]);
    expect((await t.request('POST', `${C}/${rich.id}/delete`, { token: tenant.token })).status).toBe(404);

    const master = await addCard(t, tenant);
    const slave = await addCard(t, tenant, { mastercard_id: master.id });
    const referrer = await addCard(t, tenant);
    const invited = await addCard(t, tenant, { referallink_id: referrer.id, new_card_id: slave.id });
    const isMaster = await t.request('POST', `${C}/${master.id}/delete`, {
      token: tenant.token,
      body: { checkbalance: true },
    });
    expect([isMaster.status, isMaster.body.error]).toEqual([409, 'card_is_master']);
    // a deleted referrer or new card leaves the reference empty
    await t.request('POST', `${C}/${referrer.id}/delete`, { token: tenant.token });
    await t.request('POST', `${C}/${slave.id}/delete`, { token: tenant.token });
    const after = await t.request('GET', `${C}/${invited.id}`, { token: tenant.token });
    expect(after.body.card).toMatchObject({ referallink_id: '', new_card_id: '' });
    expect((await t.request('POST', `${C}/${master.id}/delete`, { token: tenant.token })).status).toBe(200);
  });

  it('activates once (date and shop), deactivates, and answers unknown ids with 404', async () => {
    const tenant = await t.newTenant();
    const card = await addCard(t, tenant);
    const on = await t.request('POST', `${C}/${card.id}/activate`, {
      token: tenant.token,
      body: { activation_shop_id: '2312322123' },
    });
    expect(on.status).toBe(200);
    expect(on.body.card).toMatchObject({ active: true, activation_shop_id: '2312322123' });
    const firstDate = on.body.card.date_active;
    expect(firstDate).toBeGreaterThan(0);
    const again = await t.request('POST', `${C}/${card.id}/activate`, {
      token: tenant.token,
      body: { activation_shop_id: 'other' },
    });
    expect(again.body.card).toMatchObject({ date_active: firstDate, activation_shop_id: '2312322123' });
    const off = await t.request('POST', `${C}/${card.id}/deactivate`, { token: tenant.token });
    expect(off.body.card).toMatchObject({ active: false, date_active: firstDate });
    expect(off.body.card.date_deactivate).toBeGreaterThanOrEqual(firstDate);
    const filtered = await t.request('GET', `${C}?active=false`, { token: tenant.token });
    expect(filtered.body.cards.map((c: any) => c.id)).toEqual([card.id]);
    for (const action of ['activate', 'deactivate', 'block', 'unblock', 'delete']) {
      const res = await t.request('POST', `${C}/${randomUUID()}/${action}`, {
        token: tenant.token,
        body: action === 'block' ? { description: 'x' } : {},
      });
      expect([action, res.status, res.body.error]).toEqual([action, 404, 'card_not_found']);
    }
  });

  it('blocks by hand or until a date; a passed date no longer blocks, and the job clears the flag', async () => {
    const tenant = await t.newTenant();
    const card = await addCard(t, tenant);
    const blocked = await t.request('POST', `${C}/${card.id}/block`, {
      token: tenant.token,
      body: { description: 'Причина блокировки' },
    });
    expect(blocked.body.card).toMatchObject({
      blocked: true,
      blockeddescription: 'Причина блокировки',
      date_unblock: 0,
    });
    expect((await t.request('POST', `${C}/${card.id}/block`, { token: tenant.token, body: {} })).status).toBe(
      400,
    );
    const unblocked = await t.request('POST', `${C}/${card.id}/unblock`, { token: tenant.token });
    expect(unblocked.body.card).toMatchObject({ blocked: false, blockeddescription: '', date_unblock: 0 });

    const until = Date.now() + 3_600_000;
    const temp = await t.request('POST', `${C}/${card.id}/block`, {
      token: tenant.token,
      body: { description: 'temp', unblock_date: until },
    });
    expect(temp.body.card).toMatchObject({ blocked: true, date_unblock: until });
    expect((await t.request('GET', `${C}?blocked=true`, { token: tenant.token })).body.cards.length).toBe(1);

    // the date passes: the card is unblocked at once, before any job runs
    await t.db.query(
      `UPDATE cards SET date_unblock = now() - interval '1 second' WHERE organization_id = $1`,
      [tenant.id],
    );
    const now = await t.request('GET', `${C}/${card.id}`, { token: tenant.token });
    expect(now.body.card).toMatchObject({ blocked: false, blockeddescription: '', date_unblock: 0 });
    expect((await t.request('GET', `${C}?blocked=true`, { token: tenant.token })).body.cards).toEqual([]);
    expect((await t.request('GET', `${C}?blocked=false`, { token: tenant.token })).body.cards.length).toBe(1);
    expect((await rowsOf(t, tenant, 'cards', 'blocked'))[0].blocked).toBe(true);
    expect(await t.app.get(CardJobsService).run()).toBe(true);
    expect(await rowsOf(t, tenant, 'cards', 'blocked, date_unblock, blockeddescription')).toEqual([
      { blocked: false, date_unblock: null, blockeddescription: '' },
    ]);

    const past = await t.request('POST', `${C}/${card.id}/block`, {
      token: tenant.token,
      body: { description: 'already over', unblock_date: 1500659675601 },
    });
    expect(past.body.card.blocked).toBe(false);
    for (const body of [
      { description: 'x', unblock_date: -1 },
      { description: 'x', unblock_date: 'tomorrow' },
      { description: 5 },
    ]) {
      expect((await t.request('POST', `${C}/${card.id}/block`, { token: tenant.token, body })).status).toBe(
        400,
      );
    }
  });

  it("keeps organizations apart: another's card ids answer as unknown ones and never appear", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const bCard = await addCard(t, b, { barcode: 'SHARED', phone: '5550001', email: 'b@b.b', name: 'bee' });
    await addCard(t, a, { barcode: 'SHARED', name: 'ay' }); // barcodes are unique per organization only
    const asA = (method: string, url: string, body?: unknown) =>
      t.request(method, url, { token: a.token, body });
    for (const id of [bCard.id, randomUUID()]) {
      const answers = [
        await asA('GET', `${C}/${id}`),
        await asA('POST', `${C}/${id}`, { name: 'x' }),
        await asA('POST', `${C}/${id}/delete`, {}),
        await asA('POST', `${C}/${id}/activate`, {}),
        await asA('POST', `${C}/${id}/deactivate`),
        await asA('POST', `${C}/${id}/block`, { description: 'x' }),
        await asA('POST', `${C}/${id}/unblock`),
        await asA('POST', `${C}/attach`, { card_id: id, user_id: 'u' }),
      ];
      expect(answers.map((r) => [r.status, r.body.error])).toEqual(Array(8).fill([404, 'card_not_found']));
      const asMaster = await asA('POST', `${C}/add`, { code: 'x', barcode: barcode(), mastercard_id: id });
      expect(asMaster.status).toBe(404);
    }
    const lists = [
      await asA('GET', `${C}?card_filter=bee`),
      await asA('GET', `${C}/by_phone?filter=0001`),
      await asA('GET', `${C}/by_email?filter=b@`),
      await asA('GET', `${C}/by_barcode?filter=SHA`),
      await asA('GET', `${C}/by_name?filter=bee`),
    ];
    expect(lists.map((l) => l.body.cards.map((c: any) => c.name))).toEqual([[], [], [], ['ay'], []]);
    const bView = await t.request('GET', `${C}/${bCard.id}`, { token: b.token });
    expect(bView.body.card).toMatchObject({ name: 'bee', blocked: false, active: false });
  });
});

import { randomUUID } from 'node:crypto';
import { TestApp } from '../helpers/test-app';
import { addCard, addGroup, O, Tenant } from './helpers';

const C = `${O}/card`;

describe('cards: the list with every filter of the seed, and the by_* searches', () => {
  let t: TestApp;
  let tenant: Tenant;
  let group: any;
  let sub: any;
  const cards: Record<string, any> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    group = await addGroup(t, tenant, { name: 'Группа VIP' });
    sub = await addGroup(t, tenant, { parent_id: group.id, name: 'sub' });
    await addGroup(t, tenant, { name: 'Another root' });
    cards.ivan = await addCard(t, tenant, {
      name: 'Иван Петров',
      barcode: '4600000000017',
      code: 'MAG-001',
      phone: '+7 912 345-67-89',
      email: 'ivan.petrov@mail.ru',
      parent_id: group.id,
      active: true,
    });
    cards.maria = await addCard(t, tenant, {
      name: 'Мария-Анна Сидорова',
      barcode: '4600000000024',
      code: 'MAG-002',
      phone: '89161112233',
      email: 'maria@example.com',
      parent_id: group.id,
    });
    cards.john = await addCard(t, tenant, {
      name: 'John Smith',
      barcode: '2900000000031',
      code: '777-ABC',
      phone: '+1 (555) 000-6789',
      email: 'John@Example.com',
      mastercard_id: cards.ivan.id,
      referallink_id: cards.maria.id,
    });
    cards.blocked = await addCard(t, tenant, { name: 'Blocked one', barcode: 'BLK-1', code: 'B1' });
    await t.request('POST', `${C}/${cards.blocked.id}/block`, {
      token: tenant.token,
      body: { description: 'lost' },
    });
    const made = await t.request('POST', `${O}/card_level`, {
      token: tenant.token,
      body: { name: 'Silver', accum_level: 0, priority: 1 },
    });
    const level = made.body.card_level.id;
    cards.levelled = await addCard(t, tenant, {
      name: 'Levelled',
      barcode: 'LVL-1',
      code: 'L1',
      card_level_id: level,
      parent_id: sub.id,
    });
    await t.request('POST', `${C}/attach`, {
      token: tenant.token,
      body: { card_id: cards.maria.id, user_id: 'user-7' },
    });
  });
  afterAll(() => t.close());

  async function names(query: string): Promise<string[]> {
    const res = await t.request('GET', `${C}${query}`, { token: tenant.token });
    expect([query, res.status]).toEqual([query, 200]);
    return res.body.cards.map((c: any) => c.name);
  }

  it('lists every card in creation order with row numbers and pagination by default', async () => {
    const res = await t.request('GET', C, { token: tenant.token });
    expect(res.body.cards.map((c: any) => c.row_number)).toEqual([1, 2, 3, 4, 5]);
    expect(res.body.cards.map((c: any) => c.name)).toEqual([
      'Иван Петров',
      'Мария-Анна Сидорова',
      'John Smith',
      'Blocked one',
      'Levelled',
    ]);
    expect(res.body.cards[0].is_group).toBeUndefined();
    expect(res.body.pagination).toEqual({ per_page: 10, page: 1, items: 5, pages: 1 });
    const page = await t.request('GET', `${C}?per_page=2&page=2`, { token: tenant.token });
    expect(page.body.cards.map((c: any) => [c.row_number, c.name])).toEqual([
      [3, 'John Smith'],
      [4, 'Blocked one'],
    ]);
    expect(page.body.pagination).toEqual({ per_page: 2, page: 2, items: 5, pages: 3 });
    const fast = await t.request('GET', `${C}?per_page=2&page=3&calculate_count=false`, {
      token: tenant.token,
    });
    expect(fast.body.cards.map((c: any) => c.row_number)).toEqual([5]);
    expect(fast.body.pagination).toEqual({ per_page: 2, page: 3, items: null, pages: null });
  });

  it('filters by group, state, owner, master card, referrer and level', async () => {
    expect(await names(`?parent_id=${group.id}`)).toEqual(['Иван Петров', 'Мария-Анна Сидорова']);
    expect(await names(`?parent_id=${sub.id}`)).toEqual(['Levelled']);
    expect(await names('?active=true')).toEqual(['Иван Петров']);
    expect(await names('?active=1&parent_id=' + group.id)).toEqual(['Иван Петров']);
    expect(await names('?blocked=true')).toEqual(['Blocked one']);
    expect((await names('?blocked=false')).length).toBe(4);
    expect(await names('?user_id=user-7')).toEqual(['Мария-Анна Сидорова']);
    expect(await names('?user_id=nobody')).toEqual([]);
    expect(await names(`?mastercard_id=${cards.ivan.id}`)).toEqual(['John Smith']);
    expect(await names(`?referallink_id=${cards.maria.id}`)).toEqual(['John Smith']);
    expect(await names(`?card_level_id=${cards.levelled.card_level_id}`)).toEqual(['Levelled']);
    expect(await names(`?card_level_id=${randomUUID()}`)).toEqual([]);
    // "" (the seed's "not set"): the cards where it is not set
    expect(await names('?parent_id=')).toEqual(['John Smith', 'Blocked one']);
    expect(await names('?mastercard_id=')).toEqual([
      'Иван Петров',
      'Мария-Анна Сидорова',
      'Blocked one',
      'Levelled',
    ]);
    expect(await names('?user_id=&parent_id=' + group.id)).toEqual(['Иван Петров']);
    expect(await names('?card_level_id=&referallink_id=')).toEqual([
      'Иван Петров',
      'Мария-Анна Сидорова',
      'Blocked one',
    ]);
  });

  it('card_filter finds a substring of name, barcode, code, phone or email, in any case', async () => {
    expect(await names('?card_filter=петр')).toEqual(['Иван Петров']);
    expect(await names('?card_filter=ПЕТР')).toEqual(['Иван Петров']);
    expect(await names('?card_filter=smith')).toEqual(['John Smith']);
    expect(await names('?card_filter=00000000')).toEqual([
      'Иван Петров',
      'Мария-Анна Сидорова',
      'John Smith',
    ]);
    expect(await names('?card_filter=mag-00')).toEqual(['Иван Петров', 'Мария-Анна Сидорова']);
    expect(await names('?card_filter=1112233')).toEqual(['Мария-Анна Сидорова']);
    expect(await names('?card_filter=example.COM')).toEqual(['Мария-Анна Сидорова', 'John Smith']);
    expect(await names('?card_filter=%25')).toEqual([]); // a literal %, not a wildcard
    expect(await names('?card_filter=_')).toEqual([]);
    expect(await names('?card_filter=ivan&active=false')).toEqual([]);
  });

  it('barcode and code filter by fragment; email and phone by exact value', async () => {
    expect(await names('?barcode=00000000')).toEqual(['Иван Петров', 'Мария-Анна Сидорова', 'John Smith']);
    expect(await names('?barcode=0024')).toEqual(['Мария-Анна Сидорова']);
    expect(await names('?barcode=MAG')).toEqual([]); // a code, not a barcode
    expect(await names('?code=ABC')).toEqual(['John Smith']);
    expect(await names('?code=abc')).toEqual(['John Smith']);
    expect(await names('?code=4600')).toEqual([]);
    expect(await names('?email=JOHN@example.com')).toEqual(['John Smith']);
    expect(await names('?email=john@')).toEqual([]);
    expect(await names(`?phone=${encodeURIComponent('+7 (912) 345 67 89')}`)).toEqual(['Иван Петров']);
    expect(await names('?phone=3456789')).toEqual([]);
  });

  it('with_groups lists the groups of the level first (is_group: true), then the cards, in one numbering', async () => {
    const res = await t.request('GET', `${C}?with_groups=true&parent_id=${group.id}`, {
      token: tenant.token,
    });
    expect(res.body.cards.map((r: any) => [r.row_number, r.is_group, r.name])).toEqual([
      [1, true, 'sub'],
      [2, false, 'Иван Петров'],
      [3, false, 'Мария-Анна Сидорова'],
    ]);
    expect(res.body.cards[0]).toEqual({
      row_number: 1,
      id: sub.id,
      is_group: true,
      parent_id: group.id,
      name: 'sub',
      description: '',
      groups_count: 0,
      cards_count: 1,
    });
    expect(res.body.pagination.items).toBe(3);
    const root = await t.request('GET', `${C}?with_groups=true&per_page=3`, { token: tenant.token });
    expect(root.body.cards.map((r: any) => [r.row_number, r.is_group, r.name])).toEqual([
      [1, true, 'Another root'],
      [2, true, 'Группа VIP'],
      [3, false, 'Иван Петров'],
    ]);
    expect(root.body.pagination).toEqual({ per_page: 3, page: 1, items: 7, pages: 3 });
    const second = await t.request('GET', `${C}?with_groups=true&per_page=3&page=2`, { token: tenant.token });
    expect(second.body.cards.map((r: any) => [r.row_number, r.is_group, r.name])).toEqual([
      [4, false, 'Мария-Анна Сидорова'],
      [5, false, 'John Smith'],
      [6, false, 'Blocked one'],
    ]);
    const filtered = await t.request('GET', `${C}?with_groups=true&card_filter=vip`, { token: tenant.token });
    expect(filtered.body.cards.map((r: any) => r.name)).toEqual(['Группа VIP']);
  });

  it('refuses malformed filters with 400', async () => {
    for (const q of [
      'active=maybe',
      'parent_id=x',
      'mastercard_id=1',
      'per_page=5000',
      'with_groups=2',
      'page=-1',
    ]) {
      const res = await t.request('GET', `${C}?${q}`, { token: tenant.token });
      expect([q, res.status, res.body.code]).toEqual([q, 400, 1]);
    }
  });

  it('by_phone finds the last digits; by_email, by_barcode, by_code the start; by_name the start of any word', async () => {
    const search = async (kind: string, filter?: string) => {
      const q = filter === undefined ? '' : `?filter=${encodeURIComponent(filter)}`;
      const res = await t.request('GET', `${C}/${kind}${q}`, { token: tenant.token });
      expect([kind, filter, res.status]).toEqual([kind, filter, 200]);
      return res.body.cards.map((c: any) => c.name);
    };
    expect(await search('by_phone', '6789')).toEqual(['Иван Петров', 'John Smith']);
    expect(await search('by_phone', '45-67-89')).toEqual(['Иван Петров']);
    expect(await search('by_phone', '7912')).toEqual([]);
    expect(await search('by_phone', 'abc')).toEqual([]);
    expect(await search('by_email', 'IVAN')).toEqual(['Иван Петров']);
    expect(await search('by_emai', 'john@')).toEqual(['John Smith']);
    expect(await search('by_email', 'example')).toEqual([]);
    expect(await search('by_barcode', '4600')).toEqual(['Иван Петров', 'Мария-Анна Сидорова']);
    expect(await search('by_barcode', '0017')).toEqual([]);
    expect(await search('by_code', 'MAG-00')).toEqual(['Иван Петров', 'Мария-Анна Сидорова']);
    expect(await search('by_code', 'AG')).toEqual([]);
    expect(await search('by_name', 'сидор')).toEqual(['Мария-Анна Сидорова']);
    expect(await search('by_name', 'анна')).toEqual(['Мария-Анна Сидорова']);
    expect(await search('by_name', 'idor')).toEqual([]);
    expect(await search('by_name', 'ов')).toEqual([]);
    expect(await search('by_name', 'J')).toEqual(['John Smith']);
    expect((await search('by_code')).length).toBe(5);
    const rows = await t.request('GET', `${C}/by_barcode?filter=4600&per_page=1&page=2`, {
      token: tenant.token,
    });
    expect(rows.body.cards.map((c: any) => [c.row_number, c.name])).toEqual([[2, 'Мария-Анна Сидорова']]);
    expect(rows.body.pagination).toEqual({ per_page: 1, page: 2, items: 2, pages: 2 });
  });

  it('by_name answers at most 500 cards in all', async () => {
    const other = await t.newTenant();
    await t.db.query(
      `INSERT INTO cards (organization_id, id, code, barcode, name)
       SELECT $1, gen_random_uuid(), 'c' || i, 'b' || i, 'Common name ' || i FROM generate_series(1, 510) i`,
      [other.id],
    );
    const first = await t.request('GET', `${C}/by_name?filter=common&per_page=1000`, { token: other.token });
    expect(first.body.cards.length).toBe(500);
    expect(first.body.pagination).toEqual({ per_page: 1000, page: 1, items: 500, pages: 1 });
    const beyond = await t.request('GET', `${C}/by_name?filter=name&per_page=100&page=6`, {
      token: other.token,
    });
    expect(beyond.body.cards).toEqual([]);
    const all = await t.request('GET', `${C}?card_filter=common&calculate_count=true&per_page=1`, {
      token: other.token,
    });
    expect(all.body.pagination.items).toBe(510);
  });
});

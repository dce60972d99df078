import { TenantContext } from '@app/data';
import { CardsRepository } from '../../apps/api/src/cards/cards.repository';
import { TestApp } from '../helpers/test-app';

/** Cards seeded for the plans; enough that a sequential scan is clearly the worse plan. */
const ROWS = 100_000;

/** Every index a plan (EXPLAIN FORMAT JSON) uses. */
function indexesOf(plan: any): string[] {
  const out: string[] = [];
  const walk = (node: any) => {
    if (node['Index Name']) out.push(node['Index Name']);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan[0]['QUERY PLAN'][0].Plan);
  return out;
}

function hasSeqScanOnCards(plan: any): boolean {
  let found = false;
  const walk = (node: any) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'cards') found = true;
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan[0]['QUERY PLAN'][0].Plan);
  return found;
}

describe('cards: query plans on a large table use their indexes', () => {
  let t: TestApp;
  let orgId: string;
  let repo: CardsRepository;
  beforeAll(async () => {
    t = await TestApp.start();
    orgId = (await t.newTenant()).id;
    repo = t.app.get(CardsRepository);
    // names, phones and emails that differ row by row, like real ones
    await t.db.query(
      `INSERT INTO cards (organization_id, id, code, barcode, name, phone, email)
       SELECT $1, gen_random_uuid(), 'M' || lpad(i::text, 9, '0'), '46' || lpad((i::bigint * 7919)::text, 11, '0'),
              'Holder ' || md5(i::text), '79' || lpad(((i::bigint * 104729) % 1000000000)::text, 9, '0'),
              substr(md5(i::text), 1, 10) || '@example.com'
       FROM generate_series(1, $2::int) i`,
      [orgId, ROWS],
    );
    await t.db.query(`ANALYZE cards`);
  });
  afterAll(async () => {
    await t.db.query(`DELETE FROM cards WHERE organization_id = $1`, [orgId]);
    await t.close();
  });

  async function explain(build: () => { sql: string; params: unknown[] }) {
    const { sql, params } = TenantContext.run({ organizationId: orgId }, build);
    return t.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  }

  it('card_filter (a 6-character substring, calculate_count=false) uses the trigram index', async () => {
    const plan = await explain(() => repo.listQuery({ text: 'c4ca42' }, 0, 10));
    expect(indexesOf(plan)).toContain('cards_search_trgm_idx');
    expect(hasSeqScanOnCards(plan)).toBe(false);
  });

  it('by_phone (the last 4 digits) uses the reversed-phone index', async () => {
    const plan = await explain(() => repo.searchQuery('phone', '4321', 0, 10));
    expect(indexesOf(plan)).toContain('cards_phone_reversed_idx');
    expect(hasSeqScanOnCards(plan)).toBe(false);
  });

  it('the exact phone filter, by_email and by_barcode use their indexes too', async () => {
    expect(indexesOf(await explain(() => repo.listQuery({ phone: '79000104729' }, 0, 10)))).toContain(
      'cards_phone_reversed_idx',
    );
    expect(indexesOf(await explain(() => repo.searchQuery('email', 'c4ca4', 0, 10)))).toContain(
      'cards_email_idx',
    );
    expect(indexesOf(await explain(() => repo.searchQuery('barcode', '4600000', 0, 10)))).toContain(
      'cards_org_barcode_uq',
    );
  });

  it('answers those searches right on the large table', async () => {
    const hits = await TenantContext.run({ organizationId: orgId }, async () => ({
      filter: await repo.list({ text: 'c4ca42' }, 0, 10),
      phone: await repo.search('phone', '4321', 0, 1000),
    }));
    expect(hits.filter.length).toBeGreaterThan(0);
    expect(hits.filter.every((c) => /c4ca42/.test(c.name + c.email))).toBe(true);
    expect(hits.phone.length).toBeGreaterThan(0);
    expect(hits.phone.every((c) => c.phone.endsWith('4321'))).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import { TestApp } from '../helpers/test-app';
import { addCard, addGroup, O, Tenant } from './helpers';

const C = `${O}/card`;
const cents = (x: number) => Math.round(x * 100);

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ledger as the spec describes it, in memory: dated batches, soonest-burning spent first. */
class LedgerModel {
  batches: { amount: number; remaining: number; from: number; to: number | null; order: number }[] = [];
  accrued = 0;
  private order = 0;

  accrue(amountCents: number, from: number, to: number | null): void {
    this.batches.push({ amount: amountCents, remaining: amountCents, from, to, order: this.order++ });
    this.accrued += amountCents;
  }

  private spendable(now: number) {
    return this.batches.filter((b) => b.remaining > 0 && b.from <= now && (b.to === null || b.to > now));
  }

  available(now: number): number {
    return this.spendable(now).reduce((s, b) => s + b.remaining, 0);
  }

  /** Pending or burning later, with something left (balance_info's bonusactive). */
  bonusActive(now: number): number {
    return this.batches
      .filter((b) => b.remaining > 0 && (b.from > now || (b.to !== null && b.to > now)))
      .reduce((s, b) => s + b.remaining, 0);
  }

  spend(amountCents: number, now: number): boolean {
    if (amountCents > this.available(now)) return false;
    const order = this.spendable(now).sort(
      (a, b) => (a.to ?? Infinity) - (b.to ?? Infinity) || a.from - b.from || a.order - b.order,
    );
    let left = amountCents;
    for (const b of order) {
      const take = Math.min(b.remaining, left);
      b.remaining -= take;
      left -= take;
      if (left === 0) break;
    }
    return true;
  }

  /** Time passes: every date moves into the past (the test moves the stored ones the same way). */
  shift(ms: number): void {
    for (const b of this.batches) {
      b.from -= ms;
      if (b.to !== null) b.to -= ms;
    }
  }
}

describe('cards: the bonus ledger', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const tx = (tenant: Tenant, cardId: string, body: unknown) =>
    t.request('POST', `${C}/${cardId}/transaction`, { token: tenant.token, body });
  const info = async (tenant: Tenant, cardId: string, query = '') => {
    const res = await t.request('GET', `${C}/${cardId}/balance_info${query}`, { token: tenant.token });
    expect(res.status).toBe(200);
    return res.body;
  };
  /** Moves every stored date of the organization's batches `ms` into the past. */
  const passTime = (tenant: Tenant, ms: number) =>
    t.db.query(
      `UPDATE point_batches SET active_from = active_from - $2 * interval '1 millisecond',
         active_to = active_to - $2 * interval '1 millisecond', created_at = created_at - $2 * interval '1 millisecond'
       WHERE organization_id = $1`,
      [tenant.id, ms],
    );

  async function activeCard(tenant: Tenant, body: Record<string, unknown> = {}) {
    return addCard(t, tenant, { active: true, ...body });
  }

  it("accrues and spends, and answers balance_info in the seed's shape", async () => {
    const tenant = await t.newTenant();
    const card = await activeCard(tenant, { balance: 10 });
    const now = Date.now();
    const a = await tx(tenant, card.id, {
      sum: 60,
      sale_amount: 1000.5,
      shop_id: 'shop-1',
      description: 'buy',
    });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({
      code: 0,
      replayed: false,
      balance_available: 70,
      transaction: {
        kind: 'accrual',
        sum: 60,
        sale_amount: 1000.5,
        shop_id: 'shop-1',
        cancelled: false,
        active_to: 0,
      },
    });
    const later = now + 3_600_000;
    const pending = await tx(tenant, card.id, { sum: 35, active_from: later, active_to: later + 86_400_000 });
    expect(pending.body.balance_available).toBe(70);
    const spent = await tx(tenant, card.id, { sum: -25.5 });
    expect(spent.body).toMatchObject({ balance_available: 44.5, transaction: { kind: 'spend', sum: -25.5 } });

    const body = await info(tenant, card.id);
    expect(Object.keys(body).sort()).toEqual(
      ['balance', 'balance_available', 'bonusactive', 'code', 'last_transactions', 'message'].sort(),
    );
    expect(body).toMatchObject({ code: 0, balance: 105, balance_available: 44.5 });
    expect(body.last_transactions.map((x: any) => x.sum)).toEqual([-25.5, 35, 60, 10]);
    expect(body.last_transactions[0].date).toBeGreaterThanOrEqual(body.last_transactions[1].date);
    expect(body.bonusactive).toEqual([
      { date: expect.any(Number), sum: 35, active_from: later, active_to: later + 86_400_000 },
    ]);
    expect((await info(tenant, card.id, '?last_transactions=0')).last_transactions).toEqual([]);
    expect((await info(tenant, card.id, '?last_transactions=2')).last_transactions.length).toBe(2);
    expect((await info(tenant, card.id, '?last_transactions=5000')).last_transactions.length).toBe(4);

    const got = (await t.request('GET', `${C}/${card.id}`, { token: tenant.token })).body.card;
    expect(got).toMatchObject({
      balance: 44.5,
      accum_sale_amount: 1000.5,
      last_transaction: spent.body.transaction.id,
    });
    expect(got.date_first_check).toBeGreaterThan(0);
    expect(got.date_last_activity).toBe(got.date_first_check);
    expect(got.date_last_transaction).toBeGreaterThanOrEqual(got.date_first_check);
    await tx(tenant, card.id, { sum: 1, sale_amount: 1 });
    const again = (await t.request('GET', `${C}/${card.id}`, { token: tenant.token })).body.card;
    expect(again.date_first_check).toBe(got.date_first_check);
    expect(again.accum_sale_amount).toBe(1001.5);
  });

  it('spends the soonest-burning batches first, never-burning last, never pending ones', async () => {
    const tenant = await t.newTenant();
    const card = await activeCard(tenant);
    const now = Date.now();
    await tx(tenant, card.id, { sum: 10 }); // never burns
    await tx(tenant, card.id, { sum: 20, active_to: now + 3 * 86_400_000 });
    await tx(tenant, card.id, { sum: 30, active_to: now + 86_400_000 });
    await tx(tenant, card.id, { sum: 40, active_from: now + 60_000 }); // pending
    expect((await tx(tenant, card.id, { sum: -61 })).status).toBe(409);
    expect((await tx(tenant, card.id, { sum: -35 })).body.balance_available).toBe(25);
    const open = (await info(tenant, card.id)).bonusactive.map((b: any) => b.sum);
    expect(open).toEqual([15, 40]); // the 1-day batch is gone, 5 left of the 3-day one, the pending 40
    expect((await tx(tenant, card.id, { sum: -25 })).body.balance_available).toBe(0);
    const refused = await tx(tenant, card.id, { sum: -0.01 });
    expect([refused.status, refused.body.code, refused.body.error]).toEqual([
      409,
      303,
      'insufficient_points',
    ]);
  });

  it('property: random accruals, spends and passing time always match a simple model, never negative', async () => {
    const runs = 8;
    for (let run = 0; run < runs; run++) {
      const seed = 1000 + run;
      const rnd = prng(seed);
      const tenant = await t.newTenant();
      const card = await activeCard(tenant);
      const model = new LedgerModel();
      let shifts = 0;
      const steps: string[] = [];
      for (let step = 0; step < 25; step++) {
        const roll = rnd();
        const now = Date.now();
        if (roll < 0.45) {
          const amount = 1 + Math.floor(rnd() * 10_000); // cents
          const fromOffset = [0, -20, 10, 20][Math.floor(rnd() * 4)] * 1000;
          const toOffset = [null, 30, 50, 80][Math.floor(rnd() * 4)];
          const from = now + fromOffset;
          const to = toOffset === null ? null : now + toOffset * 1000;
          const body: Record<string, unknown> = { sum: amount / 100 };
          if (fromOffset !== 0) body.active_from = from;
          if (to !== null) body.active_to = to;
          const res = await tx(tenant, card.id, body);
          expect([seed, step, res.status]).toEqual([seed, step, 200]);
          model.accrue(amount, from, to);
          steps.push(`+${amount} ${fromOffset} ${toOffset}`);
        } else if (roll < 0.85) {
          const available = model.available(now);
          const amount = 1 + Math.floor(rnd() * Math.max(1, available * 1.3));
          const res = await tx(tenant, card.id, { sum: -amount / 100 });
          const ok = model.spend(amount, now);
          expect([seed, step, steps, res.status]).toEqual([seed, step, steps, ok ? 200 : 409]);
          steps.push(`-${amount} ${ok}`);
        } else if (shifts < 6) {
          const ms = (10 * Math.floor(rnd() * 4) + 3) * 1000; // never lands a boundary on "now"
          await passTime(tenant, ms);
          model.shift(ms);
          shifts += 1;
          steps.push(`time ${ms}`);
        }
        const body = await info(tenant, card.id);
        const at = Date.now();
        expect([seed, step, steps, cents(body.balance_available)]).toEqual([
          seed,
          step,
          steps,
          model.available(at),
        ]);
        expect(body.balance_available).toBeGreaterThanOrEqual(0);
        expect(cents(body.balance)).toBe(model.accrued);
        const bonus = body.bonusactive.reduce((s: number, b: any) => s + cents(b.sum), 0);
        expect([seed, step, bonus]).toEqual([seed, step, model.bonusActive(at)]);
      }
      const stored = await t.db.query(
        `SELECT count(*)::int AS bad FROM point_batches WHERE organization_id = $1 AND (remaining < 0 OR remaining > amount)`,
        [tenant.id],
      );
      expect(stored[0].bad).toBe(0);
    }
  });

  it('100 concurrent spends that together exceed the balance never overspend', async () => {
    const tenant = await t.newTenant();
    const card = await activeCard(tenant);
    await tx(tenant, card.id, { sum: 60, active_to: Date.now() + 86_400_000 });
    await tx(tenant, card.id, { sum: 40 });
    const answers = await Promise.all(Array.from({ length: 100 }, () => tx(tenant, card.id, { sum: -3 })));
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBe(33);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'insufficient_points')).toBe(
      true,
    );
    expect((await info(tenant, card.id)).balance_available).toBe(1);
    const [spent] = await t.db.query(
      `SELECT -sum(amount)::float8 AS spent, (SELECT sum(amount)::float8 FROM batch_spends WHERE organization_id = $1) AS taken
       FROM card_transactions WHERE organization_id = $1 AND kind = 'spend'`,
      [tenant.id],
    );
    expect(spent).toEqual({ spent: 99, taken: 99 });
  });

  it('an external_id books once: retries answer the same transaction, another body is refused', async () => {
    const tenant = await t.newTenant();
    const card = await activeCard(tenant);
    const first = await tx(tenant, card.id, { sum: 50, external_id: 'cheque-1', sale_amount: 500 });
    const retry = await tx(tenant, card.id, { sum: 50, external_id: 'cheque-1', sale_amount: 500 });
    expect(retry.status).toBe(200);
    expect(retry.body.replayed).toBe(true);
    expect(retry.body.transaction).toEqual(first.body.transaction);
    const other = await tx(tenant, card.id, { sum: 51, external_id: 'cheque-1', sale_amount: 500 });
    expect([other.status, other.body.error]).toEqual([409, 'external_id_reused']);
    const racing = await Promise.all(
      Array.from({ length: 10 }, () => tx(tenant, card.id, { sum: -7, external_id: 'spend-1' })),
    );
    expect(racing.every((r) => r.status === 200)).toBe(true);
    expect(new Set(racing.map((r) => r.body.transaction.id)).size).toBe(1);
    expect(racing.filter((r) => !r.body.replayed).length).toBe(1);
    expect((await info(tenant, card.id)).balance_available).toBe(43);
    const got = (await t.request('GET', `${C}/${card.id}`, { token: tenant.token })).body.card;
    expect(got.accum_sale_amount).toBe(500);
    // another card may use the same external_id
    const second = await activeCard(tenant);
    expect((await tx(tenant, second.id, { sum: 5, external_id: 'cheque-1' })).body.replayed).toBe(false);
  });

  it('a card with a master card books everything on the master card', async () => {
    const tenant = await t.newTenant();
    const master = await activeCard(tenant, { balance: 100 });
    const slave = await activeCard(tenant, { mastercard_id: master.id, balance: 5 });
    const earned = await tx(tenant, slave.id, { sum: 20, sale_amount: 300 });
    expect(earned.body).toMatchObject({
      balance_available: 125,
      transaction: { card_id: slave.id, account_id: master.id },
    });
    const spent = await tx(tenant, slave.id, { sum: -120 });
    expect(spent.body.balance_available).toBe(5);
    expect((await info(tenant, master.id)).balance_available).toBe(5);
    expect((await info(tenant, slave.id)).balance_available).toBe(5);
    const cardView = async (id: string) =>
      (await t.request('GET', `${C}/${id}`, { token: tenant.token })).body.card;
    expect((await cardView(slave.id)).balance).toBe(5);
    expect((await cardView(slave.id)).accum_sale_amount).toBe(300); // turnover stays with the card used
    expect((await cardView(master.id)).accum_sale_amount).toBe(0);
    const own = await t.db.query(
      `SELECT count(*)::int AS n FROM point_batches WHERE organization_id = $1 AND account_id = $2`,
      [tenant.id, slave.id],
    );
    expect(own[0].n).toBe(0);
    const listed = await t.request('GET', `${C}/${master.id}/transactions`, { token: tenant.token });
    expect(listed.body.transactions.map((x: any) => x.sum)).toEqual([-120, 20, 5, 100]);
    await t.request('POST', `${C}/${master.id}/block`, { token: tenant.token, body: { description: 'x' } });
    const viaBlockedMaster = await tx(tenant, slave.id, { sum: 1 });
    expect([viaBlockedMaster.status, viaBlockedMaster.body.error]).toEqual([409, 'card_blocked']);
  });

  it('a blocked card neither earns nor spends; an inactive card only earns', async () => {
    const tenant = await t.newTenant();
    const card = await addCard(t, tenant, { balance: 10 });
    const spendInactive = await tx(tenant, card.id, { sum: -1 });
    expect([spendInactive.status, spendInactive.body.code, spendInactive.body.error]).toEqual([
      409,
      302,
      'card_inactive',
    ]);
    expect((await tx(tenant, card.id, { sum: 5 })).status).toBe(200);
    await t.request('POST', `${C}/${card.id}/activate`, { token: tenant.token, body: {} });
    await t.request('POST', `${C}/${card.id}/block`, {
      token: tenant.token,
      body: { description: 'stolen' },
    });
    for (const sum of [5, -5]) {
      const res = await tx(tenant, card.id, { sum });
      expect([sum, res.status, res.body.code, res.body.error]).toEqual([sum, 409, 301, 'card_blocked']);
    }
    await t.request('POST', `${C}/${card.id}/block`, {
      token: tenant.token,
      body: { description: 'until now', unblock_date: Date.now() + 60_000 },
    });
    expect((await tx(tenant, card.id, { sum: -1 })).status).toBe(409);
    await t.db.query(
      `UPDATE cards SET date_unblock = now() - interval '1 second' WHERE organization_id = $1`,
      [tenant.id],
    );
    expect((await tx(tenant, card.id, { sum: -1 })).body.balance_available).toBe(14);
    const count = await t.db.query(
      `SELECT count(*)::int AS n FROM card_transactions WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(count[0].n).toBe(3); // opening, +5, -1: refusals booked nothing
  });

  it('cancels: an accrual (unless spent), a spend (points back to their batches, sale off the turnover)', async () => {
    const tenant = await t.newTenant();
    const card = await activeCard(tenant);
    const soon = Date.now() + 86_400_000;
    const a = (await tx(tenant, card.id, { sum: 30, active_to: soon })).body.transaction;
    const b = (await tx(tenant, card.id, { sum: 20 })).body.transaction;
    const s = (await tx(tenant, card.id, { sum: -25, sale_amount: 200 })).body.transaction; // takes 25 of a
    const cancelA = await t.request('POST', `${C}/${card.id}/transaction/${a.id}/cancel`, {
      token: tenant.token,
    });
    expect([cancelA.status, cancelA.body.code, cancelA.body.error]).toEqual([
      409,
      306,
      'points_already_spent',
    ]);

    const undo = await t.request('POST', `${C}/${card.id}/transaction/${s.id}/cancel`, {
      token: tenant.token,
    });
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({
      balance_available: 50,
      transaction: { kind: 'cancel', sum: 25, sale_amount: -200, cancels: s.id },
    });
    expect((await info(tenant, card.id)).bonusactive).toEqual([
      { date: expect.any(Number), sum: 30, active_from: expect.any(Number), active_to: soon },
    ]);
    expect(
      (await t.request('GET', `${C}/${card.id}`, { token: tenant.token })).body.card.accum_sale_amount,
    ).toBe(0);
    const twice = await t.request('POST', `${C}/${card.id}/transaction/${s.id}/cancel`, {
      token: tenant.token,
    });
    expect([twice.status, twice.body.error]).toEqual([409, 'transaction_cancelled']);
    const ofCancel = await t.request(
      'POST',
      `${C}/${card.id}/transaction/${undo.body.transaction.id}/cancel`,
      {
        token: tenant.token,
      },
    );
    expect(ofCancel.status).toBe(409);

    const cancelB = await t.request('POST', `${C}/${card.id}/transaction/${b.id}/cancel`, {
      token: tenant.token,
    });
    expect(cancelB.body.balance_available).toBe(30);
    const summary = await info(tenant, card.id);
    expect(summary.balance).toBe(30); // the cancelled accrual no longer counts
    const listed = await t.request('GET', `${C}/${card.id}/transactions?per_page=2`, { token: tenant.token });
    expect(listed.body.transactions.map((x: any) => [x.kind, x.sum])).toEqual([
      ['cancel', -20],
      ['cancel', 25],
    ]);
    expect(listed.body.pagination).toEqual({ per_page: 2, page: 1, items: 5, pages: 3 });
    const all = await t.request('GET', `${C}/${card.id}/transactions`, { token: tenant.token });
    expect(
      all.body.transactions
        .filter((x: any) => x.cancelled)
        .map((x: any) => x.id)
        .sort(),
    ).toEqual([s.id, b.id].sort());
    for (const tid of [randomUUID(), 'nope']) {
      const res = await t.request('POST', `${C}/${card.id}/transaction/${tid}/cancel`, {
        token: tenant.token,
      });
      expect([res.status, res.body.error]).toEqual([404, 'transaction_not_found']);
    }
  });

  it('refuses malformed transactions, booking nothing', async () => {
    const tenant = await t.newTenant();
    const card = await activeCard(tenant, { balance: 5 });
    const past = Date.now() - 1000;
    const bad: unknown[] = [
      {},
      { sum: 0 },
      { sum: '5' },
      { sum: 1.001 },
      { sum: 1e13 },
      { sum: 5, active_to: past },
      { sum: 5, active_from: Date.now() + 10_000, active_to: Date.now() + 5_000 },
      { sum: -1, active_to: Date.now() + 10_000 },
      { sum: 5, sale_amount: -1 },
      { sum: 5, external_id: '' },
      { sum: 5, active_from: -1 },
    ];
    for (const body of bad) {
      const res = await tx(tenant, card.id, body);
      expect([JSON.stringify(body), res.status, res.body.code]).toEqual([JSON.stringify(body), 400, 1]);
    }
    const count = await t.db.query(
      `SELECT count(*)::int AS n FROM card_transactions WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(count[0].n).toBe(1);
    expect((await tx(tenant, randomUUID(), { sum: 5 })).status).toBe(404);
  });

  it('burnt points do not hold a card or a group back from deletion; live ones do', async () => {
    const tenant = await t.newTenant();
    const group = await addGroup(t, tenant);
    const card = await activeCard(tenant, { parent_id: group.id });
    await tx(tenant, card.id, { sum: 10, active_to: Date.now() + 60_000 });
    const guarded = await t.request('POST', `${C}/${card.id}/delete`, {
      token: tenant.token,
      body: { checkbalance: true },
    });
    expect(guarded.status).toBe(409);
    const dry = await t.request('POST', `${O}/card_group/${group.id}/delete`, {
      token: tenant.token,
      body: { test: true },
    });
    expect(dry.body.counts.cards_with_balance).toBe(1);
    await passTime(tenant, 120_000);
    expect((await info(tenant, card.id)).balance_available).toBe(0);
    const dry2 = await t.request('POST', `${O}/card_group/${group.id}/delete`, {
      token: tenant.token,
      body: { test: true },
    });
    expect(dry2.body.counts.cards_with_balance).toBe(0);
    const ok = await t.request('POST', `${C}/${card.id}/delete`, {
      token: tenant.token,
      body: { checkbalance: true },
    });
    expect(ok.status).toBe(200);
    const left = await t.db.query(
      `SELECT count(*)::int AS n FROM card_transactions WHERE organization_id = $1`,
      [tenant.id],
    );
    expect(left[0].n).toBe(0);
  });

  it('keeps organizations apart on every ledger route', async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const bCard = await activeCard(b, { balance: 50 });
    const bTx = (await tx(b, bCard.id, { sum: 5 })).body.transaction;
    const aCard = await activeCard(a);
    const answers = [
      await tx(a, bCard.id, { sum: -5 }),
      await t.request('GET', `${C}/${bCard.id}/balance_info`, { token: a.token }),
      await t.request('GET', `${C}/${bCard.id}/transactions`, { token: a.token }),
      await t.request('POST', `${C}/${bCard.id}/transaction/${bTx.id}/cancel`, { token: a.token }),
    ];
    expect(answers.map((r) => [r.status, r.body.error])).toEqual(Array(4).fill([404, 'card_not_found']));
    const viaOwnCard = await t.request('POST', `${C}/${aCard.id}/transaction/${bTx.id}/cancel`, {
      token: a.token,
    });
    expect([viaOwnCard.status, viaOwnCard.body.error]).toEqual([404, 'transaction_not_found']);
    expect((await info(b, bCard.id)).balance_available).toBe(55);
  });
});

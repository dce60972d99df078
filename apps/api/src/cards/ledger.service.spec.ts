import { Database, TenantContext } from '@app/data';
import { Booking, BookingOutcome, LedgerBookingRepository } from './ledger-booking.repository';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';

const CARD = '3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83';

function outcome(amount: number): BookingOutcome {
  return {
    card: { id: CARD, mastercard_id: null, active: true, blocked: false },
    master: null,
    earlier: null,
    written: {
      id: `tx${amount}`,
      card_id: CARD,
      account_id: CARD,
      kind: amount > 0 ? 'accrual' : 'spend',
      amount,
      sale_amount: 0,
      active_from: null,
      active_to: null,
      external_id: null,
      shop_id: null,
      description: null,
      cancels: null,
      cancelled_at: null,
      created_at: new Date(0),
    },
    before: 100,
    after: 100 + amount,
  };
}

describe('LedgerService bookings', () => {
  it('books what queues up for one card in one batch, alone when PostgreSQL refused a batch, never again on a broken connection', async () => {
    const calls: number[][] = [];
    const booking = {
      bookAll: async (_card: string, items: Booking[]) => {
        calls.push(items.map((i) => i.amount));
        await new Promise((r) => setImmediate(r));
        if (items.some((i) => i.amount === -13))
          throw Object.assign(new Error('statement failed'), { code: '22003' });
        if (items.some((i) => i.amount === -99)) throw new Error('Connection terminated unexpectedly');
        return items.map((i) => outcome(i.amount));
      },
    } as unknown as LedgerBookingRepository;
    const service = new LedgerService({} as Database, {} as LedgerRepository, booking);
    const spend = (sum: number) =>
      TenantContext.run({ organizationId: 'org-1' }, () => service.transact(CARD, { sum }));
    const results = await Promise.allSettled([spend(-1), spend(-2), spend(-13), spend(-4)]);
    expect(
      results.map((r) =>
        r.status === 'fulfilled' ? r.value.balance_available : (r.reason as Error).message,
      ),
    ).toEqual([99, 98, 'statement failed', 96]);
    // the first alone, the three behind it together; PostgreSQL refused that batch, so each went alone
    expect(calls).toEqual([[-1], [-2, -13, -4], [-2], [-13], [-4]]);

    // a broken connection (the batch may even have committed) fails the batch without retries
    calls.length = 0;
    const broken = await Promise.allSettled([spend(-5), spend(-6), spend(-99)]);
    expect(
      broken.map((r) => (r.status === 'fulfilled' ? r.value.balance_available : (r.reason as Error).message)),
    ).toEqual([95, 'Connection terminated unexpectedly', 'Connection terminated unexpectedly']);
    expect(calls).toEqual([[-5], [-6, -99]]);
  });
});

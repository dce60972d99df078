import { TenantContext, DEFAULT_SETTINGS, Database } from '@app/data';
import { ThrottleService } from '@app/http';
import { PaycodesRepository, RuleRow } from './paycodes.repository';
import { PaycodesService } from './paycodes.service';
import { CodeSpaceTooSmall, RuleInactive } from './paycodes.errors';

const rule = (over: Partial<RuleRow> = {}): RuleRow =>
  ({
    id: 1,
    slug: 'r',
    pattern_id: 1,
    pattern_slug: 'p',
    pattern: 'ABCD',
    code_lenght: 6,
    prefix: '',
    is_active: true,
    code_duration: 5,
    code_duration_date: null,
    config: {},
    ...over,
  }) as RuleRow;

describe(PaycodesService.name, () => {
  const db = { transaction: (fn: () => Promise<unknown>) => fn() } as unknown as Database;
  const throttle = { ensureAllowed: jest.fn(), failedLookup: jest.fn() } as unknown as ThrottleService;
  const run = <T>(fn: () => Promise<T>) =>
    TenantContext.run({ organizationId: 'o', settings: DEFAULT_SETTINGS }, fn);

  it('draws again for the codes that collided until the count is exact', async () => {
    const stored = new Set<string>();
    let calls = 0;
    const repo = {
      findRule: jest.fn(async () => rule()),
      codeCount: jest.fn(async () => 0),
      // the first batch "collides" on every other code
      insertCodes: jest.fn(async (_: number, codes: string[]) => {
        calls++;
        const fresh = codes.filter((c, i) => !stored.has(c) && (calls > 1 || i % 2 === 0));
        fresh.forEach((c) => stored.add(c));
        return fresh;
      }),
    } as unknown as PaycodesRepository;
    const service = new PaycodesService(db, repo, throttle);
    const res = await run(() =>
      service.generateCodeList({ rule_slug: 'r', creator: 'c', number_of_codes: 100 }),
    );
    expect(res.codes).toHaveLength(100);
    expect(new Set(res.codes).size).toBe(100);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('oversamples where most of the space is taken, storing only the missing count, in a few rounds', async () => {
    // AB^12 = 4096 codes, all taken but the 256 starting AAAA: free is just ten times the request
    const taken = (c: string) => !c.startsWith('AAAA');
    const stored = new Set<string>();
    const limits: (number | undefined)[] = [];
    const repo = {
      findRule: jest.fn(async () => rule({ pattern: 'AB', code_lenght: 12 })),
      codeCount: jest.fn(async () => 4096 - 256),
      insertCodes: jest.fn(async (_r: number, codes: string[], _c: string, _v: unknown, limit?: number) => {
        limits.push(limit);
        const fresh = codes.filter((c) => !taken(c) && !stored.has(c)).slice(0, limit ?? codes.length);
        fresh.forEach((c) => stored.add(c));
        return fresh;
      }),
    } as unknown as PaycodesRepository;
    const service = new PaycodesService(db, repo, throttle);
    const res = await run(() =>
      service.generateCodeList({ rule_slug: 'r', creator: 'c', number_of_codes: 25 }),
    );
    expect(res.codes).toHaveLength(25);
    expect(new Set(res.codes).size).toBe(25);
    expect(res.codes.every((c) => !taken(c))).toBe(true);
    // drawing only the missing count keeps 1 in 16 per round: about 45 rounds, often over the cap of 50
    expect(limits.length).toBeLessThanOrEqual(8);
    expect(limits[0]).toBe(25);
    const firstDraw = (repo.insertCodes as jest.Mock).mock.calls[0][1] as string[];
    expect(firstDraw.length).toBeGreaterThan(25 * 16);
  });

  it('refuses before generating when the free code space is under ten times the request', async () => {
    const repo = {
      findRule: jest.fn(async () => rule({ pattern: 'AB', code_lenght: 4 })),
      codeCount: jest.fn(async () => 0),
      insertCodes: jest.fn(),
    } as unknown as PaycodesRepository;
    const service = new PaycodesService(db, repo, throttle);
    await expect(
      run(() => service.generateCodeList({ rule_slug: 'r', creator: 'c', number_of_codes: 2 })),
    ).rejects.toBeInstanceOf(CodeSpaceTooSmall);
    expect(repo.insertCodes).not.toHaveBeenCalled();
  });

  it('makes no codes for an inactive rule', async () => {
    const repo = {
      findRule: jest.fn(async () => rule({ is_active: false })),
      insertCodes: jest.fn(),
    } as unknown as PaycodesRepository;
    const service = new PaycodesService(db, repo, throttle);
    await expect(run(() => service.generateCode({ rule_slug: 'r', creator: 'c' }))).rejects.toBeInstanceOf(
      RuleInactive,
    );
  });
});

import { TenantContext } from '@app/data';
import { TooManyRequests } from '../errors/domain-error';
import { ThrottleRepository } from './throttle.repository';
import { ThrottleService } from './throttle.service';

describe(ThrottleService.name, () => {
  const windowEnd = new Date(Date.now() + 30_000);
  let failures = 0;
  const repo = {
    addFailure: jest.fn(async () => ({ failures: ++failures, windowEnd })),
  } as unknown as ThrottleRepository;
  const service = new ThrottleService(repo, 3);

  beforeEach(() => {
    failures = 0;
    (repo.addFailure as jest.Mock).mockClear();
  });

  it('keys failures by token when one is known, else by client IP', () => {
    TenantContext.run({ clientIp: '10.0.0.1' }, () => expect(service.currentKey()).toBe('ip:10.0.0.1'));
    TenantContext.run({ clientIp: '10.0.0.1', tokenId: 't1' }, () =>
      expect(service.currentKey()).toBe('token:t1'),
    );
  });

  it('lets the limit pass, then throws 429 and blocks the key until the window ends', async () => {
    await TenantContext.run({ clientIp: '10.0.0.2' }, async () => {
      for (let i = 0; i < 3; i++) await expect(service.failedLookup()).resolves.toBeUndefined();
      expect(service.isBlocked()).toBe(false);
      await expect(service.failedLookup()).rejects.toBeInstanceOf(TooManyRequests);
      expect(() => service.assertAllowed()).toThrow(TooManyRequests);
      expect(service.isBlocked('ip:10.0.0.3')).toBe(false);
    });
    expect(repo.addFailure).toHaveBeenCalledWith('ip:10.0.0.2');
  });

  it('forgets blocks whose window has ended', async () => {
    await service.recordFailure('k');
    failures = 10;
    await service.recordFailure('k');
    expect(service.isBlocked('k')).toBe(true);
    service.forgetExpired(windowEnd.getTime() + 1);
    expect(service.isBlocked('k')).toBe(false);
  });
});

import { TenantContext } from '@app/data';
import { TooManyRequests } from '../errors/domain-error';
import { ThrottleRepository } from './throttle.repository';
import { ThrottleService } from './throttle.service';

/** Stands in for throttle_counters: one count per key, shared by every service built on it. */
function sharedCounter(msLeft = 30_000) {
  const counts = new Map<string, number>();
  const repo = {
    addFailure: jest.fn(async (key: string) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return { failures: counts.get(key)!, msLeft };
    }),
    current: jest.fn(async (key: string) => ({ failures: counts.get(key) ?? 0, msLeft })),
  };
  return { counts, repo: repo as typeof repo & ThrottleRepository };
}

describe(ThrottleService.name, () => {
  it('keys failures by token when one is known, else by client IP', () => {
    const service = new ThrottleService(sharedCounter().repo, 3);
    TenantContext.run({ clientIp: '10.0.0.1' }, () => expect(service.currentKey()).toBe('ip:10.0.0.1'));
    TenantContext.run({ clientIp: '10.0.0.1', tokenId: 't1' }, () =>
      expect(service.currentKey()).toBe('token:t1'),
    );
  });

  it('lets the limit pass, then throws 429 and refuses the key until the window ends', async () => {
    const { repo } = sharedCounter();
    const service = new ThrottleService(repo, 3);
    await TenantContext.run({ clientIp: '10.0.0.2' }, async () => {
      for (let i = 0; i < 3; i++) await expect(service.failedLookup()).resolves.toBeUndefined();
      await expect(service.ensureAllowed()).resolves.toBeUndefined();
      await expect(service.failedLookup()).rejects.toBeInstanceOf(TooManyRequests);
      await expect(service.ensureAllowed()).rejects.toBeInstanceOf(TooManyRequests);
      await expect(service.isBlockedShared('ip:10.0.0.3')).resolves.toBe(false);
    });
    expect(repo.addFailure).toHaveBeenCalledWith('ip:10.0.0.2');
  });

  it('refuses a client blocked by another replica that this one never saw fail', async () => {
    const { repo } = sharedCounter();
    const replicaA = new ThrottleService(repo, 3);
    const replicaB = new ThrottleService(repo, 3);
    for (let i = 0; i < 3; i++) await replicaA.recordFailure('ip:9.9.9.9');
    await expect(replicaB.ensureAllowed('ip:9.9.9.9')).resolves.toBeUndefined();
    expect(await replicaA.recordFailure('ip:9.9.9.9')).toBe(true);
    expect(replicaB.isBlocked('ip:9.9.9.9')).toBe(false); // B has no local trace of it
    await expect(replicaB.ensureAllowed('ip:9.9.9.9')).rejects.toBeInstanceOf(TooManyRequests);
    expect(repo.current).toHaveBeenLastCalledWith('ip:9.9.9.9');
  });

  it('asks the database every time the key is not known blocked, and caches only blocks', async () => {
    const { counts, repo } = sharedCounter();
    const service = new ThrottleService(repo, 3);
    await service.ensureAllowed('k');
    await service.ensureAllowed('k');
    expect(repo.current).toHaveBeenCalledTimes(2); // "allowed" is never remembered
    counts.set('k', 4); // crossed elsewhere
    await expect(service.ensureAllowed('k')).rejects.toBeInstanceOf(TooManyRequests);
    expect(repo.current).toHaveBeenCalledTimes(3);
    await expect(service.ensureAllowed('k')).rejects.toBeInstanceOf(TooManyRequests);
    expect(repo.current).toHaveBeenCalledTimes(3); // the known block short-circuits
  });

  it('forgets blocks whose window has ended, and then asks the database again', async () => {
    const { counts, repo } = sharedCounter(1_000);
    const service = new ThrottleService(repo, 3);
    counts.set('k', 3);
    expect(await service.recordFailure('k')).toBe(true);
    expect(service.isBlocked('k')).toBe(true);
    service.forgetExpired(Date.now() + 1_001);
    expect(service.isBlocked('k')).toBe(false);
    counts.delete('k'); // a new minute
    await expect(service.ensureAllowed('k')).resolves.toBeUndefined();
  });
});

import { Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { loadConfig } from '../config/app-config';
import { ClaimedMessage, OutboxRepository } from './outbox.repository';
import { MAX_ATTEMPTS, OutboxWorker, retryDelaySeconds, webhookSignature } from './outbox.worker';

function message(over: Partial<ClaimedMessage> = {}): ClaimedMessage {
  return {
    id: 'm1',
    organization_id: 'o1',
    kind: 'identify_code',
    payload: { code: '123456' },
    attempts: 1,
    ephemeral: true,
    created_at: new Date(0),
    webhook_url: null,
    webhook_secret: 'secret',
    ...over,
  };
}

describe(OutboxWorker.name, () => {
  let repo: jest.Mocked<Pick<OutboxRepository, 'expireDue' | 'claim' | 'finish' | 'fail'>>;
  let worker: OutboxWorker;
  const fetchMock = jest.fn();
  const realFetch = global.fetch;

  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => {
    Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']);
    global.fetch = realFetch;
  });

  beforeEach(() => {
    repo = {
      expireDue: jest.fn().mockResolvedValue(0),
      claim: jest.fn(),
      finish: jest.fn().mockResolvedValue(undefined),
      fail: jest.fn().mockResolvedValue(undefined),
    };
    worker = new OutboxWorker(repo as unknown as OutboxRepository, loadConfig({ LOG_LEVEL: 'silent' }));
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('logs a message of an organization without a webhook and finishes it as logged', async () => {
    repo.claim.mockResolvedValueOnce([message()]).mockResolvedValueOnce([]);
    expect(await worker.runOnce()).toBe(1);
    expect(repo.finish).toHaveBeenCalledWith('m1', 'logged');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts a signed body with the delivery id, and finishes it as delivered on 2xx', async () => {
    repo.claim
      .mockResolvedValueOnce([message({ webhook_url: 'http://hook.test/x' })])
      .mockResolvedValueOnce([]);
    fetchMock.mockResolvedValue({ status: 204, body: null });
    await worker.runOnce();
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('http://hook.test/x');
    expect(JSON.parse(init.body)).toEqual({
      id: 'm1',
      kind: 'identify_code',
      organization_id: 'o1',
      created_at: 0,
      data: { code: '123456' },
    });
    expect(init.headers['x-giftcode-delivery']).toBe('m1');
    expect(init.headers['x-giftcode-signature']).toBe(
      `sha256=${createHmac('sha256', 'secret').update(init.body).digest('hex')}`,
    );
    expect(repo.finish).toHaveBeenCalledWith('m1', 'delivered');
  });

  it('retries failures with backoff and gives up after the last attempt', async () => {
    repo.claim
      .mockResolvedValueOnce([
        message({ id: 'a', webhook_url: 'http://hook.test/x', attempts: 3 }),
        message({ id: 'b', webhook_url: 'http://hook.test/x', attempts: MAX_ATTEMPTS }),
      ])
      .mockResolvedValueOnce([]);
    fetchMock
      .mockRejectedValueOnce(new Error('ECONNREFUSED'))
      .mockResolvedValueOnce({ status: 500, body: null });
    await worker.runOnce();
    expect(repo.fail).toHaveBeenCalledWith('a', 'ECONNREFUSED', 8);
    expect(repo.fail).toHaveBeenCalledWith('b', 'webhook answered 500', null);
    expect(repo.finish).not.toHaveBeenCalled();
  });

  it('doubles the delay up to an hour; signatures are HMAC-SHA256 hex', () => {
    expect([1, 2, 3, 20].map(retryDelaySeconds)).toEqual([2, 4, 8, 3600]);
    expect(webhookSignature('k', 'body')).toBe(
      `sha256=${createHmac('sha256', 'k').update('body').digest('hex')}`,
    );
  });
});

import { call, newTenant, startServer } from './helpers';

describe('shutdown: SIGTERM under load', () => {
  it('finishes in-flight requests, then exits 0', async () => {
    const server = await startServer();
    const tenant = await newTenant(server.url);
    await call(server.url, 'POST', '/paycodes/rules', {
      token: tenant.token,
      body: { slug: 'drain', pattern_slug: 'alfanumeryczne', code_lenght: 10 },
    });
    const inFlight = Array.from({ length: 6 }, () =>
      call(server.url, 'POST', '/paycodes/generate_code_list', {
        token: tenant.token,
        body: { rule_slug: 'drain', number_of_codes: 30_000, creator: 'drain' },
      }),
    );
    await new Promise((r) => setTimeout(r, 150));
    const exit = server.stop('SIGTERM');
    const answers = await Promise.all(inFlight);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body.codes).toHaveLength(30_000);
    }
    expect(await exit).toBe(0);
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});

import { ServerProcess } from '../helpers/server-process';

export const ADMIN = 'reliability-admin-token-0123';

export async function startServer(
  databaseUrl = process.env.TEST_DB_URL!,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const server = await ServerProcess.start({
    DATABASE_URL: databaseUrl,
    ADMIN_TOKEN: ADMIN,
    LOG_LEVEL: 'warn',
    ...env,
  });
  await server.ready();
  return server;
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: {
    token?: string;
    admin?: boolean;
    body?: unknown;
    raw?: string | Buffer;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; body: any; text: string; ms: number }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.token = options.token;
  if (options.admin) headers.authorization = `Bearer ${ADMIN}`;
  let body: string | Buffer | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const started = Date.now();
  const res = await fetch(base + path, { method, headers, body, signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text, ms: Date.now() - started };
}

export async function newTenant(base: string): Promise<{ id: string; token: string }> {
  const org = await call(base, 'POST', '/admin/organizations', {
    admin: true,
    body: { name: `rel-${Date.now()}` },
  });
  const tok = await call(base, 'POST', `/admin/organizations/${org.body.id}/tokens`, {
    admin: true,
    body: { name: 'rel' },
  });
  return { id: org.body.id, token: tok.body.token };
}

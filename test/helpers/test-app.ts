import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { AppConfig, loadConfig } from '../../apps/api/src/config/app-config';

export const ADMIN = 'test-admin-token-0123456789';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
  body: any;
}

export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
  body?: unknown;
  /** A raw payload sent as is (with headers['content-type'] when given). */
  raw?: string | Buffer;
  /** Send from another client address than the app's default one. */
  remoteAddress?: string;
}

/** The real app on the run's PostgreSQL, driven through Fastify's inject (no socket needed). */
export class TestApp {
  /** Each app sends from its own loopback address, so throttle counts of parallel tests stay apart. */
  readonly remoteAddress = `127.${rnd()}.${rnd()}.${rnd()}`;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly databaseUrl: string,
  ) {}

  static async start(
    env: Record<string, string> = {},
    databaseUrl = process.env.TEST_DB_URL!,
    extraModules: Type<unknown>[] = [],
  ): Promise<TestApp> {
    // background workers stay off unless a test asks for them: tests run them explicitly
    const config: AppConfig = loadConfig({
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '0',
      CARD_JOBS_MS: '0',
      ...env,
    });
    const app = await createApp({ config, databaseUrl, extraModules, docsUi: false });
    return new TestApp(app, databaseUrl);
  }

  /** Also serves on a loopback port (for clients that need a real socket); answers its base URL. */
  async listen(): Promise<string> {
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    return this.app.getUrl();
  }

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async request(method: string, url: string, opts: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.token = opts.token;
    let payload: string | Buffer | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({
      method: method as any,
      url,
      headers,
      payload,
      remoteAddress: opts.remoteAddress ?? this.remoteAddress,
    });
    let body: any = undefined;
    try {
      body = res.body.length ? JSON.parse(res.body) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.statusCode, headers: res.headers, text: res.body, body };
  }

  admin(method: string, url: string, body?: unknown): Promise<Reply> {
    return this.request(method, url, { headers: { authorization: `Bearer ${ADMIN}` }, body });
  }

  /** A fresh organization with one API token: every test makes its own. */
  async newTenant(
    settings: Record<string, unknown> = {},
  ): Promise<{ id: string; token: string; operatorId: number }> {
    const org = await this.admin('POST', '/admin/organizations', {
      name: `org-${Date.now()}-${Math.random()}`,
      settings,
    });
    if (org.status !== 201) throw new Error(`organization not created: ${org.text}`);
    const tok = await this.admin('POST', `/admin/organizations/${org.body.id}/tokens`, { name: 'test' });
    if (tok.status !== 201) throw new Error(`token not created: ${tok.text}`);
    return { id: org.body.id, token: tok.body.token, operatorId: org.body.operator_id };
  }
}

function rnd(): number {
  return 1 + Math.floor(Math.random() * 254);
}

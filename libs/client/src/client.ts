import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths } from './schema';
export type GiftcodeClient = Client<paths>;

export interface ClientOptions {
  /** e.g. `http://localhost:3000` */
  baseUrl: string;
  /** An organization's API token (sent as `Authorization: Bearer`). */
  token?: string;
  /** The service's ADMIN_TOKEN, for `/admin` routes (used when no `token` is given). */
  adminToken?: string;
  fetch?: typeof fetch;
}

/** A typed client for every route of the service, generated from the committed openapi.json. */
export function createGiftcodeClient(options: ClientOptions): GiftcodeClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ''), fetch: options.fetch });
  const secret = options.token ?? options.adminToken;
  if (secret) {
    const auth: Middleware = {
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${secret}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

/** One line that says what went wrong with a call, from the service's error envelope. */
export function describeError(status: number, error: unknown): string {
  const e = error as { error?: string; message?: string; code?: number } | undefined;
  const what = e?.message ?? (typeof error === 'string' ? error : JSON.stringify(error));
  return `HTTP ${status}${e?.error ? ` ${e.error}` : ''}: ${what}`;
}

import { createGiftcodeClient, describeError } from '@app/client';
import { SingleBar } from 'cli-progress';
import { writeFile } from 'node:fs/promises';
import { exportCards } from './cards/export-cards';
import { exportCertificates } from './certificates/export-certificates';
import { importCertificates } from './certificates/import-certificates';
import { allOrganizations, Flags, firstToken, flag, idFlag, intFlag, need } from './flags';

/** The command groups that use the service's /admin routes (ADMIN_TOKEN) instead of a tenant token. */
export const ADMIN_GROUPS = ['org', 'token', 'legacy-token'];

/** A counter on stderr while a long command runs (no bar when stderr is not a terminal). */
function progress(label: string): { update(n: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${label} {value} rows`, stream: process.stderr, fps: 5 });
  bar.start(0, 0);
  return { update: (n) => bar.update(n), stop: () => bar.stop() };
}

/** A bar over the file's bytes with the rows read so far, on stderr (none when it is not a terminal). */
function fileProgress(): { update(rows: number, bytes: number, total: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: 'importing [{bar}] {percentage}% | {rows} rows read',
    stream: process.stderr,
    fps: 5,
  });
  let started = false;
  return {
    update: (rows, bytes, total) => {
      if (!started) bar.start(Math.max(total, 1), 0, { rows: 0 });
      started = true;
      bar.update(bytes, { rows });
    },
    stop: () => started && bar.stop(),
  };
}

/**
 * Commands that go through the service's HTTP API with the typed client (`--url` or GIFTCODE_URL;
 * tenant token from `--token` or GIFTCODE_TOKEN, admin token from `--admin-token` or ADMIN_TOKEN).
 */
export async function runApiCommand(group: string, action: string, flags: Flags): Promise<unknown> {
  const baseUrl = flag(flags, 'url', 'GIFTCODE_URL') ?? 'http://localhost:3000';
  const admin = ADMIN_GROUPS.includes(group);
  const client = createGiftcodeClient(
    admin
      ? { baseUrl, adminToken: need(flags, 'admin-token', 'ADMIN_TOKEN') }
      : { baseUrl, token: need(flags, 'token', 'GIFTCODE_TOKEN') },
  );
  const ok = <T>(res: { data?: T; error?: unknown; response: Response }): T => {
    if (res.data === undefined) throw new Error(describeError(res.response.status, res.error));
    return res.data;
  };
  switch (`${group} ${action}`) {
    case 'certificates import': {
      const bar = fileProgress();
      try {
        const size = flag(flags, 'batch');
        return await importCertificates(client, {
          file: need(flags, 'file'),
          failedFile: flag(flags, 'failed'),
          batchSize: size ? Number(size) : undefined,
          onProgress: (rows, bytes, total) => bar.update(rows, bytes, total),
        });
      } finally {
        bar.stop();
      }
    }
    case 'certificates export': {
      const bar = progress('exported');
      try {
        return await exportCertificates(client, {
          file: need(flags, 'file'),
          onProgress: (n) => bar.update(n),
        });
      } finally {
        bar.stop();
      }
    }
    case 'cards export': {
      const bar = progress('exported');
      try {
        return await exportCards(client, { file: need(flags, 'file'), onProgress: (n) => bar.update(n) });
      } finally {
        bar.stop();
      }
    }
    case 'paycodes generate': {
      const res = await client.POST('/paycodes/generate_code_list', {
        body: {
          rule_slug: need(flags, 'rule'),
          number_of_codes: Number(need(flags, 'count')),
          creator: flag(flags, 'creator') ?? 'cli',
          valid_from: flag(flags, 'valid-from'),
          valid_to: flag(flags, 'valid-to'),
        },
      });
      const { codes } = ok(res);
      const file = need(flags, 'file');
      await writeFile(file, codes.join('\n') + '\n');
      return { codes: codes.length, file };
    }
    case 'org create': {
      const body = { name: need(flags, 'name'), operator_id: intFlag(flags, 'operator-id') };
      const org = ok(await client.POST('/admin/organizations', { body }));
      const token = ok(
        await client.POST('/admin/organizations/{id}/tokens', {
          params: { path: { id: org.id } },
          body: { name: 'first token' },
        }),
      );
      return firstToken(org, token);
    }
    case 'org list':
      return allOrganizations(async (offset, limit) =>
        ok(await client.GET('/admin/organizations', { params: { query: { offset, limit } } })),
      );
    case 'token create':
      return ok(
        await client.POST('/admin/organizations/{id}/tokens', {
          params: { path: { id: idFlag(flags, 'org') } },
          body: { name: need(flags, 'name'), expires_at: flag(flags, 'expires-at') },
        }),
      );
    case 'token list':
      return ok(
        await client.GET('/admin/organizations/{id}/tokens', {
          params: { path: { id: idFlag(flags, 'org') } },
        }),
      );
    case 'token revoke':
      return ok(
        await client.POST('/admin/organizations/{id}/tokens/{tokenId}/revoke', {
          params: { path: { id: idFlag(flags, 'org'), tokenId: idFlag(flags, 'token-id') } },
        }),
      );
    case 'legacy-token create':
      return ok(
        await client.POST('/admin/organizations/{id}/legacy-tokens', {
          params: { path: { id: idFlag(flags, 'org') } },
          body: { token: intFlag(flags, 'token') },
        }),
      );
    case 'legacy-token list':
      return ok(
        await client.GET('/admin/organizations/{id}/legacy-tokens', {
          params: { path: { id: idFlag(flags, 'org') } },
        }),
      );
    case 'legacy-token revoke':
      return ok(
        await client.POST('/admin/organizations/{id}/legacy-tokens/{legacyId}/revoke', {
          params: { path: { id: idFlag(flags, 'org'), legacyId: idFlag(flags, 'token-id') } },
        }),
      );
    default:
      throw new Error(`unknown command "${group} ${action}" (see --help)`);
  }
}

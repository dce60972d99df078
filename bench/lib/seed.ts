import { createHash, randomBytes } from 'node:crypto';
import type { BenchContext } from './types';

/** A new organization with an API token, made straight in the database. */
export async function newTenant(ctx: BenchContext): Promise<{ id: string; token: string }> {
  const { rows } = await ctx.pool.query(
    `INSERT INTO organizations (name, settings, webhook_secret) VALUES ('bench', '{}', 'x') RETURNING id`,
  );
  const token = randomBytes(24).toString('base64url');
  await ctx.pool.query(
    `INSERT INTO api_tokens (organization_id, name, token_hash) VALUES ($1, 'bench', $2)`,
    [rows[0].id, createHash('sha256').update(token).digest('hex')],
  );
  return { id: rows[0].id, token };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

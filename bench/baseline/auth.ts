import { createHash } from 'node:crypto';
import type { Pool } from 'pg';

const TTL_MS = 5_000;

/**
 * The same authentication work the service does: SHA-256 of the token, the same look-up SQL, and
 * the same 5-second cache of verified tokens.
 */
export function makeAuth(pool: Pool) {
  const cache = new Map<string, { org: string; until: number }>();
  return async (token: string | undefined): Promise<string | null> => {
    if (!token) return null;
    const hash = createHash('sha256').update(token).digest('hex');
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.org;
    const { rows } = await pool.query(
      `SELECT t.id AS token_id, t.organization_id, o.settings, t.last_used_at
       FROM api_tokens t JOIN organizations o ON o.id = t.organization_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [hash],
    );
    if (!rows[0]) return null;
    cache.set(hash, { org: rows[0].organization_id, until: Date.now() + TTL_MS });
    return rows[0].organization_id;
  };
}

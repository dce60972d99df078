import { Injectable } from '@nestjs/common';
import QueryStream from 'pg-query-stream';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Database, TenantRepository } from '@app/data';

/** A certificate row as the API shows it. */
export interface CertificateRow {
  id: number;
  code: string;
  is_active: boolean;
  value: number;
}

export interface NewCertificate {
  code: string;
  is_active: boolean;
  value: number;
}

/** A change of one certificate; null fields keep their value. */
export interface CertificateChange {
  id: number;
  code: string | null;
  is_active: boolean | null;
  value: number | null;
}

export interface ListFilter {
  isActive?: boolean;
  codePrefix?: string;
  offset?: number;
  limit?: number;
}

/** Rows the list cursor fetches from PostgreSQL at a time. */
export const LIST_BATCH_ROWS = 1000;

const COLUMNS = 'id, code, is_active, value';

/** Certificates of the current organization; every statement is scoped by `organization_id`. */
@Injectable()
export class CertificatesRepository extends TenantRepository {
  // declared so Nest sees the dependency (the base class carries no decorator metadata)
  constructor(db: Database) {
    super(db);
  }

  async find(id: number): Promise<CertificateRow | null> {
    const rows = await this.query<CertificateRow>(
      `SELECT ${COLUMNS} FROM certificates WHERE organization_id = $1 AND id = $2`,
      [this.orgId, id],
    );
    return rows[0] ?? null;
  }

  async update(change: CertificateChange): Promise<CertificateRow | null> {
    const rows = await this.query<CertificateRow>(
      `UPDATE certificates SET code = COALESCE($3, code), is_active = COALESCE($4, is_active),
         value = COALESCE($5, value), updated_at = now()
       WHERE organization_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [this.orgId, change.id, change.code, change.is_active, change.value],
    );
    return rows[0] ?? null;
  }

  async remove(id: number): Promise<boolean> {
    const rows = await this.query(
      `DELETE FROM certificates WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [this.orgId, id],
    );
    return rows.length > 0;
  }

  /**
   * Hands out `count` consecutive ids and answers the first. The organization's sequence row stays
   * locked until the transaction ends, so bulk creates of one organization run one at a time (and
   * a refused batch leaves no gap: the bump rolls back with it).
   */
  async reserveIds(count: number): Promise<number> {
    const [row] = await this.query<{ last_id: number }>(
      `INSERT INTO certificate_sequences AS s (organization_id, last_id) VALUES ($1, $2)
       ON CONFLICT (organization_id) DO UPDATE SET last_id = s.last_id + EXCLUDED.last_id
       RETURNING last_id`,
      [this.orgId, count],
    );
    return row.last_id - count + 1;
  }

  /** Stored certificates that have one of these codes (except the given ids). */
  async findByCodes(codes: string[], exceptIds: number[] = []): Promise<{ id: number; code: string }[]> {
    if (codes.length === 0) return [];
    return this.query(
      `SELECT id, code FROM certificates
       WHERE organization_id = $1 AND code = ANY($2::text[]) AND id <> ALL($3::int[])`,
      [this.orgId, codes, exceptIds],
    );
  }

  /** One INSERT for the whole batch; ids firstId, firstId + 1, ... in input order. */
  async insertMany(firstId: number, items: NewCertificate[]): Promise<CertificateRow[]> {
    return this.query<CertificateRow>(
      `INSERT INTO certificates (organization_id, id, code, is_active, value)
       SELECT $1, $2::int + (t.ord - 1)::int, t.code, t.is_active, t.value
       FROM unnest($3::text[], $4::boolean[], $5::int[]) WITH ORDINALITY AS t(code, is_active, value, ord)
       RETURNING ${COLUMNS}`,
      [
        this.orgId,
        firstId,
        items.map((i) => i.code),
        items.map((i) => i.is_active),
        items.map((i) => i.value),
      ],
    );
  }

  /** Locks the given certificates (in id order, so concurrent batches cannot deadlock) and answers their codes. */
  async lockByIds(ids: number[]): Promise<{ id: number; code: string }[]> {
    return this.query(
      `SELECT id, code FROM certificates WHERE organization_id = $1 AND id = ANY($2::int[])
       ORDER BY id FOR UPDATE`,
      [this.orgId, ids],
    );
  }

  /** Checks code uniqueness at commit instead of per statement (lets a batch swap codes). */
  async deferCodeUniqueness(): Promise<void> {
    await this.query(`SET CONSTRAINTS certificates_org_code_uq DEFERRED`);
  }

  /** One UPDATE for the whole batch; null fields keep their value. */
  async updateMany(changes: CertificateChange[]): Promise<CertificateRow[]> {
    return this.query<CertificateRow>(
      `UPDATE certificates c SET code = COALESCE(t.code, c.code), is_active = COALESCE(t.is_active, c.is_active),
         value = COALESCE(t.value, c.value), updated_at = now()
       FROM unnest($2::int[], $3::text[], $4::boolean[], $5::int[]) AS t(id, code, is_active, value)
       WHERE c.organization_id = $1 AND c.id = t.id
       RETURNING c.id, c.code, c.is_active, c.value`,
      [
        this.orgId,
        changes.map((c) => c.id),
        changes.map((c) => c.code),
        changes.map((c) => c.is_active),
        changes.map((c) => c.value),
      ],
    );
  }

  /**
   * The organization's certificates in id order, read through a server-side cursor
   * ({@link LIST_BATCH_ROWS} rows at a time) on a connection of its own, which goes back to the
   * pool when the rows are read, or is closed when the reader stops early or the read fails.
   */
  async streamList(filter: ListFilter): Promise<AsyncGenerator<CertificateRow>> {
    const params: unknown[] = [this.orgId];
    const where = ['organization_id = $1'];
    if (filter.isActive !== undefined) {
      params.push(filter.isActive);
      where.push(`is_active = $${params.length}`);
    }
    if (filter.codePrefix) {
      params.push(`${escapeLike(filter.codePrefix)}%`);
      where.push(`code LIKE $${params.length}`);
    }
    let sql = `SELECT ${COLUMNS} FROM certificates WHERE ${where.join(' AND ')} ORDER BY id`;
    if (filter.offset) {
      params.push(filter.offset);
      sql += ` OFFSET $${params.length}`;
    }
    if (filter.limit !== undefined) {
      params.push(filter.limit);
      sql += ` LIMIT $${params.length}`;
    }
    const driver = this.db.dataSource.driver as PostgresDriver;
    const [client, release] = (await driver.obtainMasterConnection()) as [
      { query(q: QueryStream): QueryStream },
      (err?: unknown) => void,
    ];
    let stream: QueryStream;
    try {
      stream = client.query(new QueryStream(sql, params, { batchSize: LIST_BATCH_ROWS }));
    } catch (e) {
      release(e);
      throw e;
    }
    return readAndRelease(stream, release);
  }
}

async function* readAndRelease(
  stream: QueryStream,
  release: (err?: unknown) => void,
): AsyncGenerator<CertificateRow> {
  let complete = false;
  try {
    for await (const row of stream) yield row as CertificateRow;
    complete = true;
  } finally {
    // a connection left in the middle of a cursor is closed rather than reused
    release(complete ? undefined : true);
  }
}

/** A LIKE pattern matching `s` literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

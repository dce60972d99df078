import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

export interface SeriesRow {
  id: number;
  name: string;
  item_codes: string[];
  nominal: string | null;
  validity_days: number;
  allow_refund: boolean;
  allow_reuse: boolean;
  secret_length: number;
  secret_alphabet: string;
}

export type SeriesFields = Omit<SeriesRow, 'id' | 'nominal'> & { nominal: number | null };

const COLUMNS = `id, name, item_codes, nominal, validity_days, allow_refund, allow_reuse, secret_length, secret_alphabet`;

/** SertCard series of the current organization. */
@Injectable()
export class SeriesRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  async list(offset: number, limit: number): Promise<SeriesRow[]> {
    return this.query(
      `SELECT ${COLUMNS} FROM sertcard_series WHERE organization_id = $1 ORDER BY id OFFSET $2 LIMIT $3`,
      [this.orgId, offset, limit],
    );
  }

  async find(id: number): Promise<SeriesRow | null> {
    const rows = await this.query<SeriesRow>(
      `SELECT ${COLUMNS} FROM sertcard_series WHERE organization_id = $1 AND id = $2`,
      [this.orgId, id],
    );
    return rows[0] ?? null;
  }

  /** Inserts with the given id, or the organization's next one; a taken id is a unique violation. */
  async create(id: number | undefined, f: SeriesFields): Promise<SeriesRow> {
    const [row] = await this.query<SeriesRow>(
      `INSERT INTO sertcard_series (organization_id, id, name, item_codes, nominal, validity_days, allow_refund,
         allow_reuse, secret_length, secret_alphabet)
       SELECT $1, COALESCE($2::int, (SELECT COALESCE(max(id), 0) + 1 FROM sertcard_series WHERE organization_id = $1)),
         $3, $4, $5, $6, $7, $8, $9, $10
       RETURNING ${COLUMNS}`,
      [
        this.orgId,
        id ?? null,
        f.name,
        f.item_codes,
        f.nominal,
        f.validity_days,
        f.allow_refund,
        f.allow_reuse,
        f.secret_length,
        f.secret_alphabet,
      ],
    );
    return row;
  }

  async update(id: number, f: SeriesFields): Promise<SeriesRow | null> {
    const rows = await this.query<SeriesRow>(
      `UPDATE sertcard_series SET name = $3, item_codes = $4, nominal = $5, validity_days = $6, allow_refund = $7,
         allow_reuse = $8, secret_length = $9, secret_alphabet = $10
       WHERE organization_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [
        this.orgId,
        id,
        f.name,
        f.item_codes,
        f.nominal,
        f.validity_days,
        f.allow_refund,
        f.allow_reuse,
        f.secret_length,
        f.secret_alphabet,
      ],
    );
    return rows[0] ?? null;
  }

  async lock(id: number): Promise<SeriesRow | null> {
    const rows = await this.query<SeriesRow>(
      `SELECT ${COLUMNS} FROM sertcard_series WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [this.orgId, id],
    );
    return rows[0] ?? null;
  }
}

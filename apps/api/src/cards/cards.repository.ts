import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

/** A card as stored, with `blocked` as it stands now (a passed date_unblock no longer blocks). */
export interface CardRow {
  id: string;
  parent_id: string | null;
  code: string;
  barcode: string;
  name: string;
  description: string;
  balance: number;
  active: boolean;
  blocked: boolean;
  blockeddescription: string;
  mastercard_id: string | null;
  referallink_id: string | null;
  phone: string;
  email: string;
  external_card: number;
  accum_sale_amount: number;
  card_level_id: string | null;
  new_card_id: string | null;
  date_active: Date | null;
  activation_shop_id: string;
  date_deactivate: Date | null;
  date_last_transaction: Date | null;
  date_last_activity: Date | null;
  date_first_check: Date | null;
  last_transaction: string | null;
  user_id: string | null;
  image: string | null;
  date_unblock: Date | null;
}

/** Columns a create or update writes, named as in the table (and the seed). */
export const WRITABLE_COLUMNS = [
  'parent_id',
  'code',
  'barcode',
  'name',
  'description',
  'active',
  'blocked',
  'blockeddescription',
  'mastercard_id',
  'referallink_id',
  'phone',
  'email',
  'external_card',
  'accum_sale_amount',
  'card_level_id',
  'new_card_id',
  'date_active',
  'image',
] as const;
export type WritableColumn = (typeof WRITABLE_COLUMNS)[number];
export type CardValues = Partial<Record<WritableColumn, unknown>>;

/**
 * The filters of the card list (all optional; phone and email already normalized); null for a
 * reference or owner: the cards where it is not set.
 */
export interface CardFilter {
  parentId?: string | null;
  active?: boolean;
  blocked?: boolean;
  text?: string;
  userId?: string | null;
  mastercardId?: string | null;
  referallinkId?: string | null;
  barcodeFragment?: string;
  codeFragment?: string;
  levelId?: string | null;
  email?: string;
  phone?: string;
}

export type SearchKind = 'phone' | 'email' | 'barcode' | 'code' | 'name';

/** by_name answers at most this many rows in all. */
export const NAME_SEARCH_CAP = 500;

/** Whether the card row `alias` is blocked now: a block whose `date_unblock` has passed no longer counts. */
export function blockedNow(alias: string): string {
  return `(${alias}.blocked AND (${alias}.date_unblock IS NULL OR ${alias}.date_unblock > now()))`;
}

const BLOCKED_NOW = blockedNow('c');

/** Points the account a card books on (its master card's, or its own) can spend now. */
const BALANCE = `(SELECT COALESCE(sum(b.remaining), 0)::float8 FROM point_batches b
  WHERE b.organization_id = c.organization_id AND b.account_id = COALESCE(c.mastercard_id, c.id)
    AND b.remaining > 0 AND b.active_from <= now() AND (b.active_to IS NULL OR b.active_to > now()))`;

export const CARD_COLUMNS = `c.id, c.parent_id, c.code, c.barcode, c.name, c.description, ${BALANCE} AS balance,
  c.active, ${BLOCKED_NOW} AS blocked, c.blockeddescription, c.mastercard_id, c.referallink_id, c.phone, c.email,
  c.external_card, c.accum_sale_amount::float8 AS accum_sale_amount, c.card_level_id, c.new_card_id, c.date_active,
  c.activation_shop_id, c.date_deactivate, c.date_last_transaction, c.date_last_activity, c.date_first_check,
  c.last_transaction, c.user_id, c.image, c.date_unblock`;

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every character but letters and digits escaped: the text matches itself in a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`);
}

/** WHERE conditions built with numbered parameters. */
class Where {
  readonly conditions: string[] = ['c.organization_id = $1'];
  constructor(readonly params: unknown[]) {}

  add(sql: (p: string) => string, value: unknown): void {
    this.params.push(value);
    this.conditions.push(sql(`$${this.params.length}`));
  }

  /** `column = value`; null (the seed's "" for "not set") matches the rows where it is not set. */
  eq(column: string, value: unknown): void {
    if (value === null) this.conditions.push(`${column} IS NULL`);
    else this.add((p) => `${column} = ${p}`, value);
  }

  get sql(): string {
    return this.conditions.join(' AND ');
  }
}

/** Cards of the current organization; every statement is scoped by organization_id. */
@Injectable()
export class CardsRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  /** Inserts a card; false when the id is taken (a taken barcode raises the unique violation). */
  async insert(id: string, values: CardValues): Promise<boolean> {
    const cols = WRITABLE_COLUMNS.filter((c) => values[c] !== undefined);
    const rows = await this.query(
      `INSERT INTO cards (organization_id, id${cols.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2${cols.map((_, i) => `, $${i + 3}`).join('')})
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [this.orgId, id, ...cols.map((c) => values[c])],
    );
    return rows.length === 1;
  }

  async update(id: string, values: CardValues): Promise<void> {
    const cols = WRITABLE_COLUMNS.filter((c) => values[c] !== undefined);
    if (cols.length === 0) return;
    await this.query(
      `UPDATE cards SET ${cols.map((c, i) => `${c} = $${i + 3}`).join(', ')}
       WHERE organization_id = $1 AND id = $2`,
      [this.orgId, id, ...cols.map((c) => values[c])],
    );
  }

  async find(id: string, lock = false): Promise<CardRow | null> {
    const rows = await this.query<CardRow>(
      `SELECT ${CARD_COLUMNS} FROM cards c WHERE c.organization_id = $1 AND c.id = $2${lock ? ' FOR UPDATE' : ''}`,
      [this.orgId, id],
    );
    return rows[0] ?? null;
  }

  /** Whether the card exists, and the master card it books on. */
  async refOf(id: string): Promise<{ mastercard_id: string | null } | null> {
    const rows = await this.query(`SELECT mastercard_id FROM cards WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** How many cards book on this one as their master card. */
  async countSlaves(id: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cards WHERE organization_id = $1 AND mastercard_id = $2`,
      [this.orgId, id],
    );
    return row.n;
  }

  /** Serialises master-card assignments of the organization (no chains from two concurrent updates). */
  async lockMasterAssignments(): Promise<void> {
    await this.query(`SELECT pg_advisory_xact_lock(hashtext('card_masters:' || $1::text))`, [this.orgId]);
  }

  async setLevel(id: string, levelId: string | null): Promise<void> {
    await this.query(`UPDATE cards SET card_level_id = $3 WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
      levelId,
    ]);
  }

  /**
   * Replacement: the new card takes over the old one's place, owner, contacts, turnover, level and
   * dates (the seed's list; `firstchequedate` is date_first_check) and ends active and unblocked.
   */
  async takeOver(newId: string, oldId: string): Promise<void> {
    await this.query(
      `UPDATE cards n SET parent_id = o.parent_id, active = true, mastercard_id = o.mastercard_id,
         referallink_id = NULLIF(o.referallink_id, n.id), date_first_check = o.date_first_check,
         date_active = o.date_active, date_deactivate = o.date_deactivate,
         date_last_transaction = o.date_last_transaction, user_id = o.user_id, phone = o.phone, email = o.email,
         external_card = o.external_card, accum_sale_amount = o.accum_sale_amount, card_level_id = o.card_level_id,
         activation_shop_id = o.activation_shop_id, blocked = false, blockeddescription = '', date_unblock = NULL
       FROM cards o
       WHERE n.organization_id = $1 AND n.id = $2 AND o.organization_id = $1 AND o.id = $3`,
      [this.orgId, newId, oldId],
    );
  }

  /** Replacement: the old card is deactivated, blocked for good and points to its successor. */
  async retire(oldId: string, newId: string, reason: string): Promise<void> {
    await this.query(
      `UPDATE cards SET active = false, date_deactivate = now(), blocked = true, blockeddescription = $4,
         date_unblock = NULL, new_card_id = $3
       WHERE organization_id = $1 AND id = $2`,
      [this.orgId, oldId, newId, reason],
    );
  }

  async remove(id: string): Promise<void> {
    await this.query(`DELETE FROM cards WHERE organization_id = $1 AND id = $2`, [this.orgId, id]);
  }

  /** Sets `active`; `date_active` and `activation_shop_id` only when the card was not active. */
  async activate(id: string, shopId: string | undefined): Promise<boolean> {
    const rows = await this.query(
      `UPDATE cards SET active = true,
         date_active = CASE WHEN active THEN date_active ELSE now() END,
         activation_shop_id = CASE WHEN active THEN activation_shop_id ELSE COALESCE($3, activation_shop_id) END
       WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [this.orgId, id, shopId ?? null],
    );
    return rows.length === 1;
  }

  /** Clears `active`; `date_deactivate` is set when the card was active. */
  async deactivate(id: string): Promise<boolean> {
    const rows = await this.query(
      `UPDATE cards SET active = false, date_deactivate = CASE WHEN active THEN now() ELSE date_deactivate END
       WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [this.orgId, id],
    );
    return rows.length === 1;
  }

  async block(id: string, description: string, until: Date | null): Promise<boolean> {
    const rows = await this.query(
      `UPDATE cards SET blocked = true, blockeddescription = $3, date_unblock = $4
       WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [this.orgId, id, description, until],
    );
    return rows.length === 1;
  }

  async unblock(id: string): Promise<boolean> {
    const rows = await this.query(
      `UPDATE cards SET blocked = false, blockeddescription = '', date_unblock = NULL
       WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [this.orgId, id],
    );
    return rows.length === 1;
  }

  /**
   * Clears the block of every card (of all organizations) whose date_unblock has passed; such a
   * card already behaves as unblocked, this only tidies the flag. Run by the periodic job.
   */
  async clearExpiredBlocks(): Promise<number> {
    const rows = await this.query(
      `UPDATE cards SET blocked = false, blockeddescription = '', date_unblock = NULL
       WHERE blocked AND date_unblock IS NOT NULL AND date_unblock <= now() RETURNING id`,
    );
    return rows.length;
  }

  // --- lists ---

  private listWhere(f: CardFilter): Where {
    const w = new Where([this.orgId]);
    if (f.parentId !== undefined) w.eq('c.parent_id', f.parentId);
    if (f.active !== undefined) w.add((p) => `c.active = ${p}`, f.active);
    if (f.blocked !== undefined) w.add((p) => `${BLOCKED_NOW} = ${p}`, f.blocked);
    if (f.text) w.add((p) => `c.search LIKE card_search_lower(${p})`, `%${escapeLike(f.text)}%`);
    if (f.userId !== undefined) w.eq('c.user_id', f.userId);
    if (f.mastercardId !== undefined) w.eq('c.mastercard_id', f.mastercardId);
    if (f.referallinkId !== undefined) w.eq('c.referallink_id', f.referallinkId);
    // fragments: the trigram index narrows the rows down, the field itself decides
    if (f.barcodeFragment) {
      w.add(
        (p) =>
          `c.search LIKE card_search_lower(${p}) AND card_search_lower(c.barcode) LIKE card_search_lower(${p})`,
        `%${escapeLike(f.barcodeFragment)}%`,
      );
    }
    if (f.codeFragment) {
      w.add(
        (p) =>
          `c.search LIKE card_search_lower(${p}) AND card_search_lower(c.code) LIKE card_search_lower(${p})`,
        `%${escapeLike(f.codeFragment)}%`,
      );
    }
    if (f.levelId !== undefined) w.eq('c.card_level_id', f.levelId);
    if (f.email !== undefined) w.add((p) => `c.email <> '' AND c.email = ${p}`, f.email);
    if (f.phone !== undefined)
      w.add((p) => `c.phone <> '' AND reverse(c.phone) = reverse(${p}::text)`, f.phone);
    return w;
  }

  /** The statement of one page of the card list (exposed so tests can EXPLAIN it). */
  listQuery(f: CardFilter, offset: number, limit: number): { sql: string; params: unknown[] } {
    const w = this.listWhere(f);
    const n = w.params.length;
    return {
      sql: `SELECT ${CARD_COLUMNS} FROM cards c WHERE ${w.sql} ORDER BY c.seq OFFSET $${n + 1} LIMIT $${n + 2}`,
      params: [...w.params, offset, limit],
    };
  }

  async list(f: CardFilter, offset: number, limit: number): Promise<CardRow[]> {
    const { sql, params } = this.listQuery(f, offset, limit);
    return this.query<CardRow>(sql, params);
  }

  async count(f: CardFilter): Promise<number> {
    const w = this.listWhere(f);
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cards c WHERE ${w.sql}`,
      w.params,
    );
    return row.n;
  }

  /** The SQL (and its parameters) of a by_* search, cut to NAME_SEARCH_CAP rows for names. */
  private searchSql(kind: SearchKind, filter: string | undefined): { sql: string; params: unknown[] } {
    const w = new Where([this.orgId]);
    let order = 'c.seq';
    if (filter !== undefined && filter !== '') {
      switch (kind) {
        case 'phone': {
          const digits = filter.replace(/\D/g, '');
          if (!digits) w.conditions.push('false');
          else
            w.add(
              (p) => `c.phone <> '' AND reverse(c.phone) LIKE ${p}`,
              `${[...digits].reverse().join('')}%`,
            );
          break;
        }
        case 'email':
          w.add((p) => `c.email <> '' AND c.email LIKE ${p}`, `${escapeLike(filter.trim().toLowerCase())}%`);
          break;
        case 'barcode':
          w.add((p) => `c.barcode LIKE ${p}`, `${escapeLike(filter.trim())}%`);
          break;
        case 'code':
          w.add((p) => `c.code LIKE ${p}`, `${escapeLike(filter.trim())}%`);
          break;
        case 'name':
          w.add((p) => `c.search LIKE card_search_lower(${p})`, `%${escapeLike(filter)}%`);
          w.add(
            (p) => `card_search_lower(c.name) ~ ('(^|[[:space:][:punct:]])' || card_search_lower(${p}))`,
            escapeRegex(filter),
          );
          break;
        default: {
          const never: never = kind;
          throw new Error(`unknown search ${String(never)}`);
        }
      }
    }
    if (kind === 'name') order = 'c.name, c.seq';
    const cap = kind === 'name' ? ` LIMIT ${NAME_SEARCH_CAP}` : '';
    return {
      sql: `SELECT ${CARD_COLUMNS} FROM cards c WHERE ${w.sql} ORDER BY ${order}${cap}`,
      params: w.params,
    };
  }

  /** The statement of one page of a by_* search (exposed so tests can EXPLAIN it). */
  searchQuery(
    kind: SearchKind,
    filter: string | undefined,
    offset: number,
    limit: number,
  ): { sql: string; params: unknown[] } {
    const { sql, params } = this.searchSql(kind, filter);
    const n = params.length;
    return {
      sql: `SELECT * FROM (${sql}) s OFFSET $${n + 1} LIMIT $${n + 2}`,
      params: [...params, offset, limit],
    };
  }

  async search(
    kind: SearchKind,
    filter: string | undefined,
    offset: number,
    limit: number,
  ): Promise<CardRow[]> {
    const { sql, params } = this.searchQuery(kind, filter, offset, limit);
    return this.query<CardRow>(sql, params);
  }

  async searchCount(kind: SearchKind, filter: string | undefined): Promise<number> {
    const { sql, params } = this.searchSql(kind, filter);
    const [row] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) s`, params);
    return row.n;
  }

  // --- users ---

  /** Serialises card hand-outs to one user (the max_cards_per_user check) until the transaction ends. */
  async lockUser(userId: string): Promise<void> {
    await this.query(`SELECT pg_advisory_xact_lock(hashtext('card_user:' || $1::text || ':' || $2::text))`, [
      this.orgId,
      userId,
    ]);
  }

  async countOfUser(userId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cards WHERE organization_id = $1 AND user_id = $2`,
      [this.orgId, userId],
    );
    return row.n;
  }

  /**
   * Gives the first free card (no user, never activated, not blocked, our own) to the user. Cards
   * another transaction is handing out are skipped (SKIP LOCKED), so concurrent calls never get
   * the same card and never wait for each other. The pick is a scalar subquery, run once per
   * statement whatever the plan (a joined subquery may be rescanned and lock more rows).
   */
  async takeFreeCard(
    userId: string,
    name: string | undefined,
    description: string | undefined,
  ): Promise<string | null> {
    const rows = await this.query<{ id: string }>(
      `UPDATE cards c SET user_id = $2, name = COALESCE($3, c.name), description = COALESCE($4, c.description)
       WHERE c.organization_id = $1 AND c.id = (
         SELECT f.id FROM cards f
         WHERE f.organization_id = $1 AND f.user_id IS NULL AND f.date_active IS NULL AND f.external_card = 0
           AND NOT ${blockedNow('f')}
         ORDER BY f.seq LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING c.id`,
      [this.orgId, userId, name ?? null, description ?? null],
    );
    return rows[0]?.id ?? null;
  }

  async setUser(id: string, userId: string): Promise<void> {
    await this.query(`UPDATE cards SET user_id = $3 WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
      userId,
    ]);
  }

  /** The users owning our (not external) cards with this phone or email. */
  async usersByContact(kind: 'phone' | 'email', value: string): Promise<string[]> {
    const cond =
      kind === 'phone' ? `phone <> '' AND reverse(phone) = reverse($2::text)` : `email <> '' AND email = $2`;
    const rows = await this.query<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM cards
       WHERE organization_id = $1 AND ${cond} AND user_id IS NOT NULL AND external_card = 0
       ORDER BY user_id LIMIT 100`,
      [this.orgId, value],
    );
    return rows.map((r) => r.user_id);
  }

  /** The cards of these users (at most `limit`). */
  async cardsOfUsers(userIds: string[], limit: number): Promise<CardRow[]> {
    return this.query<CardRow>(
      `SELECT ${CARD_COLUMNS} FROM cards c WHERE c.organization_id = $1 AND c.user_id = ANY($2::text[])
       ORDER BY c.seq LIMIT $3`,
      [this.orgId, userIds, limit],
    );
  }
}

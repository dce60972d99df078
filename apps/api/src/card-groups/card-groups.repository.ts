import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

export interface CardGroupRow {
  id: string;
  parent_id: string | null;
  name: string;
  description: string;
  groups_count: number;
  cards_count: number;
}

export interface SubtreeCounts {
  groups: number;
  cards: number;
  cards_with_balance: number;
  /** Cards outside the subtree whose master card is inside it. */
  outside_slaves: number;
}

const SELECT = `SELECT g.id, g.parent_id, g.name, g.description,
  (SELECT count(*)::int FROM card_groups c WHERE c.organization_id = g.organization_id AND c.parent_id = g.id) AS groups_count,
  (SELECT count(*)::int FROM cards k WHERE k.organization_id = g.organization_id AND k.parent_id = g.id) AS cards_count
  FROM card_groups g`;

/** The subtree of $2 (itself included), as ids. */
const SUBTREE = `WITH RECURSIVE subtree(id) AS (
    SELECT id FROM card_groups WHERE organization_id = $1 AND id = $2
    UNION ALL
    SELECT g.id FROM card_groups g JOIN subtree s ON g.organization_id = $1 AND g.parent_id = s.id
  )`;

/** Card groups of the current organization (a tree by parent_id). */
@Injectable()
export class CardGroupsRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  /**
   * Serialises changes of the organization's tree (creates, moves, deletes) until the transaction
   * ends, so two concurrent moves cannot build a cycle between them.
   */
  async lockTree(): Promise<void> {
    await this.query(`SELECT pg_advisory_xact_lock(hashtext('card_groups:' || $1::text))`, [this.orgId]);
  }

  async find(id: string): Promise<CardGroupRow | null> {
    const rows = await this.query<CardGroupRow>(`${SELECT} WHERE g.organization_id = $1 AND g.id = $2`, [
      this.orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  async exists(id: string): Promise<boolean> {
    const rows = await this.query(`SELECT 1 FROM card_groups WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
    ]);
    return rows.length > 0;
  }

  /** Inserts a group; false when the id is taken. */
  async insert(id: string, parentId: string | null, name: string, description: string): Promise<boolean> {
    const rows = await this.query(
      `INSERT INTO card_groups (organization_id, id, parent_id, name, description) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [this.orgId, id, parentId, name, description],
    );
    return rows.length === 1;
  }

  /** Whether `ancestor` is `id` or one of its ancestors (walking up from `id`). */
  async isSelfOrAncestorOf(ancestor: string, id: string): Promise<boolean> {
    const rows = await this.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM card_groups WHERE organization_id = $1 AND id = $2
         UNION ALL
         SELECT g.id, g.parent_id FROM card_groups g JOIN up ON g.organization_id = $1 AND g.id = up.parent_id
       ) SELECT 1 FROM up WHERE id = $3 LIMIT 1`,
      [this.orgId, id, ancestor],
    );
    return rows.length > 0;
  }

  async update(
    id: string,
    change: { parentId?: string | null; name?: string; description?: string },
  ): Promise<void> {
    await this.query(
      `UPDATE card_groups SET
         parent_id = CASE WHEN $3 THEN $4::uuid ELSE parent_id END,
         name = COALESCE($5, name), description = COALESCE($6, description)
       WHERE organization_id = $1 AND id = $2`,
      [
        this.orgId,
        id,
        change.parentId !== undefined,
        change.parentId ?? null,
        change.name ?? null,
        change.description ?? null,
      ],
    );
  }

  /** Groups directly under `parentId` (root when null), by name. */
  async list(
    parentId: string | null,
    offset: number,
    limit: number,
    nameFilter?: string,
  ): Promise<CardGroupRow[]> {
    const [where, params] = this.levelFilter(parentId, nameFilter);
    return this.query<CardGroupRow>(
      `${SELECT} WHERE ${where} ORDER BY g.name, g.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, limit],
    );
  }

  async count(parentId: string | null, nameFilter?: string): Promise<number> {
    const [where, params] = this.levelFilter(parentId, nameFilter);
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM card_groups g WHERE ${where}`,
      params,
    );
    return row.n;
  }

  private levelFilter(parentId: string | null, nameFilter?: string): [string, unknown[]] {
    const params: unknown[] = [this.orgId];
    const where = ['g.organization_id = $1'];
    if (parentId === null) where.push('g.parent_id IS NULL');
    else {
      params.push(parentId);
      where.push(`g.parent_id = $${params.length}`);
    }
    if (nameFilter) {
      params.push(`%${escapeLike(nameFilter)}%`);
      where.push(`card_search_lower(g.name) LIKE card_search_lower($${params.length})`);
    }
    return [where.join(' AND '), params];
  }

  /**
   * Locks the subtree's groups and counts what deleting it would remove. A card "with balance"
   * holds points on its own account, spendable or pending (burnt ones do not count).
   */
  async lockAndCountSubtree(id: string): Promise<SubtreeCounts> {
    const [row] = await this.query<SubtreeCounts>(
      `${SUBTREE}, locked AS (
         SELECT g.id FROM card_groups g JOIN subtree s ON g.organization_id = $1 AND g.id = s.id FOR UPDATE OF g
       ), doomed AS (
         SELECT k.id FROM cards k JOIN locked l ON k.organization_id = $1 AND k.parent_id = l.id
       )
       SELECT (SELECT count(*)::int FROM locked) AS groups,
              (SELECT count(*)::int FROM doomed) AS cards,
              (SELECT count(*)::int FROM doomed d WHERE EXISTS (
                 SELECT 1 FROM point_batches b WHERE b.organization_id = $1 AND b.account_id = d.id
                   AND b.remaining > 0 AND (b.active_to IS NULL OR b.active_to > now()))) AS cards_with_balance,
              (SELECT count(*)::int FROM cards o WHERE o.organization_id = $1
                 AND o.mastercard_id IN (SELECT id FROM doomed)
                 AND NOT EXISTS (SELECT 1 FROM locked l WHERE l.id = o.parent_id)) AS outside_slaves`,
      [this.orgId, id],
    );
    return row;
  }

  /** Deletes the subtree's cards, then its groups (deepest first is not needed: one statement). */
  async deleteSubtree(id: string): Promise<void> {
    await this.query(
      `${SUBTREE}
       DELETE FROM cards k USING subtree s WHERE k.organization_id = $1 AND k.parent_id = s.id`,
      [this.orgId, id],
    );
    await this.query(
      `${SUBTREE}
       DELETE FROM card_groups g USING subtree s WHERE g.organization_id = $1 AND g.id = s.id`,
      [this.orgId, id],
    );
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

export const DEFAULT_PATTERNS = [
  { slug: 'alfanumeryczne', pattern: 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789' },
  { slug: 'numeryczne', pattern: '0123456789' },
];

export interface PatternRow {
  id: number;
  slug: string;
  pattern: string;
}

export interface RuleRow {
  id: number;
  slug: string;
  pattern_id: number;
  pattern_slug: string;
  pattern: string;
  application_id: string | null;
  code_lenght: number;
  code_duration: number | null;
  code_expiration: number | null;
  code_duration_date: string | null;
  code_duration_date_text: string | null;
  description: string | null;
  price: string | null;
  sap_id: string | null;
  merchant_id: string | null;
  channel_id: string | null;
  prod_id: string | null;
  prod_cat_id: string | null;
  prod_subcat_id: string | null;
  is_active: boolean;
  config: Record<string, unknown>;
  prefix: string;
}

export interface CodeRow {
  id: string;
  code: string;
  creator: string;
  gen_time: string;
  start_time: string;
  end_time: string;
  use_time: string | null;
  client: string | null;
  is_active: boolean;
  rule_slug: string;
}

/** Why a code could not be used, read after the conditional UPDATE matched nothing. */
export interface CodeState {
  rule_active: boolean;
  found: boolean;
  used: boolean;
  active: boolean;
  started: boolean;
  ended: boolean;
}

/** Writable rule columns, named as in the table (and the seed). */
export const RULE_COLUMNS = [
  'application_id',
  'code_lenght',
  'code_duration',
  'code_expiration',
  'code_duration_date',
  'description',
  'price',
  'sap_id',
  'merchant_id',
  'channel_id',
  'prod_id',
  'prod_cat_id',
  'prod_subcat_id',
  'is_active',
  'config',
  'prefix',
] as const;
export type RuleColumn = (typeof RULE_COLUMNS)[number];

const RULE_SELECT = `SELECT r.id, r.slug, r.pattern_id, p.slug AS pattern_slug, p.pattern, r.application_id, r.code_lenght,
  r.code_duration, r.code_expiration, to_char(r.code_duration_date, 'YYYY-MM-DD') AS code_duration_date,
  paycode_time(((r.code_duration_date + 1)::timestamp AT TIME ZONE $2) - interval '1 microsecond', $2) AS code_duration_date_text,
  r.description, r.price, r.sap_id, r.merchant_id, r.channel_id, r.prod_id, r.prod_cat_id, r.prod_subcat_id,
  r.is_active, r.config, r.prefix
  FROM paycode_rules r JOIN paycode_patterns p ON p.id = r.pattern_id`;

const CODE_SELECT = `SELECT c.id, c.code, c.creator, paycode_time(c.gen_time, $2) AS gen_time,
  paycode_time(c.start_time, $2) AS start_time, paycode_time(c.end_time, $2) AS end_time,
  paycode_time(c.use_time, $2) AS use_time, c.client, c.is_active, r.slug AS rule_slug
  FROM paycodes c JOIN paycode_rules r ON r.id = c.rule_id`;

/** Patterns, rules and codes of the current organization. */
@Injectable()
export class PaycodesRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  /** New organizations start with the seed's two patterns; created on first use. */
  async ensureDefaultPatterns(): Promise<void> {
    await this.query(
      `INSERT INTO paycode_patterns (organization_id, slug, pattern)
       SELECT $1, d.slug, d.pattern FROM unnest($2::text[], $3::text[]) AS d(slug, pattern)
       ON CONFLICT (organization_id, slug) DO NOTHING`,
      [this.orgId, DEFAULT_PATTERNS.map((d) => d.slug), DEFAULT_PATTERNS.map((d) => d.pattern)],
    );
  }

  async listPatterns(): Promise<PatternRow[]> {
    return this.query(
      `SELECT id, slug, pattern FROM paycode_patterns WHERE organization_id = $1 ORDER BY id`,
      [this.orgId],
    );
  }

  async findPattern(slug: string): Promise<PatternRow | null> {
    const rows = await this.query<PatternRow>(
      `SELECT id, slug, pattern FROM paycode_patterns WHERE organization_id = $1 AND slug = $2`,
      [this.orgId, slug],
    );
    return rows[0] ?? null;
  }

  async createPattern(slug: string, pattern: string): Promise<PatternRow> {
    const [row] = await this.query<PatternRow>(
      `INSERT INTO paycode_patterns (organization_id, slug, pattern) VALUES ($1, $2, $3) RETURNING id, slug, pattern`,
      [this.orgId, slug, pattern],
    );
    return row;
  }

  async updatePattern(id: number, pattern: string): Promise<PatternRow> {
    const [row] = await this.query<PatternRow>(
      `UPDATE paycode_patterns SET pattern = $3 WHERE organization_id = $1 AND id = $2 RETURNING id, slug, pattern`,
      [this.orgId, id, pattern],
    );
    return row;
  }

  /** Whether any code was ever made with this pattern. */
  async patternHasCodes(patternId: number): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM paycode_rules r WHERE r.organization_id = $1 AND r.pattern_id = $2
       AND EXISTS (SELECT 1 FROM paycodes c WHERE c.rule_id = r.id) LIMIT 1`,
      [this.orgId, patternId],
    );
    return rows.length > 0;
  }

  async listRules(timezone: string, offset: number, limit: number): Promise<RuleRow[]> {
    return this.query(`${RULE_SELECT} WHERE r.organization_id = $1 ORDER BY r.id OFFSET $3 LIMIT $4`, [
      this.orgId,
      timezone,
      offset,
      limit,
    ]);
  }

  async findRule(slug: string, timezone: string, lock = false): Promise<RuleRow | null> {
    const rows = await this.query<RuleRow>(
      `${RULE_SELECT} WHERE r.organization_id = $1 AND r.slug = $3${lock ? ' FOR UPDATE OF r' : ''}`,
      [this.orgId, timezone, slug],
    );
    return rows[0] ?? null;
  }

  async createRule(
    slug: string,
    patternId: number,
    fields: Partial<Record<RuleColumn, unknown>>,
  ): Promise<number> {
    const cols = RULE_COLUMNS.filter((c) => fields[c] !== undefined);
    const values = cols.map((c) => (c === 'config' ? JSON.stringify(fields[c]) : fields[c]));
    const [row] = await this.query<{ id: number }>(
      `INSERT INTO paycode_rules (organization_id, slug, pattern_id${cols.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2, $3${cols.map((_, i) => `, $${i + 4}`).join('')}) RETURNING id`,
      [this.orgId, slug, patternId, ...values],
    );
    return row.id;
  }

  async updateRule(
    id: number,
    patternId: number,
    fields: Partial<Record<RuleColumn, unknown>>,
  ): Promise<void> {
    const cols = RULE_COLUMNS.filter((c) => fields[c] !== undefined);
    const values = cols.map((c) => (c === 'config' ? JSON.stringify(fields[c]) : fields[c]));
    await this.query(
      `UPDATE paycode_rules SET pattern_id = $3${cols.map((c, i) => `, ${c} = $${i + 4}`).join('')}
       WHERE organization_id = $1 AND id = $2`,
      [this.orgId, id, patternId, ...values],
    );
  }

  /** How many codes the rule has (kept on the rule by a trigger: no count over its codes). */
  async codeCount(ruleId: number): Promise<number> {
    const [row] = await this.query<{ n: string }>(`SELECT code_count AS n FROM paycode_rules WHERE id = $1`, [
      ruleId,
    ]);
    return Number(row.n);
  }

  /**
   * One set-based INSERT of a batch of candidate codes; codes the rule already has are skipped
   * (ON CONFLICT DO NOTHING) and the stored ones are answered. With `limit`, only that many of the
   * candidates the rule does not have yet are stored (for oversampled batches; the caller holds the
   * rule row, so no other generation races the check). Validity days are turned into instants in
   * the organization's time zone: from the start of `from` to the end of `to`.
   */
  async insertCodes(
    ruleId: number,
    codes: string[],
    creator: string,
    validity: { from: string; to: string; timezone: string },
    limit?: number,
  ): Promise<string[]> {
    const source =
      limit === undefined
        ? `unnest($3::text[]) AS c`
        : `(SELECT u.c FROM unnest($3::text[]) AS u(c)
            WHERE NOT EXISTS (SELECT 1 FROM paycodes p WHERE p.rule_id = $2 AND p.code = u.c)
            LIMIT $8) AS f(c)`;
    const rows = await this.query<{ code: string }>(
      `INSERT INTO paycodes (organization_id, rule_id, code, creator, start_time, end_time)
       SELECT $1, $2, c, $4, ($5::date)::timestamp AT TIME ZONE $7,
              (($6::date + 1)::timestamp AT TIME ZONE $7) - interval '1 microsecond'
       FROM ${source}
       ON CONFLICT (rule_id, code) DO NOTHING
       RETURNING code`,
      [
        this.orgId,
        ruleId,
        codes,
        creator,
        validity.from,
        validity.to,
        validity.timezone,
        ...(limit === undefined ? [] : [limit]),
      ],
    );
    return rows.map((r) => r.code);
  }

  /** Marks the code used if, and only if, it is usable now; one statement, so of concurrent calls one wins. */
  async useCode(ruleSlug: string, code: string, client: string): Promise<boolean> {
    const rows = await this.query(
      `UPDATE paycodes c SET use_time = now(), client = $4
       FROM paycode_rules r
       WHERE r.organization_id = $1 AND r.slug = $2 AND r.is_active AND c.rule_id = r.id AND c.code = $3
         AND c.use_time IS NULL AND c.is_active AND c.start_time <= now() AND c.end_time >= now()
       RETURNING c.id`,
      [this.orgId, ruleSlug, code, client],
    );
    return rows.length === 1;
  }

  async codeState(ruleSlug: string, code: string): Promise<CodeState | null> {
    const rows = await this.query<CodeState>(
      `SELECT r.is_active AS rule_active, c.id IS NOT NULL AS found, c.use_time IS NOT NULL AS used,
              coalesce(c.is_active, false) AS active, coalesce(c.start_time <= now(), false) AS started,
              coalesce(c.end_time < now(), false) AS ended
       FROM paycode_rules r LEFT JOIN paycodes c ON c.rule_id = r.id AND c.code = $3
       WHERE r.organization_id = $1 AND r.slug = $2`,
      [this.orgId, ruleSlug, code],
    );
    return rows[0] ?? null;
  }

  async findCode(ruleSlug: string, code: string, timezone: string): Promise<CodeRow | null> {
    const rows = await this.query<CodeRow>(
      `${CODE_SELECT} WHERE r.organization_id = $1 AND r.slug = $3 AND c.code = $4`,
      [this.orgId, timezone, ruleSlug, code],
    );
    return rows[0] ?? null;
  }

  async findCodeById(id: string, timezone: string): Promise<CodeRow | null> {
    const rows = await this.query<CodeRow>(`${CODE_SELECT} WHERE c.organization_id = $1 AND c.id = $3`, [
      this.orgId,
      timezone,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Withdraws an unused code; false when it was already used (or does not exist). */
  async deactivate(id: string): Promise<boolean> {
    const rows = await this.query(
      `UPDATE paycodes SET is_active = false WHERE organization_id = $1 AND id = $2 AND use_time IS NULL RETURNING id`,
      [this.orgId, id],
    );
    return rows.length === 1;
  }
}

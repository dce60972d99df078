import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { TenantContext } from './tenant/tenant-context';

/**
 * The one way services run transactions and repositories reach the database.
 * `transaction()` binds a transactional EntityManager to the async context, so every repository
 * call made inside it (through `manager`) joins the same transaction without passing it around.
 */
@Injectable()
export class Database {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return TenantContext.scope()?.manager ?? this.dataSource.manager;
  }

  /**
   * Rows of a statement (UPDATE/DELETE ... RETURNING give their rows too). Inside a transaction it
   * runs on the transaction's connection; outside, straight on the driver's pg pool, which skips
   * TypeORM's per-query runner (a quarter of a simple request's CPU on hot read routes).
   */
  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    const manager = TenantContext.scope()?.manager;
    if (manager) return rowsOf<T>(await manager.query(sql, params));
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query(sql, params)).rows as T[];
  }

  /**
   * Several statements sent as one message (simple query protocol): PostgreSQL runs them in one
   * implicit transaction, each with a fresh snapshot, and commits at the end, so row locks taken by
   * the first are held without a round trip to this process until the last is done. Answers the
   * rows of each statement. Values must be written in with `sqlLiteral`. Not inside `transaction()`.
   */
  async script(sql: string): Promise<Record<string, unknown>[][]> {
    if (TenantContext.scope()?.manager) throw new Error('script() runs its own transaction');
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const results = (await pool.query(sql)) as unknown as { rows: Record<string, unknown>[] }[];
    return (Array.isArray(results) ? results : [results]).map((r) => r.rows);
  }

  async transaction<T>(fn: () => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    const outer = TenantContext.scope();
    if (outer?.manager) return fn();
    const run = (manager: EntityManager) => TenantContext.run({ ...(outer ?? {}), manager }, fn);
    // READ COMMITTED is PostgreSQL's default: naming it would cost a SET TRANSACTION round trip
    return isolation === 'READ COMMITTED'
      ? this.dataSource.transaction(run)
      : this.dataSource.transaction(isolation, run);
  }

  /** Runs fn at most once across all replicas at a time; false when another holds the lock. */
  async withJobLock(name: string, fn: () => Promise<void>): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [name]);
      if (!row.ok) return false;
      try {
        await fn();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
      }
      return true;
    } finally {
      await runner.release();
    }
  }
}

/** Base for repositories: the tenant-scoped way to reach the database. */
export abstract class TenantRepository {
  constructor(protected readonly db: Database) {}

  protected get orgId(): string {
    return TenantContext.organizationId();
  }

  protected get manager(): EntityManager {
    return this.db.manager;
  }

  protected query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query<T>(sql, params);
  }
}

function rowsOf<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

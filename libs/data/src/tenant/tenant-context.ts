import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { OrganizationSettings } from '../entities/organization.entity';

/** What one request (or one background job) knows about who it acts for. */
export interface RequestScope {
  organizationId?: string;
  tokenId?: string;
  clientIp?: string;
  settings?: OrganizationSettings;
  manager?: EntityManager;
}

const storage = new AsyncLocalStorage<RequestScope>();

export class NoTenantError extends Error {
  constructor() {
    super('no organization in the current context');
  }
}

/** The tenant of the current request; every repository scopes its queries by it. */
export const TenantContext = {
  run<T>(scope: RequestScope, fn: () => T): T {
    return storage.run(scope, fn);
  },
  scope(): RequestScope | undefined {
    return storage.getStore();
  },
  organizationId(): string {
    const id = storage.getStore()?.organizationId;
    if (!id) throw new NoTenantError();
    return id;
  },
  /** The current organization's settings (filled by authentication). */
  settings(): OrganizationSettings {
    const settings = storage.getStore()?.settings;
    if (!settings) throw new NoTenantError();
    return settings;
  },
  /** Runs fn as the given organization (background jobs, CLI). */
  as<T>(organizationId: string, fn: () => T): T {
    return storage.run({ organizationId }, fn);
  },
};

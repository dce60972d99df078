/** Command-line flags as `parseArgs` gives them. */
export type Flags = Record<string, string | boolean | undefined>;

/** A flag's value, else the environment variable's (when one is named), else undefined. */
export function flag(flags: Flags, name: string, env?: string): string | undefined {
  const v = flags[name];
  if (typeof v === 'string' && v) return v;
  return env ? process.env[env] || undefined : undefined;
}

/** A flag that must be given (or its environment variable set). */
export function need(flags: Flags, name: string, env?: string): string {
  const v = flag(flags, name, env);
  if (!v) throw new Error(`--${name}${env ? ` (or ${env})` : ''} is required`);
  return v;
}

/** An optional whole-number flag; anything else is refused here rather than sent as NaN or null. */
export function intFlag(flags: Flags, name: string): number | undefined {
  const v = flag(flags, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n)) {
    throw new Error(`--${name} must be a whole number, got "${v}"`);
  }
  return n;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A required id flag (organization, token): a UUID, checked before anything is asked. */
export function idFlag(flags: Flags, name: string): string {
  const v = need(flags, name);
  if (!UUID.test(v)) throw new Error(`--${name} must be an id (UUID), got "${v}"`);
  return v;
}

/** Organizations are listed in pages of this size (the admin route's largest page). */
const ORG_PAGE = 1000;

/** Every organization, read page by page until a short page. */
export async function allOrganizations<T>(
  page: (offset: number, limit: number) => Promise<T[]>,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += ORG_PAGE) {
    const rows = await page(offset, ORG_PAGE);
    all.push(...rows);
    if (rows.length < ORG_PAGE) return all;
  }
}

/** What `org create` prints in either mode: the organization and its first token, shown this once. */
export function firstToken<O, T extends object>(organization: O, token: T) {
  return { organization, token: { ...token, note: 'shown only once' } };
}

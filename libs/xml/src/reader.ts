import { ContractClass, ResolvedContract, ResolvedMember, resolveContract } from './contract';
import { parseScalarText } from './values';

export type BodySource = 'json' | 'xml';

export interface ReadProblem {
  field?: string;
  reason: string;
}

export interface ReadResult {
  value: Record<string, unknown>;
  problems: ReadProblem[];
}

/**
 * Turns a parsed body into the plain object the DTO class expects, named as the contract's
 * members: names match case-insensitively (as Json.NET binds them), unknown members are
 * dropped. From XML, texts are read as their declared types (a text that does not parse is a
 * problem, never a zero), a collection is the children of its element whether there is one item
 * or many, and nil is null. JSON values keep their types; the DTO's validation checks them.
 */
export function readContract(cls: ContractClass, body: unknown, source: BodySource): ReadResult {
  const problems: ReadProblem[] = [];
  if (
    body === undefined ||
    body === null ||
    (source === 'xml' && typeof body === 'string' && body.trim() === '')
  ) {
    return { value: {}, problems };
  }
  if (!isObject(body)) {
    problems.push({ reason: 'the body must be an object' });
    return { value: {}, problems };
  }
  const value = readObject(resolveContract(cls), body, source, '', problems);
  return { value, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readObject(
  contract: ResolvedContract,
  input: Record<string, unknown>,
  source: BodySource,
  path: string,
  problems: ReadProblem[],
): Record<string, unknown> {
  const byName = new Map<string, ResolvedMember>();
  for (const m of contract.xmlMembers) byName.set(m.name.toLowerCase(), m);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const member = byName.get(key.toLowerCase());
    if (!member || Object.hasOwn(out, member.property)) continue;
    const field = path ? `${path}.${member.name}` : member.name;
    const v = readMember(member, input[key], source, field, problems);
    if (v !== undefined) out[member.property] = v;
  }
  return out;
}

function readMember(
  m: ResolvedMember,
  raw: unknown,
  source: BodySource,
  field: string,
  problems: ReadProblem[],
): unknown {
  if (raw === null) return null;
  if (m.list) return readList(m, raw, source, field, problems);
  if (m.contract) {
    if (source === 'xml' && raw === '') return readObject(m.contract(), {}, source, field, problems);
    if (!isObject(raw)) {
      problems.push({ field, reason: `${field} must be an object` });
      return undefined;
    }
    return readObject(m.contract(), raw, source, field, problems);
  }
  if (source === 'json') return raw;
  if (typeof raw !== 'string') {
    problems.push({
      field,
      reason: Array.isArray(raw)
        ? `${field} appears more than once`
        : `${field} must be a value, not elements`,
    });
    return undefined;
  }
  const parsed = parseScalarText(m.scalar!, raw);
  if (!parsed.ok) {
    problems.push({ field, reason: `${field} ${parsed.reason}` });
    return undefined;
  }
  return parsed.value;
}

function readList(
  m: ResolvedMember,
  raw: unknown,
  source: BodySource,
  field: string,
  problems: ReadProblem[],
): unknown {
  let items: unknown[];
  if (source === 'json') {
    if (!Array.isArray(raw)) {
      problems.push({ field, reason: `${field} must be an array` });
      return undefined;
    }
    items = raw;
  } else if (typeof raw === 'string' && raw.trim() === '') {
    items = [];
  } else if (isObject(raw)) {
    // <Goods><Item/>...</Goods>: every child is an item, whatever its name
    items = Object.values(raw).flatMap((v) => (Array.isArray(v) ? v : [v]));
  } else {
    problems.push({ field, reason: `${field} must be a list of elements` });
    return undefined;
  }
  const item: ResolvedMember = { ...m, list: false };
  return items.map((v, i) => readMember(item, v, source, `${field}.${i}`, problems));
}

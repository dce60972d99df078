import { getMetadataStorage } from 'class-validator';

/** A validated class (or schema name). */
type Target = abstract new (...args: never[]) => unknown;

type Lookup = (
  target: Target,
  schema: string | undefined,
  always: boolean,
  strictGroups: boolean,
  groups?: string[],
) => unknown[];

interface Storage {
  getTargetValidationMetadatas: Lookup;
  groupByPropertyName(metadata: unknown[]): Record<string, unknown[]>;
  addValidationMetadata(metadata: unknown): void;
}

const PATCHED = Symbol.for('giftcode.validationMetadataCache');

/**
 * class-validator looks up a class's rules on every validation by scanning every validated class
 * of the process (an `instanceof` per class): about 2 µs per DTO class per object, so the 10,000
 * items of a bulk request spent more time there than in PostgreSQL. The answer depends only on
 * the class and the options, and decorators register rules when classes are defined, so it is
 * remembered per class and options, and so is its grouping by property; registering any new rule
 * forgets everything remembered.
 * Idempotent; called when the validation pipes are made.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as Storage & { [PATCHED]?: true };
  if (storage[PATCHED]) return;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let remembered = new Map<Target, Map<string, unknown[]>>();
  // the validator groups the (now shared) rule arrays by property for every object; read-only
  let grouped = new WeakMap<unknown[], Record<string, unknown[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema ?? ''}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let byOptions = remembered.get(target);
    if (!byOptions) remembered.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
  storage.addValidationMetadata = (metadata) => {
    remembered = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
  storage[PATCHED] = true;
}

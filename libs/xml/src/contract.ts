import 'reflect-metadata';

/**
 * DataContract metadata on DTO classes, as .NET's `[DataContract]`/`[DataMember]` declare it:
 * the contract name and namespace of a class, and its members with their wire types. The XML
 * writer, the JSON writer and the body reader are all driven by it.
 */

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The namespace `DataContractSerializer` gives a CLR namespace. */
export function clrNamespace(clrName: string): string {
  return `http://schemas.datacontract.org/2004/07/${clrName}`;
}

export type ScalarType = 'string' | 'int' | 'long' | 'decimal' | 'boolean' | 'dateTime';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ContractClass = Function & { prototype: object };

export interface DataContractOptions {
  /** Contract name (the XML element name); default the class name. */
  name?: string;
  /** Full namespace URI, e.g. `clrNamespace('My.Clr.Namespace')`. */
  namespace: string;
}

export interface DataMemberOptions {
  /** A scalar wire type, or a thunk returning the contract class of a nested object. */
  type: ScalarType | (() => ContractClass);
  /** A collection of `type` (its items are named by the item contract). */
  list?: boolean;
  /** Wire name; default the property name. */
  name?: string;
  /** `[DataMember(Order = n)]`; members without one come first, then by ordinal name. */
  order?: number;
}

export interface ResolvedMember {
  property: string;
  name: string;
  /** Namespace of the class that declares the member. */
  namespace: string;
  scalar?: ScalarType;
  contract?: () => ResolvedContract;
  list: boolean;
  order?: number;
}

export interface ResolvedContract {
  name: string;
  namespace: string;
  /** DataContract order: base class members first, each class's by (order, ordinal name). */
  xmlMembers: ResolvedMember[];
  /** Declaration order, the type's own members first, then its base's (as the seed's JSON samples). */
  jsonMembers: ResolvedMember[];
}

const CONTRACT_KEY = Symbol('xml:contract');
const MEMBERS_KEY = Symbol('xml:members');

interface DeclaredMember extends DataMemberOptions {
  property: string;
}

export function DataContract(options: DataContractOptions): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(CONTRACT_KEY, options, target);
  };
}

export function DataMember(options: DataMemberOptions | ScalarType): PropertyDecorator {
  const opts: DataMemberOptions = typeof options === 'string' ? { type: options } : options;
  return (target, property) => {
    const ctor = target.constructor;
    const own: DeclaredMember[] = Reflect.getOwnMetadata(MEMBERS_KEY, ctor) ?? [];
    Reflect.defineMetadata(MEMBERS_KEY, [...own, { ...opts, property: String(property) }], ctor);
  };
}

export function hasContract(cls: unknown): cls is ContractClass {
  return typeof cls === 'function' && Reflect.hasOwnMetadata(CONTRACT_KEY, cls);
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const resolved = new WeakMap<object, ResolvedContract>();

/** The contract of a class and of the contract classes it extends. */
export function resolveContract(cls: ContractClass): ResolvedContract {
  const cached = resolved.get(cls);
  if (cached) return cached;
  const own = Reflect.getOwnMetadata(CONTRACT_KEY, cls) as DataContractOptions | undefined;
  if (!own) throw new Error(`${cls.name} has no @DataContract`);

  // the chain from the most basic contract class down to cls
  const chain: ContractClass[] = [];
  for (let c: any = cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (Reflect.hasOwnMetadata(CONTRACT_KEY, c)) chain.unshift(c);
  }
  const groups = chain.map((c) => {
    const ns = (Reflect.getOwnMetadata(CONTRACT_KEY, c) as DataContractOptions).namespace;
    const declared: DeclaredMember[] = Reflect.getOwnMetadata(MEMBERS_KEY, c) ?? [];
    return declared.map((m) => toResolved(m, ns));
  });
  const xmlMembers = groups.flatMap((members) =>
    [...members].sort((a, b) => {
      const oa = a.order ?? -1;
      const ob = b.order ?? -1;
      return oa !== ob ? oa - ob : ordinal(a.name, b.name);
    }),
  );
  const jsonMembers = [...groups].reverse().flat();
  const contract: ResolvedContract = {
    name: own.name ?? cls.name,
    namespace: own.namespace,
    xmlMembers,
    jsonMembers,
  };
  resolved.set(cls, contract);
  return contract;
}

function toResolved(m: DeclaredMember, namespace: string): ResolvedMember {
  const member: ResolvedMember = {
    property: m.property,
    name: m.name ?? m.property,
    namespace,
    list: m.list ?? false,
    order: m.order,
  };
  if (typeof m.type === 'string') member.scalar = m.type;
  else {
    const thunk = m.type;
    member.contract = () => resolveContract(thunk());
  }
  return member;
}

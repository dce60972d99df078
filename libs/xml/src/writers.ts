import { ContractClass, ResolvedContract, ResolvedMember, resolveContract, XSI_NAMESPACE } from './contract';
import { escapeAttribute, formatScalarJson, formatScalarXml } from './values';

/**
 * DataContract XML as `DataContractSerializer` writes it: the root in the contract's namespace
 * declaring `xmlns:i`, members in DataContract order, an element whose namespace differs from the
 * one in scope carrying its own `xmlns`, collection items named by their contract, null as
 * `i:nil="true"`, empty elements as `<Name />`. No XML declaration, no indentation.
 */
export function writeXml(cls: ContractClass, value: object): string {
  const contract = resolveContract(cls);
  return (
    `<${contract.name} xmlns:i="${XSI_NAMESPACE}" xmlns="${escapeAttribute(contract.namespace)}">` +
    xmlMembers(contract, value as Record<string, unknown>, contract.namespace) +
    `</${contract.name}>`
  );
}

function nsAttr(namespace: string, inScope: string): string {
  return namespace === inScope ? '' : ` xmlns="${escapeAttribute(namespace)}"`;
}

function xmlMembers(contract: ResolvedContract, obj: Record<string, unknown>, inScope: string): string {
  let out = '';
  for (const m of contract.xmlMembers) out += xmlMember(m, obj[m.property], inScope);
  return out;
}

/**
 * An element without content as .NET's XmlWriter closes it: `<Name />`, and for null
 * `<Name i:nil="true" />` (the attribute before the namespace declaration, as the writer emits them).
 */
function emptyElement(name: string, ns: string, nil: boolean): string {
  return `<${name}${nil ? ' i:nil="true"' : ''}${ns} />`;
}

function xmlMember(m: ResolvedMember, value: unknown, inScope: string): string {
  const ns = nsAttr(m.namespace, inScope);
  const open = `<${m.name}${ns}`;
  if (value === null || value === undefined) return emptyElement(m.name, ns, true);
  if (m.list) {
    if (!Array.isArray(value)) throw new TypeError(`${m.name} must be an array`);
    if (value.length === 0) return emptyElement(m.name, ns, false);
    const item = m.contract?.();
    let inner = '';
    for (const v of value) {
      if (item) inner += xmlObject(item.name, item, v, m.namespace);
      else inner += xmlScalarItem(m, v);
    }
    return `${open}>${inner}</${m.name}>`;
  }
  if (m.contract) {
    const nested = m.contract();
    return `${open}>${xmlMembers(nested, value as Record<string, unknown>, m.namespace)}</${m.name}>`;
  }
  return `${open}>${formatScalarXml(m.scalar!, value)}</${m.name}>`;
}

function xmlObject(name: string, contract: ResolvedContract, value: unknown, inScope: string): string {
  const ns = nsAttr(contract.namespace, inScope);
  if (value === null || value === undefined) return emptyElement(name, ns, true);
  return `<${name}${ns}>${xmlMembers(contract, value as Record<string, unknown>, contract.namespace)}</${name}>`;
}

/** Collections of scalars use the .NET array item names (`int`, `string`, ...) in the serialization namespace. */
function xmlScalarItem(m: ResolvedMember, value: unknown): string {
  const names = {
    string: 'string',
    int: 'int',
    long: 'long',
    decimal: 'decimal',
    boolean: 'boolean',
    dateTime: 'dateTime',
  };
  const name = names[m.scalar!];
  const ns = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
  if (value === null || value === undefined) return emptyElement(name, ` xmlns="${ns}"`, true);
  return `<${name} xmlns="${ns}">${formatScalarXml(m.scalar!, value)}</${name}>`;
}

/** JSON in the seed's member order (the type's own members, then its base's), Json.NET number forms. */
export function writeJson(cls: ContractClass, value: object): string {
  return jsonObject(resolveContract(cls), value as Record<string, unknown>);
}

function jsonObject(contract: ResolvedContract, obj: Record<string, unknown>): string {
  const parts = contract.jsonMembers.map((m) => `${JSON.stringify(m.name)}:${jsonValue(m, obj[m.property])}`);
  return `{${parts.join(',')}}`;
}

function jsonValue(m: ResolvedMember, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (m.list) {
    if (!Array.isArray(value)) throw new TypeError(`${m.name} must be an array`);
    return `[${value.map((v) => jsonValue({ ...m, list: false }, v)).join(',')}]`;
  }
  if (m.contract) return jsonObject(m.contract(), value as Record<string, unknown>);
  return formatScalarJson(m.scalar!, value);
}

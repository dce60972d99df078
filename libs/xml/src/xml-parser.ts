import { Parser, processors } from 'xml2js';

/**
 * Safe XML reading on top of xml2js: no DTD is ever read (a DOCTYPE or ENTITY declaration is
 * refused before parsing, and sax expands no entity but the five predefined ones and character
 * references), size, depth and element count are bounded. Namespaces and prefixes are dropped:
 * elements are matched by local name. The result is a loose tree: an element with child elements
 * is an object of local name -> value (an array when the name repeats), a text element is its
 * text, `i:nil="true"` is null.
 */

export interface XmlLimits {
  maxBytes: number;
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 1024 * 1024, maxDepth: 32, maxElements: 20_000 };

export type LooseXml = string | null | LooseXmlObject | LooseXml[];
export interface LooseXmlObject {
  [name: string]: LooseXml;
}

export interface XmlDocument {
  /** Local name of the root element. */
  root: string;
  /** The root's content. */
  content: LooseXml;
}

/** The document could not be read; `message` says why (safe to show to the client). */
export class XmlSyntaxError extends Error {}

const ATTRS = '@';
const TEXT = '#';

/** Element names that are Object.prototype members would confuse plain-object trees. */
function isReservedName(name: string): boolean {
  return name in Object.prototype;
}

function localName(name: string): string {
  const i = name.lastIndexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

export function parseXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlDocument {
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    throw new XmlSyntaxError(`the XML document is larger than ${limits.maxBytes} bytes`);
  }
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(text)) {
    throw new XmlSyntaxError('XML with a DOCTYPE or ENTITY declaration is not accepted');
  }
  if (text.trim() === '') throw new XmlSyntaxError('the XML document is empty');

  const parser = new Parser({
    explicitArray: true,
    explicitRoot: true,
    attrkey: ATTRS,
    charkey: TEXT,
    strict: true,
    async: false,
    tagNameProcessors: [processors.stripPrefix],
    attrNameProcessors: [processors.stripPrefix],
  });
  const sax = (parser as any).saxParser;
  let failure: unknown;
  let depth = 0;
  let elements = 0;
  let rootClosed = false;
  const openTag = sax.onopentag;
  const closeTag = sax.onclosetag;
  sax.onopentag = function (node: { name: string }) {
    if (rootClosed) throw new XmlSyntaxError('content after the root element');
    depth += 1;
    elements += 1;
    if (depth > limits.maxDepth) throw new XmlSyntaxError(`XML nested deeper than ${limits.maxDepth} levels`);
    if (elements > limits.maxElements)
      throw new XmlSyntaxError(`XML with more than ${limits.maxElements} elements`);
    if (isReservedName(localName(node.name)))
      throw new XmlSyntaxError(`element name ${localName(node.name)} is not accepted`);
    return openTag.call(this, node);
  };
  sax.onclosetag = function (name: string) {
    depth -= 1;
    if (depth === 0) rootClosed = true;
    return closeTag.call(this, name);
  };
  const onText = sax.ontext;
  sax.ontext = function (t: string) {
    if (rootClosed && t.trim() !== '') throw new XmlSyntaxError('content after the root element');
    return onText.call(this, t);
  };
  sax.ondoctype = () => {
    throw new XmlSyntaxError('XML with a DOCTYPE declaration is not accepted');
  };

  // xml2js swallows errors raised after the root closed (trailing content): note them here
  const onError = sax.onerror;
  sax.onerror = function (err: unknown) {
    failure ??= err;
    return onError.call(this, err);
  };

  let result: Record<string, unknown> | null | undefined;
  try {
    parser.parseString(text, (err: unknown, value: Record<string, unknown> | null) => {
      if (err) failure ??= err;
      else if (result === undefined) result = value;
    });
  } catch (e) {
    failure ??= e;
  }
  if (failure !== undefined || !rootClosed) {
    const message = (failure as { message?: unknown } | undefined)?.message;
    const reason = typeof message === 'string' ? message.split('\n')[0] : 'the document is incomplete';
    throw new XmlSyntaxError(`the body is not well-formed XML: ${reason}`);
  }
  if (!result) throw new XmlSyntaxError('the XML document has no root element');
  const [root] = Object.keys(result);
  return { root, content: toLoose(result[root]) };
}

function toLoose(node: unknown): LooseXml {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return '';
  const n = node as Record<string, unknown>;
  const attrs = (n[ATTRS] ?? {}) as Record<string, unknown>;
  if (String(attrs.nil ?? '').trim() === 'true') return null;
  const children = Object.keys(n).filter((k) => k !== ATTRS && k !== TEXT);
  if (!children.length) return typeof n[TEXT] === 'string' ? (n[TEXT] as string) : '';
  const out: LooseXmlObject = {};
  for (const name of children) {
    const values = n[name] as unknown[];
    const value = values.length === 1 ? toLoose(values[0]) : values.map(toLoose);
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

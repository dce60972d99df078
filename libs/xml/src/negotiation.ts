/**
 * Content negotiation as ASP.NET Web API does it with its JSON and XML formatters: the request
 * body's format from Content-Type; the answer's from Accept (q-values honoured), falling back to
 * the request's own format, and to JSON when the request had no body.
 */

export type WireFormat = 'json' | 'xml';

export const JSON_MEDIA_TYPES = ['application/json', 'text/json'] as const;
export const XML_MEDIA_TYPES = ['application/xml', 'text/xml'] as const;
const SUPPORTED = new Set<string>([...JSON_MEDIA_TYPES, ...XML_MEDIA_TYPES]);

export interface MediaType {
  type: string;
  params: Record<string, string>;
}

export interface ChosenMedia {
  format: WireFormat;
  mediaType: string;
  /** The response Content-Type: the chosen type with `; charset=utf-8`. */
  contentType: string;
}

export function parseMediaType(header: string | undefined): MediaType | null {
  if (!header) return null;
  const [essence, ...rest] = header.split(';');
  const type = essence.trim().toLowerCase();
  if (!/^[\w.+*-]+\/[\w.+*-]+$/.test(type)) return null;
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    const value = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (key && !(key in params)) params[key] = value;
  }
  return { type, params };
}

export function formatOf(mediaType: string): WireFormat | null {
  if ((JSON_MEDIA_TYPES as readonly string[]).includes(mediaType)) return 'json';
  if ((XML_MEDIA_TYPES as readonly string[]).includes(mediaType)) return 'xml';
  return null;
}

function chosen(mediaType: string): ChosenMedia {
  return { format: formatOf(mediaType)!, mediaType, contentType: `${mediaType}; charset=utf-8` };
}

/** The request body's supported media type, or null (no Content-Type, or one we do not read). */
export function requestMediaType(contentType: string | undefined): string | null {
  const media = parseMediaType(contentType);
  return media && SUPPORTED.has(media.type) ? media.type : null;
}

interface AcceptEntry {
  type: string;
  q: number;
  position: number;
}

/** Accept's entries we may answer in, best first, and the exact types it refuses (`q=0`). */
function parseAccept(header: string): { entries: AcceptEntry[]; refused: Set<string> } {
  const entries: AcceptEntry[] = [];
  const refused = new Set<string>();
  header.split(',').forEach((part, position) => {
    const media = parseMediaType(part);
    if (!media) return;
    const q = media.params.q === undefined ? 1 : Number(media.params.q);
    if (q === 0) refused.add(media.type);
    if (!Number.isFinite(q) || q <= 0) return;
    entries.push({ type: media.type, q: Math.min(q, 1), position });
  });
  // highest q first; among equals, more specific ranges first, then header order
  const specificity = (t: string) => (t === '*/*' ? 0 : t.endsWith('/*') ? 1 : 2);
  entries.sort((a, b) => b.q - a.q || specificity(b.type) - specificity(a.type) || a.position - b.position);
  return { entries, refused };
}

/**
 * The answer's media type: the best Accept entry we can produce; `*` ranges and an Accept we
 * cannot satisfy give the request's own type (unless Accept refuses it with `q=0`: then another
 * we can produce); no request body and no usable Accept give JSON.
 */
export function chooseResponseMedia(
  accept: string | undefined,
  requestContentType: string | undefined,
): ChosenMedia {
  const own = requestMediaType(requestContentType);
  const fallback = own ?? 'application/json';
  if (accept) {
    const { entries, refused } = parseAccept(accept);
    const ok = (t: string) => SUPPORTED.has(t) && !refused.has(t);
    const ownFormat = own ? formatOf(own)! : 'json';
    for (const entry of entries) {
      if (ok(entry.type)) return chosen(entry.type);
      if (entry.type === '*/*') {
        const any = [fallback, ...SUPPORTED].find(ok);
        if (any) return chosen(any);
      } else if (entry.type.endsWith('/*')) {
        const top = entry.type.slice(0, -2);
        const candidates = [own ?? '', `${top}/${ownFormat}`, `${top}/json`, `${top}/xml`];
        const match = candidates.find((t) => t.startsWith(`${top}/`) && ok(t));
        if (match) return chosen(match);
      }
    }
  }
  return chosen(fallback);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed's samples, byte for byte (seed 002, NumberFromGoods). */
export function seedSample(name: 'request.json' | 'request.xml' | 'response.json' | 'response.xml'): string {
  return readFileSync(join(__dirname, name), 'utf8');
}

/** XML with the whitespace between elements removed (insignificant for DataContract). */
export function compactXml(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}

/** JSON text with the whitespace outside strings removed (number forms such as `1.0` kept). */
export function compactJson(json: string): string {
  return json.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_m, str: string | undefined) => str ?? '');
}

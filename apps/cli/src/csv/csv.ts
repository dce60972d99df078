import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One CSV field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\n';
}

/** Splits one CSV line (RFC 4180 quoting; a quoted field may not span lines). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  out.push(field);
  return out;
}

export interface CsvRecord {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  fields: Record<string, string>;
  raw: string;
  /** Bytes of the file read so far (a little ahead of this line: the reader buffers). */
  bytesRead: number;
}

/** Streams a CSV file with a header line as records, one line in memory at a time. */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const input = createReadStream(path, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let header: string[] | null = null;
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    if (!header) {
      header = parseCsvLine(raw.replace(/^\uFEFF/, '')).map((h) => h.trim());
      continue;
    }
    const values = parseCsvLine(raw);
    yield {
      line: n,
      raw,
      fields: Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])),
      bytesRead: input.bytesRead,
    };
  }
}

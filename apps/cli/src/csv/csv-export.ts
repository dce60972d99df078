import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine } from './csv';

export interface CsvExportOptions {
  file: string;
  onProgress?: (rows: number) => void;
}

/**
 * Writes a header and then page after page of rows (`page(0)`, `page(1)`, ...) until a page comes
 * back shorter than `pageSize`, respecting the file stream's back-pressure.
 */
export async function exportPagesToCsv(
  options: CsvExportOptions,
  header: string[],
  pageSize: number,
  page: (index: number) => Promise<unknown[][]>,
): Promise<{ rows: number; file: string }> {
  const out = createWriteStream(options.file);
  out.write(csvLine(header));
  let rows = 0;
  try {
    for (let index = 0; ; index++) {
      const lines = await page(index);
      for (const line of lines) if (!out.write(csvLine(line))) await once(out, 'drain');
      rows += lines.length;
      options.onProgress?.(rows);
      if (lines.length < pageSize) break;
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return { rows, file: options.file };
}

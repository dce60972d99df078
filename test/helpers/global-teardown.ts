import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as any).__embedded;
  if (embedded) {
    await embedded.stop();
    rmSync((globalThis as any).__embeddedDir, { recursive: true, force: true });
  }
}

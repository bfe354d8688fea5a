import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const e2e = globalThis.__E2E__;
  if (!e2e) return;
  await e2e.api.stop();
  await e2e.services.stop();
  rmSync(e2e.services.dataDir, { recursive: true, force: true });
}

import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__SERVICES__;
  if (!services) return;
  await services.stop();
  rmSync(services.dataDir, { recursive: true, force: true });
}

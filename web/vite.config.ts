import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

// In development the API runs separately (npm run dev); Vite forwards /api to it.
const apiTarget = process.env.SCENEBRIDGE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^@scenebridge\/shared$/, replacement: sharedSource }] },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  // The manifest lets the benchmark add up what each page loads (never served: dot folder).
  build: { sourcemap: false, chunkSizeWarningLimit: 1500, manifest: true },
});

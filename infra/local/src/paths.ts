import path from 'node:path';

/** The repository root (this file lives in infra/local/{src,dist}). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Where the embedded servers keep their data unless DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data');

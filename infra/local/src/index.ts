export { startEmbeddedPostgres, type RunningPostgres, type EmbeddedPostgresOptions } from './postgres';
export { startEmbeddedMeilisearch, meilisearchBinary, type RunningMeilisearch, type EmbeddedMeilisearchOptions } from './meilisearch';
export { freePort, isPortFree } from './ports';
export { isAlive, waitForExit, sleep } from './processes';
export { REPO_ROOT, DEFAULT_DATA_DIR } from './paths';

import { Injectable } from '@nestjs/common';
import { Meilisearch, type ExtraRequestInit, type MultiSearchQuery, type MultiSearchResult, type RecordAny } from 'meilisearch';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';

/**
 * The API's only door to Meilisearch. The master key stays on the server; browsers talk to
 * the API, never to Meilisearch.
 */
@Injectable()
export class MeiliService {
  readonly client: Meilisearch;

  constructor(private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: config.MEILI_URL,
      apiKey: config.MEILI_MASTER_KEY,
      timeout: 10_000,
      // fetch asks for gzip/br by default and the compressed, chunked replies stall for
      // tens of milliseconds on loopback; identity keeps searches at Meilisearch's own speed.
      requestInit: { headers: { 'accept-encoding': 'identity' } },
    });
  }

  /**
   * For searches a person is waiting for: a Meilisearch that is frozen or overloaded (it accepts
   * the connection but does not answer) turns into 503 SEARCH_UNAVAILABLE after a few seconds
   * instead of holding the request for the client's general 10 s timeout.
   */
  searchRequest(): ExtraRequestInit {
    return { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) };
  }

  /**
   * The one way to run searches a person is waiting for (search, matching, recommendations,
   * panel suggestions): the short timeout; `null` when the index does not exist yet (nothing
   * indexed); Meilisearch refusing the query itself → 400 INVALID_SEARCH; anything else →
   * 503 SEARCH_UNAVAILABLE with `unavailable` as the message.
   */
  async multiSearch<T extends RecordAny>(queries: MultiSearchQuery[], unavailable: string): Promise<MultiSearchResult<T>[] | null> {
    try {
      const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries }, this.searchRequest());
      return results;
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
      if (code === 'index_not_found') return null;
      if (/^invalid_search_/.test(code))
        throw new DomainError('INVALID_SEARCH', 'This search cannot be run; check its filters and values.', [{ reason: code }]);
      throw new DomainError('SEARCH_UNAVAILABLE', unavailable);
    }
  }

  /** Full index name for a logical index (`scenarios`, `capabilities`), with the configured prefix. */
  indexName(logical: string): string {
    return `${this.config.MEILI_INDEX_PREFIX}${logical}`;
  }

  /** True when Meilisearch answers its health route within `timeoutMs`. */
  async isHealthy(timeoutMs = 2_000): Promise<boolean> {
    return withTimeout(this.client.isHealthy(), timeoutMs).catch(() => false);
  }
}

/** A search takes milliseconds (p95 under 30 ms at 100,000 scenarios); three seconds means something is wrong. */
export const SEARCH_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
